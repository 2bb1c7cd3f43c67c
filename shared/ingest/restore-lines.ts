// The reviewer's correction of the cleaning: removed lines put back into the text at the
// place they had in the original. Articles on disk stay immutable; this derives the view.
import type { Article } from '../model';
import { assembleText } from './assemble-text';
import { withoutBoilerplate, type BoilerplateLine } from './outlet-boilerplate';

export function withRestoredLines(article: Article, lines: readonly number[]): Article {
  const wanted = new Set(lines);
  const restored = article.removed.filter((r) => wanted.has(r.line));
  if (restored.length === 0) return { ...article, restoredLines: [] };
  const parts = [
    ...article.paragraphs.map((p) => ({ text: p.text, line: p.line })),
    ...restored.map((r) => ({ text: r.text, line: r.line })),
  ].sort((a, b) => a.line - b.line);
  const assembled = assembleText(parts);
  return {
    ...article,
    ...assembled,
    removed: article.removed.filter((r) => !wanted.has(r.line)),
    restoredLines: restored.map((r) => r.line),
  };
}

/**
 * An article as the reviewer reads it: its outlet's boilerplate out, then the lines the reviewer
 * restored put back (a restored line may be boilerplate). The services and the sources worker
 * both read articles this way.
 */
export function readerView(
  article: Article,
  boilerplate: readonly BoilerplateLine[],
  restored: readonly number[],
): Article {
  return withRestoredLines(withoutBoilerplate(article, boilerplate), restored);
}
