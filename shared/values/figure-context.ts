// The words around a number that make it a figure: a sign, currency or qualifier before it; a
// scale word, unit, currency or hedge after it; and the noun it counts. Shared by the digit and
// the word readers of findFigures so "1,240 homes" and "two homes" are read alike.
import { firstMatch, isLetter, L, pattern } from './letters';
import { qualifierAfter, qualifierBefore } from './qualifiers';
import type { Qualifier } from './types';
import { NOT_NOUNS, looksPlural, singular } from './nouns';
import { numberWord } from './number-words';
import { CURRENCIES, currencyBefore, scaleAt, unitAt } from './units';

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

/** A figure as found, before it is handed out as a FigureValue. */
export interface Found extends FigureParts {
  written: 'digits' | 'words';
}

const SIGN_FOLLOWS = /[\s([{“"'‘:=]/;
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
  // A minus sign, not a hyphen or a range dash ("5.25%-5.5%"): a space or an opening mark before it.
  if ((sign === '-' || sign === '−') && SIGN_FOLLOWS.test(text[start - 2] ?? ' ')) {
    parts.value = -value;
    parts.start--;
  } else if (sign === ' ') {
    const from = Math.max(0, start - 8);
    const minus = MINUS_BEFORE.exec(text.slice(from, start));
    if (minus) {
      parts.value = -value;
      parts.start = from + minus.index;
    }
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

const OF_BEFORE_UNIT = /[^\S\n]+(?:de|of|d['’])/iy;
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
    // "$3m", "3m people": million. "15m", "a 15m wall": metres. "3b" needs money, "50k" money
    // or a plural ("50k runners"); else the letter is no scale and the number no figure ("5k").
    const letterOk =
      !scale?.letter ||
      currency ||
      ((scale.letter === 'm' || scale.letter === 'k') && pluralNext(text, scale.end));
    if (scale && letterOk) {
      parts.value *= scale.factor;
      parts.scale = scale.factor;
      pos = scale.end;
    }
  }
  STRONG.lastIndex = pos;
  if (STRONG.test(text)) pos = STRONG.lastIndex;
  let unit = unitAt(text, pos);
  if (!unit) {
    // "2 millones de euros", "deux millions d'euros", "2 millions de tonnes": a unit after "de".
    OF_BEFORE_UNIT.lastIndex = pos;
    const at = OF_BEFORE_UNIT.test(text) ? OF_BEFORE_UNIT.lastIndex : -1;
    unit = at < 0 ? null : unitAt(text, at);
    // Not a one-letter unit there: "de l'eau" is no litre.
    if (unit && (text.slice(at, unit.end).trim().length < 2 || /['’]/.test(text[unit.end] ?? '')))
      unit = null;
  }
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
  if (!parts.unit) parts.unit = countedNoun(text, pos, parts.value === 1);
  return true;
}

const W = `[${L}][${L}'’]*(?:-[${L}]+)*`;
const NOUN_AT = new RegExp(
  `(?:(-)|[^\\S\\n]+)((?:(?:of[^\\S\\n]+the|of|new|more|other|additional|extra|further)[^\\S\\n]+)*)(${W})(?:[^\\S\\n]+(${W})(?:[^\\S\\n]+(${W})(?:[^\\S\\n]+(${W}))?)?)?`,
  'iy',
);
/** Endings of words that describe rather than name: "1,240 damaged homes" counts homes. */
const ADJECTIVE = /(?:ed|ing|al|ic|ian|ese|ish|ive|ous|ful|less|ary|ern|ble)$/;
const POSSESSIVE = /['’]s?$/;

export interface NounAt {
  readonly noun: string;
  /** Joined by a hyphen to the number ("10-day", "45-year-old"). */
  readonly hyphen: boolean;
  /** The word after the noun, lower case ('' at the end). */
  readonly next: string;
}

/**
 * The word a number counts, after the fillers "of the", "new", "more", "other". Adjectives are
 * passed over where the words show it: above one, the first plural of the next three words
 * ("two express bus routes" counts routes, "5,000 British troops" troops); else a word that
 * ends like an adjective before another word ("one damaged home").
 */
export function nounAt(text: string, pos: number, one: boolean): NounAt | null {
  NOUN_AT.lastIndex = pos;
  const m = NOUN_AT.exec(text);
  if (!m) return null;
  const words: string[] = [];
  for (let i = 3; i <= 6 && m[i]; i++) {
    const word = m[i]!.replace(POSSESSIVE, '');
    // A function word or another number ends the phrase: "two vs three boats" counts nothing.
    if (NOT_NOUNS.has(word.toLowerCase()) || (i > 3 && numberWord(word.toLowerCase()))) break;
    words.push(word);
    if (word !== m[i]) break; // a possessive ends the noun phrase: "the outlet's"
  }
  if (words.length === 0) return null;
  const hyphen = m[1] === '-' && !m[2];
  let pick = 0;
  if (!hyphen && words.length > 1) {
    const plural = one ? -1 : words.findIndex(looksPlural);
    if (plural >= 0) pick = plural;
    else if (ADJECTIVE.test(words[0]!.toLowerCase())) pick = 1;
  }
  const after = m[pick + 4];
  return {
    noun: singular(words[pick]!),
    hyphen,
    next: pick + 1 < words.length ? words[pick + 1]!.toLowerCase() : (after ?? '').toLowerCase(),
  };
}

function countedNoun(text: string, pos: number, one: boolean): string {
  return nounAt(text, pos, one)?.noun ?? '';
}

const CONTINENTAL_NUMBER = /\d,\d{1,2}(?!\d)|\d\.\d{3}\.\d{3}(?!\d)|\d\.\d{3},\d/;
const CONTINENTAL_WORDS = pattern(
  'gi',
)`(?<![${L}])(?:der|das|des|dem|den|und|nicht|ist|sind|wird|wurde|mit|von|auf|sich|nach|les|est|une|dans|pour|avec|sur|aux|los|las|del|que|para|por|con|una)(?![${L}])`;

/**
 * Is the text written the continental way, with decimal commas and points grouping thousands?
 * Yes when a number shows it ("2,5", "1.240.000", "1.240,5") or when three German, French or
 * Spanish function words do.
 */
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
