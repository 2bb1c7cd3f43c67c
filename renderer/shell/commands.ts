// Every command the app offers, registered once (each in the file of its area). The key
// handler (use-shortcuts.ts) runs the one whose keys match on the screen shown, the palette
// lists those with a palette place, the help overlay lists those with keys, and a desktop menu
// item runs the one naming it. Order matters only for the help overlay, which lists them in
// this order per screen.
import type { Command } from './command';
import { APP_COMMANDS } from './commands-app';
import { LIBRARY_COMMANDS } from './commands-library';
import { SCREEN_COMMANDS } from './commands-screens';

export const COMMANDS: readonly Command[] = [...LIBRARY_COMMANDS, ...SCREEN_COMMANDS, ...APP_COMMANDS];
