// The dates a sentence speaks of, as comparable values. What date-scan.ts found is resolved
// against the article date when one is given: "yesterday" becomes a day, "last year" a year,
// "on Tuesday" the Tuesday the sentence means — the one before the article date when the clause
// tells of the past, the next one when it speaks of the future ("will", "is due", "plans to").
import { firstMatch, L, pattern } from './letters';
import {
  WEEKDAY_CODES,
  daysInMonth,
  dayNumber,
  isoDate,
  isoWeek,
  pad2,
  parseIsoDate,
  validDate,
  weekdayOf,
} from './calendar';
import { scanDates, type DateMatch } from './date-scan';
import type { DateValue } from './types';

export function findDates(text: string, articleDate?: string | null): DateValue[] {
  const matches = scanDates(text);
  if (matches.length === 0) return [];
  const article = articleDate ? parseIsoDate(articleDate) : null;
  const out: DateValue[] = [];
  for (const m of matches) {
    if (m.kind === 'block') continue;
    const resolved = resolve(m, text, article, matches);
    out.push({
      text: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      kind: resolved.kind,
      value: resolved.value,
      resolved: resolved.resolved,
      deadline: m.deadline,
    });
  }
  return out;
}

interface Resolved {
  kind: DateValue['kind'];
  value: string;
  resolved: boolean;
}

function resolve(m: DateMatch, text: string, article: number | null, all: readonly DateMatch[]): Resolved {
  const month = m.month ?? 0;
  switch (m.kind) {
    case 'year':
      return {
        kind: 'year',
        value: m.decade ? `${m.year}s` : m.yearTo ? `${m.year}/${m.yearTo}` : String(m.year),
        resolved: false,
      };
    case 'month':
      if (m.year) return { kind: 'month', value: `${m.year}-${pad2(month)}`, resolved: false };
      if (article === null) return { kind: 'month', value: `--${pad2(month)}`, resolved: false };
      return { kind: 'month', value: monthInContext(month, article, isFuture(text, m)), resolved: true };
    case 'day': {
      const day = m.day ?? 1;
      if (m.year) return { kind: 'day', value: `${m.year}-${pad2(month)}-${pad2(day)}`, resolved: false };
      const found = article === null ? null : dayInContext(month, day, article, isFuture(text, m));
      if (found === null) return { kind: 'day', value: `--${pad2(month)}-${pad2(day)}`, resolved: false };
      return { kind: 'day', value: isoDate(found), resolved: true };
    }
    case 'weekday': {
      const weekday = m.weekday ?? 0;
      if (article === null)
        return { kind: 'weekday', value: `weekday:${WEEKDAY_CODES[weekday]}`, resolved: false };
      const back = (weekdayOf(article) - weekday + 7) % 7;
      const ahead = (weekday - weekdayOf(article) + 7) % 7;
      const day =
        m.shift === 'last'
          ? article - (back || 7)
          : m.shift === 'next'
            ? article + (ahead || 7)
            : isFuture(text, m)
              ? article + ahead
              : article - back;
      return { kind: 'day', value: isoDate(day), resolved: true };
    }
    default:
      return relative(m.relative ?? '', article, all);
  }
}

/** Resolves a relative token ('yesterday', 'last-year', '2-weeks-ago' …). */
function relative(token: string, article: number | null, all: readonly DateMatch[]): Resolved {
  const unresolved: Resolved = { kind: 'relative', value: `relative:${token}`, resolved: false };
  if (token === 'previous-year') {
    // "a year earlier" counts from the year the sentence names, not from the article date.
    const years = new Set(all.filter((d) => d.year && !d.yearTo && !d.decade).map((d) => d.year));
    if (years.size === 1) return { kind: 'year', value: String([...years][0]! - 1), resolved: false };
    return unresolved;
  }
  if (article === null || token.startsWith('previous-')) return unresolved;
  const [year, month] = isoDate(article).split('-').map(Number) as [number, number];
  const day = (d: number): Resolved => ({ kind: 'day', value: isoDate(d), resolved: true });
  const week = (d: number): Resolved => ({ kind: 'relative', value: isoWeek(d), resolved: true });
  const monthOf = (shift: number): Resolved => {
    const index = year * 12 + month - 1 + shift;
    return { kind: 'month', value: `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`, resolved: true };
  };
  const yearOf = (shift: number): Resolved => ({ kind: 'year', value: String(year + shift), resolved: true });
  const ago = /^(\d+)-(day|week|month|year)s-ago$/.exec(token);
  if (ago) {
    const n = Number(ago[1]);
    if (ago[2] === 'day') return day(article - n);
    if (ago[2] === 'week') return week(article - 7 * n);
    return ago[2] === 'month' ? monthOf(-n) : yearOf(-n);
  }
  switch (token) {
    case 'today':
      return day(article);
    case 'yesterday':
      return day(article - 1);
    case 'tomorrow':
      return day(article + 1);
    case 'day-before-yesterday':
      return day(article - 2);
    case 'day-after-tomorrow':
      return day(article + 2);
    case 'last-week':
      return week(article - 7);
    case 'this-week':
    case 'end-of-week':
      return week(article);
    case 'next-week':
      return week(article + 7);
    case 'last-month':
      return monthOf(-1);
    case 'this-month':
      return monthOf(0);
    case 'next-month':
      return monthOf(1);
    case 'last-year':
      return yearOf(-1);
    case 'this-year':
      return yearOf(0);
    case 'next-year':
      return yearOf(1);
    case 'end-of-month':
      return day(dayNumber(year, month, daysInMonth(year, month)));
    case 'end-of-year':
      return day(dayNumber(year, 12, 31));
    default:
      return unresolved;
  }
}

/** "March 5" with no year: the one before the article date, or after it for a future clause. */
function dayInContext(month: number, day: number, article: number, future: boolean): number | null {
  const year = Number(isoDate(article).slice(0, 4));
  const options = [year - 1, year, year + 1]
    .filter((y) => validDate(y, month, day))
    .map((y) => dayNumber(y, month, day));
  const fits = future ? options.filter((d) => d >= article) : options.filter((d) => d <= article);
  if (fits.length === 0) return null;
  return future ? Math.min(...fits) : Math.max(...fits);
}

function monthInContext(month: number, article: number, future: boolean): string {
  const [year, current] = isoDate(article).split('-').map(Number) as [number, number];
  const y = future ? (month >= current ? year : year + 1) : month <= current ? year : year - 1;
  return `${y}-${pad2(month)}`;
}

const FUTURE = pattern(
  'i',
)`(?<![${L}])(?:will|won['’]t|shall|going\s+to|is\s+due|are\s+due|due\s+to|plans?\s+to|planned|scheduled|expected|is\s+set\s+to|are\s+set\s+to|to\s+be\s+held|upcoming|would|wird|werden|soll|sollen|vont?|sera|seront|será|serán|van?\s+a)(?![${L}])|['’]ll(?![${L}])`;
const PAST = pattern(
  'i',
)`(?<![${L}])(?:was|were|had|did|said|told|met|held|took|came|went|made|gave|left|began|won|lost|fell|rose|saw|sent|spoke|found|[${L}]{3,}ed|war|waren|hatte|hatten|wurde|wurden|était|fue|fueron)(?![${L}])`;
/** Where a clause ends: punctuation, or a word that starts a new one. */
const CLAUSE_END = pattern(
  'i',
)`[,;()—–]|(?<![${L}])(?:that|said|says|but|while|who|which|according)(?![${L}])`;
const CLAUSE_MARKS = new RegExp(CLAUSE_END.source, 'gi');
const SENTENCE_REACH = 400;

/**
 * Whether the date's own clause speaks of the future: a future word in the clause; else, when
 * the clause has no verb of either tense ("On Thursday, …", "said on Tuesday that …"), the
 * nearest tense word in the sentence decides. A deadline is always ahead.
 */
function isFuture(text: string, m: DateMatch): boolean {
  if (m.deadline) return true;
  // The sentence around the date, at most a few hundred characters each way: callers pass
  // sentences, and a whole article without full stops must not cost a pass per date.
  const from = Math.max(0, m.start - SENTENCE_REACH);
  const sentenceStart = Math.max(
    from,
    text.lastIndexOf('. ', m.start) + 1,
    text.lastIndexOf('? ', m.start) + 1,
  );
  const ahead = text.slice(m.end, m.end + SENTENCE_REACH);
  const stop = ahead.search(/[.?!](?:\s|$)/);
  const sentenceEnd = m.end + (stop < 0 ? ahead.length : stop);
  const left = text.slice(sentenceStart, m.start);
  const right = text.slice(m.end, sentenceEnd);
  let clauseStart = 0;
  for (let c = firstMatch(CLAUSE_MARKS, left); c; c = CLAUSE_MARKS.exec(left))
    clauseStart = c.index + c[0].length;
  const clauseEnd = right.search(CLAUSE_END);
  const clause = `${left.slice(clauseStart)} ${clauseEnd < 0 ? right : right.slice(0, clauseEnd)}`;
  if (FUTURE.test(clause)) return true;
  if (PAST.test(clause)) return false;
  return distance(FUTURE_ALL, FUTURE, left, right) < distance(PAST_ALL, PAST, left, right);
}

const FUTURE_ALL = new RegExp(FUTURE.source, 'gi');
const PAST_ALL = new RegExp(PAST.source, 'gi');

/** Characters between the date and the nearest match of `re` on either side of it. */
function distance(all: RegExp, one: RegExp, left: string, right: string): number {
  let best = Infinity;
  for (let m = firstMatch(all, left); m; m = all.exec(left))
    best = Math.min(best, left.length - (m.index + m[0].length));
  const first = right.search(one);
  return first < 0 ? best : Math.min(best, first);
}
