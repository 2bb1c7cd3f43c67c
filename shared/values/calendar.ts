// Month and weekday names (English, German, French, Spanish) and the little calendar arithmetic
// the date finder needs. Dates are 'YYYY-MM-DD' strings and UTC day numbers, never a Date in
// local time, so no result depends on the time zone of the machine that runs it.

import { alternation } from './alternation';

export interface MonthName {
  readonly month: number;
  /** "Jan", "Sept": only next to a day or a year, never alone ("Jan" is also a name). */
  readonly abbreviation: boolean;
  /**
   * 'upper': English and German write month names with a capital, so "may" and "march" are
   * verbs. 'lower': French "mars" with a capital is the planet. 'any': French and Spanish.
   */
  readonly letterCase: 'upper' | 'lower' | 'any';
}

const MONTHS = new Map<string, MonthName>();
function months(letterCase: MonthName['letterCase'], abbreviation: boolean, names: string): void {
  names.split(' ').forEach((group, i) => {
    for (const name of group.split('/'))
      if (name !== '-' && !MONTHS.has(name)) MONTHS.set(name, { month: i + 1, abbreviation, letterCase });
  });
}
months(
  'upper',
  false,
  'january february march april may june july august september october november december',
);
months('upper', true, 'jan feb mar apr - jun jul aug sep/sept oct nov dec');
months('upper', false, 'januar/jänner februar märz/maerz - - juni juli - - oktober - dezember');
months('upper', true, '- - - - - - - - - okt - dez');
months('lower', false, '- - mars');
months(
  'any',
  false,
  'janvier février/fevrier - avril mai juin juillet août/aout septembre octobre novembre décembre/decembre',
);
months(
  'any',
  false,
  'enero febrero marzo abril mayo junio julio agosto septiembre/setiembre octubre noviembre diciembre',
);

/** Every month name (lower case) with its rules. */
export const MONTH_NAMES: ReadonlyMap<string, MonthName> = MONTHS;

export function monthName(word: string): MonthName | undefined {
  return MONTHS.get(word.toLowerCase());
}

/** Every month name, as one pattern (no group around it). */
export const MONTH_PATTERN = alternation(MONTHS.keys());
/** Only full names: a month standing alone ("in March") must be written out. */
export const FULL_MONTH_PATTERN = alternation(
  [...MONTHS].filter(([, m]) => !m.abbreviation).map(([name]) => name),
);

/** The case rule of a month name as it is written here. */
export function monthCaseFits(written: string, name: MonthName): boolean {
  const first = written[0] ?? '';
  if (name.letterCase === 'upper') return first !== first.toLowerCase();
  if (name.letterCase === 'lower') return first === first.toLowerCase();
  return true;
}

export const WEEKDAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface WeekdayName {
  readonly weekday: number;
  /** English and German capitalise; Spanish weekdays with a capital are mostly names ("Domingo"). */
  readonly letterCase: 'upper' | 'lower' | 'any';
}
const WEEKDAYS = new Map<string, WeekdayName>();
function weekdays(letterCase: WeekdayName['letterCase'], names: string): void {
  names.split(' ').forEach((group, i) => {
    for (const name of group.split('/')) WEEKDAYS.set(name, { weekday: i, letterCase });
  });
}
weekdays('upper', 'monday tuesday wednesday thursday friday saturday sunday');
weekdays('upper', 'montag dienstag mittwoch donnerstag freitag samstag/sonnabend sonntag');
weekdays('any', 'lundi mardi mercredi jeudi vendredi samedi dimanche');
weekdays('lower', 'lunes martes miércoles/miercoles jueves viernes sábado/sabado domingo');

/** Every full weekday name (lower case) with its rules. */
export const WEEKDAY_NAMES_BY_WORD: ReadonlyMap<string, WeekdayName> = WEEKDAYS;

/** Abbreviations, accepted only right before a date ("Tue., March 11"). */
const WEEKDAY_ABBREVIATIONS = 'mon|tues?|wed|thu(?:rs?)?|fri|sat|sun';
export const WEEKDAY_PATTERN = alternation(WEEKDAYS.keys());
export const WEEKDAY_PREFIX_PATTERN = `${WEEKDAY_PATTERN}|${WEEKDAY_ABBREVIATIONS}`;

/** 0 = Monday … 6 = Sunday, for a full weekday name written with the right case. */
export function weekdayIndex(written: string): number | undefined {
  const name = WEEKDAYS.get(written.toLowerCase());
  if (!name) return undefined;
  const lower = written[0] === written[0]!.toLowerCase();
  if ((name.letterCase === 'upper' && lower) || (name.letterCase === 'lower' && !lower)) return undefined;
  return name.weekday;
}

// Arithmetic on day numbers (days since 1970-01-01, UTC).
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function parseIsoDate(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDate(year, month, day) ? dayNumber(year, month, day) : null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The ISO week ('2025-W11') holding a day: weeks start on Monday, week 1 holds the first Thursday. */
export function isoWeek(day: number): string {
  const thursday = day - weekdayOf(day) + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** First and last day of an ISO week. */
export function isoWeekDays(week: string): [number, number] | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const jan4 = dayNumber(Number(m[1]), 1, 4);
  const monday = jan4 - weekdayOf(jan4) + (Number(m[2]) - 1) * 7;
  return [monday, monday + 6];
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
