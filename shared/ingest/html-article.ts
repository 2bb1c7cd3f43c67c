// Reads a saved web page: metadata from <meta>/<title>/<link>, the article body from
// Mozilla's Readability over linkedom's DOM (pure JavaScript: nothing in the page runs —
// linkedom has no script engine, and Readability only reads the tree). The body is turned
// into one line per block (paragraph, heading, list item) so the same layout rules that
// clean scraped text also clean what Readability keeps.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RemovedLine } from '../model';
import { isShortLabel, type SourceLine } from './lines';
import { classifyLine } from './cruft-rules';
import { FACT_BOX_LABELS, phrase } from './furniture-words';

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
  const marks = headerMarks(document);
  const clone = document.cloneNode(true) as Document;
  keepFactBoxes(clone);
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
  const description = clean(
    document.querySelector('meta[name="description"]')?.getAttribute('content') ??
      document.querySelector('meta[property="og:description"]')?.getAttribute('content') ??
      null,
  );
  const header = headerFurniture(lines, marks, description);
  for (const [no, reason] of header) {
    const at = lines.findIndex((l) => l.no === no);
    removed.push({ line: no, text: lines[at]!.text, reason });
    lines.splice(at, 1);
  }
  removed.sort((a, b) => a.line - b.line);
  return { meta, lines, removed };
}

/**
 * The heading of a fact box: "Fakta: …", "Key facts", "Les repères", "… in numbers". Readability
 * drops every `<aside>`, and with them fact boxes that hold the story's own figures; a box whose
 * heading names it so is the story's, read like a section of it.
 */
const FACT_BOX_HEADING = new RegExp(
  `^${phrase(FACT_BOX_LABELS)}(?:\\s*[:：–—-]|\\s*$)|\\s${phrase(FACT_BOX_LABELS)}\\s*$`,
  'iu',
);

/**
 * An `<aside>` whose first heading (or bold lead line) is a fact-box label and whose text is not
 * mostly links ("Read also" and most-read boxes are lists of links) becomes a plain block, so
 * Readability keeps it in the story where it stands. Other asides are left to Readability.
 */
function keepFactBoxes(document: Document): void {
  for (const aside of Array.from(document.querySelectorAll('aside'))) {
    const heading = aside.querySelector('h1, h2, h3, h4, h5, h6, strong, b, header, p');
    const label = clean(heading?.textContent ?? null);
    if (!label || !FACT_BOX_HEADING.test(label)) continue;
    const text = collapse(aside.textContent ?? '');
    const linked = Array.from(aside.querySelectorAll('a')).reduce(
      (n, a) => n + collapse(a.textContent ?? '').length,
      0,
    );
    if (text.length === 0 || linked * 2 > text.length) continue;
    const box = document.createElement('div');
    for (const child of Array.from(aside.childNodes)) box.appendChild(child);
    aside.replaceWith(box);
  }
}

/** What a block under the headline is by its markup: the deck, or the byline-and-date block. */
type HeadKind = 'deck' | 'meta';

/**
 * Class names newsroom templates give the deck under the headline ("lead", "ingress",
 * "standfirst", "excerpt", "subtitle", "chapo", "sapo", "entradilla"…) and the block of byline,
 * dates, reading time and listen button ("byline", "entry-meta", "info", "dateline"…). Read only
 * above the story's first paragraph: a "lead" class further down is the story's.
 */
const DECK_CLASS =
  /(?:^|[\s_-])(?:lead|leade?|ingress|standfirst|dek|deck|excerpt|summary|subtitle|sub-?title|subhead(?:line)?|preamble|chapo|chapeau|sapo|entradilla|sottotitolo|occhiello|catenaccio|linha-?fina|bajada|vorspann|teaser-?text)(?:$|[\s_-])/i;
const META_CLASS =
  /(?:^|[\s_-])(?:byline|bylines|meta|info|author|authors|dateline|date|dates|time|timestamp|published|updated|reading-?time|read-?time|listen|audio|tools|share|sharing|social)(?:$|[\s_-])/i;

/** A header block of the template, with its text as the page shows it. */
interface HeadMark {
  readonly kind: HeadKind;
  readonly text: string;
}

/** Longer than this, a block with such a class is a wrapper of the story, not its header. */
const HEAD_MARK_CHARS = 400;

/**
 * The deck and byline-and-date blocks of the page, found by their class before Readability
 * runs: Readability turns such `<div>`s into bare paragraphs and drops their classes.
 */
function headerMarks(document: Document): HeadMark[] {
  const marks: HeadMark[] = [];
  for (const el of Array.from(document.querySelectorAll('[class]'))) {
    const cls = el.getAttribute('class') ?? '';
    const kind: HeadKind | null = DECK_CLASS.test(cls) ? 'deck' : META_CLASS.test(cls) ? 'meta' : null;
    if (!kind) continue;
    const text = collapse(textOf(el as unknown as NodeLike));
    if (text && text.length <= HEAD_MARK_CHARS) marks.push({ kind, text });
  }
  return marks;
}

/**
 * Lines above the story's first paragraph that stand in a header block of the template: the
 * byline-and-date block always, and the deck when such a block follows it (a deck, then the
 * byline, is the layout of newsroom templates) or when it is the page's own description (its
 * `<meta name="description">`): a "lead" block straight over the body may otherwise be the
 * story's first paragraph. The header is read from the top while its lines stand in such
 * blocks or are short labels (a kicker, a section); the first other line is the story's.
 */
function headerFurniture(
  lines: readonly SourceLine[],
  marks: readonly HeadMark[],
  description: string | null,
): Map<number, string> {
  const out = new Map<number, string>();
  if (marks.length === 0) return out;
  // Each header line's block, and whether the line rules already know it (a byline, a date, a
  // reading time): those are left to them, with their reason and what they tell (the byline,
  // the date), but still count as the byline-and-date block under a deck.
  const header: { kind: HeadKind | null; known: boolean }[] = [];
  for (const l of lines) {
    const known = classifyLine(l.text) !== null;
    const kind = marks.find((m) => m.text.includes(l.text))?.kind ?? null;
    if (!kind && !known && !isShortLabel(l.text, 4)) break;
    header.push({ kind, known });
  }
  let metaBelow = false;
  for (let i = header.length - 1; i >= 0; i--) {
    const { kind, known } = header[i]!;
    if (kind === 'meta') {
      if (!known) out.set(lines[i]!.no, 'byline or date');
      metaBelow = true;
    } else if (kind === 'deck' && !known && (metaBelow || lines[i]!.text === description))
      out.set(lines[i]!.no, 'standfirst');
  }
  return out;
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
