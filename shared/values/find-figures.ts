// Finds the figures a sentence states — "about 500 homes", "two ferries", "$1.2 million",
// "15 km", "5 per cent" — with value, unit or counted noun, and hedge. Dates, times, ordinals
// and identifiers are not figures: the spans date-scan.ts finds are masked out first, so
// "March 5", "in 2008", "09:14" never count, and "Boeing 737", "F-35", "No. 10", "1st" are
// passed over by the rules below.
import { firstMatch, isLetter, L, LOWER, pattern, UPPER, wordBefore } from './letters';
import { scanDates } from './date-scan';
import {
  digitsValue,
  looksContinental,
  nounAt,
  readAfter,
  readBefore,
  type FigureParts,
} from './figure-context';
import { AMBIGUOUS_NUMBER_WORDS, parseNumberParts } from './number-words';
import type { FigureValue } from './types';
import { MEASURE_UNITS, NOT_NOUNS, looksPlural, singular, unitAt } from './units';
import { scanWords } from './word-scan';

const DIGITS = pattern(
  'g',
)`(?<![${L}\d.,/#№])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d)`;
/** "21st", "3rd", "1er", "2e", "4º": ordinals, not figures. */
const ORDINAL_SUFFIX = pattern('i')`^(?:st|nd|rd|th|er|e|ème|eme|º|ª)(?![${L}])`;
/** Labels that make the next number a name: "No. 10", "Article 5", "Flight 370", "page 12". */
const LABELS = new Set(
  (
    'no. nr. nr nº number art. article artikel artículo section sec. chapter page seite página p. pp. paragraph ' +
    'paragraf absatz room flight route highway interstate line gate platform terminal level phase stage ' +
    'category grade model version season episode vol. vol volume issue part resolution rule item box lot ' +
    'block building floor row seat channel district ward zone bus tram precinct'
  ).split(' '),
);
/** "No 10" with a capital is a label too; "no 10" in lower case is a negation. */
const CAPITAL_NO = /No[^\S\n]*$/;
/** Before a sentence's first word: start of text, end punctuation, an opening quote or bracket. */
const SENTENCE_OPENER = /[.!?:;"“”'‘’([\n•—–-]/;
/** What a word "one" must not count: "one day", "one of", "one another", "one reason". */
const NOT_COUNTED_BY_ONE = new Set(
  'another other day time way thing point side hand night morning evening afternoon moment occasion instance example reason kind sort type something last final thing'.split(
    ' ',
  ),
);
/** Words before "one" that make it a pronoun: "no one", "the one", "every one". */
const PRONOUN_BEFORE_ONE = pattern(
  'i',
)`(?<![${L}])(?:no|any|every|the|this|that|which|each|such|some|only\s+the)[^\S\n]+$`;
const SAYING = /^(?:said|says|told|tells|added|argued|warned|noted|explained|wrote|claimed)$/;
/** Nouns after a hyphen that make no count: "two-thirds", "two-way", "three-fold", "twenty-first". */
const HYPHEN_NOT_COUNTED = pattern(
  '',
)`^(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|half|way|fold|time|sided|off|first|second|[${L}]+th)$`;
const TIME_OR_MEASURE =
  /^(?:day|week|month|year|hour|minute|night|man|woman|person|metre|meter|mile|kilometre|kilometer|year-old|storey|story|seat|room|bedroom)$/;
const CLOCK_AFTER = pattern('i')`^[^\S\n]*(?:o['’]clock|[ap]\.m\.|[ap]m(?![${L}]))`;
const RANGE_JOIN = /^(?:[^\S\n]*[-–—][^\S\n]*|[^\S\n]+(?:to|and|or|bis|à|a|y|und|et)[^\S\n]+)$/i;

const CAPITALISED_BEFORE = pattern('')`([${UPPER}][${L}]*)[^\S\n]$`;
const NAME_OR_END = pattern('')`[${UPPER}.,;:!?)]`;
const OF_AFTER = pattern('')`^[^\S\n]+of(?![${L}])`;
const LOWER_AFTER = pattern('')`^[^\S\n]+[${LOWER}]`;
const NEXT_WORD = pattern('')`^[^\S\n]+([${L}]+)`;

interface Found extends FigureParts {
  written: 'digits' | 'words';
}

export function findFigures(text: string): FigureValue[] {
  const hasDigit = /\d/.test(text);
  const numberStarts = scanWords(text).numberStarts;
  if (!hasDigit && numberStarts.length === 0) return [];
  const blocked = scanDates(text);
  // Dates and times are blanked out (same length, so offsets hold) before numbers are read.
  let masked = text;
  if (blocked.length) {
    masked = '';
    let at = 0;
    for (const b of blocked) {
      masked += text.slice(at, b.start) + '\u0001'.repeat(b.end - b.start);
      at = b.end;
    }
    masked += text.slice(at);
  }
  const found: Found[] = [];
  if (hasDigit) readDigits(text, masked, found);
  if (numberStarts.length) readWords(text, masked, numberStarts, found);
  found.sort((a, b) => a.start - b.start);
  const out: Found[] = [];
  for (const f of found) if (!out.length || f.start >= out[out.length - 1]!.end) out.push(f);
  shareRangeUnits(text, out);
  return out.map((f) => ({
    text: text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    approximate: f.approximate,
    written: f.written,
  }));
}

function readDigits(text: string, masked: string, found: Found[]): void {
  let continental: boolean | null = null;
  const isContinental = () => (continental ??= looksContinental(text));
  for (let m = firstMatch(DIGITS, masked); m; m = DIGITS.exec(masked)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    // "F-35", "COVID-19": a number glued to a word by a hyphen is a name.
    if (before === '-' && isLetter(text[start - 2])) continue;
    if ((after === '/' || after === ':') && /\d/.test(text[end + 1] ?? '')) continue;
    if (ORDINAL_SUFFIX.test(text.slice(end, end + 4))) continue;
    const label = wordBefore(text, start);
    if (LABELS.has(label) || (label === 'no' && CAPITAL_NO.test(text.slice(start - 4, start)))) continue;
    const parts = readBefore(text, start, digitsValue(m[0], isContinental));
    if (!readAfter(text, end, parts, true)) continue;
    if (parts.start === start && !MEASURE_UNITS.has(parts.unit) && isProperName(text, start, parts.end))
      continue;
    found.push({ ...parts, written: 'digits' });
  }
}

/** "Boeing 737 Max", "Windows 10.": a capitalised word, then the number, then a name or nothing. */
function isProperName(text: string, start: number, end: number): boolean {
  const prev = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (!prev) return false;
  const prevStart = start - prev[0].length;
  if (atSentenceStart(text, prevStart)) return false;
  const next = /^[^\S\n]*(\S?)/.exec(text.slice(end, end + 3))?.[1] ?? '';
  return next === '' || NAME_OR_END.test(next);
}

function atSentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0')) j--;
  return j < 0 || SENTENCE_OPENER.test(text[j]!);
}

/** A word, then what joins it to the next: ' ', '-', or '' when the run of words ends. */
const WORD = pattern('y')`([${L}]+)(?:([-‐‑])(?=[${L}])|[^\S\n]+(?=[${L}]))?`;

function readWords(text: string, masked: string, starts: readonly number[], found: Found[]): void {
  for (const start of starts) {
    if (masked[start] === '\u0001') continue;
    const first = text[start]!;
    const capital = first !== first.toLowerCase();
    // A capitalised number word inside a sentence is a name: "Channel Four", "Formula One".
    if (capital && !atSentenceStart(text, start)) continue;
    const words: string[] = [];
    const ends: number[] = [];
    const hyphenAfter: boolean[] = [];
    WORD.lastIndex = start;
    for (let w = WORD.exec(masked); w && words.length < 12; w = WORD.exec(masked)) {
      words.push(w[1]!.toLowerCase());
      ends.push(w.index + w[1]!.length);
      hyphenAfter.push(w[2] !== undefined);
      if (w[0].length === w[1]!.length) break;
    }
    const parsed = parseNumberParts(words);
    if (!parsed) continue;
    const used = parsed.used;
    const end = ends[used - 1]!;
    const lead = words[0]!;
    // "thirty-two" is read from "thirty"; a word glued by a hyphen ("well-one") is no number.
    if (text[start - 1] === '-' && isLetter(text[start - 2])) continue;
    const parts = readBefore(text, start, parsed.value);
    // "two-day", "45-year-old": the noun is joined by a hyphen.
    let hyphenNoun = '';
    for (let k = used; hyphenAfter[k - 1] && k < words.length; k++)
      hyphenNoun += (hyphenNoun ? '-' : '') + words[k];
    if (hyphenNoun && HYPHEN_NOT_COUNTED.test(singular(words[used]!))) continue;
    if (CLOCK_AFTER.test(text.slice(end, end + 8))) continue;
    if (!readAfter(text, end, parts, false)) continue;
    if (hyphenNoun) parts.unit = singular(hyphenNoun);
    if (used === 1 && !wordCounts(text, start, end, lead, parts, hyphenNoun)) continue;
    found.push({ ...parts, written: 'words' });
  }
}

/** A single number word counts only where it plainly counts something (see the rules inside). */
function wordCounts(
  text: string,
  start: number,
  end: number,
  lead: string,
  parts: FigureParts,
  hyphenNoun: string,
): boolean {
  const hasUnit = unitAt(text, end) !== null;
  const noun = hyphenNoun ? null : nounAt(text, end);
  if (lead === 'one' || lead === 'eins') {
    // "one ferry" counts; "no one", "one of the", "one day", "one official said" do not.
    if (PRONOUN_BEFORE_ONE.test(text.slice(Math.max(0, start - 14), start))) return false;
    if (OF_AFTER.test(text.slice(end, end + 4))) return false;
    if (hyphenNoun) return TIME_OR_MEASURE.test(hyphenNoun);
    if (parts.qualifier !== null || hasUnit) return true;
    if (!noun || NOT_COUNTED_BY_ONE.has(noun.noun)) return false;
    return !SAYING.test(noun.next) && LOWER_AFTER.test(text.slice(end, end + 2));
  }
  if (AMBIGUOUS_NUMBER_WORDS.has(lead)) {
    // "elf", "once", "null", "sept", "dos" are words too: count them only before a plural noun
    // or a capitalised (German) noun, or a unit — "once personas", "elf Menschen", "null Prozent".
    if (hasUnit || hyphenNoun) return true;
    const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
    if (!next || NOT_NOUNS.has(next.toLowerCase())) return false;
    return looksPlural(next) || next[0] !== next[0]!.toLowerCase();
  }
  return true;
}

/**
 * "between 5 and 10 people", "2 to 3 per cent", "5-10 million": the first number of a range
 * shares the unit and scale words written once after the second.
 */
function shareRangeUnits(text: string, figures: Found[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    if (a.written !== b.written || !RANGE_JOIN.test(text.slice(a.end, b.start))) continue;
    if (a.unit === '') a.unit = b.unit;
    if (a.unit === b.unit && a.scale === 1 && b.scale > 1) {
      a.value *= b.scale;
      a.scale = b.scale;
    }
  }
}
