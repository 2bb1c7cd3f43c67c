// Sentence boundaries with offsets into the cleaned text. A hand-written scanner rather than
// Intl.Segmenter: it is several times faster on 10,000-article imports, gives the same answer
// on every engine (ICU versions differ between Node and Electron), and knows news usage —
// "Mr." and "Gen." never end a sentence, "U.S." and "Jan." end one only before a word that
// starts sentences, and a stop inside "3.5" or before a lower-case word is not an end.
import type { Span } from '../model';

/** Titles before a name: a full stop after them never ends the sentence. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'no',
  'nos',
  'vol',
  'fig',
  'approx',
  'dept',
  'cf',
  'vs',
]);
/** Other abbreviations: they end a sentence only when a typical sentence opener follows. */
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'est',
  'al',
  'e.g',
  'i.e',
]);
const OPENERS = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'But',
  'And',
  'In',
  'On',
  'This',
  'That',
  'His',
  'Her',
  'Their',
  'Our',
  'There',
  'However',
  'Meanwhile',
  'Its',
  'These',
  'Those',
  'After',
  'Before',
  'When',
  'If',
]);

// Character codes: this loop runs over every character of every import.
const isTerminator = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
const isCloser = (c: number) =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
const STARTERS = /["'“‘«([\p{Lu}\p{N}¿¡]/u;

export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let start = skipSpace(text, 0);
  for (let i = start; i < n; i++) {
    if (!isTerminator(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < n && isTerminator(text.charCodeAt(end))) end++;
    while (end < n && isCloser(text.charCodeAt(end))) end++;
    if (end >= n) break;
    if (!isSpace(text.charCodeAt(end))) {
      i = end - 1; // "3.5", "U.S.A", "?!"…
      continue;
    }
    const next = skipSpace(text, end);
    if (next >= n) break;
    if (
      !STARTERS.test(text[next]!) ||
      (text[i] === '.' && end === i + 1 && !abbreviationEnds(text, i, next))
    ) {
      i = next - 1;
      continue;
    }
    push(spans, text, start, end, offset);
    start = next;
    i = next - 1;
  }
  push(spans, text, start, n, offset);
  return spans;
}

/** Is the full stop at `dot` an abbreviation's, and if so does the sentence end there anyway? */
function abbreviationEnds(text: string, dot: number, next: number): boolean {
  let from = dot;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, dot);
  if (!word) return true;
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return false;
  const initialism = /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
  if (!initialism && !ABBREVIATIONS.has(lower)) return true;
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0] ?? '';
  return OPENERS.has(nextWord);
}

function push(spans: Span[], text: string, start: number, end: number, offset: number): void {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > start) spans.push({ text: text.slice(start, e), start: start + offset, end: e + offset });
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}
