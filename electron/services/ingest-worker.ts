// Worker thread body: the CPU-heavy per-file job of a large import — read, hash, parse,
// serialise — with synchronous I/O, which costs far less than promise-based I/O and blocks
// nothing but this worker. A file is parsed right after it is hashed, without waiting to hear
// whether the importer wants it: the importer judges files in listing order, and a worker that
// waited for each verdict would stand idle behind files another worker holds. Files the
// workspace already has are not parsed (their hashes come in workerData). The importer's thread
// writes the article files and decides which files are duplicates. Messages: ingest-pool.ts.
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

/** From the worker: first the hash, then (after `hashed.ok`, unless known) the parsed file. */
export type IngestReply =
  | { readonly key: number; readonly hashed: HashOutcome }
  | { readonly key: number; readonly prepared: Prepared | null };

const { importedAt, known: knownList } = workerData as WorkerData;
const known = new Set(knownList);

parentPort!.on('message', ({ key, path }: IngestRequest) => {
  const bytes = readLimitedSync(path);
  if (!(bytes instanceof Uint8Array)) return reply({ key, hashed: { ok: false, reason: bytes.reason } });
  const tooLarge = tooLargeReason(bytes.length);
  if (tooLarge) return reply({ key, hashed: { ok: false, reason: tooLarge } });
  const sha256 = sha256Of(bytes);
  reply({ key, hashed: { ok: true, sha256 } });
  // null: not parsed, as the workspace has it (the importer will drop it).
  reply({ key, prepared: known.has(sha256) ? null : prepareSafely({ path, bytes, sha256, importedAt }) });
});

function reply(message: IngestReply): void {
  parentPort!.postMessage(message);
}
