// Types of bundle-cache.js for the TypeScript that calls it (worker-bundle.ts).
export function cachedBundle(entry: string, cacheDir: string): string | null;
