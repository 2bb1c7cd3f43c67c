// Picks the ingester for an import: worker threads for large imports, so parsing and file I/O
// use every core and never stall the process that serves the UI; the calling thread for small
// ones, uploads, or wherever a worker cannot start. Same steps, same results either way.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  inlineIngester,
  type FileIngester,
  type HashOutcome,
  type IngestSource,
  type Written,
} from './file-ingester';
import { workerBundle } from './worker-bundle';

/** Below this many files a worker's start-up costs more than it saves (the bundled worker starts in ~50 ms). */
export const WORKER_THRESHOLD = 64;
/**
 * From the TypeScript sources (CLI, browser mode) tsx compiles each worker as it starts, which
 * costs 1–2 s: workers only pay off for large imports there.
 */
export const SOURCE_WORKER_THRESHOLD = 1000;

/**
 * CROSSCHECK_WORKERS=off never uses workers (CROSSCHECK_NO_WORKERS=1 too); =on uses them from
 * WORKER_THRESHOLD files whatever the build; unset picks the threshold for this build.
 */
function workerThreshold(): number {
  const setting = process.env.CROSSCHECK_WORKERS;
  if (setting === 'off' || process.env.CROSSCHECK_NO_WORKERS === '1') return Infinity;
  if (setting === 'on') return WORKER_THRESHOLD;
  return fileURLToPath(import.meta.url).endsWith('.ts') ? SOURCE_WORKER_THRESHOLD : WORKER_THRESHOLD;
}

export function createIngester(articlesDir: string, sources: readonly IngestSource[]): FileIngester {
  const size = Math.min(4, availableParallelism());
  const uploads = sources.some((s) => s.bytes !== undefined);
  if (sources.length < workerThreshold() || uploads || size < 2) {
    return inlineIngester(articlesDir);
  }
  try {
    return new WorkerIngester(articlesDir, size);
  } catch {
    return inlineIngester(articlesDir);
  }
}

/** importedAt: null for a hash request, the import's time for a prepare request. */
type Pending = { resolve: (value: HashOutcome | Written) => void; key: number; importedAt: string | null };

class WorkerIngester implements FileIngester {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<string, Pending>();
  private readonly paths = new Map<number, string>();
  /** Set when a worker fails: from then on every file is done on this thread instead. */
  private fallback: FileIngester | null = null;

  constructor(
    private readonly articlesDir: string,
    size: number,
  ) {
    const script = workerScript();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script.code, { eval: script.eval, workerData: { articlesDir } });
      worker.on('message', ({ key, result }: { key: number; result: HashOutcome | Written }) =>
        this.settle(i, key, result),
      );
      worker.on('error', () => this.failOver());
      this.workers.push(worker);
    }
  }

  hash(key: number, source: IngestSource): Promise<HashOutcome> {
    this.paths.set(key, source.path);
    if (this.fallback) return this.fallback.hash(key, source);
    return this.send(key, { op: 'hash', key, path: source.path }, null) as Promise<HashOutcome>;
  }

  prepare(key: number, importedAt: string): Promise<Written> {
    if (this.fallback) return this.prepareHere(key, importedAt);
    return this.send(key, { op: 'prepare', key, importedAt }, importedAt) as Promise<Written>;
  }

  drop(key: number): void {
    this.paths.delete(key);
    if (this.fallback) this.fallback.drop(key);
    else this.workerFor(key).postMessage({ op: 'drop', key });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** A file stays with one worker for both steps: that worker holds its bytes. */
  private workerFor(key: number): Worker {
    return this.workers[key % this.workers.length]!;
  }

  private send(key: number, message: object, importedAt: string | null): Promise<HashOutcome | Written> {
    const index = key % this.workers.length;
    return new Promise((resolve) => {
      this.pending.set(`${index}:${key}`, { resolve, key, importedAt });
      this.workerFor(key).postMessage(message);
    });
  }

  private settle(worker: number, key: number, result: HashOutcome | Written): void {
    const id = `${worker}:${key}`;
    this.pending.get(id)?.resolve(result);
    this.pending.delete(id);
  }

  /**
   * A worker that fails to start or crashes takes no file with it: every file in flight, and
   * every later one, is read and parsed again on this thread (a half-written article file is
   * simply written again — nothing points at it yet).
   */
  private failOver(): void {
    if (this.fallback) return;
    this.fallback = inlineIngester(this.articlesDir);
    void this.close();
    const inFlight = [...this.pending.values()];
    this.pending.clear();
    for (const { resolve, key, importedAt } of inFlight) {
      const path = this.paths.get(key)!;
      void (importedAt === null ? this.fallback.hash(key, { path }) : this.prepareHere(key, importedAt)).then(
        resolve,
      );
    }
  }

  /** The worker that held this file's bytes is gone: read it again here, then prepare it. */
  private async prepareHere(key: number, importedAt: string): Promise<Written> {
    const hashed = await this.fallback!.hash(key, { path: this.paths.get(key)! });
    if (!hashed.ok) return hashed;
    return this.fallback!.prepare(key, importedAt);
  }
}

/**
 * Bundled (Electron's out/main), the worker is its own built file beside this one. From
 * source (CLI, browser mode, tests) it is the TypeScript file bundled once with esbuild and
 * kept in node_modules/.cache (worker-bundle.ts); failing that, loaded through tsx: a tiny
 * bootstrap registers tsx inside the worker first, as a worker's entry file is loaded before
 * any --import hook would apply.
 */
function workerScript(): { code: string; eval: boolean } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const source = join(dirname(here), 'ingest-worker.ts');
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
  const candidates = [join(dirname(here), 'ingest-worker.js'), join(dirname(here), '..', 'ingest-worker.js')];
  return { code: candidates.find((f) => existsSync(f)) ?? candidates[0]!, eval: false };
}
