// Whether two dates say the same: compared at the precision both have ('2025-03-11' is within
// '2025', so they agree; '2025-03' and '2025-04' do not). A deadline ("by Thursday") is not the
// date of an event and is never compared with one. Reasons quote both dates as written.
import { WEEKDAY_CODES, WEEKDAY_NAMES, dayNumber, daysInMonth, isoWeekDays, weekdayOf } from './calendar';
import type { DateComparison, DateValue } from './types';

type Parsed =
  | {
      readonly kind: 'span';
      readonly from: number;
      readonly to: number;
      readonly month?: number;
      readonly day?: number;
    }
  | { readonly kind: 'yearless'; readonly month: number; readonly day: number | null }
  | { readonly kind: 'weekday'; readonly weekday: number }
  | { readonly kind: 'relative'; readonly token: string };

function parse(value: string): Parsed | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    return { kind: 'span', from: day, to: day, month: Number(m[2]), day: Number(m[3]) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return { kind: 'span', from: dayNumber(y, mo, 1), to: dayNumber(y, mo, daysInMonth(y, mo)), month: mo };
  }
  if ((m = /^(\d{4})$/.exec(value))) return yearsSpan(Number(m[1]), Number(m[1]));
  if ((m = /^(\d{4})\/(\d{4})$/.exec(value))) return yearsSpan(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{3}0)s$/.exec(value))) return yearsSpan(Number(m[1]), Number(m[1]) + 9);
  if (/^\d{4}-W\d{2}$/.test(value)) {
    const [from, to] = isoWeekDays(value)!;
    return { kind: 'span', from, to };
  }
  if ((m = /^--(\d{2})(?:-(\d{2}))?$/.exec(value)))
    return { kind: 'yearless', month: Number(m[1]), day: m[2] ? Number(m[2]) : null };
  if ((m = /^weekday:(\w+)$/.exec(value)))
    return { kind: 'weekday', weekday: WEEKDAY_CODES.indexOf(m[1] as (typeof WEEKDAY_CODES)[number]) };
  if ((m = /^relative:(.+)$/.exec(value))) return { kind: 'relative', token: m[1]! };
  return null;
}

function yearsSpan(from: number, to: number): Parsed {
  return { kind: 'span', from: dayNumber(from, 1, 1), to: dayNumber(to, 12, 31) };
}

/** 'same', 'different' or null (cannot tell) for two parsed dates. */
function relate(a: Parsed, b: Parsed): boolean | null {
  if (a.kind === 'span' && b.kind === 'span') {
    if (a.from === b.from && a.to === b.to) return true;
    // The coarser contains the finer: "in 2025" and "on March 11, 2025" agree.
    if ((a.from <= b.from && b.to <= a.to) || (b.from <= a.from && a.to <= b.to)) return true;
    return false;
  }
  if (a.kind === 'yearless' || b.kind === 'yearless') {
    const [x, y] = a.kind === 'yearless' ? [a, b] : [b as Extract<Parsed, { kind: 'yearless' }>, a];
    if (y.kind === 'yearless' || (y.kind === 'span' && y.month !== undefined)) {
      if (x.month !== y.month) return false;
      const day = y.kind === 'yearless' ? y.day : (y.day ?? null);
      return x.day === null || day === null || x.day === day;
    }
    return null;
  }
  if (a.kind === 'weekday' || b.kind === 'weekday') {
    const [x, y] = a.kind === 'weekday' ? [a, b] : [b as Extract<Parsed, { kind: 'weekday' }>, a];
    if (y.kind === 'weekday') return x.weekday === y.weekday;
    if (y.kind === 'span' && y.from === y.to) return weekdayOf(y.from) === x.weekday;
    return null;
  }
  if (a.kind === 'relative' && b.kind === 'relative') {
    if (a.token === b.token) return true;
    return family(a.token) !== null && family(a.token) === family(b.token) ? false : null;
  }
  return null;
}

/** Relative words of one grain contradict each other: "yesterday" vs "today", "last week" vs "next week". */
function family(token: string): string | null {
  if (/^(?:today|yesterday|tomorrow|day-before-yesterday|day-after-tomorrow|\d+-days-ago)$/.test(token))
    return 'day';
  const m = /(week|month|year)/.exec(token);
  return m && !token.startsWith('end-of') && !token.startsWith('previous') ? m[1]! : null;
}

export function compareDates(a: DateValue, b: DateValue): DateComparison {
  if (a.deadline !== b.deadline) {
    const say = (d: DateValue) => `${d.deadline ? 'deadline' : 'date'} ${d.text}`;
    return { relation: 'incomparable', reason: `${say(a)} vs ${say(b)} (a deadline is not an event date)` };
  }
  const word = a.deadline
    ? 'deadline'
    : a.kind === 'year' && b.kind === 'year'
      ? 'year'
      : a.kind === 'month' && b.kind === 'month'
        ? 'month'
        : 'date';
  const x = parse(a.value);
  const y = parse(b.value);
  const same = x && y ? relate(x, y) : a.value === b.value ? true : null;
  if (same === null)
    return { relation: 'incomparable', reason: `${word} ${a.text} vs ${b.text} (not comparable)` };
  if (same)
    return {
      relation: 'same',
      reason: a.text === b.text ? `same ${word} ${a.text}` : `${word} ${a.text} matches ${b.text}`,
    };
  return { relation: 'different', reason: `${word} ${a.text} vs ${b.text}` };
}

/** "Tuesday" for 'weekday:tue', for callers that show a weekday value. */
export function weekdayName(value: string): string | null {
  const i = WEEKDAY_CODES.indexOf(value.replace(/^weekday:/, '') as (typeof WEEKDAY_CODES)[number]);
  return i < 0 ? null : WEEKDAY_NAMES[i]!;
}
