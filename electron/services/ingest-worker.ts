// Worker thread body: the CPU-heavy per-file job of a large import — read, hash, parse,
// serialise — with synchronous I/O, which costs far less than promise-based I/O and blocks
// nothing but this worker. A file is parsed right after it is hashed, without waiting to hear
// whether the importer wants it: the importer judges files in listing order, and a worker that
// waited for each verdict would stand idle behind files another worker holds. Files the
// workspace already has are not parsed (their hashes come in workerData). The importer's thread
// writes the article files and decides which files are duplicates. One request and one reply
// per file: on this VM every message costs a system call to wake the other thread.
import { parentPort, workerData } from 'node:worker_threads';
import { readLimitedSync, prepareSafely, sha256Of, tooLargeReason, type HashOutcome } from './file-ingester';
import type { Prepared } from './prepare-articles';

export interface WorkerData {
  readonly importedAt: string;
  /** SHA-256 of every file the workspace holds when the import starts. */
  readonly known: readonly string[];
}

/** To the worker: read, hash and (unless known) parse this file. */
export interface IngestRequest {
  readonly key: number;
  readonly path: string;
}

/**
 * From the worker, one per file: its hash and, when it could be read and the workspace does not
 * hold it, the parsed file (`null`: not parsed). Each article's JSON comes as UTF-8
 * bytes, transferred, not copied.
 */
export interface IngestReply {
  readonly key: number;
  readonly hashed: HashOutcome;
  readonly prepared: Prepared | null;
}

const { importedAt, known: knownList } = workerData as WorkerData;
const known = new Set(knownList);
const encoder = new TextEncoder();

parentPort!.on('message', ({ key, path }: IngestRequest) => {
  try {
    ingest(key, path);
  } catch (err) {
    // Whatever broke, this file gets its reason and the worker goes on with the next.
    reply({
      key,
      hashed: { ok: false, reason: `the file could not be imported (${(err as Error).message})` },
      prepared: null,
    });
  }
});

function ingest(key: number, path: string): void {
  const bytes = readLimitedSync(path);
  if (!(bytes instanceof Uint8Array))
    return reply({ key, hashed: { ok: false, reason: bytes.reason }, prepared: null });
  const tooLarge = tooLargeReason(bytes.length);
  if (tooLarge) return reply({ key, hashed: { ok: false, reason: tooLarge }, prepared: null });
  const sha256 = sha256Of(bytes);
  const hashed: HashOutcome = { ok: true, sha256 };
  if (known.has(sha256)) return reply({ key, hashed, prepared: null });
  const prepared = prepareSafely({ path, bytes, sha256, importedAt });
  if (!prepared.ok) return reply({ key, hashed, prepared });
  // Encoded here, in the worker's time: the importer's thread then writes the bytes as they are.
  const articles = prepared.articles.map((a) => ({ ...a, json: utf8(a.json) }));
  parentPort!.postMessage(
    { key, hashed, prepared: { ...prepared, articles } } satisfies IngestReply,
    articles.map((a) => a.json.buffer),
  );
}

function utf8(json: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof json === 'string' ? encoder.encode(json) : new Uint8Array(json);
}

function reply(message: IngestReply): void {
  parentPort!.postMessage(message);
}
