// Related stories: different texts about the same subject, found by cosine over each story's
// weighted words, with names (capitalised words) weighted up because shared people, places and
// organisations are what make two stories about one subject. A word's weight is its rarity in
// English at large when the caller gives a background table (so a dossier on one subject,
// where every story says "Kosovo", still links its stories), else TF-IDF within the folder.
// Only stories sharing some of their top terms are compared, so the work stays far below all
// pairs. Related stories are linked, never merged.
import { shingleTokens } from './shingles';

export interface RelatedInput {
  readonly storyId: string;
  /** The story's text (its versions' texts joined is fine). */
  readonly text: string;
}

export interface RelatedLink {
  readonly a: string;
  readonly b: string;
  readonly score: number;
  /** The strongest shared terms, to show why. */
  readonly terms: string[];
}

export const RELATED_THRESHOLD = 0.3;
const TOP_TERMS = 40;
const MAX_STORIES_PER_TERM = 50;
const NAME_WEIGHT = 2;
const STOPWORDS = new Set(
  'the a an and or but of to in on at for with from by as is are was were be been has have had it its this that these those he she they we you i his her their our said says will would could should not no than then there which who whom what when where while after before about over into also more most such other some any all one two three new last first per cent percent mr mrs ms'.split(
    ' ',
  ),
);

export function relatedStories(
  stories: readonly RelatedInput[],
  threshold = RELATED_THRESHOLD,
  /** A word's rarity in the language at large (0 common – 1 rare); folder TF-IDF without it. */
  rarity?: (term: string) => number,
): RelatedLink[] {
  if (rarity)
    return linkStories(
      stories.map((s) => ({ storyId: s.storyId, vector: storyVector(s.text, rarity) })),
      threshold,
    );
  const termCounts = stories.map((s) => countTerms(s.text));
  const documentFrequency = new Map<string, number>();
  for (const counts of termCounts)
    for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const n = stories.length;
  const vectors = termCounts.map((counts) =>
    topTerms(counts, (term, tf) => tf * Math.log(1 + n / (documentFrequency.get(term) ?? 1))),
  );
  return linkStories(
    stories.map((s, i) => ({ storyId: s.storyId, vector: vectors[i]! })),
    threshold,
  );
}

/** A story's strongest terms, weighted and normalised (unit length). */
export type TermVector = ReadonlyMap<string, number>;

/**
 * A story's vector with words weighted by their rarity in the language at large: it depends on
 * the story's text alone, so a vector kept from an earlier run is still right.
 */
export function storyVector(text: string, rarity: (term: string) => number): TermVector {
  return topTerms(countTerms(text), (term, tf) => Math.sqrt(tf) * rarity(term) ** 2);
}

function topTerms(counts: Map<string, number>, weight: (term: string, tf: number) => number): TermVector {
  const weighted = [...counts].map(([term, tf]) => [term, weight(term, tf)] as const);
  weighted.sort((x, y) => y[1] - x[1]);
  const top = weighted.slice(0, TOP_TERMS);
  const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
  return new Map(top.map(([term, w]) => [term, w / norm]));
}

/** Links between stories whose vectors meet the threshold (cosine), with the terms that made it. */
export function linkStories(
  stories: readonly { readonly storyId: string; readonly vector: TermVector }[],
  threshold = RELATED_THRESHOLD,
): RelatedLink[] {
  const n = stories.length;
  const postings = new Map<string, number[]>();
  stories.forEach(({ vector }, i) => {
    for (const term of vector.keys()) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    // A term in many stories says little about subject, and pairing all of them would make the
    // work grow with the square of the stories: a fixed cap keeps it linear.
    if (list.length > MAX_STORIES_PER_TERM) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a]! * n + list[b]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  const links: RelatedLink[] = [];
  for (const [key, count] of shared) {
    if (count < 3) continue;
    const i = Math.floor(key / n);
    const j = key % n;
    const [va, vb] = [stories[i]!.vector, stories[j]!.vector];
    let score = 0;
    const terms: [string, number][] = [];
    for (const [term, w] of va) {
      const other = vb.get(term);
      if (other === undefined) continue;
      score += w * other;
      terms.push([term, w * other]);
    }
    if (score < threshold) continue;
    terms.sort((x, y) => y[1] - x[1]);
    links.push({
      a: stories[i]!.storyId,
      b: stories[j]!.storyId,
      score,
      terms: terms.slice(0, 6).map(([t]) => t),
    });
  }
  return links.sort((x, y) => y.score - x.score);
}

/** Term counts; a word written capitalised inside a sentence counts as a name. */
function countTerms(text: string): Map<string, number> {
  const names = new Set(
    (text.match(/(?<=[\p{Ll},;:] )[\p{Lu}][\p{L}]+/gu) ?? []).map((w) => shingleTokens(w)[0] ?? ''),
  );
  const counts = new Map<string, number>();
  for (const token of shingleTokens(text)) {
    if (token.length < 3 || STOPWORDS.has(token) || /^\d+$/.test(token)) continue;
    counts.set(token, (counts.get(token) ?? 0) + (names.has(token) ? NAME_WEIGHT : 1));
  }
  return counts;
}
