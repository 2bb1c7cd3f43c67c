// Years in a sentence: "2008", "2008's", "1998-99", "2019–2020", "the 1990s". A number that
// looks like a year may be a count ("2000 people", "€2019", "2010 km"): yearIsFigure decides,
// and findFigures reads whatever is not taken here.
import type { Take } from './date-scan';
import { firstMatch, L, LOWER, pattern } from './letters';
import { hasQualifierBefore } from './qualifiers';
import { looksPlural } from './nouns';
import { currencyBefore, scaleAt, unitAt } from './units';

/** "the 1990s", "1990's". */
const DECADE = pattern('g')`(?<![${L}\d])(1[5-9]\d0|20\d0)['’]?s(?![${L}])`;
/**
 * A year 1500–2099, with a second year of a range ("1998-99", "2019–2020", "2020/21") and a
 * possessive ("2008's"). Not part of a longer number or a word ("FY2024", "$2008", "2,008").
 */
const YEAR = pattern(
  'g',
)`(?<![${L}\d.,:/\\$€£¥])(1[5-9]\d\d|20\d\d)(?:[^\S\n]*([-–/])[^\S\n]*(\d{4}|\d{2})(?!\d))?(['’]s)?(?![\d${L}%°]|[.,]\d)`;

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

const AFTER_A_YEAR = /(?:1[5-9]|20)\d\d\s*(?:and|or|to|until|till|through|[-–])\s*$/i;
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
  // "between 2008 and 2012 exports": the second of two years is a year too.
  if (AFTER_A_YEAR.test(text.slice(Math.max(0, start - 16), start))) return false;
  const next = NEXT_LOWER_WORD.exec(text.slice(end, end + 30))?.[1];
  if (!next || !looksPlural(next) || YEAR_NOUNS.has(next.toLowerCase())) return false;
  const prev = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  return prev === undefined || !YEAR_LEAD.has(prev) || hasQualifierBefore(text, start);
}

export function scanYears(text: string, take: Take): void {
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
