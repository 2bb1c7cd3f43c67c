// The words around a number that make it a figure: a sign, currency or qualifier before it; a
// scale word, unit, currency or hedge after it; and the noun it counts. Shared by the digit and
// the word readers of findFigures so "1,240 homes" and "two homes" are read alike.
import { firstMatch, isLetter, L, pattern } from './letters';
import { qualifierAfter, qualifierBefore } from './qualifiers';
import type { Qualifier } from './types';
import { CURRENCIES, NOT_NOUNS, currencyBefore, looksPlural, scaleAt, singular, unitAt } from './units';

export interface FigureParts {
  start: number;
  end: number;
  value: number;
  unit: string;
  qualifier: Qualifier;
  approximate: boolean;
  /** The scale word's factor ("million": 1e6), 1 when there is none. */
  scale: number;
}

const MINUS_BEFORE = pattern('i')`(?<![${L}])minus[^\S\n]+$`;
const NEXT_WORD = pattern('')`^[^\S\n]+([${L}]+)`;

/** Reads the sign, currency and qualifier written before a number starting at `start`. */
export function readBefore(text: string, start: number, value: number): FigureParts {
  const parts: FigureParts = {
    start,
    end: start,
    value,
    unit: '',
    qualifier: null,
    approximate: false,
    scale: 1,
  };
  const sign = text[start - 1];
  const from = Math.max(0, start - 8);
  const minus = MINUS_BEFORE.exec(text.slice(from, start));
  if ((sign === '-' || sign === '−') && !isLetter(text[start - 2]) && !/\d/.test(text[start - 2] ?? '')) {
    parts.value = -value;
    parts.start--;
  } else if (minus) {
    parts.value = -value;
    parts.start = from + minus.index;
  }
  const currency = currencyBefore(text, parts.start);
  if (currency) {
    parts.unit = currency.unit;
    parts.start = currency.start;
  }
  const qualifier = qualifierBefore(text, parts.start);
  if (qualifier) {
    parts.qualifier = qualifier.qualifier;
    parts.approximate = qualifier.approximate;
    parts.start = qualifier.at;
  }
  return parts;
}

/** "a 5,000-strong force". */
const STRONG = pattern('y')`-strong(?![${L}])`;

/** A plural-looking word right after `pos` ("5m people": millions, not metres). */
function pluralNext(text: string, pos: number): boolean {
  const word = NEXT_WORD.exec(text.slice(pos, pos + 30))?.[1];
  return word !== undefined && looksPlural(word);
}

/**
 * Reads what follows the number ending at `pos`: a scale word (digits only), "-strong", a unit
 * or currency, a hedge ("or so"), and — when there is no unit — the counted noun. Returns false
 * when letters glued to the digits are none of these ("5G", "737MAX"): not a figure.
 */
export function readAfter(text: string, pos: number, parts: FigureParts, digits: boolean): boolean {
  if (digits) {
    const scale = scaleAt(text, pos);
    const currency = CURRENCIES.has(parts.unit);
    // "$3m", "3m people": million. "15m", "a 15m wall": metres. "3b" and "50k" need money or a plural.
    const letterOk =
      !scale?.letter ||
      currency ||
      ((scale.letter === 'm' || scale.letter === 'k') && pluralNext(text, scale.end)) ||
      (scale.letter === 'b' && currency);
    if (scale && letterOk) {
      parts.value *= scale.factor;
      parts.scale = scale.factor;
      pos = scale.end;
    }
  }
  STRONG.lastIndex = pos;
  if (STRONG.test(text)) pos = STRONG.lastIndex;
  const unit = unitAt(text, pos);
  if (unit) {
    // A currency sign before the number wins over a code after it ("$5 USD").
    if (!CURRENCIES.has(parts.unit)) parts.unit = unit.unit;
    pos = unit.end;
  }
  // Letters glued to the digits that are no scale or unit: "5G", "3D", "737MAX".
  if (isLetter(text[pos])) return false;
  if (parts.qualifier === null) {
    const after = qualifierAfter(text, pos);
    if (after) {
      parts.qualifier = after.qualifier;
      parts.approximate = after.approximate;
      pos = after.at;
    }
  }
  parts.end = pos;
  if (!parts.unit) parts.unit = countedNoun(text, pos);
  return true;
}

const NOUN_AT = pattern(
  'iy',
)`(?:(-)|[^\S\n]+)((?:(?:of[^\S\n]+the|of|new|more|other|additional|extra|further)[^\S\n]+)*)([${L}][${L}'’]*(?:-[${L}]+)*)(?:[^\S\n]+([${L}][${L}'’]*(?:-[${L}]+)*))?`;
/** Endings of words that describe rather than name: "1,240 damaged homes" counts homes. */
const ADJECTIVE = /(?:ed|ing|al|ic|ian|ese|ish|ive|ous|ful|less|ary|ern|ble)$/;

export interface NounAt {
  readonly noun: string;
  /** Joined by a hyphen to the number ("10-day", "45-year-old"). */
  readonly hyphen: boolean;
  /** The word after the noun, lower case ('' at the end). */
  readonly next: string;
}

/** The word a number counts, after the fillers "of the", "new", "more", "other" … */
export function nounAt(text: string, pos: number): NounAt | null {
  NOUN_AT.lastIndex = pos;
  const m = NOUN_AT.exec(text);
  if (!m) return null;
  let noun = m[3]!;
  let next = m[4] ?? '';
  const hyphen = m[1] === '-' && !m[2];
  if (NOT_NOUNS.has(noun.toLowerCase())) return null;
  if (
    !hyphen &&
    next &&
    !NOT_NOUNS.has(next.toLowerCase()) &&
    !looksPlural(noun) &&
    (looksPlural(next) || ADJECTIVE.test(noun.toLowerCase()))
  ) {
    noun = next;
    next = '';
  }
  return { noun: singular(noun), hyphen, next: next.toLowerCase() };
}

function countedNoun(text: string, pos: number): string {
  return nounAt(text, pos)?.noun ?? '';
}

/** Is the text written with decimal commas and dot grouping (German, French, Spanish)? */
const CONTINENTAL_NUMBER = /\d,\d{1,2}(?!\d)|\d\.\d{3}\.\d{3}(?!\d)|\d\.\d{3},\d/;
const CONTINENTAL_WORDS = pattern(
  'gi',
)`(?<![${L}])(?:der|das|und|nicht|ist|wurde|les|est|une|dans|pour|avec|los|del|que|para|por|con|und)(?![${L}])`;
export function looksContinental(text: string): boolean {
  if (CONTINENTAL_NUMBER.test(text)) return true;
  let hits = 0;
  for (let _ = firstMatch(CONTINENTAL_WORDS, text); _; _ = CONTINENTAL_WORDS.exec(text))
    if (++hits >= 3) return true;
  return false;
}

/**
 * The value of digits as written. A comma before exactly three digits groups thousands
 * ("1,240", in any language: a decimal comma with three decimals is too rare to bet on); other
 * commas are decimal commas ("2,5"). A point followed by exactly three digits ("1.240") is ambiguous:
 * it groups thousands only in text that writes numbers the continental way (a decimal comma
 * elsewhere, "1.240.000", or German/French/Spanish words), else it is a decimal point.
 */
export function digitsValue(raw: string, continental: () => boolean): number {
  const s = raw.replace(/[\u00a0\u202f ]/g, '');
  const comma = s.lastIndexOf(',');
  const point = s.lastIndexOf('.');
  if (comma >= 0 && point >= 0)
    return comma > point ? Number(s.replace(/\./g, '').replace(',', '.')) : Number(s.replace(/,/g, ''));
  if (comma >= 0) {
    if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
    return Number(s.replace(/,/g, '.').replace(/\.(?=.*\.)/g, ''));
  }
  if (point >= 0) {
    if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(s) || (/^\d{1,3}\.\d{3}$/.test(s) && continental()))
      return Number(s.replace(/\./g, ''));
    return Number(s);
  }
  return Number(s);
}
