// The on-disk form of an article file. Spans are stored as offsets only — their text is a
// slice of `text` — which makes article files about three times smaller and imports faster;
// reading puts the span texts back, so everything above the store sees the full Article.
// Only article-files.ts uses it: that module serialises, writes and reads article files.
import type { Article, ParagraphSpan, Span } from '../../shared/model';

export const ARTICLE_FILE_VERSION = 1;

export interface StoredArticle extends Omit<Article, 'paragraphs' | 'sentences'> {
  readonly fileVersion: number;
  /** [start, end, line] per paragraph. */
  readonly paragraphs: readonly (readonly [number, number, number])[];
  /** [start, end] per sentence. */
  readonly sentences: readonly (readonly [number, number])[];
}

export function toStored(article: Article): StoredArticle {
  return {
    ...article,
    fileVersion: ARTICLE_FILE_VERSION,
    paragraphs: article.paragraphs.map((p) => [p.start, p.end, p.line] as const),
    sentences: article.sentences.map((s) => [s.start, s.end] as const),
  };
}

export function fromStored(stored: StoredArticle): Article {
  const { fileVersion: _version, paragraphs, sentences, ...rest } = stored;
  const text = stored.text;
  return {
    ...rest,
    paragraphs: paragraphs.map(([start, end, line]): ParagraphSpan => ({
      text: text.slice(start, end),
      start,
      end,
      line,
    })),
    sentences: sentences.map(([start, end]): Span => ({ text: text.slice(start, end), start, end })),
  };
}
