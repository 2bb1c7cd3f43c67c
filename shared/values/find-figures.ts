// Finds the figures a sentence states — "about 500 homes", "two ferries", "$1.2 million",
// "15 km", "5 per cent" — with value, unit or counted noun, and hedge. Dates, times, ordinals
// and identifiers are not figures: the spans date-scan.ts finds are masked out first, so
// "March 5", "in 2008", "09:14" never count, and "Boeing 737", "F-35", "No. 10", "1st" are
// passed over by the rules below.
import { scanDates } from './date-scan';
import { digitsValue, looksContinental, readAfter, readBefore, type Found } from './figure-context';
import { atSentenceStart, firstMatch, isLetter, L, pattern, UPPER, wordBefore } from './letters';
import { singular } from './nouns';
import type { FigureValue } from './types';
import { MEASURE_UNITS } from './units';
import { readWords } from './word-figures';
import { scanWords } from './word-scan';

/**
 * A number in digits: grouped by commas ("1,240,000.5"), by spaces ("12 000", SI and French
 * style), by points ("1.240.000,5", German style), or plain ("1240", "3.5", "2,5"). Not right
 * after a letter, digit, point, comma, slash or colon ("A320", "24/7", "3:1", the "5" of "1.5"),
 * nor a "#".
 */
const DIGITS = pattern(
  'g',
)`(?<![${L}\d.,/:#№])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d)`;
/** "21st", "3rd", "1er", "2e", "4º": ordinals, not figures. */
const ORDINAL_SUFFIX = pattern('i')`^(?:st|nd|rd|th|er|e|ème|eme|º|ª)(?![${L}])`;
/** Labels that make the next number a name: "No. 10", "Article 5", "Flight 370", "page 12". */
const LABELS = new Set(
  (
    'no. nr. nr nº number index art. article artikel artículo section sec. chapter page seite página p. pp. paragraph ' +
    'paragraf absatz room flight route highway interstate line gate platform terminal level phase stage ' +
    'category grade model version season episode vol. vol volume issue part resolution rule item box lot ' +
    'block building floor row seat channel district ward zone bus tram precinct'
  ).split(' '),
);
/** "No 10" with a capital is a label too; "no 10" in lower case is a negation. */
const CAPITAL_NO = /No[^\S\n]*$/;
const RANGE_JOIN = /^(?:[^\S\n]*[-–—][^\S\n]*|[^\S\n]+(?:to|and|or|bis|à|a|y|und|et)[^\S\n]+)$/i;

const CAPITALISED_BEFORE = pattern('')`([${UPPER}][${L}]*)[^\S\n]$`;
const NAME_OR_END = pattern('')`[${UPPER}.,;:!?)]`;

/** "1.240": a point before exactly three digits, a decimal point or a thousands point. */
const POINT_GROUPED = /^-?\d{1,3}\.\d{3}$/;
/** Nouns that measure and so come in fractions: "1.240 points", "1.5 hours". */
const FRACTIONAL_NOUNS = new Set([
  'point',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'minute',
  'second',
  'time',
]);
const isCountedNoun = (unit: string) =>
  unit !== '' && !MEASURE_UNITS.has(unit) && !FRACTIONAL_NOUNS.has(unit);

const NOUN_THEN_JOIN = pattern('i')`^[^\S\n]+([${L}]+)[^\S\n]+(?:to|-|–|and|or)[^\S\n]+$`;

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
    // People, homes and ferries come whole: "1.240 Menschen", "40.000 Gäste" count thousands
    // even where nothing else in the text shows the continental way of writing numbers.
    if (parts.scale === 1 && POINT_GROUPED.test(m[0]) && isCountedNoun(parts.unit))
      parts.value = Math.sign(parts.value || 1) * Number(m[0].replace('.', ''));
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

/**
 * "between 5 and 10 people", "2 to 3 per cent", "5-10 million": the first number of a range
 * shares the unit and scale words written once after the second.
 */
function shareRangeUnits(text: string, figures: Found[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    const between = text.slice(a.end, b.start);
    // "27 votes to 12": the second number counts what the first named.
    const named = b.unit === '' && a.unit !== '' ? NOUN_THEN_JOIN.exec(between) : null;
    if (named && singular(named[1]!) === a.unit) b.unit = a.unit;
    if (a.written !== b.written || !RANGE_JOIN.test(between)) continue;
    if (a.unit === '') a.unit = b.unit;
    if (a.unit === b.unit && a.scale === 1 && b.scale > 1) {
      a.value *= b.scale;
      a.scale = b.scale;
    }
  }
}
