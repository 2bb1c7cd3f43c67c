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

/** Below this many files a worker's start-up costs more than it saves. */
export const WORKER_THRESHOLD = 64;

export function createIngester(articlesDir: string, sources: readonly IngestSource[]): FileIngester {
  const size = Math.min(4, availableParallelism());
  const uploads = sources.some((s) => s.bytes !== undefined);
  if (sources.length < WORKER_THRESHOLD || uploads || size < 2 || process.env.CROSSCHECK_NO_WORKERS === '1') {
    return inlineIngester(articlesDir);
  }
  try {
    return new WorkerIngester(articlesDir, size);
  } catch {
    return inlineIngester(articlesDir);
  }
}

type Pending = { resolve: (value: HashOutcome | Written) => void };

class WorkerIngester implements FileIngester {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<string, Pending>();
  private failed: Error | null = null;

  constructor(articlesDir: string, size: number) {
    const script = workerScript();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script.code, { eval: script.eval, workerData: { articlesDir } });
      worker.on('message', ({ key, result }: { key: number; result: HashOutcome | Written }) =>
        this.settle(i, key, result),
      );
      worker.on('error', (err) => this.fail(err));
      this.workers.push(worker);
    }
  }

  hash(key: number, source: IngestSource): Promise<HashOutcome> {
    return this.send(key, { op: 'hash', key, path: source.path }) as Promise<HashOutcome>;
  }

  prepare(key: number, importedAt: string): Promise<Written> {
    return this.send(key, { op: 'prepare', key, importedAt }) as Promise<Written>;
  }

  drop(key: number): void {
    this.workerFor(key).postMessage({ op: 'drop', key });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** A file stays with one worker for both steps: that worker holds its bytes. */
  private workerFor(key: number): Worker {
    return this.workers[key % this.workers.length]!;
  }

  private send(key: number, message: object): Promise<HashOutcome | Written> {
    if (this.failed) return Promise.resolve(this.failure());
    const index = key % this.workers.length;
    return new Promise((resolve) => {
      this.pending.set(`${index}:${key}`, { resolve });
      this.workerFor(key).postMessage(message);
    });
  }

  private settle(worker: number, key: number, result: HashOutcome | Written): void {
    const id = `${worker}:${key}`;
    this.pending.get(id)?.resolve(result);
    this.pending.delete(id);
  }

  /** A crashed worker fails its files with a reason; nothing is dropped silently. */
  private fail(err: Error): void {
    this.failed = err;
    for (const { resolve } of this.pending.values()) resolve(this.failure());
    this.pending.clear();
  }

  private failure(): { ok: false; reason: string } {
    return {
      ok: false,
      reason: `not imported: an import worker failed (${this.failed?.message ?? 'unknown error'})`,
    };
  }
}

/**
 * Bundled (Electron's out/main), the worker is its own built file beside this one. From
 * source (CLI, browser mode, tests) it is the TypeScript file, loaded through tsx: a tiny
 * bootstrap registers tsx inside the worker first, as a worker's entry file is loaded before
 * any --import hook would apply.
 */
function workerScript(): { code: string; eval: boolean } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const tsx = import.meta.resolve('tsx/esm/api');
    const entry = pathToFileURL(join(dirname(here), 'ingest-worker.ts')).href;
    const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
    return { code, eval: true };
  }
  // Rollup may place this code in a shared chunk one folder below the entries.
  const candidates = [join(dirname(here), 'ingest-worker.js'), join(dirname(here), '..', 'ingest-worker.js')];
  return { code: candidates.find((f) => existsSync(f)) ?? candidates[0]!, eval: false };
}
