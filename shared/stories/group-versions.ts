// Groups texts into stories: candidates from MinHash + LSH, each candidate pair verified on
// exact shingle sets, verified pairs joined transitively (union-find). Pure and in memory;
// the service feeds it cleaned article texts and stores the result.
import { lshCandidatePairs } from './lsh';
import { minhashSignature } from './minhash';
import { shingleSet } from './shingles';
import { compareShingles, isVersionPair, type PairSimilarity } from './verify';

export interface StoryInput {
  readonly id: string;
  /** The cleaned text (what the reviewer reads), not the raw file. */
  readonly text: string;
}

export interface VersionGroups {
  /** Article ids per story, each in input order; stories ordered by their first article. */
  readonly groups: string[][];
  /** The verified version pairs, for explaining a grouping. */
  readonly pairs: { readonly a: string; readonly b: string; readonly similarity: PairSimilarity }[];
}

export function groupVersions(docs: readonly StoryInput[]): VersionGroups {
  const shingles = docs.map((d) => shingleSet(d.text));
  const signatures = shingles.map(minhashSignature);
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const pairs: VersionGroups['pairs'] = [];
  for (const [i, j] of lshCandidatePairs(signatures)) {
    const similarity = compareShingles(shingles[i]!, shingles[j]!);
    if (!isVersionPair(similarity)) continue;
    pairs.push({ a: docs[i]!.id, b: docs[j]!.id, similarity });
    const [ri, rj] = [find(i), find(j)];
    // The root is always the earlier text, so a story is named by its first article.
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  }
  const byRoot = new Map<number, string[]>();
  docs.forEach((d, i) => {
    const root = find(i);
    const group = byRoot.get(root);
    if (group) group.push(d.id);
    else byRoot.set(root, [d.id]);
  });
  return { groups: [...byRoot.values()], pairs };
}
