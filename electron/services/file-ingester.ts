// The per-file work of an import, behind one interface with two implementations: on the
// calling thread (small imports, uploads) and in worker threads (large imports: ingest-pool.ts).
// Two steps per file, because only the importer knows which files are duplicates:
//   hash    read the file (size-checked) and hash it; the ingester keeps what it needs for
//           the next step (the bytes; a worker parses the file right away and keeps the parse)
//   prepare parse it if not yet, write its article files (store/article-files.ts; durable
//           later, see flushArticleFiles), return summaries
// Article files are always written by the importer's thread (writeArticles), one at a time:
// two threads creating files in one folder contend for it in the kernel, which on a busy file
// system costs more than the writes themselves.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { readSync, openSync, fstatSync, closeSync } from 'node:fs';
import { MAX_ARTICLE_BYTES } from '../../shared/api-constants';
import type { ArticleFingerprint } from '../../shared/ingest';
import type { ArticleSummary } from '../../shared/model';
import { describeError } from './folder-walk';
import { prepareArticles, type Prepared } from './prepare-articles';
import { writeArticleFiles } from '../store/article-files';

export type HashOutcome = { ok: true; sha256: string } | { ok: false; reason: string };

export interface WrittenArticle {
  readonly summary: ArticleSummary;
  readonly sourceIndex: number;
  readonly file: string;
  readonly fingerprint: ArticleFingerprint;
  /** False when an intact file for this article was already there (and kept). */
  readonly created: boolean;
}

export type Written =
  | { ok: true; articles: WrittenArticle[]; rejectedItems: { index: number; reason: string }[] }
  | { ok: false; reason: string };

/** A file to import: its path, and its bytes when the UI uploaded them (browser mode). */
export interface IngestSource {
  readonly path: string;
  readonly bytes?: Uint8Array;
}

export interface FileIngester {
  /** How many files the importer should have in hand at once. */
  readonly inFlight: number;
  hash(key: number, source: IngestSource): Promise<HashOutcome>;
  prepare(key: number): Promise<Written>;
  drop(key: number): void;
  close(): Promise<void>;
}

export function tooLargeReason(size: number): string | null {
  if (size <= MAX_ARTICLE_BYTES) return null;
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return `the file is ${mb(size)} MB; articles larger than ${mb(MAX_ARTICLE_BYTES)} MB are not imported`;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Synchronous read for worker threads, where blocking is free and much cheaper than promises. */
export function readLimitedSync(path: string): Uint8Array | { reason: string } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return { reason: describeError(err, 'the file') };
  }
  try {
    const size = fstatSync(fd).size;
    const tooLarge = tooLargeReason(size);
    if (tooLarge) return { reason: tooLarge };
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } catch (err) {
    return { reason: describeError(err, 'the file') };
  } finally {
    closeSync(fd);
  }
}

async function readLimited(path: string): Promise<Uint8Array | { reason: string }> {
  try {
    const handle = await open(path, 'r');
    try {
      const tooLarge = tooLargeReason((await handle.stat()).size);
      return tooLarge ? { reason: tooLarge } : await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { reason: describeError(err, 'the file') };
  }
}

/** The calling thread's ingester. */
export function inlineIngester(articlesDir: string, importedAt: string): FileIngester {
  const held = new Map<number, { path: string; bytes: Uint8Array; sha256: string }>();
  return {
    // Reads overlap; the parsing is this thread's anyway.
    inFlight: 8,
    async hash(key, source) {
      const bytes = source.bytes ?? (await readLimited(source.path));
      if (!(bytes instanceof Uint8Array)) return { ok: false, reason: bytes.reason };
      const tooLarge = tooLargeReason(bytes.length);
      if (tooLarge) return { ok: false, reason: tooLarge };
      const sha256 = sha256Of(bytes);
      held.set(key, { path: source.path, bytes, sha256 });
      return { ok: true, sha256 };
    },
    async prepare(key) {
      const item = held.get(key)!;
      held.delete(key);
      return writeArticles(articlesDir, prepareSafely({ ...item, importedAt }));
    },
    drop(key) {
      held.delete(key);
    },
    async close() {
      held.clear();
    },
  };
}

/** prepareArticles, with a file that breaks the parser rejected with a reason, never fatal. */
export function prepareSafely(input: Parameters<typeof prepareArticles>[0]): Prepared {
  try {
    return prepareArticles(input);
  } catch (err) {
    return { ok: false, reason: `the file could not be imported (${(err as Error).message})` };
  }
}

/**
 * Writes a prepared file's article files (store/article-files.ts: all or nothing, a whole file
 * already there kept) and returns what the importer keeps of them.
 */
export function writeArticles(articlesDir: string, prepared: Prepared): Written {
  if (!prepared.ok) return prepared;
  const written = writeArticleFiles(
    articlesDir,
    prepared.articles.map((a) => ({ id: a.summary.id, json: a.json })),
  );
  if (!written.ok) return { ok: false, reason: `the file could not be imported (${written.reason})` };
  const articles = prepared.articles.map((a, i): WrittenArticle => ({
    summary: a.summary,
    sourceIndex: a.sourceIndex,
    file: written.files[i]!.file,
    fingerprint: a.fingerprint,
    created: written.files[i]!.created,
  }));
  return { ok: true, articles, rejectedItems: prepared.rejectedItems };
}
