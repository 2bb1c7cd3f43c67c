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

// Written as int32 (`| 0`: the same bits, since every use goes through a 32-bit operator), so
// the loops' hash variables can stay 32-bit integers; written above 2^31 they are doubles,
// which the compiler may keep the variables as, converting at every character.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const MIX_X = 0x9e3779b9 | 0;
const MIX_Y = 0x85ebca6b | 0;

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

/**
 * Content-word hashes of many sentences, one after another in one typed array, grown by
 * doubling: room for a sentence's words is made once, before its loop, so the loop stores
 * without a growth check. Alignment fills one with every sentence of both texts when they are
 * unrelated.
 */
export interface WordPool {
  words: Int32Array;
  size: number;
}

export function wordPool(capacity = 256): WordPool {
  return { words: new Int32Array(capacity), size: 0 };
}

/** Makes room for `extra` more words. */
function reserve(pool: WordPool, extra: number): Int32Array {
  if (pool.size + extra > pool.words.length) {
    const grown = new Int32Array(Math.max(pool.words.length * 2, pool.size + extra));
    grown.set(pool.words.subarray(0, pool.size));
    pool.words = grown;
  }
  return pool.words;
}

/** Same words as shingleTokens(text), hashed; for one sentence on its own. */
export function sentenceSignature(text: string): SentenceSignature {
  const pool = wordPool(16);
  const out: SignatureOut = { key: -1, maskLo: 0, maskHi: 0 };
  readSignature(text, pool, out);
  const words = Array.from(pool.words.subarray(0, sortDistinct(pool.words, 0, pool.size)));
  return { key: out.key, words, maskLo: out.maskLo, maskHi: out.maskHi };
}

/**
 * Reads a sentence's signature: its content words are appended to `pool` (in text order,
 * repeats kept: sortDistinct puts them in order when they are needed), its key and mask are
 * left in `out`. Alignment keeps every sentence of a text in one pool, so a sentence costs no
 * array of its own; and it sorts only the sentences whose masks leave a chance of a match,
 * which in two unrelated texts are few.
 */
export function readSignature(text: string, pool: WordPool, out: SignatureOut): void {
  // Most copy is plain ASCII: one loop over the text, which gives up at the first character
  // beyond ASCII.
  const base = pool.size;
  if (asciiSignature(text, pool, out)) return;
  // Accents, other scripts, typographic marks: shingleTokens' Unicode folding, word by word.
  pool.size = base;
  let x = MIX_X;
  let y = MIX_Y;
  let count = 0;
  for (const word of shingleTokens(text)) {
    const h = hashWord(word);
    x = Math.imul(x ^ h, 0x01000193);
    y = Math.imul((y << 5) ^ (y >>> 27) ^ h, 0x27d4eb2f);
    count++;
    if (word.length >= 4 || /\d/.test(word)) reserve(pool, 1)[pool.size++] = h >> 2;
  }
  finish(count, x, y, pool, base, out);
}

/**
 * The ASCII path of shingleTokens as a loop over the text's bytes: runs of letters and digits,
 * lower-cased as read (WORD_CHAR), with a separator inside a digit group dropped ("1,240" →
 * "1240", as its regex does), spelling folded. False when the text is not all ASCII, for the
 * Unicode path. The word mixing is written out here (not a helper per word) so the state stays
 * in registers.
 */
function asciiSignature(s: string, pool: WordPool, out: SignatureOut): boolean {
  const n = s.length;
  // The text as bytes, copied by the engine in one native call: reading a typed array is
  // cheaper than charCodeAt on a string that may be a slice of a longer one. A character
  // beyond ASCII takes two bytes or more (room for three each is made), so all ASCII is
  // exactly n bytes.
  if (n * 3 + 1 > BYTES.length) BYTES = new Uint8Array(n * 3 + 1);
  const bytes = BYTES;
  if (ENCODER.encodeInto(s, bytes).written !== n) return false;
  // A word takes a character and the next one ends it: at most half the length, rounded up.
  const words = reserve(pool, (n + 1) >> 1);
  const base = pool.size;
  let m = base;
  let x = MIX_X;
  let y = MIX_Y;
  let count = 0;
  let maskLo = 0;
  let maskHi = 0;
  let h = FNV_OFFSET;
  let length = 0;
  /** Digit-group separators dropped from the word ("1,240"): it starts this much earlier. */
  let skipped = 0;
  /** Bit 6 stays set while the word is all letters (every letter code has it, no digit does). */
  let letters = 64;
  /** The word's last four characters, one per byte. */
  let tail = 0;
  // One step past the end, on a space, so the last word ends like every other.
  bytes[n] = 32;
  for (let i = 0; i <= n; i++) {
    const c = bytes[i]!;
    const k = WORD_CHAR[c]!;
    if (k !== 0) {
      h = Math.imul(h ^ k, FNV_PRIME);
      tail = (tail << 8) | k;
      letters &= k;
      length++;
      continue;
    }
    if (length === 0) continue;
    if (
      (c === 44 || c === 46 || c === 32) &&
      (letters & 64) === 0 &&
      isDigit(bytes[i - 1]!) &&
      groupFollows(s, i + 1)
    ) {
      skipped++;
      continue;
    }
    // Only words of five letters or more with a respellable ending can change; the tail filter
    // turns away most of the rest in a few operations, mayRespell checks what passes.
    if (length >= 5 && (endsLikeFold(tail) || endsLikeFold(tail & 0xffffff))) {
      const start = i - length - skipped;
      if (mayRespell(s, start, i)) {
        const raw = s.slice(start, i).toLowerCase();
        const word = skipped > 0 ? raw.replace(/[^a-z0-9]/g, '') : raw;
        const folded = foldSpelling(word);
        if (folded !== word) {
          h = hashWord(folded);
          length = folded.length;
        }
      }
    }
    x = Math.imul(x ^ h, 0x01000193);
    y = Math.imul((y << 5) ^ (y >>> 27) ^ h, 0x27d4eb2f);
    count++;
    if (length >= 4 || (letters & 64) === 0) {
      const w = h >> 2;
      words[m++] = w;
      // The mask bit finish() would set (6 bits of the word), put in its half without a
      // branch: which half is a coin toss per word, and a mispredicted branch costs more.
      const bit = 1 << ((w >>> 18) & 31);
      const high = (w >>> 23) & 1;
      maskLo |= bit & (high - 1);
      maskHi |= bit & -high;
    }
    h = FNV_OFFSET;
    length = 0;
    skipped = 0;
    letters = 64;
    tail = 0;
  }
  pool.size = m;
  out.key = key(count, x, y);
  out.maskLo = maskLo;
  out.maskHi = maskHi;
  return true;
}

const ENCODER = new TextEncoder();
/** asciiSignature's byte buffer, reused (the call is synchronous), grown for a longer text. */
let BYTES = new Uint8Array(4096);

/** Each byte's word character: letters lower-cased, digits as they are; 0 for the rest. */
const WORD_CHAR = new Uint8Array(256);
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = c;
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = WORD_CHAR[c - 32] = c;

/** The key from the two mixes of the word hashes in order, joined into one 53-bit number. */
function key(count: number, x: number, y: number): number {
  return count === 0 ? -1 : (x >>> 0) * 0x200000 + (y >>> 11);
}

/** The key, and the mask of the content words from `base` on. */
function finish(count: number, x: number, y: number, pool: WordPool, base: number, out: SignatureOut): void {
  out.key = key(count, x, y);
  let maskLo = 0;
  let maskHi = 0;
  const a = pool.words;
  for (let k = base; k < pool.size; k++) {
    const bit = (a[k]! >>> 18) & 63;
    if (bit < 32) maskLo |= 1 << bit;
    else maskHi |= 1 << (bit - 32);
  }
  out.maskLo = maskLo;
  out.maskHi = maskHi;
}

/** Sorts pool[from, to) and drops repeats in place; returns the new end. */
export function sortDistinct(a: Int32Array, from: number, to: number): number {
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

/**
 * The last four characters of every ending in FOLD_ENDINGS (all three of the shorter ones),
 * packed a byte each, as a bitmap of 2^16 bits by their hash: a word whose last four or three
 * characters miss it cannot be respelled. Most long words end in "ed", "es", "er" or "ng",
 * which the two-letter table of mayRespell lets through; four letters tell them apart.
 */
const FOLD_TAILS = new Int32Array(1 << 11);
function tailBit(packed: number): number {
  return Math.imul(packed, 0x9e3779b1) >>> 16;
}
function endsLikeFold(packed: number): boolean {
  const bit = tailBit(packed);
  return (FOLD_TAILS[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}
for (const ending of FOLD_ENDINGS) {
  let packed = 0;
  for (const ch of ending.slice(-4)) packed = (packed << 8) | ch.charCodeAt(0);
  const bit = tailBit(packed);
  FOLD_TAILS[bit >>> 5]! |= 1 << (bit & 31);
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
