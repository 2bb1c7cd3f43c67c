// Worker thread body: the whole per-file job of a large import — read, hash, parse, serialise,
// write the article file — with synchronous I/O, which costs far less than promise-based I/O
// and blocks nothing but this worker. The importer on the main thread only decides which files
// are duplicates and writes the index. Messages: see ingest-pool.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readLimitedSync, sha256Of, tooLargeReason, type WrittenArticle } from './file-ingester';
import { prepareArticles } from './prepare-articles';

const articlesDir = (workerData as { articlesDir: string }).articlesDir;
const held = new Map<number, { path: string; bytes: Uint8Array; sha256: string }>();

type Message =
  | { op: 'hash'; key: number; path: string }
  | { op: 'prepare'; key: number; importedAt: string }
  | { op: 'drop'; key: number };

parentPort!.on('message', (message: Message) => {
  try {
    if (message.op === 'hash') {
      const bytes = readLimitedSync(message.path);
      if (!(bytes instanceof Uint8Array)) return reply(message.key, { ok: false, reason: bytes.reason });
      const tooLarge = tooLargeReason(bytes.length);
      if (tooLarge) return reply(message.key, { ok: false, reason: tooLarge });
      const sha256 = sha256Of(bytes);
      held.set(message.key, { path: message.path, bytes, sha256 });
      return reply(message.key, { ok: true, sha256 });
    }
    const item = held.get(message.key);
    held.delete(message.key);
    if (message.op === 'drop' || !item) return;
    const prepared = prepareArticles({ ...item, importedAt: message.importedAt });
    if (!prepared.ok) return reply(message.key, prepared);
    const articles: WrittenArticle[] = prepared.articles.map((a) => {
      const file = join(articlesDir, `${a.summary.id}.json`);
      writeFileSync(file, a.json);
      return { summary: a.summary, sourceIndex: a.sourceIndex, file, fingerprint: a.fingerprint };
    });
    reply(message.key, { ok: true, articles, rejectedItems: prepared.rejectedItems });
  } catch (err) {
    reply(message.key, { ok: false, reason: `the file could not be imported (${(err as Error).message})` });
  }
});

function reply(key: number, result: unknown): void {
  parentPort!.postMessage({ key, result });
}
