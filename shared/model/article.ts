// Plain data describing an imported article. Shapes here are the CLI's --json contract
// (see DESIGN.md): add fields freely, never rename or remove one.

/** A stretch of the cleaned text; `start`/`end` are UTF-16 offsets into `Article.text`. */
export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A paragraph of the cleaned text, with the line of the original it came from. */
export interface ParagraphSpan extends Span {
  /** 1-based line (or, for HTML, block) number in the original; restored lines are placed by it. */
  readonly line: number;
}

export type ArticleFormat = 'txt' | 'md' | 'json' | 'html';

export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  /** ISO `YYYY-MM-DD`, or null when the article does not say. */
  readonly date: string | null;
  readonly byline: string | null;
  readonly dateline: string | null;
  /** Absolute path of the file the article came from (browser uploads: the relative path sent). */
  readonly sourcePath: string;
  readonly format: ArticleFormat;
  readonly words: number;
}

/** Why a line of the original was left out of the cleaned text. */
export interface RemovedLine {
  /** 1-based line number in the decoded original (or in the JSON body for JSON articles). */
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

export interface Article extends ArticleSummary {
  /** Position of this article inside its file when one file holds several (JSON arrays). */
  readonly sourceIndex: number;
  readonly language: string | null;
  readonly url: string | null;
  /**
   * The publication time when the file states one (an ISO timestamp with hours and minutes):
   * `2025-11-20T07:30Z` in UTC when a zone was given, else as written, `2025-11-20T07:30`.
   * Orders two versions of one day. Absent in files imported before it was kept.
   */
  readonly publishedAt?: string | null;
  /** The encoding the original bytes were decoded from, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  readonly encoding: string;
  /** SHA-256 of the original file's bytes, hex. */
  readonly sha256: string;
  readonly importedAt: string;
  /** Problems the reviewer should know about (lossy decoding, guessed format…). */
  readonly warnings: readonly string[];
  /** The cleaned text; every offset in the product points into it. */
  readonly text: string;
  readonly paragraphs: readonly ParagraphSpan[];
  readonly sentences: readonly Span[];
  readonly removed: readonly RemovedLine[];
  /** Removed lines the reviewer put back into the text (line numbers from `removed`). */
  readonly restoredLines?: readonly number[];
}

export function summarize(article: Article): ArticleSummary {
  const { id, title, outlet, date, byline, dateline, sourcePath, format, words } = article;
  return { id, title, outlet, date, byline, dateline, sourcePath, format, words };
}
