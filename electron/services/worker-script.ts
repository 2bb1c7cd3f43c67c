// Where a worker thread's code is, by the worker's name (its file under electron/services).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { workerBundle } from './worker-bundle';

/** The worker entries: each is also an entry of the desktop build (electron.vite.config.ts). */
export type WorkerName = 'ingest-worker' | 'sources-worker';

/**
 * Bundled (Electron's out/main), the worker is its own built file beside this one. From
 * source (CLI, browser mode, tests) it is the TypeScript file bundled once with esbuild and
 * kept in node_modules/.cache (worker-bundle.ts); failing that, loaded through tsx: a tiny
 * bootstrap registers tsx inside the worker first, as a worker's entry file is loaded before
 * any --import hook would apply.
 */
export function workerScript(name: WorkerName): { code: string; eval: boolean } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const source = join(dirname(here), `${name}.ts`);
    const bundle = workerBundle(
      source,
      join(dirname(here), '..', '..', 'node_modules', '.cache', 'crosscheck'),
    );
    if (bundle) return { code: bundle, eval: false };
    const tsx = import.meta.resolve('tsx/esm/api');
    const entry = pathToFileURL(source).href;
    const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
    return { code, eval: true };
  }
  // Rollup may place this code in a shared chunk one folder below the entries.
  const candidates = [join(dirname(here), `${name}.js`), join(dirname(here), '..', `${name}.js`)];
  return { code: candidates.find((f) => existsSync(f)) ?? candidates[0]!, eval: false };
}
