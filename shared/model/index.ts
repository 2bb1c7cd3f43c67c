export * from './article';
export * from './import';
export * from './errors';
export * from './story';
export * from './claims';
