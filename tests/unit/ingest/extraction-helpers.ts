// Reads the pages of tests/fixtures/extraction/ for the tests that pin one pattern each.
import { extractionPages, type ExtractionPage } from '../../../bench/lib/extraction-pages';
import { ingestFile, type ParsedArticle } from '../../../shared/ingest';

const pages = extractionPages();

export function page(name: string): ExtractionPage {
  const found = pages.find((p) => p.name === name);
  if (!found) throw new Error(`no extraction page ${name}`);
  return found;
}

export function parsePage(name: string): ParsedArticle {
  const p = page(name);
  const outcome = ingestFile(p.file, p.bytes);
  if (!outcome.ok) throw new Error(`${name} refused: ${outcome.reason}`);
  return outcome.articles[0]!;
}

/** The true body's paragraphs, one a line. */
export function bodyLines(name: string): string[] {
  return page(name).body.trim().split('\n');
}

/** The cleaned text's paragraphs. */
export function keptParagraphs(name: string): string[] {
  return parsePage(name).paragraphs.map((p) => p.text);
}

/** The reason the line with this text was removed, or undefined when it was kept. */
export function reasonFor(article: ParsedArticle, text: string): string[] {
  return article.removed.filter((r) => r.text === text).map((r) => r.reason);
}

export function parseText(name: string, text: string): ParsedArticle {
  const outcome = ingestFile(name, new TextEncoder().encode(text));
  if (!outcome.ok) throw new Error(`${name} refused: ${outcome.reason}`);
  return outcome.articles[0]!;
}
