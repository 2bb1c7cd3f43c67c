// The desktop build's main-process files (out/main), built first when missing or older than
// the sources they come from, for tests that drive a built worker as Electron would.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './run-cli';

/** When the workers' sources (electron/services, electron/store, shared) last changed. */
function newestSource(): number {
  let newest = 0;
  for (const folder of ['electron/services', 'electron/store', 'shared']) {
    for (const entry of readdirSync(join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** The path of a built main-process file (`ingest-worker.js`), built now if out of date. */
export function builtMain(file: string): string {
  const built = join(PROJECT_ROOT, 'out', 'main', file);
  if (!existsSync(built) || statSync(built).mtimeMs < newestSource()) {
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
