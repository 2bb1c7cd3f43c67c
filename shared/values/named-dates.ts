// The dates a sentence names in words: day and month in either order ("5 March", "March 5,
// 2025"), month and year, a month alone after a word that makes it a time ("in March"),
// weekdays, and relative days ("yesterday", "last week", "two years ago"). date-scan.ts runs
// each part only when the sentence holds a word of its kind (word-scan.ts).
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
import type { Take } from './date-scan';
import { firstMatch, L, pattern } from './letters';
import { AGO, agoCount, relativeToken } from './relative-phrases';

const ORDINAL = '(?:st|nd|rd|th)';
/** "5 March", "5th of March 2025", "5. März", "5 de marzo de 2024", "14-15 March". */
const DAY_MONTH = new RegExp(
  `(?<![${L}\\d.,])(\\d{1,2})(?:${ORDINAL}|er|º|\\.)?(?:\\s*[-–]\\s*\\d{1,2}(?:${ORDINAL}|\\.)?)?\\s+(?:of\\s+|de\\s+)?(${MONTH_PATTERN})(\\.)?(?![${L}])(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?![\\d${L}]))?`,
  'gi',
);
/** "March 5", "Sept. 20, 2021". */
const MONTH_DAY = new RegExp(
  `(?<![${L}])(${MONTH_PATTERN})(\\.)?\\s+(?:the\\s+)?(\\d{1,2})${ORDINAL}?(?:\\s*[-–]\\s*\\d{1,2}${ORDINAL}?)?(?![\\d${L}]|[.,]\\d)(?:,?\\s+(\\d{4})(?![\\d${L}]))?`,
  'gi',
);
/** "March 2025", "marzo de 2024". */
const MONTH_YEAR = new RegExp(
  `(?<![${L}])(${MONTH_PATTERN})(\\.)?,?\\s+(?:de\\s+|of\\s+)?(\\d{4})(?![\\d${L}])`,
  'gi',
);
const MONTH_ALONE = new RegExp(`(?<![${L}])(${FULL_MONTH_PATTERN})(['’]s)?(?![${L}])`, 'gi');
const WEEKDAY = new RegExp(
  `(?<![${L}])(?:(last|next|this|past|coming|letzten|vergangenen|nächsten|kommenden|diesen|próximo)\\s+)?(${WEEKDAY_PATTERN})(['’]s)?(?![${L}])(?:\\s+(dernier|prochain|pasado|próximo|que\\s+viene)(?![${L}]))?`,
  'gi',
);
/** A weekday written before a date ("Tuesday, March 11") belongs to it. */
const WEEKDAY_BEFORE = new RegExp(`(?<![${L}])(?:${WEEKDAY_PREFIX_PATTERN})\\.?,?\\s+(?:the\\s+)?$`, 'i');

function withWeekday(text: string, start: number): number {
  const from = Math.max(0, start - 16);
  const m = WEEKDAY_BEFORE.exec(text.slice(from, start));
  return m ? from + m.index : start;
}

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

/** Day-and-month and month-and-year dates, for a sentence with digits and a month name. */
export function scanMonthDates(text: string, take: Take): void {
  for (let m = firstMatch(DAY_MONTH, text); m; m = DAY_MONTH.exec(text)) {
    const name = monthName(m[2]!);
    if (!name || !monthCaseFits(m[2]!, name)) continue;
    const day = Number(m[1]);
    const year = m[4] ? Number(m[4]) : undefined;
    if (!validDate(year ?? 2000, name.month, day)) continue;
    // The point after a full month name ends the sentence: "on 5 March." keeps it out.
    const end = m.index + m[0].length - (m[3] && !m[4] && !name.abbreviation ? 1 : 0);
    take({ start: withWeekday(text, m.index), end, kind: 'day', year, month: name.month, day });
  }
  for (let m = firstMatch(MONTH_DAY, text); m; m = MONTH_DAY.exec(text)) {
    const name = monthName(m[1]!);
    if (!name || !monthCaseFits(m[1]!, name)) continue;
    const day = Number(m[3]);
    const year = m[4] ? Number(m[4]) : undefined;
    if (!validDate(year ?? 2000, name.month, day)) continue;
    take({
      start: withWeekday(text, m.index),
      end: m.index + m[0].length,
      kind: 'day',
      year,
      month: name.month,
      day,
    });
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
export function scanAgo(text: string, take: Take): void {
  for (let m = firstMatch(AGO, text); m; m = AGO.exec(text)) {
    const relative = `${agoCount(m[1]!)}-${m[2]!.toLowerCase()}s-ago`;
    take({ start: m.index, end: m.index + m[0].length, kind: 'relative', relative });
  }
}

export function scanRelative(text: string, take: Take, phrases: RegExp): void {
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

export function scanWeekdays(text: string, take: Take): void {
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

export function scanMonths(text: string, take: Take): void {
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
