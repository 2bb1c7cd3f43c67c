// Finds the dates in a sentence as written — ISO and numeric dates, day and month in either
// order, month and year, years and year ranges, weekdays, relative days — plus the spans that
// are times ("09:14", "9 p.m.") or dates too ambiguous to read (10/11/2023). Nothing is resolved
// here: resolve-dates.ts does that with the article date. findFigures uses these spans too, so
// a day of the month or a year is never counted as a figure.
import { firstMatch, L, LOWER, pattern } from './letters';
import {
  FULL_MONTH_PATTERN,
  MONTH_PATTERN,
  WEEKDAY_PATTERN,
  WEEKDAY_PREFIX_PATTERN,
  monthCaseFits,
  monthName,
  validDate,
  weekdayIndex,
} from './calendar';
import { hasQualifierBefore } from './qualifiers';
import { AGO, RELATIVE_ENGLISH, RELATIVE_OTHER, agoCount, relativeToken } from './relative-phrases';
import * as kind from './word-scan';
import { currencyBefore, looksPlural, scaleAt, unitAt } from './units';

export interface DateMatch {
  start: number;
  end: number;
  /** 'block': a time or an unreadable date, kept only so findFigures skips it. */
  kind: 'year' | 'month' | 'day' | 'weekday' | 'relative' | 'block';
  year?: number;
  /** Last year of a range ("1998-99"). */
  yearTo?: number;
  decade?: boolean;
  month?: number;
  day?: number;
  weekday?: number;
  /** "last Tuesday", "next Tuesday". */
  shift?: 'last' | 'next';
  relative?: string;
  deadline: boolean;
  possessive: boolean;
}

const WD = WEEKDAY_PREFIX_PATTERN;
const ISO = pattern('g')`(?<![\d${L}-])(\d{4})-(\d{2})-(\d{2})(?!\d)`;
const NUMERIC = pattern('g')`(?<![\d${L}.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d]|[./-]\d)`;
/** Times of day: "09:14", "9 p.m.", "9.30pm", "14 Uhr", "14h30". One pattern, one pass. */
const TIMES = pattern(
  'gi',
)`(?<![\d.:,])\d{1,2}(?::\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|uhr|h|gmt|utc|bst|cet|cest|edt|est|pdt|pst)(?![${L}]))?|h\d{2}(?!\d)|(?:[.]\d{2})?\s*(?:[ap]\.m\.|[ap]m(?![${L}])|o['’]clock|uhr(?![${L}])))`;
const ORDINAL = '(?:st|nd|rd|th)';
const DAY_MONTH = new RegExp(
  `(?<![${L}\\d.,])(?:(${WD})\\.?,?\\s+(?:the\\s+)?)?(\\d{1,2})(?:${ORDINAL}|er|º|\\.)?(?:\\s*[-–]\\s*\\d{1,2}(?:${ORDINAL}|\\.)?)?\\s+(?:of\\s+|de\\s+)?(${MONTH_PATTERN})(\\.)?(?![${L}])(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?![\\d${L}]))?`,
  'gi',
);
const MONTH_DAY = new RegExp(
  `(?<![${L}])(?:(${WD})\\.?,?\\s+)?(${MONTH_PATTERN})(\\.)?\\s+(?:the\\s+)?(\\d{1,2})${ORDINAL}?(?:\\s*[-–]\\s*\\d{1,2}${ORDINAL}?)?(?![\\d${L}]|[.,]\\d)(?:,?\\s+(\\d{4})(?![\\d${L}]))?`,
  'gi',
);
const MONTH_YEAR = new RegExp(
  `(?<![${L}])(${MONTH_PATTERN})(\\.)?,?\\s+(?:de\\s+|of\\s+)?(\\d{4})(?![\\d${L}])`,
  'gi',
);
const MONTH_ALONE = new RegExp(`(?<![${L}])(${FULL_MONTH_PATTERN})(['’]s)?(?![${L}])`, 'gi');
const WEEKDAY = new RegExp(
  `(?<![${L}])(?:(last|next|this|past|coming|letzten|vergangenen|nächsten|kommenden|diesen|próximo)\\s+)?(${WEEKDAY_PATTERN})(['’]s)?(?![${L}])(?:\\s+(dernier|prochain|pasado|próximo|que\\s+viene)(?![${L}]))?`,
  'gi',
);
const DECADE = pattern('g')`(?<![${L}\d])(1[5-9]\d0|20\d0)['’]?s(?![${L}])`;
const YEAR = pattern(
  'g',
)`(?<![${L}\d.,:/\\$€£¥])(1[5-9]\d\d|20\d\d)(?:[^\S\n]*([-–/])[^\S\n]*(\d{4}|\d{2})(?!\d))?(['’]s)?(?![\d${L}%°]|[.,]\d)`;

/** A month standing alone must follow a word that makes it a time: "in March", "by May". */
const STRONG_CUE = pattern(
  'i',
)`(?<![${L}])(?:in|since|until|till|during|early|late|mid|last|next|this|before|after|by|through|throughout|(?:end|start|beginning|middle|month)\s+of(?:\s+the)?|im|bis|seit|anfang|ende|mitte|en|depuis|fin|début|debut|hasta|desde|(?:a\s+)?(?:finales|principios|mediados)\s+de|durante|para)[\s-]+$`;
/** Weaker cues, not enough for months that are also names ("to May", "from June"). */
const WEAK_CUE = pattern('i')`(?<![${L}])(?:from|to|and|or|between|of|de)\s+$`;
const NAME_MONTHS = new Set(['may', 'june', 'april', 'august']);
/** Named days that are not dates: "Good Friday", "the Sunday Times". */
const NOT_A_DAY_BEFORE =
  /(?:Good|Black|Super|Ash|Bloody|Holy|Easter|Palm|Cyber|Maundy|Shrove|Giving|Manic)\s+$/;
const NOT_A_DAY_AFTER =
  /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Star|Independent|Tribune|Mail|People|Sport|School|Service|Mass|Night|Morning)\b/;
/** Words after which a 4-digit number is a year even when a plural noun follows ("the 2010 elections"). */
const YEAR_LEAD = new Set(
  'the a an in on of since by until till from to during before after early late mid its their his her our this that spring summer autumn fall winter end start beginning fiscal financial season between'.split(
    ' ',
  ),
);
/** Plural nouns that usually follow a year: "2019 levels", "2024 elections". */
const YEAR_NOUNS = new Set(
  'levels figures elections games olympics results accounts prices numbers statistics polls rates standards estimates forecasts midterms primaries negotiations talks floods protests riots attacks budgets earnings sales'.split(
    ' ',
  ),
);

const NEXT_LOWER_WORD = pattern('')`^[^\S\n]+([${LOWER}][${L}'’-]*)`;
const PREVIOUS_WORD = pattern('')`([${L}]+)[^\S\n]+$`;
/** Before 1900 a number is a year only after one of these: "in 1850". */
const OLD_YEAR_CUE = pattern('i')`(?<![${L}])(?:in|since|until|from|during|before|after|of|by)\s+$`;

/** Whether a number that looks like a year is really counting something: "2000 people", "€2019". */
export function yearIsFigure(text: string, start: number, end: number): boolean {
  if (currencyBefore(text, start)) return true;
  const unit = unitAt(text, end);
  if (unit && unit.unit !== '°') return true;
  const scale = scaleAt(text, end);
  if (scale && !scale.letter) return true;
  const next = NEXT_LOWER_WORD.exec(text.slice(end, end + 30))?.[1];
  if (!next || !looksPlural(next) || YEAR_NOUNS.has(next.toLowerCase())) return false;
  const prev = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  return prev === undefined || !YEAR_LEAD.has(prev) || hasQualifierBefore(text, start);
}

// One entry cache: findFigures and findDates often read the same sentence one after the other.
let lastText: string | null = null;
let lastMatches: readonly DateMatch[] = [];

/** Every date and blocked span in `text`, in text order, none overlapping. */
export function scanDates(text: string): readonly DateMatch[] {
  if (text === lastText) return lastMatches;
  const found: DateMatch[] = [];
  const take = (m: Omit<DateMatch, 'deadline' | 'possessive'> & { possessive?: boolean }) => {
    for (const f of found) if (m.start < f.end && f.start < m.end) return;
    found.push({ deadline: false, possessive: false, ...m });
  };
  const digits = /\d/.test(text);
  // Which words the sentence has decides which patterns run: most name no month or weekday.
  const kinds = kind.scanWords(text).kinds;
  if (digits) scanNumeric(text, take, (kinds & kind.MONTH) !== 0);
  if (kinds & kind.AGO) scanAgo(text, take);
  if (kinds & kind.RELATIVE_ENGLISH) scanRelative(text, take, RELATIVE_ENGLISH);
  if (kinds & kind.RELATIVE_OTHER) scanRelative(text, take, RELATIVE_OTHER);
  if (kinds & kind.WEEKDAY) scanWeekdays(text, take);
  if (kinds & kind.MONTH) scanMonths(text, take);
  if (digits) scanYears(text, take);
  found.sort((a, b) => a.start - b.start);
  for (const m of found) if (m.kind !== 'block') markDeadline(text, m);
  lastText = text;
  lastMatches = found;
  return found;
}

type Take = (m: Omit<DateMatch, 'deadline' | 'possessive'> & { possessive?: boolean }) => void;

function scanNumeric(text: string, take: Take, months: boolean): void {
  for (let m = firstMatch(ISO, text); m; m = ISO.exec(text)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validDate(year, month, day))
      take({ start: m.index, end: m.index + 10, kind: 'day', year, month, day });
  }
  for (let m = firstMatch(NUMERIC, text); m; m = NUMERIC.exec(text)) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const end = m.index + m[0].length;
    // D.M.Y with points is European. With slashes or hyphens only an order that fits one way
    // is read (27/10/2023, 10/27/2023); 10/11/2023 could be either and is blocked, unread.
    let dm: [number, number] | null = null;
    if (m[2] === '.' || a > 12) dm = [a, b];
    else if (b > 12) dm = [b, a];
    else if (a === b) dm = [a, b];
    if (dm && validDate(year, dm[1], dm[0]))
      take({ start: m.index, end, kind: 'day', year, month: dm[1], day: dm[0] });
    else take({ start: m.index, end, kind: 'block' });
  }
  for (let m = firstMatch(TIMES, text); m; m = TIMES.exec(text))
    take({ start: m.index, end: m.index + m[0].length, kind: 'block' });
  if (!months) return;
  for (let m = firstMatch(DAY_MONTH, text); m; m = DAY_MONTH.exec(text)) {
    const name = monthName(m[3]!);
    if (!name || !monthCaseFits(m[3]!, name)) continue;
    const day = Number(m[2]);
    const year = m[5] ? Number(m[5]) : undefined;
    if (!validDate(year ?? 2000, name.month, day)) continue;
    // The point after a full month name ends the sentence: "on 5 March." keeps it out.
    const end = m.index + m[0].length - (m[4] && !m[5] && !name.abbreviation ? 1 : 0);
    take({ start: m.index, end, kind: 'day', year, month: name.month, day });
  }
  for (let m = firstMatch(MONTH_DAY, text); m; m = MONTH_DAY.exec(text)) {
    const name = monthName(m[2]!);
    if (!name || !monthCaseFits(m[2]!, name)) continue;
    const day = Number(m[4]);
    const year = m[5] ? Number(m[5]) : undefined;
    if (!validDate(year ?? 2000, name.month, day)) continue;
    take({ start: m.index, end: m.index + m[0].length, kind: 'day', year, month: name.month, day });
  }
  for (let m = firstMatch(MONTH_YEAR, text); m; m = MONTH_YEAR.exec(text)) {
    const name = monthName(m[1]!);
    if (!name || !monthCaseFits(m[1]!, name)) continue;
    take({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'month',
      year: Number(m[3]),
      month: name.month,
    });
  }
}

function scanAgo(text: string, take: Take): void {
  for (let m = firstMatch(AGO, text); m; m = AGO.exec(text)) {
    const relative = `${agoCount(m[1]!)}-${m[2]!.toLowerCase()}s-ago`;
    take({ start: m.index, end: m.index + m[0].length, kind: 'relative', relative });
  }
}

function scanRelative(text: string, take: Take, phrases: RegExp): void {
  for (let m = firstMatch(phrases, text); m; m = phrases.exec(text)) {
    const token = relativeToken(m[1]!, text.slice(Math.max(0, m.index - 12), m.index));
    if (token)
      take({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'relative',
        relative: token,
        possessive: !!m[2],
      });
  }
}

function scanWeekdays(text: string, take: Take): void {
  for (let m = firstMatch(WEEKDAY, text); m; m = WEEKDAY.exec(text)) {
    const weekday = weekdayIndex(m[2]!);
    if (weekday === undefined) continue;
    const end = m.index + m[0].length;
    if (NOT_A_DAY_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (NOT_A_DAY_AFTER.test(text.slice(end, end + 14))) continue;
    const word = (m[1] ?? m[4] ?? '').toLowerCase();
    const shift = /^(?:last|past|letzten|vergangenen|dernier|pasado)$/.test(word)
      ? 'last'
      : /^(?:next|coming|nächsten|kommenden|prochain|próximo|que\s+viene)$/.test(word)
        ? 'next'
        : undefined;
    take({ start: m.index, end, kind: 'weekday', weekday, shift, possessive: !!m[3] });
  }
}

function scanMonths(text: string, take: Take): void {
  for (let m = firstMatch(MONTH_ALONE, text); m; m = MONTH_ALONE.exec(text)) {
    const name = monthName(m[1]!);
    if (!name || !monthCaseFits(m[1]!, name)) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const cue = STRONG_CUE.test(before) || (!NAME_MONTHS.has(m[1]!.toLowerCase()) && WEAK_CUE.test(before));
    if (cue)
      take({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'month',
        month: name.month,
        possessive: !!m[2],
      });
  }
}

function scanYears(text: string, take: Take): void {
  for (let m = firstMatch(DECADE, text); m; m = DECADE.exec(text))
    take({ start: m.index, end: m.index + m[0].length, kind: 'year', year: Number(m[1]), decade: true });
  for (let m = firstMatch(YEAR, text); m; m = YEAR.exec(text)) {
    const year = Number(m[1]);
    let end = m.index + m[0].length;
    if (m[2]) {
      const second = m[3]!;
      let to = second.length === 2 ? Math.floor(year / 100) * 100 + Number(second) : Number(second);
      if (second.length === 2 && year % 100 === 99 && second === '00') to = year + 1;
      if (to > year && to - year < 100) {
        take({ start: m.index, end, kind: 'year', year, yearTo: to, possessive: !!m[4] });
        continue;
      }
      if (m[2] === '-' && second.length === 2 && Number(second) >= 1 && Number(second) <= 12) {
        take({ start: m.index, end, kind: 'month', year, month: Number(second) });
        continue;
      }
      end = m.index + 4;
    }
    // Before 1900 a number is a year only right after a word that makes it one ("in 1850").
    const lead = text.slice(Math.max(0, m.index - 8), m.index);
    if (year < 1900 && !OLD_YEAR_CUE.test(lead)) continue;
    if (yearIsFigure(text, m.index, end)) continue;
    take({ start: m.index, end, kind: 'year', year, possessive: !m[2] && !!m[4] });
  }
}

/** "by Thursday", "until March", "no later than Friday": the date is a deadline. */
const DEADLINE_BEFORE = pattern(
  'i',
)`(?<![${L}])(?:by|until|till|no\s+later\s+than|not\s+later\s+than|bis(?:\s+(?:zum|zur|spätestens))?|spätestens(?:\s+(?:am|bis))?|d['’]ici(?:\s+(?:à|au|le|la|fin))?|jusqu['’](?:à|au|en)|hasta(?:\s+(?:el|la))?)\s+(?:(?:the\s+)?(?:end|close|start|beginning|middle)\s+of\s+(?:the\s+)?|(?:early|mid|late)[-\s]+|(?:next|this)\s+|ende\s+|fin\s+|finales\s+de\s+)?$`;
const ON_BEFORE = pattern('i')`(?<![${L}])on\s+$`;

function markDeadline(text: string, m: DateMatch): void {
  const from = Math.max(0, m.start - 40);
  const before = text.slice(from, m.start);
  const deadline = m.possessive ? null : DEADLINE_BEFORE.exec(before);
  if (deadline) {
    m.deadline = true;
    m.start = from + deadline.index;
    return;
  }
  const on = (m.kind === 'day' || m.kind === 'weekday') && ON_BEFORE.exec(before);
  if (on) m.start = from + on.index;
}
