// One file in, articles (or a reason why not) out. Pure: the caller reads the bytes, hashes
// them and stores the result. This is the only entry the services use for parsing.
import { MAX_ARTICLE_BYTES } from '../api-constants';
import type { ArticleFormat, ParagraphSpan, RemovedLine, Span } from '../model';
import { cleanByline } from './cruft-rules';
import { findDate, publishedTime } from './dates';
import { decodeBytes } from './decode';
import { splitFrontMatter } from './front-matter';
import { readHtml } from './html-article';
import { readJsonArticles } from './json-articles';
import { guessLanguage } from './language';
import { layoutLines, type Layout } from './layout';
import { splitLines } from './lines';
import { assembleText } from './assemble-text';
import { markdownToLines } from './markdown';
import { binarySignature, formatFromContent, formatFromName, looksBinary } from './sniff';

export interface ParsedArticle {
  readonly sourceIndex: number;
  readonly format: ArticleFormat;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly byline: string | null;
  readonly dateline: string | null;
  readonly language: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly encoding: string;
  readonly warnings: readonly string[];
  readonly text: string;
  readonly paragraphs: readonly ParagraphSpan[];
  readonly sentences: readonly Span[];
  readonly removed: readonly RemovedLine[];
  readonly words: number;
}

export type IngestOutcome =
  | { ok: true; articles: ParsedArticle[]; rejectedItems: { index: number; reason: string }[] }
  | { ok: false; reason: string };

export function ingestFile(name: string, bytes: Uint8Array): IngestOutcome {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      reason: `the file is ${mb(bytes.length)}; articles larger than ${mb(MAX_ARTICLE_BYTES)} are not imported`,
    };
  }
  const signature = binarySignature(bytes);
  if (signature) return { ok: false, reason: `the file is ${signature}, not an article` };
  const decoded = decodeBytes(bytes);
  if (looksBinary(decoded.text))
    return { ok: false, reason: 'the file is binary (it holds control bytes), not text' };
  if (decoded.text.trim() === '') return { ok: false, reason: 'the file holds only white space' };

  const warnings: string[] = [];
  if (decoded.lossy) warnings.push(`some bytes are not valid ${decoded.encoding} and were replaced with “�”`);
  if (decoded.encoding === 'windows-1252')
    warnings.push('the file is not UTF-8; it was read as Windows-1252');
  let format = formatFromName(name);
  if (!format) {
    format = formatFromContent(decoded.text);
    warnings.push(`the file name has no known extension; the content was read as ${format}`);
  }
  const base = { encoding: decoded.encoding, warnings };

  switch (format) {
    case 'html': {
      const page = readHtml(decoded.text);
      const layout = layoutLines(page.lines, { knownTitle: page.meta.title });
      return single(build(layout, 'html', 0, base, page.meta, page.removed));
    }
    case 'json':
      return fromJson(decoded.text, base);
    case 'md': {
      const front = withFrontMatter(decoded.text, warnings);
      const md = markdownToLines(front.lines);
      return single(
        build(layoutLines(md.lines), 'md', 0, base, front.meta, [...front.removed, ...md.removed]),
      );
    }
    default: {
      // Text files saved by the same clippers carry the same block.
      const front = withFrontMatter(decoded.text, warnings);
      return single(build(layoutLines(front.lines), 'txt', 0, base, front.meta, front.removed));
    }
  }
}

/**
 * The note's lines after its front matter, whose keys are known metadata. The layout still
 * finds its own headline: a clipper's title is often the page's <title>, which may differ from
 * the heading in the text, and that heading is not article text either way.
 */
function withFrontMatter(text: string, warnings: string[]) {
  const front = splitFrontMatter(splitLines(text));
  if (front.warning) warnings.push(front.warning);
  return front;
}

type Base = { encoding: string; warnings: string[] };

/** Metadata a format states outright (JSON fields, HTML meta tags); it wins over what the text suggests. */
interface KnownMeta {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly author: string | null;
  readonly url: string | null;
  readonly language?: string | null;
  /** A date to fall back on when the text names none (a clipping's `created` day). */
  readonly createdDate?: string | null;
}

function single(result: ParsedArticle | string): IngestOutcome {
  return typeof result === 'string'
    ? { ok: false, reason: result }
    : { ok: true, articles: [result], rejectedItems: [] };
}

function fromJson(text: string, base: Base): IngestOutcome {
  const read = readJsonArticles(text);
  if (!read.ok) return read;
  const articles: ParsedArticle[] = [];
  const rejectedItems: { index: number; reason: string }[] = [];
  read.items.forEach((item, index) => {
    if (!item.ok) return rejectedItems.push({ index, reason: item.reason });
    const layout = layoutLines(splitLines(item.article.body), { knownTitle: item.article.title });
    const built = build(layout, 'json', index, base, item.article, []);
    if (typeof built === 'string') rejectedItems.push({ index, reason: built });
    else articles.push(built);
  });
  if (articles.length === 0 && read.items.length === 1)
    return { ok: false, reason: rejectedItems[0]!.reason };
  return { ok: true, articles, rejectedItems };
}

function build(
  layout: Layout,
  format: ArticleFormat,
  sourceIndex: number,
  base: Base,
  known: KnownMeta | null,
  extraRemoved: readonly RemovedLine[],
): ParsedArticle | string {
  if (layout.paragraphs.length === 0)
    return 'nothing is left after removing site cruft (no paragraph of article text)';
  const { text, paragraphs, sentences, words } = assembleText(layout.paragraphs);
  const h = layout.hints;
  // The regex is slow on long text; most articles never say "reports citing".
  const reportsCiting = !text.includes(' citing')
    ? null
    : (/\b([\p{Lu}][\p{L}\p{N}.]*(?: [\p{Lu}][\p{L}\p{N}.]*){0,3}) reports,? citing\b/u.exec(text)?.[1] ??
      null);
  // Its own list: the items of one JSON file share `base`.
  const warnings = [...base.warnings];
  return {
    sourceIndex,
    format,
    title: known?.title ?? layout.title,
    outlet: known?.outlet ?? h.outlet ?? h.signOff ?? reportsCiting,
    date:
      (known?.date ? findDate(known.date) : null) ??
      h.date ??
      (known?.createdDate ? findDate(known.createdDate) : null),
    byline: (known?.author ? cleanByline(known.author) : null) ?? h.byline,
    dateline: h.dateline,
    language: known?.language ?? guessLanguage(text),
    // An address the format states wins over one printed on a line of the text.
    url: webAddress(known?.url ?? null, warnings) ?? webAddress(h.url, warnings),
    publishedAt: known?.date ? publishedTime(known.date) : null,
    encoding: base.encoding,
    warnings,
    text,
    paragraphs,
    sentences,
    removed: [...extraRemoved, ...layout.removed].sort((a, b) => a.line - b.line),
    words,
  };
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * An article's address is kept only when it is an absolute http(s) URL: it is shown, linked
 * and written into reports, so a `javascript:` or `data:` "url" from a hostile file must never
 * travel on. What was dropped is said on the article.
 */
function webAddress(url: string | null, warnings: string[]): string | null {
  if (url === null) return null;
  if (/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(url)) return url;
  warnings.push(`its address “${url.slice(0, 80)}” is not an http(s) URL and was not kept`);
  return null;
}
