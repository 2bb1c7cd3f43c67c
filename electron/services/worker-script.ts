// Where a worker thread's code is, by the worker's name (its file under electron/services).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cachedBundle } from '../../bin/bundle-cache.js';
import { PROJECT_ROOT } from './project-root';

/** The worker entries: each is also an entry of the desktop build (electron.vite.config.ts). */
export type WorkerName = 'ingest-worker' | 'sources-worker';

/**
 * Bundled (Electron's out/main), the worker is its own built file beside this code. From source
 * (tsx, or the CLI's own bundle in node_modules/.cache) it is the TypeScript file bundled once
 * with esbuild and kept in node_modules/.cache (bin/bundle-cache.js); failing that, loaded
 * through tsx: a tiny bootstrap registers tsx inside the worker first, as a worker's entry
 * file is loaded before any --import hook would apply.
 */
export function workerScript(name: WorkerName): { code: string; eval: boolean } {
  const here = dirname(fileURLToPath(import.meta.url));
  // Rollup may place this code in a shared chunk one folder below the entries.
  const built = [join(here, `${name}.js`), join(here, '..', `${name}.js`)].find((f) => existsSync(f));
  if (built) return { code: built, eval: false };
  const source = join(PROJECT_ROOT, 'electron', 'services', `${name}.ts`);
  const bundle = cachedBundle(source, join(PROJECT_ROOT, 'node_modules', '.cache', 'crosscheck'));
  if (bundle) return { code: bundle, eval: false };
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = pathToFileURL(source).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return { code, eval: true };
}
