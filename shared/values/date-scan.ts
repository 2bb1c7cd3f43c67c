// Finds the dates in a sentence as written — ISO and numeric dates here; names of months,
// weekdays and relative days in named-dates.ts; years in year-scan.ts — plus the spans that are
// times ("09:14", "9 p.m.") or dates too ambiguous to read (10/11/2023). Nothing is resolved
// here: find-dates.ts does that with the article date. findFigures masks these spans, so a day
// of the month or a year is never counted as a figure.
import { validDate } from './calendar';
import { firstMatch, L, pattern } from './letters';
import { scanAgo, scanMonthDates, scanMonths, scanRelative, scanWeekdays } from './named-dates';
import { RELATIVE_ENGLISH, RELATIVE_OTHER } from './relative-phrases';
import * as kind from './word-scan';
import { scanYears } from './year-scan';

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

const ISO = pattern('g')`(?<![\d${L}-])(\d{4})-(\d{2})-(\d{2})(?!\d)`;
const NUMERIC = pattern('g')`(?<![\d${L}.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d]|[./-]\d)`;
/** Times of day: "09:14", "9 p.m.", "9.30pm", "14 Uhr", "14h30", "21 h 40". One pattern, one pass. */
const TIMES = pattern(
  'gi',
)`(?<![\d.:,])\d{1,2}(?::\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|uhr|h|gmt|utc|bst|cet|cest|edt|est|pdt|pst)(?![${L}]))?|[^\S\n]?h[^\S\n]?\d{2}(?!\d)|(?:[.]\d{2})?\s*(?:[ap]\.m\.|[ap]m(?![${L}])|o['’]clock|uhr(?![${L}])))`;
// One entry cache: findFigures and findDates often read the same sentence one after the other.
let lastText: string | null = null;
let lastMatches: readonly DateMatch[] = [];

/** Every date and blocked span in `text`, in text order, none overlapping. */
export function scanDates(text: string): readonly DateMatch[] {
  if (text === lastText) return lastMatches;
  const found: DateMatch[] = [];
  // Characters already taken by a date: patterns run from the most specific to the least, and
  // a later match that overlaps an earlier one is dropped ("5 March 2025" is not also "2025").
  let taken: Uint8Array | null = null;
  const take = (m: Omit<DateMatch, 'deadline' | 'possessive'> & { possessive?: boolean }) => {
    taken ??= new Uint8Array(text.length);
    for (let i = m.start; i < m.end; i++) if (taken[i]) return;
    taken.fill(1, m.start, m.end);
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

export type Take = (m: Omit<DateMatch, 'deadline' | 'possessive'> & { possessive?: boolean }) => void;

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
  if (months) scanMonthDates(text, take);
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
