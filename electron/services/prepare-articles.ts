// The CPU-heavy half of an import, for one file: parse it (shared/ingest) and serialise each
// article in its on-disk form (store/article-files.ts serialiseArticle). Pure apart from
// hashing, so it runs the same on the main thread and in the ingest workers (ingest-pool.ts).
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { fingerprint, ingestFile, type ArticleFingerprint } from '../../shared/ingest';
import { summarize, type Article, type ArticleSummary } from '../../shared/model';
import { serialiseArticle } from '../store/article-files';

export interface PrepareInput {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly importedAt: string;
}

export interface PreparedArticle {
  readonly summary: ArticleSummary;
  readonly sourceIndex: number;
  /**
   * The article file's content, ready to write: the JSON text, or its UTF-8 bytes once it came
   * from an ingest worker (bytes cross between threads without a copy).
   */
  readonly json: string | Uint8Array;
  /** For finding the outlet's boilerplate after the batch (shared/ingest/outlet-boilerplate.ts). */
  readonly fingerprint: ArticleFingerprint;
}

export type Prepared =
  | { ok: true; articles: PreparedArticle[]; rejectedItems: { index: number; reason: string }[] }
  | { ok: false; reason: string };

export function prepareArticles(input: PrepareInput): Prepared {
  const outcome = ingestFile(basename(input.path), input.bytes);
  if (!outcome.ok) return outcome;
  const articles = outcome.articles.map((parsed): PreparedArticle => {
    const id = articleId(input.bytes, input.sha256, parsed.sourceIndex);
    const article: Article = {
      id,
      sha256: input.sha256,
      sourcePath: input.path,
      importedAt: input.importedAt,
      ...parsed,
    };
    return {
      summary: summarize(article),
      sourceIndex: parsed.sourceIndex,
      json: serialiseArticle(article),
      fingerprint: fingerprint(article),
    };
  });
  return { ok: true, articles, rejectedItems: outcome.rejectedItems };
}

/**
 * DESIGN.md: the id is the first 16 hex digits of the SHA-256 of the file's bytes. The second
 * and later articles of one file (JSON arrays) hash the bytes followed by "#N".
 */
export function articleId(bytes: Uint8Array, sha256: string, index: number): string {
  if (index === 0) return sha256.slice(0, 16);
  return createHash('sha256').update(bytes).update(`#${index}`).digest('hex').slice(0, 16);
}
