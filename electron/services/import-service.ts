// Imports files into a workspace: read, hash, parse (shared/ingest), store. Every file ends
// up in exactly one list of the result — imported, duplicate or rejected with its reason.
// Files are processed with bounded concurrency; the index is written once at the end, after
// every article file it points to is already durable on disk.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../../shared/api';
import { ingestFile } from '../../shared/ingest';
import {
  summarize,
  type Article,
  type ImportDuplicate,
  type ImportRejected,
  type ImportResult,
} from '../../shared/model';
import type { WorkspaceStore } from '../store/workspace-store';
import type { ArticleIndexEntry } from '../store/workspace-document';
import { describeError, walkPaths } from './folder-walk';

export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly current: string;
}

export interface ImportOptions {
  readonly cwd?: string;
  readonly onProgress?: (p: ImportProgress) => void;
  readonly concurrency?: number;
  /** Aborting stops after the files in hand; files not read are listed as rejected, saying so. */
  readonly signal?: AbortSignal;
}

/** A file to import: where it came from and how to get its bytes. */
interface Source {
  readonly path: string;
  readonly read: () => Promise<Uint8Array>;
}

export async function importPaths(
  store: WorkspaceStore,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const walked = await walkPaths(paths, options.cwd ?? process.cwd());
  const rejected: ImportRejected[] = [];
  const sources: Source[] = [];
  for (const item of walked) {
    if (item.kind === 'rejected') rejected.push({ path: item.path, reason: item.reason });
    else sources.push({ path: item.path, read: () => readLimited(item.path) });
  }
  return importSources(store, sources, rejected, options);
}

export async function importUploads(
  store: WorkspaceStore,
  files: readonly { path: string; bytes: Uint8Array }[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  return importSources(
    store,
    files.map((f) => ({ path: f.path, read: async () => f.bytes })),
    [],
    options,
  );
}

async function importSources(
  store: WorkspaceStore,
  sources: readonly Source[],
  rejected: ImportRejected[],
  options: ImportOptions,
): Promise<ImportResult> {
  const imported: Article[] = [];
  const duplicates: ImportDuplicate[] = [];
  const seen = new Map<string, string>(); // article id → path, for duplicates inside this run
  const importedAt = new Date().toISOString();
  let done = 0;

  const one = async (source: Source) => {
    let bytes: Uint8Array;
    try {
      bytes = await source.read();
    } catch (err) {
      rejected.push({
        path: source.path,
        reason: err instanceof TooLarge ? err.message : describeError(err, 'the file'),
      });
      return;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const firstId = sha256.slice(0, 16);
    if (store.entry(firstId) || seen.has(firstId)) {
      duplicates.push({ path: source.path, sameAs: firstId });
      return;
    }
    seen.set(firstId, source.path);
    const outcome = ingestFile(basename(source.path), bytes);
    if (!outcome.ok) {
      rejected.push({ path: source.path, reason: outcome.reason });
      return;
    }
    for (const item of outcome.rejectedItems)
      rejected.push({ path: `${source.path}#${item.index}`, reason: item.reason });
    for (const parsed of outcome.articles) {
      const id = parsed.sourceIndex === 0 ? firstId : itemId(bytes, parsed.sourceIndex);
      const article: Article = { id, sha256, sourcePath: source.path, importedAt, ...parsed };
      await store.writeArticleFile(article);
      imported.push(article);
    }
  };

  await runPool(sources, options.concurrency ?? 8, async (source) => {
    if (options.signal?.aborted) {
      rejected.push({
        path: source.path,
        reason: 'not imported: the import was cancelled before this file was read',
      });
      return;
    }
    options.onProgress?.({ done, total: sources.length, current: source.path });
    await one(source);
    done++;
  });
  options.onProgress?.({ done, total: sources.length, current: '' });

  // Keep the order the files were listed in, not the order the pool finished them.
  const order = new Map(sources.map((s, i) => [s.path, i]));
  imported.sort(
    (a, b) => order.get(a.sourcePath)! - order.get(b.sourcePath)! || a.sourceIndex - b.sourceIndex,
  );
  const latestAt = new Map<string, string>();
  for (const e of store.listEntries()) latestAt.set(`${e.sourcePath}#${e.sourceIndex}`, e.id);
  await store.addEntries(
    imported.map((a) => toEntry(a, latestAt.get(`${a.sourcePath}#${a.sourceIndex}`) ?? null)),
  );
  return { imported: imported.map(summarize), duplicates, rejected };
}

/** Ids of the second and later articles of one file (JSON arrays) also derive from its bytes. */
function itemId(bytes: Uint8Array, index: number): string {
  return createHash('sha256').update(bytes).update(`#${index}`).digest('hex').slice(0, 16);
}

/** `previousId`: the article last imported from the same path; a changed file there is its newer version. */
function toEntry(article: Article, previousId: string | null): ArticleIndexEntry {
  return {
    ...summarize(article),
    sourceIndex: article.sourceIndex,
    importedAt: article.importedAt,
    supersedes: previousId !== article.id ? previousId : null,
  };
}

class TooLarge extends Error {}

/** Reads a file, refusing early (by size) files that could never be an article. */
async function readLimited(path: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.size > MAX_ARTICLE_BYTES) {
    throw new TooLarge(
      `the file is ${(info.size / 1048576).toFixed(1)} MB; articles larger than ${(MAX_ARTICLE_BYTES / 1048576).toFixed(1)} MB are not imported`,
    );
  }
  return readFile(path);
}

async function runPool<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
