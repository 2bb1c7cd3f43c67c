// The project's root folder: the nearest folder above this code holding Crosscheck's
// package.json. Found by looking, not by counting folders, because this code runs from its
// TypeScript source (electron/services), from the CLI's bundle (node_modules/.cache/crosscheck)
// and from the desktop build (out/main, also inside a packaged app's archive).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'crosscheck';

export function findProjectRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME)
          return dir;
      } catch {
        // Not a readable manifest: keep looking above.
      }
    }
    if (dirname(dir) === dir) throw new Error(`No ${PACKAGE_NAME} package.json above ${from}.`);
  }
}

/** The project's root in a checkout; Electron passes app.getAppPath() where it matters. */
export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
