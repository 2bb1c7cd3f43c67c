// Worker thread body: the CPU-heavy per-file job of a large import — read, hash, parse,
// serialise — with synchronous I/O, which costs far less than promise-based I/O and blocks
// nothing but this worker. A file is parsed right after it is hashed, without waiting to hear
// whether the importer wants it: the importer judges files in listing order, and a worker that
// waited for each verdict would stand idle behind files another worker holds. Files the
// workspace already has are not parsed (their hashes come in workerData). The importer's thread
// writes the article files and decides which files are duplicates. Requests come in batches and
// each batch is answered by one message: on this VM every message costs system calls to wake
// the other thread, and a batch shares them.
import { parentPort, workerData } from 'node:worker_threads';
import { readLimitedSync, prepareSafely, sha256Of, tooLargeReason, type HashOutcome } from './file-ingester';
import type { Prepared } from './prepare-articles';

export interface WorkerData {
  readonly importedAt: string;
  /** SHA-256 of every file the workspace holds when the import starts. */
  readonly known: readonly string[];
}

/** One file for the worker: read, hash and (unless known) parse it. Sent in batches. */
export interface IngestRequest {
  readonly key: number;
  readonly path: string;
}

/**
 * From the worker, one per file, a batch's replies in one message: its hash and, when it could
 * be read and the workspace does not hold it, the parsed file (`null`: not parsed). Each
 * article's JSON comes as UTF-8 bytes, transferred, not copied.
 */
export interface IngestReply {
  readonly key: number;
  readonly hashed: HashOutcome;
  readonly prepared: Prepared | null;
}

const { importedAt, known: knownList } = workerData as WorkerData;
const known = new Set(knownList);
const encoder = new TextEncoder();

parentPort!.on('message', (batch: readonly IngestRequest[]) => {
  const replies: IngestReply[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const { key, path } of batch) {
    try {
      replies.push(ingest(key, path, transfer));
    } catch (err) {
      // Whatever broke, this file gets its reason and the worker goes on with the next.
      const reason = `the file could not be imported (${(err as Error).message})`;
      replies.push({ key, hashed: { ok: false, reason }, prepared: null });
    }
  }
  parentPort!.postMessage(replies, transfer);
});

/** One file's reply; the buffers of its articles' JSON go onto `transfer`. */
function ingest(key: number, path: string, transfer: ArrayBuffer[]): IngestReply {
  const bytes = readLimitedSync(path);
  if (!(bytes instanceof Uint8Array))
    return { key, hashed: { ok: false, reason: bytes.reason }, prepared: null };
  const tooLarge = tooLargeReason(bytes.length);
  if (tooLarge) return { key, hashed: { ok: false, reason: tooLarge }, prepared: null };
  const sha256 = sha256Of(bytes);
  const hashed: HashOutcome = { ok: true, sha256 };
  if (known.has(sha256)) return { key, hashed, prepared: null };
  const prepared = prepareSafely({ path, bytes, sha256, importedAt });
  if (!prepared.ok) return { key, hashed, prepared };
  // Encoded here, in the worker's time: the importer's thread then writes the bytes as they are.
  const articles = prepared.articles.map((a) => ({ ...a, json: utf8(a.json) }));
  for (const a of articles) transfer.push(a.json.buffer);
  return { key, hashed, prepared: { ...prepared, articles } };
}

function utf8(json: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof json === 'string' ? encoder.encode(json) : new Uint8Array(json);
}
