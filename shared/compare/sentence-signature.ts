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
  /** Content words (four letters or more, or holding a digit): sorted, distinct 32-bit hashes. */
  readonly words: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The words being hashed, as plain module state rather than closures or arrays per call:
 * signatures are taken for every sentence of both texts, so allocation here is most of the
 * cost. Safe because the computation is synchronous.
 */
let mixX = 0;
let mixY = 0;
let wordCount = 0;
let content = new Int32Array(64);
let contentCount = 0;

/** Same words as shingleTokens(text), hashed. */
export function sentenceSignature(text: string): SentenceSignature {
  mixX = 0x9e3779b9;
  mixY = 0x85ebca6b;
  wordCount = 0;
  contentCount = 0;
  if (!asciiWords(text)) {
    // Accents, other scripts, typographic marks: shingleTokens' Unicode folding, word by word.
    mixX = 0x9e3779b9;
    mixY = 0x85ebca6b;
    wordCount = 0;
    contentCount = 0;
    for (const word of shingleTokens(text)) addWord(hashWord(word), word.length, /\d/.test(word));
  }
  // Two independent mixes of the word hashes in order, joined into one 53-bit number.
  const key = wordCount === 0 ? -1 : (mixX >>> 0) * 0x200000 + (mixY >>> 11);
  return { key, words: distinctSorted() };
}

function addWord(h: number, length: number, digit: boolean): void {
  wordCount++;
  mixX = Math.imul(mixX ^ h, 0x01000193);
  mixY = Math.imul((mixY << 5) ^ (mixY >>> 27) ^ h, 0x27d4eb2f);
  if (length < 4 && !digit) return;
  if (contentCount === content.length) {
    const grown = new Int32Array(content.length * 2);
    grown.set(content);
    content = grown;
  }
  content[contentCount++] = h;
}

/**
 * The ASCII path of shingleTokens as a loop: runs of letters and digits, lower-cased, with a
 * separator inside a digit group dropped ("1,240" → "1240", as its regex does), spelling folded.
 * False (and the words so far to be thrown away) at the first character beyond ASCII.
 */
function asciiWords(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first > 127) return false;
    if (LOWER[first] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    let length = 0;
    let digit = false;
    let grouped = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      const lower = c < 128 ? LOWER[c]! : 0;
      if (lower !== 0) {
        digit ||= c <= 57;
        h = Math.imul(h ^ lower, FNV_PRIME);
        length++;
        i++;
      } else if (c > 127) return false;
      else if (isGroupSeparator(c) && isDigit(text.charCodeAt(i - 1)) && groupFollows(text, i + 1)) {
        grouped = true;
        i++;
      } else break;
    }
    // Only words of five letters or more with a respellable ending can change; skip the rest.
    if (length >= 5 && mayRespell(text, start, i)) {
      const raw = text.slice(start, i).toLowerCase();
      const word = grouped ? raw.replace(/[^a-z0-9]/g, '') : raw;
      const folded = foldSpelling(word);
      if (folded !== word) {
        addWord(hashWord(folded), folded.length, digit);
        continue;
      }
    }
    addWord(h, length, digit);
  }
  return true;
}

/** ASCII letters and digits to their lower-case code; 0 for everything else. */
const LOWER = new Uint8Array(128);
for (let c = 48; c <= 57; c++) LOWER[c] = c;
for (let c = 97; c <= 122; c++) LOWER[c] = c;
for (let c = 65; c <= 90; c++) LOWER[c] = c + 32;

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
const ENDINGS_BY_TAIL = new Map<number, string[]>();
for (const ending of FOLD_ENDINGS) {
  const tail = ending.charCodeAt(ending.length - 2) * 128 + ending.charCodeAt(ending.length - 1);
  ENDINGS_BY_TAIL.set(tail, [...(ENDINGS_BY_TAIL.get(tail) ?? []), ending]);
}

/** Whether text[start, end) (a word) ends with one of FOLD_ENDINGS, letters compared without case. */
function mayRespell(text: string, start: number, end: number): boolean {
  const endings = ENDINGS_BY_TAIL.get(
    (text.charCodeAt(end - 2) | 32) * 128 + (text.charCodeAt(end - 1) | 32),
  );
  if (!endings) return false;
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
function isGroupSeparator(c: number): boolean {
  return c === 44 || c === 46 || c === 32; // , . and space (the non-ASCII ones take the other path)
}

function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
  return h;
}

/** The content words gathered, sorted (insertion sort: a sentence has a dozen), without repeats. */
function distinctSorted(): Int32Array {
  const a = content;
  for (let k = 1; k < contentCount; k++) {
    const v = a[k]!;
    let m = k - 1;
    while (m >= 0 && a[m]! > v) {
      a[m + 1] = a[m]!;
      m--;
    }
    a[m + 1] = v;
  }
  let w = 0;
  for (let k = 0; k < contentCount; k++) if (k === 0 || a[k] !== a[k - 1]) a[w++] = a[k]!;
  return a.slice(0, w);
}
