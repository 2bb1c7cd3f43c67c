// The incremental form of version grouping: texts are added in batches, each new text is
// signed, looked up in the LSH buckets of everything added before, verified exactly against
// its candidates, and joined to their stories. Adding a batch costs in proportion to the
// batch, not to the workspace — so an import does not regroup every article again.
import { BANDS, bandKey, MAX_BUCKET } from './lsh';

/** Members of a full bucket looked at: this many of the first, and of the latest. */
const FULL_BUCKET_SAMPLE = 16;
import { minhashSignature } from './minhash';
import { shingleSet } from './shingles';
import { compareSortedShingles, isVersionPair, type PairSimilarity } from './verify';

const MIN_SHARED_BANDS = 2;

export interface VersionPair {
  readonly a: string;
  readonly b: string;
  readonly similarity: PairSimilarity;
}

export class VersionIndex {
  private readonly ids: string[] = [];
  private readonly known = new Set<string>();
  private readonly parent: number[] = [];
  private readonly buckets: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map());
  /** Each text's shingles, sorted: 4 bytes a shingle, compared by merging (no rehashing of texts). */
  private readonly shingles: Uint32Array[] = [];
  /** Work done so far, for diagnostics and for tests that check additions stay incremental. */
  readonly stats = { signed: 0, verified: 0 };

  has(id: string): boolean {
    return this.known.has(id);
  }

  /** Adds texts (ids not yet added) and returns the version pairs found. */
  add(docs: readonly { id: string; text: string }[]): VersionPair[] {
    const pairs: VersionPair[] = [];
    for (const doc of docs) {
      if (this.known.has(doc.id)) continue;
      const set = shingleSet(doc.text);
      const signature = minhashSignature(set);
      const shingles = Uint32Array.from(set).sort();
      this.shingles.push(shingles);
      this.stats.signed++;
      const index = this.ids.length;
      this.ids.push(doc.id);
      this.known.add(doc.id);
      this.parent.push(index);
      // How many bands each earlier text shares with this one: one shared band of two rows is
      // often chance, two are not (P ≥ 0.998 for a pair at Jaccard 0.4, 0.007 at 0.05).
      const hits = new Map<number, number>();
      const keys: number[] = [];
      for (let band = 0; band < BANDS; band++) {
        const key = bandKey(signature, band);
        keys.push(key);
        const bucket = this.buckets[band]!.get(key);
        if (!bucket) continue;
        // A full bucket is either near-empty texts agreeing on nothing or one text republished
        // hundreds of times (a wire story): its first and latest members are enough to find
        // the story, and the exact check below keeps near-empty texts apart.
        const members =
          bucket.length < MAX_BUCKET
            ? bucket
            : [...bucket.slice(0, FULL_BUCKET_SAMPLE), ...bucket.slice(-FULL_BUCKET_SAMPLE)];
        for (const other of members) hits.set(other, (hits.get(other) ?? 0) + 1);
      }
      for (const [other, count] of hits) {
        if (count < MIN_SHARED_BANDS) continue;
        if (this.find(other) === this.find(index)) continue; // already one story: no need to check
        this.stats.verified++;
        const similarity = compareSortedShingles(shingles, this.shingles[other]!);
        if (!isVersionPair(similarity)) continue;
        pairs.push({ a: this.ids[other]!, b: doc.id, similarity });
        this.union(other, index);
      }
      keys.forEach((key, band) => {
        const bucket = this.buckets[band]!.get(key);
        if (bucket) bucket.push(index);
        else this.buckets[band]!.set(key, [index]);
      });
    }
    return pairs;
  }

  /** Ids per story in the order they were added; stories ordered by their first text. */
  groups(): string[][] {
    const byRoot = new Map<number, string[]>();
    this.ids.forEach((id, i) => {
      const root = this.find(i);
      const group = byRoot.get(root);
      if (group) group.push(id);
      else byRoot.set(root, [id]);
    });
    return [...byRoot.values()];
  }

  private find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }

  /** The root is always the earlier text, so a story is named by its first article. */
  private union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
