// The desktop build's main-process files (out/main), built first when missing or older than
// the sources they come from, for tests that drive a built worker as Electron would.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newestChange } from '../../bench/lib/paths';
import { PROJECT_ROOT } from './run-cli';

/** The path of a built main-process file (`ingest-worker.js`), built now if out of date. */
export function builtMain(file: string): string {
  const built = join(PROJECT_ROOT, 'out', 'main', file);
  // Built again when older than the workers' sources.
  if (
    !existsSync(built) ||
    statSync(built).mtimeMs < newestChange(['electron/services', 'electron/store', 'shared'])
  ) {
    execFileSync(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      {
        cwd: PROJECT_ROOT,
        stdio: 'ignore',
      },
    );
  }
  return built;
}
