// Lines an outlet prints under many different stories — its own promos, disclaimers,
// "follow us" sentences that no phrase list knows — found by repetition across one import:
// a short paragraph is outlet boilerplate when at least MIN_ARTICLES articles of that outlet
// carry it AND those articles are otherwise different stories. The second condition matters:
// versions of one story (a page and its edits) share most of their paragraphs, and those
// shared paragraphs are the story, not boilerplate.
import type { Article, RemovedLine } from '../model';
import { assembleText } from './assemble-text';
import { collapseSpace, wordCount } from './lines';

export const MIN_ARTICLES = 3;
/** Longer paragraphs are reporting, never boilerplate ("about us" footers run to ~70 words). */
const MAX_WORDS = 80;
/** Articles sharing less than this share of their other paragraphs are different stories. */
const DIFFERENT_STORY_JACCARD = 0.2;

/**
 * What the importer keeps of each new article to find boilerplate after the batch: hashes, not
 * paragraph texts. Nearly every paragraph is short enough to be a candidate, so keeping the
 * texts meant holding (and, from the ingest workers, copying) a second copy of every article
 * until the import ended; the few lines found are looked up in their articles afterwards.
 */
export interface ArticleFingerprint {
  readonly id: string;
  readonly outlet: string | null;
  /** keyHash of each short paragraph (the candidates). */
  readonly short: readonly number[];
  /** The words of each of those paragraphs, in the same order. */
  readonly shortWords: readonly number[];
  /** keyHash of every paragraph (for "otherwise different"). */
  readonly hashes: readonly number[];
}

export interface BoilerplateLine {
  readonly key: string;
  /** How many articles of the outlet carried it when it was found. */
  readonly articles: number;
}

/** A line found to be boilerplate, by its key's hash, and one article that carries it. */
export interface FoundLine {
  readonly hash: number;
  readonly articles: number;
  readonly carrier: string;
}

export function paragraphKey(text: string): string {
  // Straight apostrophes are left alone: replacing each with itself only cost a copy.
  return collapseSpace(text.toLowerCase())
    .replace(/[“”"‘’]/g, "'")
    .trim();
}

export function fingerprint(article: Pick<Article, 'id' | 'outlet' | 'paragraphs'>): ArticleFingerprint {
  const short: number[] = [];
  const shortWords: number[] = [];
  const hashes = article.paragraphs.map((p) => {
    const key = paragraphKey(p.text);
    const hash = keyHash(key);
    const words = wordCount(key, MAX_WORDS + 1);
    if (words <= MAX_WORDS) {
      short.push(hash);
      shortWords.push(words);
    }
    return hash;
  });
  return { id: article.id, outlet: article.outlet, short, shortWords, hashes };
}

/** Boilerplate per outlet among the given articles (typically one import batch), by hash. */
export function findOutletBoilerplate(articles: readonly ArticleFingerprint[]): Map<string, FoundLine[]> {
  const byOutlet = new Map<string, ArticleFingerprint[]>();
  for (const a of articles) if (a.outlet) pushTo(byOutlet, a.outlet, a);
  const found = new Map<string, FoundLine[]>();
  for (const [outlet, group] of byOutlet) {
    if (group.length < MIN_ARTICLES) continue;
    const carriers = new Map<number, ArticleFingerprint[]>();
    for (const a of group) for (const hash of new Set(a.short)) pushTo(carriers, hash, a);
    const lines = [...carriers]
      .filter(([hash, list]) => list.length >= MIN_ARTICLES && differentStories(list, hash) >= MIN_ARTICLES)
      .map(([hash, list]) => ({ hash, articles: list.length, carrier: list[0]!.id }));
    if (lines.length) found.set(outlet, lines);
  }
  return found;
}

/**
 * The found lines with their text: each line's key, taken from the paragraphs of the article
 * that carries it. A line whose carrier is not given is left out.
 */
export function boilerplateLines(
  found: ReadonlyMap<string, readonly FoundLine[]>,
  paragraphsOf: (id: string) => readonly { readonly text: string }[] | undefined,
): Map<string, BoilerplateLine[]> {
  const lines = new Map<string, BoilerplateLine[]>();
  for (const [outlet, list] of found) {
    for (const line of list) {
      const key = paragraphsOf(line.carrier)
        ?.map((p) => paragraphKey(p.text))
        .find((k) => keyHash(k) === line.hash);
      if (key !== undefined) pushTo(lines, outlet, { key, articles: line.articles });
    }
  }
  return lines;
}

/**
 * A paragraph key's hash: two 32-bit FNV-1a style passes with different constants, 53 bits
 * kept, so that two different paragraphs of one import practically never share one (a 32-bit
 * hash would, once in a few imports of 10,000 articles).
 */
export function keyHash(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x3c6ef372;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + (b >>> 11);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Greedy count of carriers that are pairwise different stories, apart from the line itself. */
function differentStories(list: readonly ArticleFingerprint[], line: number): number {
  const kept: Set<number>[] = [];
  for (const a of list) {
    const own = new Set(a.hashes.filter((h) => h !== line));
    if (kept.every((k) => jaccard(k, own) < DIFFERENT_STORY_JACCARD)) kept.push(own);
    if (kept.length >= MIN_ARTICLES) break;
  }
  return kept.length;
}

function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The article as the reviewer sees it: its outlet's boilerplate paragraphs moved to `removed`. */
export function withoutBoilerplate(article: Article, lines: readonly BoilerplateLine[]): Article {
  if (lines.length === 0 || !article.outlet) return article;
  const known = new Map(lines.map((l) => [l.key, l.articles]));
  const dropped: RemovedLine[] = [];
  const kept = article.paragraphs.filter((p) => {
    const count = known.get(paragraphKey(p.text));
    if (count === undefined) return true;
    dropped.push({
      line: p.line,
      text: p.text,
      reason: `repeated in ${count} articles from ${article.outlet}`,
    });
    return false;
  });
  if (dropped.length === 0 || kept.length === 0) return article;
  return {
    ...article,
    ...assembleText(kept.map((p) => ({ text: p.text, line: p.line }))),
    removed: [...article.removed, ...dropped].sort((a, b) => a.line - b.line),
  };
}
