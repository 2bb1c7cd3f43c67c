// The incremental form of version grouping: texts are added in batches, each new text is
// signed, looked up in the LSH buckets of everything added before, verified exactly against
// its candidates, and joined to their stories. Adding a batch costs in proportion to the
// batch, not to the workspace — so an import does not regroup every article again.
//
// Three ways two texts become versions of one story (VersionPair.basis):
// - 'similar text': the exact shingle test of verify.ts (Jaccard, or containment at a
//   comparable size) on candidates from MinHash + LSH;
// - 'same page': the same page address (page-address.ts), whatever the texts say — how
//   NewsDiffs and diffengine key a page's versions;
// - 'first version': a shorter text of the same outlet, not dated after the longer one, almost
//   wholly inside it (FIRST_VERSION_CONTAINMENT), and not of another page address — a breaking
//   version that later tripled. Its
//   candidates come from a containment index of sampled shingles kept per outlet: a shingle is
//   sampled by its value, so every sample of a contained text is a sample of the text holding
//   it, whatever their sizes. Another outlet's column quoting a notice whole stays apart.
import { BANDS, bandKey, MAX_BUCKET } from './lsh';
import { minhashSignature, mix } from './minhash';
import { shingleSet } from './shingles';
import {
  compareSortedShingles,
  isFirstVersion,
  isVersionPair,
  MIN_FIRST_VERSION_SHINGLES,
  type PairSimilarity,
} from './verify';

/** Members of a full bucket looked at: this many of the first, and of the latest. */
const FULL_BUCKET_SAMPLE = 16;
const MIN_SHARED_BANDS = 2;
/** One shingle in SAMPLE_RATE is sampled for the containment index. */
const SAMPLE_RATE = 8;
/** Share of the shorter text's samples that must be in the longer one before the exact check. */
const SAMPLE_CONTAINMENT = 0.75;

export interface VersionInput {
  readonly id: string;
  readonly text: string;
  /** The page address's key (pageKey), when the file names one. */
  readonly page?: string | null;
  readonly outlet?: string | null;
  /** ISO date, when known. */
  readonly date?: string | null;
}

/** VersionIndex's content, per text in the order added (page-address keys, outlets as given). */
export interface VersionIndexSnapshot {
  readonly ids: readonly string[];
  /** Each text's story root (an earlier text's position, or its own). */
  readonly parent: readonly number[];
  readonly shingles: readonly Uint32Array[];
  readonly bandKeys: readonly Uint32Array[];
  readonly pages: readonly (string | null)[];
  readonly outlets: readonly (string | null)[];
  readonly dates: readonly (string | null)[];
}

const NO_SAMPLES: readonly number[] = Object.freeze([]);

export type VersionBasis = 'similar text' | 'same page' | 'first version';

export interface VersionPair {
  readonly a: string;
  readonly b: string;
  readonly similarity: PairSimilarity;
  readonly basis: VersionBasis;
}

export class VersionIndex {
  private readonly ids: string[] = [];
  private readonly known = new Set<string>();
  private readonly parent: number[] = [];
  private readonly buckets: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map());
  /** Each text's shingles, sorted: 4 bytes a shingle, compared by merging (no rehashing of texts). */
  private readonly shingles: Uint32Array[] = [];
  /** Each text's LSH band keys (BANDS of them): what a snapshot keeps to rebuild the buckets. */
  private readonly bandKeys: Uint32Array[] = [];
  private readonly pages = new Map<string, number>();
  private readonly pageOf: (string | null)[] = [];
  /** Per text: outlet key (or null) and date, for the first-version rule. */
  private readonly outlets: (string | null)[] = [];
  private readonly dates: (string | null)[] = [];
  /** Per text: its containment samples (empty without an outlet), and the outlet as given. */
  private readonly sampled: (readonly number[])[] = [];
  private readonly outletNames: (string | null)[] = [];
  /** (outlet, sampled shingle) → texts holding it; one text stored bare (most samples are unique). */
  private readonly samples = new Map<number, number | number[]>();
  /** Work done so far, for diagnostics and for tests that check additions stay incremental. */
  readonly stats = { signed: 0, verified: 0 };

  has(id: string): boolean {
    return this.known.has(id);
  }

  /** Adds texts (ids not yet added) and returns the version pairs found. */
  add(docs: readonly VersionInput[]): VersionPair[] {
    const pairs: VersionPair[] = [];
    for (const doc of docs) {
      if (this.known.has(doc.id)) continue;
      const set = shingleSet(doc.text);
      const signature = minhashSignature(set);
      const keys = new Uint32Array(BANDS);
      for (let band = 0; band < BANDS; band++) keys[band] = bandKey(signature, band);
      this.stats.signed++;
      const index = this.file(doc.id, Uint32Array.from(set).sort(), keys, doc);
      const page = this.pageOf[index]!;
      if (page !== null) {
        const first = this.pages.get(page)!;
        if (first !== index && this.find(first) !== this.find(index)) {
          pairs.push(this.pair(first, index, 'same page'));
          this.union(first, index);
        }
      }
      const verified = new Set<number>();
      for (const other of this.bandCandidates(keys, index)) {
        if (this.find(other) === this.find(index)) continue; // already one story: no need to check
        verified.add(other);
        this.tryJoin(other, index, pairs, false);
      }
      const sampled = this.sampled[index]!;
      for (const other of this.containmentCandidates(sampled, index)) {
        if (verified.has(other) || this.find(other) === this.find(index)) continue;
        this.tryJoin(other, index, pairs, true);
      }
      this.fileBuckets(index);
    }
    return pairs;
  }

  /** What the index holds, to be kept on disk and restored without reading a text again. */
  snapshot(): VersionIndexSnapshot {
    return {
      ids: [...this.ids],
      parent: this.ids.map((_, i) => this.find(i)),
      shingles: [...this.shingles],
      bandKeys: [...this.bandKeys],
      pages: [...this.pageOf],
      outlets: this.ids.map((_, i) => this.outletNames[i] ?? null),
      dates: [...this.dates],
    };
  }

  /** The index as a snapshot left it; adding to it then goes on as if it had never stopped. */
  static restore(snapshot: VersionIndexSnapshot): VersionIndex {
    const index = new VersionIndex();
    snapshot.ids.forEach((id, i) => {
      index.file(id, snapshot.shingles[i]!, snapshot.bandKeys[i]!, {
        page: snapshot.pages[i],
        outlet: snapshot.outlets[i],
        date: snapshot.dates[i],
      });
      index.fileBuckets(i);
    });
    snapshot.parent.forEach((root, i) => (index.parent[i] = root));
    return index;
  }

  /** Records one text's data (not yet in the buckets) and returns its position. */
  private file(
    id: string,
    shingles: Uint32Array,
    keys: Uint32Array,
    doc: Pick<VersionInput, 'page' | 'outlet' | 'date'>,
  ): number {
    const index = this.ids.length;
    this.ids.push(id);
    this.known.add(id);
    this.parent.push(index);
    this.shingles.push(shingles);
    this.bandKeys.push(keys);
    const outlet = outletKey(doc.outlet);
    this.outlets.push(outlet);
    this.outletNames.push(doc.outlet ?? null);
    this.dates.push(doc.date ?? null);
    const page = doc.page ?? null;
    this.pageOf.push(page);
    if (page !== null && !this.pages.has(page)) this.pages.set(page, index);
    this.sampled.push(outlet === null ? NO_SAMPLES : sampleKeys(shingles, outlet));
    return index;
  }

  /** Puts a filed text into the LSH buckets and the containment index, for later texts to find. */
  private fileBuckets(index: number): void {
    this.bandKeys[index]!.forEach((key, band) => {
      const bucket = this.buckets[band]!.get(key);
      if (bucket) bucket.push(index);
      else this.buckets[band]!.set(key, [index]);
    });
    for (const key of this.sampled[index]!) {
      const holders = this.samples.get(key);
      if (holders === undefined) this.samples.set(key, index);
      else if (typeof holders === 'number') this.samples.set(key, [holders, index]);
      else holders.push(index);
    }
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

  /** Earlier texts sharing at least MIN_SHARED_BANDS LSH bands with these band keys. */
  private bandCandidates(keys: Uint32Array, self: number): number[] {
    // One shared band of two rows is often chance, two are not (P ≥ 0.998 for a pair at
    // Jaccard 0.4, 0.007 at 0.05).
    const hits = new Map<number, number>();
    keys.forEach((key, band) => {
      const bucket = this.buckets[band]!.get(key);
      if (!bucket) return;
      for (const other of sampleOfBucket(bucket)) hits.set(other, (hits.get(other) ?? 0) + 1);
    });
    const out: number[] = [];
    for (const [other, count] of hits) if (count >= MIN_SHARED_BANDS && other !== self) out.push(other);
    return out;
  }

  /** Earlier texts of the outlet holding most of the new text's samples, or most of theirs in it. */
  private containmentCandidates(sampled: readonly number[], self: number): number[] {
    if (sampled.length === 0) return [];
    const shared = new Map<number, number>();
    for (const key of sampled) {
      const holders = this.samples.get(key);
      if (holders === undefined) continue;
      if (typeof holders === 'number') shared.set(holders, (shared.get(holders) ?? 0) + 1);
      else for (const other of sampleOfBucket(holders)) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const out: number[] = [];
    for (const [other, count] of shared) {
      if (other === self) continue;
      const smaller = Math.min(sampled.length, this.sampled[other]!.length);
      if (count >= 2 && count >= SAMPLE_CONTAINMENT * smaller) out.push(other);
    }
    return out;
  }

  /** Verifies one candidate pair exactly and joins it when it passes. */
  private tryJoin(other: number, index: number, pairs: VersionPair[], firstVersionOnly: boolean): void {
    this.stats.verified++;
    const similarity = compareSortedShingles(this.shingles[index]!, this.shingles[other]!);
    let basis: VersionBasis | null = null;
    if (!firstVersionOnly && isVersionPair(similarity)) basis = 'similar text';
    else if (this.firstVersionPair(other, index, similarity)) basis = 'first version';
    if (basis === null) return;
    pairs.push({ a: this.ids[other]!, b: this.ids[index]!, similarity, basis });
    this.union(other, index);
  }

  /**
   * Same outlet, the shorter text almost wholly inside the longer, not dated after it, and not
   * known to be another page (two page addresses that differ are two pages: a notice and the
   * same paper's column quoting it).
   */
  private firstVersionPair(x: number, y: number, similarity: PairSimilarity): boolean {
    if (this.outlets[x] === null || this.outlets[x] !== this.outlets[y]) return false;
    const [pageX, pageY] = [this.pageOf[x], this.pageOf[y]];
    if (pageX && pageY && pageX !== pageY) return false;
    const [short, long] = this.shingles[x]!.length <= this.shingles[y]!.length ? [x, y] : [y, x];
    if (this.shingles[short]!.length < MIN_FIRST_VERSION_SHINGLES) return false;
    const [shortDate, longDate] = [this.dates[short], this.dates[long]];
    if (shortDate && longDate && shortDate > longDate) return false;
    return isFirstVersion(similarity);
  }

  private pair(a: number, b: number, basis: VersionBasis): VersionPair {
    const similarity = compareSortedShingles(this.shingles[a]!, this.shingles[b]!);
    return { a: this.ids[a]!, b: this.ids[b]!, similarity, basis };
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

/**
 * A full bucket is either near-empty texts agreeing on nothing or one text republished
 * hundreds of times (a wire story): its first and latest members are enough to reach the
 * story — every member was joined to it when added — and the exact check keeps near-empty
 * texts apart. So 1,000 copies cost 32 checks each, not 1,000.
 */
function sampleOfBucket(bucket: readonly number[]): readonly number[] {
  return bucket.length < MAX_BUCKET
    ? bucket
    : [...bucket.slice(0, FULL_BUCKET_SAMPLE), ...bucket.slice(-FULL_BUCKET_SAMPLE)];
}

/** Outlet names as a key: case, a leading "The" and spacing do not make another outlet. */
function outletKey(outlet: string | null | undefined): string | null {
  const key = outlet
    ?.normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key ? key : null;
}

/** The text's sampled shingles, each keyed with its outlet so outlets never share a posting. */
function sampleKeys(shingles: Uint32Array, outlet: string): number[] {
  let salt = 0x811c9dc5;
  for (let i = 0; i < outlet.length; i++) salt = Math.imul(salt ^ outlet.charCodeAt(i), 0x01000193);
  const out: number[] = [];
  for (const shingle of shingles) {
    // Mixed first: shingle hashes are FNV, whose low bits alone sample unevenly.
    if (mix(shingle) % SAMPLE_RATE !== 0) continue;
    out.push(mix(shingle ^ salt));
  }
  return out;
}
