// A sentence reduced to what alignment compares: one number standing for its folded words in
// order (equal numbers: equal once case, punctuation, digit grouping and spelling variants are
// folded away, as shingleTokens folds them) and the hashes of its content words. Computed in
// one pass over the characters without building word strings, because alignment needs it for
// every sentence of two unrelated texts, and that must not cost much more than comparing two
// versions of one text.
import { foldSpelling, shingleTokens } from '../stories';

export interface SentenceSignature {
  /** Folded words in order, hashed (53 bits); -1 for a sentence without words. */
  readonly key: number;
  /** Content words (four letters or more, or holding a digit): sorted, distinct 30-bit hashes. */
  readonly words: readonly number[];
  /**
   * The content words as a 64-bit set (two halves; bit = 6 bits of the word's hash): two
   * sentences share at most popcount(maskA & maskB) words plus the words that collided. Lets
   * alignment rule out most unrelated pairs without merging their word lists.
   */
  readonly maskLo: number;
  readonly maskHi: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const MIX_X = 0x9e3779b9;
const MIX_Y = 0x85ebca6b;

/**
 * Where readSignature leaves a sentence's key and mask. One object is reused for every
 * sentence (the call is synchronous): alignment reads both texts' sentences, and allocation
 * was much of the cost.
 */
export interface SignatureOut {
  key: number;
  maskLo: number;
  maskHi: number;
}

/** Same words as shingleTokens(text), hashed; for one sentence on its own. */
export function sentenceSignature(text: string): SentenceSignature {
  const words: number[] = [];
  const out: SignatureOut = { key: -1, maskLo: 0, maskHi: 0 };
  readSignature(text, words, out);
  words.length = sortDistinct(words, 0, words.length);
  return { key: out.key, words, maskLo: out.maskLo, maskHi: out.maskHi };
}

/**
 * Reads a sentence's signature: its content words are appended to `pool` (in text order,
 * repeats kept: sortDistinct puts them in order when they are needed), its key and mask are
 * left in `out`. Alignment keeps every sentence of a text in one pool, so a sentence costs no
 * array of its own; and it sorts only the sentences whose masks leave a chance of a match,
 * which in two unrelated texts are few.
 */
export function readSignature(text: string, pool: number[], out: SignatureOut): void {
  // Most copy is plain ASCII: one loop over the text, which gives up at the first character
  // beyond ASCII.
  const base = pool.length;
  if (asciiSignature(text, pool, out)) return;
  // Accents, other scripts, typographic marks: shingleTokens' Unicode folding, word by word.
  pool.length = base;
  let x = MIX_X;
  let y = MIX_Y;
  let count = 0;
  for (const word of shingleTokens(text)) {
    const h = hashWord(word);
    x = Math.imul(x ^ h, 0x01000193);
    y = Math.imul((y << 5) ^ (y >>> 27) ^ h, 0x27d4eb2f);
    count++;
    if (word.length >= 4 || /\d/.test(word)) pool.push(h >> 2);
  }
  finish(count, x, y, pool, base, out);
}

/**
 * The ASCII path of shingleTokens as a loop over the text: runs of letters and digits, lower-
 * cased as read (`| 32` maps exactly A–Z onto a–z), with a separator inside a digit group
 * dropped ("1,240" → "1240", as its regex does), spelling folded. Lower-casing here rather than
 * calling toLowerCase spares a copy of every sentence. The word mixing is written out here
 * (not a helper per word) so the state stays in registers. False at the first character
 * beyond ASCII, for the Unicode path.
 */
function asciiSignature(s: string, pool: number[], out: SignatureOut): boolean {
  const n = s.length;
  const base = pool.length;
  let m = base;
  let x = MIX_X;
  let y = MIX_Y;
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (((c | 32) - 97) >>> 0 >= 26 && (c - 48) >>> 0 >= 10) {
      if (c > 127) return false;
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    let length = 0;
    let digit = false;
    let lastDigit = false;
    let grouped = false;
    while (i < n) {
      c = s.charCodeAt(i);
      if (((c | 32) - 97) >>> 0 < 26) {
        c |= 32;
        lastDigit = false;
      } else if ((c - 48) >>> 0 < 10) {
        digit = lastDigit = true;
      } else if (lastDigit && (c === 44 || c === 46 || c === 32) && groupFollows(s, i + 1)) {
        grouped = true;
        i++;
        continue;
      } else break;
      h = Math.imul(h ^ c, FNV_PRIME);
      length++;
      i++;
    }
    // Only words of five letters or more with a respellable ending can change; skip the rest.
    if (length >= 5 && mayRespell(s, start, i)) {
      const raw = s.slice(start, i).toLowerCase();
      const word = grouped ? raw.replace(/[^a-z0-9]/g, '') : raw;
      const folded = foldSpelling(word);
      if (folded !== word) {
        h = hashWord(folded);
        length = folded.length;
      }
    }
    x = Math.imul(x ^ h, 0x01000193);
    y = Math.imul((y << 5) ^ (y >>> 27) ^ h, 0x27d4eb2f);
    count++;
    if (length >= 4 || digit) pool[m++] = h >> 2;
  }
  finish(count, x, y, pool, base, out);
  return true;
}

/** The key from the two mixes; the mask of the content words from `base` on. */
function finish(count: number, x: number, y: number, a: number[], base: number, out: SignatureOut): void {
  // Two independent mixes of the word hashes in order, joined into one 53-bit number.
  out.key = count === 0 ? -1 : (x >>> 0) * 0x200000 + (y >>> 11);
  let maskLo = 0;
  let maskHi = 0;
  for (let k = base; k < a.length; k++) {
    const bit = (a[k]! >>> 18) & 63;
    if (bit < 32) maskLo |= 1 << bit;
    else maskHi |= 1 << (bit - 32);
  }
  out.maskLo = maskLo;
  out.maskHi = maskHi;
}

/** Sorts pool[from, to) and drops repeats in place; returns the new end. */
export function sortDistinct(a: number[], from: number, to: number): number {
  // Insertion sort: a sentence has a dozen content words.
  for (let k = from + 1; k < to; k++) {
    const v = a[k]!;
    let j = k - 1;
    while (j >= from && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
  let w = from;
  for (let k = from; k < to; k++) if (k === from || a[k] !== a[k - 1]) a[w++] = a[k]!;
  return w;
}

/**
 * Every ending foldSpelling rewrites (SPELLING_ENDING in shared/stories/shingles.ts, spelled
 * out), filed by their last two letters. Checked on the characters in place: most words end in
 * "ed", "es", "er" or "on", and building each one's string to test the regex was most of a
 * signature's cost.
 */
const FOLD_ENDINGS = [
  ...['is', 'ys'].flatMap((stem) => ['e', 'ed', 'es', 'ing', 'ation', 'ations'].map((end) => stem + end)),
  ...['', 's', 'ed', 'ing', 'ite', 'ites', 'able'].map((end) => `our${end}`),
  'tre',
  'tres',
  'bre',
  'bres',
  ...['ed', 'ing', 'er', 'ers'].map((end) => `ll${end}`),
  'ogue',
  'ogues',
  'ence',
  'amme',
  'ammes',
];
/** FOLD_ENDINGS by their last two characters (128 × first + second; ASCII): a table, not a map, as it is asked once per long word. */
const ENDINGS_BY_TAIL: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(
  128 * 128,
).fill(undefined);
for (const ending of FOLD_ENDINGS) {
  const tail = ending.charCodeAt(ending.length - 2) * 128 + ending.charCodeAt(ending.length - 1);
  ENDINGS_BY_TAIL[tail] = [...(ENDINGS_BY_TAIL[tail] ?? []), ending];
}

/** Whether text[start, end) (an ASCII word, any case) ends with one of FOLD_ENDINGS. */
function mayRespell(text: string, start: number, end: number): boolean {
  const endings = ENDINGS_BY_TAIL[(text.charCodeAt(end - 2) | 32) * 128 + (text.charCodeAt(end - 1) | 32)];
  if (endings === undefined) return false;
  next: for (const ending of endings) {
    const from = end - ending.length;
    if (from < start) continue;
    for (let k = 0; k < ending.length - 2; k++)
      if ((text.charCodeAt(from + k) | 32) !== ending.charCodeAt(k)) continue next;
    return true;
  }
  return false;
}

/** Exactly three digits at `at`, then no word character (the regex's `\d{3}\b`). */
function groupFollows(text: string, at: number): boolean {
  for (let k = at; k < at + 3; k++) if (!isDigit(text.charCodeAt(k))) return false;
  const after = text.charCodeAt(at + 3);
  return !(isAlnum(after) || after === 95);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
  return h;
}

/**
 * At most how many content words two sentences share, from their masks alone. Every shared
 * word sets a bit in both masks; several shared words may share one bit, but no more of them
 * than `a` has words beyond its distinct bits.
 */
export function sharedWordsBound(a: SentenceSignature, b: SentenceSignature): number {
  return sharedBound(a.maskLo, a.maskHi, a.words.length, b.maskLo, b.maskHi);
}

/**
 * sharedWordsBound on the parts: `a`'s mask and word count, `b`'s mask. The count may include
 * repeated words: each repeat only loosens the bound, as it adds a word but no bit.
 */
export function sharedBound(loA: number, hiA: number, countA: number, loB: number, hiB: number): number {
  return popcount(loA & loB) + popcount(hiA & hiB) + (countA - popcount(loA) - popcount(hiA));
}

/** Bits set in a 32-bit number. */
export function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
