// Which articles the list shows, and in what order: the filter (title or outlet, ignoring case
// and accents) and the sort. Pure and cached per summary so it is cheap to rerun on every
// keystroke; it runs in actions, never in render.
import type { ArticleSummary } from '../../shared/model';

export type SortKey = 'date' | 'title';
export type SortDirection = 'asc' | 'desc';

export interface SortOrder {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

/** Newest first is what a reviewer wants when opening a workspace. */
export const DEFAULT_SORT: SortOrder = { key: 'date', direction: 'desc' };

/** The direction a column starts in when first chosen. */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'date' ? 'desc' : 'asc';
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

const searchKeys = new WeakMap<ArticleSummary, string>();

function searchKey(summary: ArticleSummary): string {
  let key = searchKeys.get(summary);
  if (key === undefined) {
    key = fold(`${summary.title ?? ''}\n${summary.outlet ?? ''}`);
    searchKeys.set(summary, key);
  }
  return key;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Compares possibly-missing values; missing ones go last whatever the direction. */
function compareMissingLast<T>(
  a: T | null,
  b: T | null,
  compare: (x: T, y: T) => number,
  sign: number,
): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return sign * compare(a, b);
}

function compareBy(sort: SortOrder): (a: ArticleSummary, b: ArticleSummary) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byTitle = (a: ArticleSummary, b: ArticleSummary): number =>
    compareMissingLast(a.title, b.title, collator.compare, sign);
  // ISO dates compare correctly as strings.
  const byDate = (a: ArticleSummary, b: ArticleSummary): number =>
    compareMissingLast(a.date, b.date, (x, y) => (x < y ? -1 : x > y ? 1 : 0), sign);
  const primary = sort.key === 'date' ? byDate : byTitle;
  const secondary = sort.key === 'date' ? byTitle : byDate;
  return (a, b) => primary(a, b) || secondary(a, b) || (a.id < b.id ? -1 : 1);
}

/** Every article in the list's order: done when the articles or the sort change, not per keystroke. */
export function sortArticles(
  articles: readonly ArticleSummary[],
  sort: SortOrder,
): readonly ArticleSummary[] {
  return [...articles].sort(compareBy(sort));
}

/**
 * The sorted articles the filter keeps, still in order: a keystroke filters on the folded
 * search keys and never sorts again; an empty filter is the sorted list itself.
 */
export function filterArticles(sorted: readonly ArticleSummary[], filter: string): readonly ArticleSummary[] {
  const needle = fold(filter.trim());
  return needle ? sorted.filter((a) => searchKey(a).includes(needle)) : sorted;
}
