// Reads a saved web page: metadata from <meta>/<title>/<link>, the article body from
// Mozilla's Readability over linkedom's DOM (pure JavaScript: nothing in the page runs —
// linkedom has no script engine, and Readability only reads the tree). The body is turned
// into one line per block (paragraph, heading, list item) so the same layout rules that
// clean scraped text also clean what Readability keeps.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RemovedLine } from '../model';
import type { SourceLine } from './lines';

export interface HtmlMeta {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly author: string | null;
  readonly url: string | null;
  readonly language: string | null;
}

export interface HtmlRead {
  readonly meta: HtmlMeta;
  readonly lines: SourceLine[];
  readonly removed: RemovedLine[];
}

const BLOCK = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'DT',
  'DD',
  'TD',
  'TH',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TR',
  'FIGURE',
  'MAIN',
  'NAV',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'FORM',
  'BUTTON',
  'SELECT',
]);

type El = { tagName: string; childNodes: ArrayLike<NodeLike>; textContent: string | null };
type NodeLike = {
  nodeType: number;
  textContent: string | null;
  tagName?: string;
  childNodes?: ArrayLike<NodeLike>;
};

export function readHtml(html: string): HtmlRead {
  const { document } = parseHTML(html);
  const meta = readMeta(document);
  const clone = document.cloneNode(true) as Document;
  let content: NodeLike | null;
  try {
    const parsed = new Readability<NodeLike>(clone, {
      serializer: (node) => node as unknown as NodeLike,
      charThreshold: 200,
    }).parse();
    content = parsed?.content ?? null;
    if (parsed) {
      meta.title ??= clean(parsed.title);
      meta.author ??= clean(parsed.byline);
      meta.outlet ??= clean(parsed.siteName);
      meta.date ??= clean(parsed.publishedTime);
    }
  } catch {
    content = null; // Readability gave up: fall back to every block of the body below.
  }
  meta.title ??= clean(document.querySelector('title')?.textContent ?? null);
  meta.title = withoutSiteName(
    meta.title,
    meta.outlet,
    clean(document.querySelector('h1')?.textContent ?? null),
  );
  const root = content ?? (document.body as unknown as NodeLike | null);
  const lines: SourceLine[] = [];
  const removed: RemovedLine[] = [];
  if (root) collectBlocks(root, lines, removed);
  return { meta, lines, removed };
}

/** What joins a page title to its site's name: "Headline | Site", "Site – Headline". */
const TITLE_JOIN = /\s+[|–—·•»:-]{1,2}\s+/;

/**
 * A `<title>` carries the site's name beside the headline ("Headline | The Daily Example"):
 * dropped when it is the outlet the page names (og:site_name), or when the headline part is
 * the page's own `<h1>`. A headline that merely contains a dash keeps it.
 */
function withoutSiteName(title: string | null, outlet: string | null, h1: string | null): string | null {
  if (!title || !TITLE_JOIN.test(title)) return title;
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\.(com|org|net|co\.uk|de|fr|es)$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const parts = title.split(TITLE_JOIN);
  const [first, last] = [parts[0]!, parts[parts.length - 1]!];
  if (outlet) {
    const site = fold(outlet);
    if (fold(last) === site) return title.slice(0, title.length - last.length).replace(/[\s|–—·•»:-]+$/, '');
    if (fold(first) === site) return title.slice(first.length).replace(/^[\s|–—·•»:-]+/, '');
  }
  if (h1 && fold(h1) !== fold(title) && fold(title).startsWith(fold(h1)) && fold(h1).length >= 12) return h1;
  return title;
}

function readMeta(document: Document): { -readonly [K in keyof HtmlMeta]: HtmlMeta[K] } {
  const metaContent = (...selectors: string[]) => {
    for (const s of selectors) {
      const value = clean(document.querySelector(s)?.getAttribute('content') ?? null);
      if (value) return value;
    }
    return null;
  };
  return {
    title:
      metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]') ??
      clean(document.querySelector('title')?.textContent ?? null),
    outlet: metaContent(
      'meta[property="og:site_name"]',
      'meta[name="application-name"]',
      'meta[name="publisher"]',
    ),
    date:
      metaContent(
        'meta[property="article:published_time"]',
        'meta[name="date"]',
        'meta[name="pubdate"]',
        'meta[itemprop="datePublished"]',
      ) ?? clean(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null),
    author: metaContent('meta[name="author"]', 'meta[property="article:author"]'),
    url:
      clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null) ??
      metaContent('meta[property="og:url"]'),
    language:
      clean(document.documentElement?.getAttribute('lang') ?? null)
        ?.slice(0, 2)
        .toLowerCase() ?? null,
  };
}

/** One line per leaf block; captions go straight to `removed`. */
function collectBlocks(node: NodeLike, lines: SourceLine[], removed: RemovedLine[]): void {
  let inline = '';
  const flushInline = () => {
    const text = collapse(inline);
    if (text) lines.push(line(lines.length + removed.length + 1, text));
    inline = '';
  };
  for (const child of Array.from(node.childNodes ?? [])) {
    if (child.nodeType === 3) {
      inline += child.textContent ?? '';
      continue;
    }
    if (child.nodeType !== 1 || !child.tagName) continue;
    const tag = child.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      inline += '\n';
      continue;
    }
    if (!BLOCK.has(tag)) {
      inline += textOf(child);
      continue;
    }
    flushInline();
    if (tag === 'FIGCAPTION') {
      const text = collapse(textOf(child));
      if (text) removed.push({ line: lines.length + removed.length + 1, text, reason: 'photo caption' });
    } else if (hasBlockChild(child)) {
      collectBlocks(child, lines, removed);
    } else {
      for (const part of textOf(child).split('\n')) {
        const text = collapse(part);
        if (text) lines.push(line(lines.length + removed.length + 1, text));
      }
    }
  }
  flushInline();
}

function hasBlockChild(node: NodeLike): boolean {
  return Array.from(node.childNodes ?? []).some(
    (c) => c.nodeType === 1 && !!c.tagName && BLOCK.has(c.tagName.toUpperCase()),
  );
}

/** Text of an element without the text of scripts and styles inside it; <br> becomes a line break. */
function textOf(node: NodeLike): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || !node.tagName) return '';
  const tag = node.tagName.toUpperCase();
  if (SKIP.has(tag)) return '';
  if (tag === 'BR') return '\n';
  return Array.from((node as El).childNodes)
    .map(textOf)
    .join('');
}

function line(no: number, text: string): SourceLine {
  return { no, raw: text, text };
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}
