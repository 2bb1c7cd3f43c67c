// The exact test a candidate pair must pass to be called versions of one text. Jaccard alone
// misses a syndication that kept only half the story; containment alone would make a short
// article quoted inside a long one its "version". So: a high Jaccard, or the shorter text
// almost wholly inside the longer one while being at least half its length. A first version
// that later grew (same outlet, shorter, not dated after) needs only the containment, at a
// stricter level: FIRST_VERSION_CONTAINMENT, whatever the sizes (version-index.ts).

import { sortedSharedCount } from '../sorted-shared';

export interface PairSimilarity {
  readonly jaccard: number;
  /** Share of the smaller set found in the larger. */
  readonly containment: number;
  /** Smaller set size over larger set size. */
  readonly sizeRatio: number;
}

export const VERSION_JACCARD = 0.4;
export const VERSION_CONTAINMENT = 0.7;
export const VERSION_SIZE_RATIO = 0.4;
export const FIRST_VERSION_CONTAINMENT = 0.9;
/** A first version is a few sentences at least: a one-line notice is not a story's start. */
export const MIN_FIRST_VERSION_SHINGLES = 40;

export function compareShingles(a: ReadonlySet<number>, b: ReadonlySet<number>): PairSimilarity {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return { jaccard: 0, containment: 0, sizeRatio: 0 };
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return {
    jaccard: shared / (a.size + b.size - shared),
    containment: shared / small.size,
    sizeRatio: small.size / large.size,
  };
}

/** The same measures on sorted, duplicate-free shingle arrays (what VersionIndex keeps): a merge, no hashing. */
export function compareSortedShingles(a: Uint32Array, b: Uint32Array): PairSimilarity {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0) return { jaccard: 0, containment: 0, sizeRatio: 0 };
  const shared = sortedSharedCount(small, large);
  return {
    jaccard: shared / (a.length + b.length - shared),
    containment: shared / small.length,
    sizeRatio: small.length / large.length,
  };
}

export function isVersionPair(s: PairSimilarity): boolean {
  return (
    s.jaccard >= VERSION_JACCARD ||
    (s.containment >= VERSION_CONTAINMENT && s.sizeRatio >= VERSION_SIZE_RATIO)
  );
}

/** The shorter text almost wholly inside the longer (the other conditions are version-index.ts's). */
export function isFirstVersion(s: PairSimilarity): boolean {
  return s.containment >= FIRST_VERSION_CONTAINMENT;
}
