// Lines an outlet prints under many different stories — its own promos, disclaimers,
// "follow us" sentences that no phrase list knows — found by repetition across one import:
// a short paragraph is outlet boilerplate when at least MIN_ARTICLES articles of that outlet
// carry it AND those articles are otherwise different stories. The second condition matters:
// versions of one story (a page and its edits) share most of their paragraphs, and those
// shared paragraphs are the story, not boilerplate.
import type { Article, RemovedLine } from '../model';
import { assembleText } from './assemble-text';
import { atMostWords, collapseSpace } from './lines';

export const MIN_ARTICLES = 3;
/** Longer paragraphs are reporting, never boilerplate ("about us" footers run to ~70 words). */
const MAX_WORDS = 80;
/** Articles sharing less than this share of their other paragraphs are different stories. */
const DIFFERENT_STORY_JACCARD = 0.2;

/** What the importer keeps of each new article to find boilerplate after the batch. */
export interface ArticleFingerprint {
  readonly id: string;
  readonly outlet: string | null;
  /** Keys of the short paragraphs (candidates). */
  readonly short: readonly string[];
  /** Hashes of every paragraph's key (for "otherwise different"). */
  readonly hashes: readonly number[];
}

export interface BoilerplateLine {
  readonly key: string;
  /** How many articles of the outlet carried it when it was found. */
  readonly articles: number;
}

export function paragraphKey(text: string): string {
  // Straight apostrophes are left alone: replacing each with itself only cost a copy.
  return collapseSpace(text.toLowerCase())
    .replace(/[“”"‘’]/g, "'")
    .trim();
}

export function fingerprint(article: Pick<Article, 'id' | 'outlet' | 'paragraphs'>): ArticleFingerprint {
  const keys = article.paragraphs.map((p) => paragraphKey(p.text));
  return {
    id: article.id,
    outlet: article.outlet,
    short: keys.filter((k) => atMostWords(k, MAX_WORDS)),
    hashes: keys.map(hash32),
  };
}

/** Boilerplate per outlet among the given articles (typically one import batch). */
export function findOutletBoilerplate(
  articles: readonly ArticleFingerprint[],
): Map<string, BoilerplateLine[]> {
  const byOutlet = new Map<string, ArticleFingerprint[]>();
  for (const a of articles) if (a.outlet) byOutlet.set(a.outlet, [...(byOutlet.get(a.outlet) ?? []), a]);
  const found = new Map<string, BoilerplateLine[]>();
  for (const [outlet, group] of byOutlet) {
    if (group.length < MIN_ARTICLES) continue;
    const carriers = new Map<string, ArticleFingerprint[]>();
    for (const a of group)
      for (const key of new Set(a.short)) carriers.set(key, [...(carriers.get(key) ?? []), a]);
    const lines = [...carriers]
      .filter(
        ([key, list]) => list.length >= MIN_ARTICLES && differentStories(list, hash32(key)) >= MIN_ARTICLES,
      )
      .map(([key, list]) => ({ key, articles: list.length }));
    if (lines.length) found.set(outlet, lines);
  }
  return found;
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

/** FNV-1a, 32 bits: enough to compare paragraphs of a handful of articles. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
