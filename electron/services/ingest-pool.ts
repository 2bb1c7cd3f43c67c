// Picks the ingester for an import: worker threads for large imports, so reading and parsing
// use every core and never stall the process that serves the UI (which only judges files and
// writes them, see file-ingester.ts); the calling thread for small ones, uploads, or wherever a
// worker cannot start. Same steps, same results either way.
import { availableParallelism } from 'node:os';

import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  inlineIngester,
  writeArticles,
  type FileIngester,
  type HashOutcome,
  type IngestSource,
  type Written,
} from './file-ingester';
import type { IngestReply, IngestRequest, WorkerData } from './ingest-worker';
import type { Prepared } from './prepare-articles';
import { workerScript } from './worker-script';

/**
 * Files in hand per worker. A file is done only once every file listed before it has been
 * judged, so the importer must have a few in hand per worker to keep each busy; each costs
 * memory (the file's bytes and its parse: a few MB for the largest). Files go to the worker
 * with the fewest waiting, so one slowed by a large file does not hold up the rest.
 * 16 rather than 8 halves the messages (see FILES_PER_BATCH): about 6% faster on the import
 * benchmark, while a folder of 160 files of 1.9 MB peaked at 482 MB instead of 439 MB
 * (measured 2026-11-30 with 2 workers, 32 files in hand; 32 per worker, 64 in hand, was no
 * faster and peaked at 598 MB — which is what 4 workers hold at 16 each).
 */
const FILES_PER_WORKER = 16;

/**
 * At most this many files per message to a worker (and so per reply): half its share, so it
 * always has the next batch waiting while the importer handles the last one's replies.
 */
const FILES_PER_BATCH = FILES_PER_WORKER / 2;

/** Worker threads for a large import: one per core, up to 4. */
function workerCount(): number {
  return Math.min(4, availableParallelism());
}

/** How many files a large import keeps in hand at once (also what the import benchmark's raw read uses). */
export function largeImportInFlight(): number {
  return FILES_PER_WORKER * workerCount();
}

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

/**
 * Picks an import's ingester, possibly while its files are still being listed: as soon as the
 * listing reaches the worker threshold the workers are started, so they load (about 0.2 s
 * each, measured) while the walk goes on instead of after it.
 */
export class IngesterChoice {
  private workers: FileIngester | null = null;
  private started = false;
  private readonly threshold = workerThreshold();

  constructor(
    private readonly articlesDir: string,
    /** When the import started: every article it makes carries this time. */
    readonly importedAt: string,
    /** SHA-256 of the files the workspace already holds (asked only when workers are used). */
    private readonly knownFiles: () => readonly string[],
  ) {}

  /** The listing has found this many files so far. */
  listed(files: number): void {
    if (this.started || files < this.threshold) return;
    this.started = true;
    const size = workerCount();
    if (size < 2) return;
    try {
      this.workers = new WorkerIngester(this.articlesDir, size, {
        importedAt: this.importedAt,
        known: this.knownFiles(),
      });
    } catch {
      // A worker that cannot start: this thread does the work.
    }
  }

  /** The import ended before it began (the walk failed): stop the workers if they started. */
  async discard(): Promise<void> {
    await this.workers?.close();
  }

  /** The ingester for these files (uploads, already in memory, are parsed on this thread). */
  ingesterFor(sources: readonly IngestSource[]): FileIngester {
    if (sources.some((s) => s.bytes !== undefined)) return inlineIngester(this.articlesDir, this.importedAt);
    this.listed(sources.length);
    return this.workers ?? inlineIngester(this.articlesDir, this.importedAt);
  }
}

/** One file sent to a worker: its hash and its parse, settled when the reply comes. */
interface InFlight {
  readonly path: string;
  readonly hashed: Settle<HashOutcome>;
  readonly prepared: Settle<Prepared | null>;
  /** Its worker's reply came. */
  answered: boolean;
  /** Set when its worker failed before replying: the file is read again on this thread. */
  redone?: Promise<HashOutcome>;
}

class WorkerIngester implements FileIngester {
  private readonly workers: Worker[] = [];
  /** Files given to each worker and not yet answered. */
  private readonly queued: number[] = [];
  /** Requests for each worker not yet sent: all made in one turn of the event loop go as one message. */
  private readonly batches: IngestRequest[][] = [];
  private sendScheduled = false;
  readonly inFlight: number;
  private readonly files = new Map<number, InFlight>();
  /** Set when a worker fails: from then on every file is done on this thread instead. */
  private fallback: FileIngester | null = null;
  /** Parses here the odd file a worker left unparsed as known (see prepare). */
  private inline: FileIngester | null = null;
  /** Set once the workers are being stopped: their exits are then expected. */
  private stopping = false;

  constructor(
    private readonly articlesDir: string,
    size: number,
    private readonly data: WorkerData,
  ) {
    const script = workerScript('ingest-worker');
    for (let i = 0; i < size; i++) {
      let worker: Worker;
      try {
        worker = new Worker(script.code, { eval: script.eval, workerData: data });
      } catch (err) {
        // The ones already started would keep the process alive: stop them, then say why.
        this.stopping = true;
        void this.stopWorkers();
        throw err;
      }
      worker.on('message', (replies: readonly IngestReply[]) => {
        this.queued[i]! -= replies.length;
        for (const reply of replies) this.receive(reply);
      });
      // A worker that fails, sends a reply that cannot be read, or stops by itself mid-import.
      worker.on('error', () => this.failOver());
      worker.on('messageerror', () => this.failOver());
      worker.on('exit', () => this.failOver());
      this.workers.push(worker);
      this.queued.push(0);
      this.batches.push([]);
    }
    this.inFlight = FILES_PER_WORKER * size;
  }

  hash(key: number, source: IngestSource): Promise<HashOutcome> {
    if (this.fallback) return this.fallback.hash(key, source);
    const file: InFlight = { path: source.path, hashed: settle(), prepared: settle(), answered: false };
    this.files.set(key, file);
    // To the worker with the fewest files waiting (see FILES_PER_WORKER).
    const next = this.queued.indexOf(Math.min(...this.queued));
    this.queued[next]!++;
    const batch = this.batches[next]!;
    batch.push({ key, path: source.path });
    if (batch.length >= FILES_PER_BATCH) this.sendTo(next);
    else if (!this.sendScheduled) {
      this.sendScheduled = true;
      // After the replies that freed these slots have all been handled (setImmediate runs once
      // the current messages and their promise callbacks are done).
      setImmediate(() => this.send());
    }
    return file.hashed.promise;
  }

  private send(): void {
    this.sendScheduled = false;
    for (let i = 0; i < this.workers.length; i++) this.sendTo(i);
  }

  private sendTo(worker: number): void {
    const batch = this.batches[worker]!;
    if (batch.length === 0) return;
    this.batches[worker] = [];
    // After a fail-over these files are already being read again on this thread.
    if (!this.fallback) this.workers[worker]!.postMessage(batch);
  }

  async prepare(key: number): Promise<Written> {
    const file = this.files.get(key);
    // Hashed after a worker failed: the fallback holds it.
    if (!file) return this.fallback!.prepare(key);
    const prepared = await file.prepared.promise;
    this.files.delete(key);
    if (file.redone) {
      const hashed = await file.redone;
      return hashed.ok ? this.fallback!.prepare(key) : hashed;
    }
    // Not parsed because the workspace held it when the import began, yet wanted now (the index
    // was changed meanwhile): parse it here, never lose it.
    if (prepared === null) return this.prepareHere(key, file.path);
    return writeArticles(this.articlesDir, prepared);
  }

  drop(key: number): void {
    const file = this.files.get(key);
    this.files.delete(key);
    // A file being read again here is let go once it has been read.
    if (file?.redone) void file.redone.then(() => this.fallback?.drop(key));
    else this.fallback?.drop(key);
  }

  async close(): Promise<void> {
    this.stopping = true;
    await this.stopWorkers();
    this.files.clear();
    await this.fallback?.close();
    await this.inline?.close();
  }

  private async stopWorkers(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private receive({ key, hashed, prepared }: IngestReply): void {
    const file = this.files.get(key);
    // Gone (dropped, done), or being read again here: a late reply from a stopped worker.
    if (!file || file.redone) return;
    file.answered = true;
    file.hashed.resolve(hashed);
    file.prepared.resolve(prepared);
    // A file that could not be read is not asked about again.
    if (!hashed.ok) this.files.delete(key);
  }

  /**
   * A worker that fails to start or stops takes no file with it: every file in flight that has
   * had no reply, and every later file, is read and parsed again on this thread (nothing was
   * written for it: article files are written here). A file already answered keeps its parse.
   */
  private failOver(): void {
    if (this.fallback || this.stopping) return;
    const fallback = (this.fallback = inlineIngester(this.articlesDir, this.data.importedAt));
    this.stopping = true;
    void this.stopWorkers();
    for (const [key, file] of this.files) {
      if (file.answered) continue;
      file.redone = fallback.hash(key, { path: file.path });
      void file.redone.then(file.hashed.resolve);
      file.prepared.resolve(null);
    }
  }

  /** A file the worker did not parse: read and parse it here. */
  private async prepareHere(key: number, path: string): Promise<Written> {
    const inline = (this.inline ??= inlineIngester(this.articlesDir, this.data.importedAt));
    const hashed = await inline.hash(key, { path });
    return hashed.ok ? inline.prepare(key) : hashed;
  }
}

interface Settle<T> {
  readonly promise: Promise<T>;
  readonly resolve: (value: T) => void;
}

function settle<T>(): Settle<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
