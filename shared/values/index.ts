// Public face of the value normaliser: figures and dates found in a sentence as comparable
// values, and the comparisons claim matching, the compare view and the matrix all share.
// Pure TypeScript: no Node, no DOM; regexes and tables are built once, at load.
//
// Choices where the text is ambiguous (each explained where it is made):
// - "1,240" groups thousands; "1.240" is 1.24 unless the number counts whole things
//   ("1.240 Menschen") or the text writes numbers the continental way (figure-context.ts).
// - 1900–2099 alone is a year, not a figure, unless a currency, unit or counted plural makes it a
//   count ("2000 people", not "the 2010 elections"); 1500–1899 only after "in", "since" … .
// - A lone "one" counts only before a counted noun ("one ferry"), never "no one", "one of",
//   "one day", "one official said"; "elf", "once", "null" only before a plural or a noun.
// - Numeric dates with "/" or "-" are read only when one order fits (27/10, 10/27); 10/11/2023
//   is neither date nor figure. D.M.Y with points is European.
// - A weekday or a day without year resolves to the one on or before the article date, or on
//   or after it when its clause speaks of the future; "next"/"last" force the direction.
//   "last week" resolves to an ISO week ('2025-W10', kind 'relative'); "a year earlier" counts
//   from the year the sentence names, else stays relative.
// - Bounds compare inclusively ("more than 500" and "500" are compatible); an estimate and an
//   exact figure agree only when equal; two estimates within 5%.
export type { DateComparison, DateValue, FigureComparison, FigureValue, Qualifier } from './types';
export { findFigures } from './find-figures';
export { findDates } from './find-dates';
export { compareFigures } from './compare-figures';
export { compareDates, weekdayName } from './compare-dates';
export { timeFrameOf } from './time-frame';
export { parseNumberWords } from './number-words';
export { numberWordValues } from './word-scan';
export { readStyledValues, sameStyledValues, type StyledValue } from './number-style';
export { singular } from './nouns';
