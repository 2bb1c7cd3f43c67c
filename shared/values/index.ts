// Public face of the value normaliser: figures and dates found in a sentence as comparable
// values, and the comparisons claim matching, the compare view and the matrix all share.
// Pure TypeScript: no Node, no DOM; regexes and tables are built once, at load.
export type { DateComparison, DateValue, FigureComparison, FigureValue, Qualifier } from './types';
export { findFigures } from './find-figures';
export { findDates } from './find-dates';
export { compareFigures } from './compare-figures';
export { compareDates, weekdayName } from './compare-dates';
export { timeFrameOf } from './time-frame';
export { parseNumberWords } from './number-words';
export { numberWordValues } from './word-scan';
export { singular } from './nouns';
