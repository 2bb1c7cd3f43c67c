// Where the desktop E2E specs can run: the Electron binary (its download needs internet, so a
// machine without it has none) and a display to show the window on. Each spec skips, with this
// reason printed, where either is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures';

function electronBinary(): string | null {
  try {
    const dir = join(ROOT, 'node_modules', 'electron');
    const exe = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8'));
    return existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

export const ELECTRON_BINARY = electronBinary();
const canShow = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** Why the desktop specs cannot run here, or null when they can. */
export const ELECTRON_SKIP: string | null = !ELECTRON_BINARY
  ? 'no Electron binary in node_modules/electron (its download needs internet; see README)'
  : !canShow
    ? 'no display (set DISPLAY, e.g. run under xvfb-run)'
    : null;

/** Prints once per spec file why its desktop tests are skipped, if they are. */
export function noteElectronSkip(what: string): void {
  if (ELECTRON_SKIP) console.log(`${what} skipped: ${ELECTRON_SKIP}.`);
}
