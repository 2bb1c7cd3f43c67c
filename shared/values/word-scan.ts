// One pass over a sentence's words that says what kinds of value it may hold — a month, a
// weekday, a relative day, a number in words — and where each number in words starts. The
// finders run their long patterns only for the kinds present: most sentences name no month
// and no weekday, and one pass that looks words up in a table costs less than trying each
// long pattern at every position of every sentence.
import { MONTH_NAMES, WEEKDAY_NAMES_BY_WORD } from './calendar';
import { L, firstMatch, isLetter, pattern } from './letters';
import {
  AMBIGUOUS_NUMBER_WORDS,
  NUMBER_ARTICLES,
  SCALE_WORDS,
  SELF_STARTING,
  START_WORDS,
  numberWord,
  parseNumberParts,
} from './number-words';

export const MONTH = 1;
export const WEEKDAY = 2;
export const RELATIVE_ENGLISH = 4;
export const RELATIVE_OTHER = 8;
export const NUMBER = 16;
export const AGO = 32;

/** Word as written → the kinds it signals. Case matters: "May" is a month, "may" is not. */
const KINDS = new Map<string, number>();
function add(word: string, kind: number): void {
  KINDS.set(word, (KINDS.get(word) ?? 0) | kind);
}
const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
function addCased(word: string, kind: number, letterCase: 'upper' | 'lower' | 'any'): void {
  if (letterCase !== 'upper') add(word, kind);
  if (letterCase !== 'lower') add(capital(word), kind);
}
for (const [name, m] of MONTH_NAMES) addCased(name, MONTH, m.letterCase);
for (const [name, w] of WEEKDAY_NAMES_BY_WORD) addCased(name, WEEKDAY, w.letterCase);
/** Every relative phrase holds one of these words ("last week", "the day before", "yesterday"). */
const ENGLISH_RELATIVE =
  'today tonight yesterday tomorrow day week month year night morning afternoon evening';
const OTHER_RELATIVE =
  'heute gestern morgen vorgestern übermorgen woche monat monats jahr jahres vorjahr vorjahres jahresende ' +
  'monatsende heuer hier demain aujourd semaine mois année dernier prochain passé soir matin fin hoy ayer ' +
  'anoche anteayer mañana semana mes año tarde noche';
for (const w of ENGLISH_RELATIVE.split(' ')) addCased(w, RELATIVE_ENGLISH, 'any');
for (const w of OTHER_RELATIVE.split(' ')) addCased(w, RELATIVE_OTHER, 'any');
add('ago', AGO);
for (const w of [...START_WORDS, ...SCALE_WORDS]) addCased(w, NUMBER, 'any');

/** Word hashes (as computed in scanWords) of every word in KINDS: a miss needs no string. */
const HASHES = new Set<number>();
for (const word of KINDS.keys()) {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  HASHES.add(h);
}

/** Latin letters, as in letters.ts, by character code. */
function isLetterCode(c: number): boolean {
  if (c < 0xaa) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

const WORD = pattern('g')`[${L}]+`;

export interface WordScan {
  /** The kinds present, as bits (MONTH | WEEKDAY | …). */
  readonly kinds: number;
  /** Offsets of the words where a number in words may start, in text order. */
  readonly numberStarts: readonly number[];
}
const NOTHING: WordScan = { kinds: 0, numberStarts: [] };

// One entry cache: findFigures and findDates read the same sentence one after the other.
let lastText: string | null = null;
let lastScan: WordScan = NOTHING;

export function scanWords(text: string): WordScan {
  if (text === lastText) return lastScan;
  let kinds = 0;
  const starts: number[] = [];
  // Where the two words before this one start and end, for "a dozen", "half a million".
  let start1 = -1;
  let end1 = -1;
  let start2 = -1;
  let end2 = -1;
  // Words are read by character code and hashed as they go: the string of a word is made only
  // when its hash is one of a known word's (one sentence in twenty words has a few).
  for (let i = 0, n = text.length; i < n;) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    for (let c = text.charCodeAt(i); i < n && isLetterCode(c); c = text.charCodeAt(++i))
      h = (Math.imul(h, 31) + c) | 0;
    let kind: number | undefined;
    if (HASHES.has(h)) kind = KINDS.get(text.slice(start, i));
    // German compounds ("einundzwanzig", "zweitausend") are not in the table: they hold "und" or "tausend".
    else if (i - start >= 7 && isGermanCompound(text, start, i)) kind = NUMBER;
    if (kind !== undefined) {
      kinds |= kind;
      if (kind & NUMBER) {
        const lower = text.slice(start, i).toLowerCase();
        if (!SCALE_WORDS.has(lower) || SELF_STARTING.has(lower)) starts.push(start);
        else if (start1 >= 0 && NUMBER_ARTICLES.has(text.slice(start1, end1).toLowerCase()))
          starts.push(start2 >= 0 && text.slice(start2, end2).toLowerCase() === 'half' ? start2 : start1);
      }
    }
    start2 = start1;
    end2 = end1;
    start1 = start;
    end1 = i;
  }
  lastText = text;
  lastScan = kinds === 0 ? NOTHING : { kinds, numberStarts: starts };
  return lastScan;
}

/** First letters of German compounds: ein, zwei, drei, vier, fünf, sechs, sieben, acht, neun, hundert, tausend. */
const GERMAN_FIRST = /^[ezdvfsanhtEZDVFSANHT]/;

/** A long word that is a German compound: it holds "und" (so does "hundert") or "tausend". */
function isGermanCompound(text: string, start: number, end: number): boolean {
  if (!GERMAN_FIRST.test(text[start]!)) return false;
  let joined = false;
  for (let i = start + 1; i + 3 <= end && !joined; i++)
    joined = text.startsWith('und', i) || text.startsWith('tausend', i);
  return joined && numberWord(text.slice(start, end).toLowerCase()) !== undefined;
}

/**
 * The values of the numbers written in words in a short text, with none of findFigures'
 * context rules: for a changed fragment ("two" → "three") the words alone are the evidence.
 * Words that are also ordinary words elsewhere ("once", "elf") count only inside a longer number.
 */
export function numberWordValues(text: string): number[] {
  const values: number[] = [];
  let consumed = 0;
  for (const start of scanWords(text).numberStarts) {
    if (start < consumed || (text[start - 1] === '-' && isLetter(text[start - 2]))) continue;
    const window = text.slice(start, start + 160);
    const words: string[] = [];
    const ends: number[] = [];
    for (let w = firstMatch(WORD, window); w && words.length < 12; w = WORD.exec(window)) {
      words.push(w[0].toLowerCase());
      ends.push(start + w.index + w[0].length);
    }
    const parsed = parseNumberParts(words);
    if (!parsed || (parsed.used === 1 && AMBIGUOUS_NUMBER_WORDS.has(words[0]!))) continue;
    consumed = ends[parsed.used - 1]!;
    values.push(parsed.value);
  }
  return values;
}
