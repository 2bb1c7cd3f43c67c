// Aligns the sentences of two versions in passes that each only look at what the one before
// left over, so the cost follows the size of the difference, not of the texts:
//   1. sentences equal as written — the bulk of two versions of one story;
//   2. within each gap, sentences equal once folded (case, punctuation, spelling variants), so
//      respelled or re-punctuated sentences still line up;
//   3. within what is left, removed and added sentences that share most words are one changed
//      sentence (looked for a bounded distance ahead, so unrelated texts stay linear);
//   4. a sentence that left one place and appears unchanged at another has "moved";
//   5. what is still left is paired across the whole text: edited far away, or edited and moved.
// Passes 1 and 2 take the longest common sequence (jsdiff's diffArrays, Myers O(ND)) over
// only the sentences found on both sides: a sentence the other side lacks cannot be an anchor,
// and leaving it out keeps two unrelated texts from costing N×M.
import { diffArrays } from 'diff';
import { collapseSpace } from '../ingest/lines';
import type { Span } from '../model';
import {
  popcount,
  readSignature,
  sharedBound,
  sortDistinct,
  wordPool,
  type SignatureOut,
} from './sentence-signature';

export interface AlignedPair {
  readonly kind: 'same' | 'changed' | 'added' | 'removed' | 'moved';
  readonly a: Span | null;
  readonly b: Span | null;
}

/**
 * Share of content words two sentences need in common to count as one sentence reworded.
 * Content words: four letters or more, or holding a digit; "the", "of", "in" say nothing about
 * whether two sentences are one, and would pair unrelated sentences built the same way.
 */
const CHANGED_JACCARD = 0.4;
/** How many added sentences ahead a removed one looks for its reworded form. */
const PAIR_WINDOW = 16;
/** Removed × added sentences left over beyond which pass 5 is not tried. */
const LEFTOVER_BUDGET = 40_000;

/** A row by sentence index (-1: none on that side). */
interface IndexRow {
  kind: AlignedPair['kind'];
  i: number;
  j: number;
}

export function alignSentences(a: readonly Span[], b: readonly Span[]): AlignedPair[] {
  const folded = new Signatures(a, b);
  const rows: IndexRow[] = [];
  forEachGap(
    commonSequence(
      a.map((s) => s.text),
      b.map((s) => s.text),
      0,
      0,
    ),
    a.length,
    b.length,
    (i, j) => rows.push({ kind: 'same', i, j }),
    (i0, i1, j0, j1) => alignFolded(folded, i0, i1, j0, j1, rows),
  );
  markMoved(rows, folded);
  pairLeftovers(rows, folded);
  const out: AlignedPair[] = [];
  for (const r of rows) out.push({ kind: r.kind, a: r.i < 0 ? null : a[r.i]!, b: r.j < 0 ? null : b[r.j]! });
  return out;
}

/** Pass 2 and 3 over one gap of pass 1. */
function alignFolded(keys: Signatures, i0: number, i1: number, j0: number, j1: number, rows: IndexRow[]) {
  const anchors = commonSequence(keys.a(i0, i1), keys.b(j0, j1), i0, j0);
  forEachGap(
    anchors,
    i1,
    j1,
    // Equal once folded: the same sentence re-wrapped (white space only), else a cosmetic change.
    (i, j) => rows.push({ kind: keys.sameSpacing(i, j) ? 'same' : 'changed', i, j }),
    (g0, g1, h0, h1) => pairChanged(keys, g0, g1, h0, h1, rows),
    i0,
    j0,
  );
}

/**
 * The longest common sequence of two ranges, as matched index pairs. Only sentences present on
 * both sides take part; the rest cannot match and would only lengthen the search.
 */
function commonSequence<K extends string | number>(
  keysA: readonly K[],
  keysB: readonly K[],
  i0: number,
  j0: number,
): [number, number][] {
  const [onA, onB] = onBothSides(keysA, keysB);
  if (onA.length === 0 || onB.length === 0) return [];
  const pairs: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const part of diffArrays(
    onA.map((k) => keysA[k]!),
    onB.map((k) => keysB[k]!),
  )) {
    const n = part.count ?? part.value.length;
    if (part.removed) x += n;
    else if (part.added) y += n;
    else for (let k = 0; k < n; k++) pairs.push([i0 + onA[x++]!, j0 + onB[y++]!]);
  }
  return pairs;
}

/** Positions in each list of the keys the other list holds too (empty keys left out). */
function onBothSides<K extends string | number>(
  keysA: readonly K[],
  keysB: readonly K[],
): [number[], number[]] {
  const candA = keysA.map((_, k) => k);
  const candB = keysB.map((_, k) => k);
  // Folded keys (numbers) are first sieved by a bitmap of their low bits: in two unrelated
  // texts almost no key survives, and the sets below then hold a handful, not every sentence.
  if (typeof keysA[0] === 'number' || typeof keysB[0] === 'number') {
    const bits = bitmapSize(Math.max(keysA.length, keysB.length));
    const inA = bitmap(keysA as readonly number[], bits);
    const inB = bitmap(keysB as readonly number[], bits);
    sieve(candA, (k) => inBitmap(inB, keysA[k] as number, bits));
    sieve(candB, (k) => inBitmap(inA, keysB[k] as number, bits));
  }
  // A's set is built from what B's set left of A: in unrelated texts, next to nothing.
  const setB = new Set<K>();
  for (const k of candB) setB.add(keysB[k]!);
  sieve(candA, (k) => setB.has(keysA[k]!) && !isEmpty(keysA[k]!));
  const setA = new Set<K>();
  for (const k of candA) setA.add(keysA[k]!);
  sieve(candB, (k) => setA.has(keysB[k]!));
  return [candA, candB];
}

/** Keeps the items that pass, in order, in place. */
function sieve(items: number[], keep: (item: number) => boolean): void {
  let w = 0;
  for (const item of items) if (keep(item)) items[w++] = item;
  items.length = w;
}

/** Bits for a bitmap of n keys: about 32 per key, so few unrelated keys share a bit. */
function bitmapSize(n: number): number {
  let bits = 1024;
  while (bits < n * 32) bits *= 2;
  return bits;
}

function bitmap(keys: readonly number[], bits: number): Int32Array {
  const map = new Int32Array(bits >>> 5);
  for (const key of keys) {
    if (key < 0) continue; // -1: a sentence without words, which anchors nothing
    const bit = lowBits(key, bits);
    map[bit >>> 5]! |= 1 << (bit & 31);
  }
  return map;
}

function inBitmap(map: Int32Array, key: number, bits: number): boolean {
  if (key < 0) return false;
  const bit = lowBits(key, bits);
  return (map[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** A key's low bits (`bits` a power of two): its low 32 by `>>> 0`, not a floating `%`. */
function lowBits(key: number, bits: number): number {
  return (key >>> 0) & (bits - 1);
}

/** A sentence with no words (a lone mark) anchors nothing. */
function isEmpty(key: string | number): boolean {
  return key === '' || key === -1;
}

/** Walks matched pairs in order, handing each stretch between them to `gap`. */
function forEachGap(
  pairs: readonly [number, number][],
  endA: number,
  endB: number,
  match: (i: number, j: number) => void,
  gap: (i0: number, i1: number, j0: number, j1: number) => void,
  startA = 0,
  startB = 0,
): void {
  let i = startA;
  let j = startB;
  for (const [pi, pj] of pairs) {
    if (pi > i || pj > j) gap(i, pi, j, pj);
    match(pi, pj);
    i = pi + 1;
    j = pj + 1;
  }
  if (endA > i || endB > j) gap(i, endA, j, endB);
}

/** Pass 3: pair removed and added sentences that share most words, keeping both orders. */
function pairChanged(keys: Signatures, i0: number, i1: number, j0: number, j1: number, rows: IndexRow[]) {
  let next = j0;
  for (let i = i0; i < i1; i++) {
    keys.readA(i);
    // The most similar sentence within reach, not merely the first similar one.
    let match = -1;
    let best = -1;
    for (let j = next; j < j1 && j < next + PAIR_WINDOW; j++) {
      const score = similarity(keys.A, i, keys.B, keys.readB(j));
      if (score > best) [best, match] = [score, j];
    }
    if (match < 0) {
      rows.push({ kind: 'removed', i, j: -1 });
      continue;
    }
    for (; next < match; next++) rows.push({ kind: 'added', i: -1, j: next });
    rows.push({ kind: 'changed', i, j: match });
    next = match + 1;
  }
  for (; next < j1; next++) rows.push({ kind: 'added', i: -1, j: next });
}

/**
 * Pass 5: what is still removed and added, paired across the whole text — a sentence edited
 * far from where pass 3 looked, or edited and moved. A pair that can stand in one row without
 * breaking either order is `changed`; otherwise it moved. Skipped when so much is left that
 * the texts are not versions of one another (the cost would be quadratic for nothing).
 */
function pairLeftovers(rows: IndexRow[], keys: Signatures): void {
  const removed: number[] = [];
  const added: number[] = [];
  rows.forEach((row, index) => {
    if (row.kind === 'removed') removed.push(index);
    else if (row.kind === 'added') added.push(index);
  });
  if (removed.length === 0 || added.length === 0 || removed.length * added.length > LEFTOVER_BUDGET) return;
  const drop = new Set<number>();
  const used = new Set<number>();
  for (const r of removed) {
    const i = keys.readA(rows[r]!.i);
    let match = -1;
    let best = -1;
    for (const d of added) {
      if (used.has(d)) continue;
      const score = similarity(keys.A, i, keys.B, keys.readB(rows[d]!.j));
      if (score > best) [best, match] = [score, d];
    }
    if (match < 0) continue;
    used.add(match);
    drop.add(match);
    const [lo, hi] = r < match ? [r, match] : [match, r];
    const between = rows.slice(lo + 1, hi).filter((_, k) => !drop.has(lo + 1 + k));
    const row = rows[r]!;
    row.j = rows[match]!.j;
    if (between.every((x) => x.i < 0)) {
      // Only added rows in between: the pair can stand where the added sentence is.
      row.kind = 'changed';
      rows[match] = row;
      drop.delete(match);
      drop.add(r);
    } else if (between.every((x) => x.j < 0)) {
      row.kind = 'changed';
    } else {
      row.kind = 'moved';
    }
  }
  if (drop.size === 0) return;
  let w = 0;
  for (let k = 0; k < rows.length; k++) if (!drop.has(k)) rows[w++] = rows[k]!;
  rows.length = w;
}

/** Pass 4: a removed sentence whose folded text was added elsewhere has moved there. */
function markMoved(rows: IndexRow[], keys: Signatures): void {
  const removedKeys: number[] = [];
  for (const row of rows) if (row.kind === 'removed') removedKeys.push(keys.keyA(row.i));
  if (removedKeys.length === 0) return;
  // Only added sentences whose key a removed one may hold are filed: in two unrelated texts,
  // next to none of them.
  const bits = bitmapSize(removedKeys.length);
  const removedMap = bitmap(removedKeys, bits);
  const addedAt = new Map<number, number[]>();
  rows.forEach((row, index) => {
    if (row.kind !== 'added') return;
    const key = keys.keyB(row.j);
    if (!inBitmap(removedMap, key, bits)) return;
    const list = addedAt.get(key);
    if (list) list.push(index);
    else addedAt.set(key, [index]);
  });
  if (addedAt.size === 0) return;
  const drop = new Set<number>();
  for (const row of rows) {
    if (row.kind !== 'removed') continue;
    const target = addedAt.get(keys.keyA(row.i))?.shift();
    if (target === undefined) continue;
    drop.add(target);
    row.kind = 'moved';
    row.j = rows[target]!.j;
  }
  if (drop.size === 0) return;
  let w = 0;
  for (let r = 0; r < rows.length; r++) if (!drop.has(r)) rows[w++] = rows[r]!;
  rows.length = w;
}

/**
 * Jaccard similarity of two sentences' content words (distinct hashes), or -1 below the
 * threshold (found out early when possible).
 */
function similarity(sx: Side, i: number, sy: Side, j: number): number {
  // First from the masks alone, on the words as read (repeats kept, unsorted): the mask's bits
  // are at most the distinct words, so `needed` from them is at most the real one, and the
  // bound counts repeats as possible shared words. Unrelated sentences (the whole of two
  // unrelated texts) mostly stop here, before their words are even sorted.
  const fewest = (CHANGED_JACCARD * (sx.bits[i]! + sy.bits[j]!)) / (1 + CHANGED_JACCARD);
  if (
    sharedBound(sx.maskLo[i]!, sx.maskHi[i]!, sx.to[i]! - sx.from[i]!, sy.maskLo[j]!, sy.maskHi[j]!) < fewest
  )
    return -1;
  sx.sort(i);
  sy.sort(j);
  const x = sx.pool.words;
  const y = sy.pool.words;
  const xFrom = sx.from[i]!;
  const xTo = sx.to[i]!;
  const yFrom = sy.from[j]!;
  const yTo = sy.to[j]!;
  const nx = xTo - xFrom;
  const ny = yTo - yFrom;
  // Jaccard ≥ t needs the smaller set to be at least t of the larger: a cheap first test.
  if (Math.min(nx, ny) < CHANGED_JACCARD * Math.max(nx, ny)) return -1;
  // shared / (|x| + |y| - shared) ≥ t  ⇔  shared ≥ t (|x| + |y|) / (1 + t)
  const needed = (CHANGED_JACCARD * (nx + ny)) / (1 + CHANGED_JACCARD);
  if (sharedBound(sx.maskLo[i]!, sx.maskHi[i]!, nx, sy.maskLo[j]!, sy.maskHi[j]!) < needed) return -1;
  let shared = 0;
  for (let p = xFrom, q = yFrom; p < xTo && q < yTo;) {
    if (x[p]! < y[q]!) p++;
    else if (x[p]! > y[q]!) q++;
    else {
      shared++;
      p++;
      q++;
    }
    // Stop as soon as even sharing every remaining word would fall short.
    if (shared + Math.min(xTo - p, yTo - q) < needed) return -1;
  }
  return shared >= needed ? shared / (nx + ny - shared || 1) : -1;
}

/** Sentence read: key, mask and words in the pool. */
const READ = 1;
/** Its words sorted and distinct. */
const SORTED = 2;

/**
 * One text's sentence signatures, read only for sentences that reach the later passes. Every
 * sentence's words sit in one pool (at from[i]..to[i]), so a sentence costs no array of its own.
 */
class Side {
  readonly pool = wordPool(1024);
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly maskLo: Int32Array;
  readonly maskHi: Int32Array;
  /** Bits set in the mask: at most the sentence's distinct content words. */
  readonly bits: Uint8Array;
  private readonly keys: Float64Array;
  private readonly state: Uint8Array;

  constructor(private readonly spans: readonly Span[]) {
    const n = spans.length;
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    this.maskLo = new Int32Array(n);
    this.maskHi = new Int32Array(n);
    this.bits = new Uint8Array(n);
    this.keys = new Float64Array(n);
    this.state = new Uint8Array(n);
  }

  /** Reads sentence i's signature if not yet read; returns i. */
  read(i: number): number {
    if (this.state[i] === 0) {
      this.from[i] = this.pool.size;
      readSignature(this.spans[i]!.text, this.pool, OUT);
      this.to[i] = this.pool.size;
      this.keys[i] = OUT.key;
      this.maskLo[i] = OUT.maskLo;
      this.maskHi[i] = OUT.maskHi;
      this.bits[i] = popcount(OUT.maskLo) + popcount(OUT.maskHi);
      this.state[i] = READ;
    }
    return i;
  }

  /** Puts read sentence i's words in order, once. */
  sort(i: number): void {
    if (this.state[i] === SORTED) return;
    this.to[i] = sortDistinct(this.pool.words, this.from[i]!, this.to[i]!);
    this.state[i] = SORTED;
  }

  key(i: number): number {
    return this.keys[this.read(i)]!;
  }

  keysIn(i0: number, i1: number): number[] {
    const out: number[] = [];
    for (let i = i0; i < i1; i++) out.push(this.key(i));
    return out;
  }

  text(i: number): string {
    return this.spans[i]!.text;
  }
}

/** Both texts' signatures. */
class Signatures {
  readonly A: Side;
  readonly B: Side;

  constructor(a: readonly Span[], b: readonly Span[]) {
    this.A = new Side(a);
    this.B = new Side(b);
  }

  keyA(i: number): number {
    return this.A.key(i);
  }
  keyB(j: number): number {
    return this.B.key(j);
  }
  readA(i: number): number {
    return this.A.read(i);
  }
  readB(j: number): number {
    return this.B.read(j);
  }
  a(i0: number, i1: number): number[] {
    return this.A.keysIn(i0, i1);
  }
  b(j0: number, j1: number): number[] {
    return this.B.keysIn(j0, j1);
  }
  sameSpacing(i: number, j: number): boolean {
    return collapseSpace(this.A.text(i)).trim() === collapseSpace(this.B.text(j)).trim();
  }
}

const OUT: SignatureOut = { key: -1, maskLo: 0, maskHi: 0 };
