// The year a statement speaks of, so "last year's harvest" and "this year's harvest" are not
// read as one claim: the single year its dates fall in, resolved against the article date.
import { findDates } from './find-dates';

/**
 * '2024' for "last year" in an article of 2025; the year named when exactly one is; null when
 * none is known, several are ("from 2019 to 2024"), or a relative year cannot be resolved.
 */
export function timeFrameOf(text: string, articleDate?: string | null): string | null {
  const years = new Set<string>();
  for (const d of findDates(text, articleDate)) {
    if (d.value.startsWith('relative:')) {
      // "last year" with no article date: some year, but which is unknown.
      if (/year|month/.test(d.value)) return null;
      continue;
    }
    const range = /^(\d{4})\/(\d{4})$/.exec(d.value);
    if (range) {
      years.add(range[1]!).add(range[2]!);
      continue;
    }
    if (/^\d{3}0s$/.test(d.value)) return null;
    const year = /^(\d{4})/.exec(d.value);
    if (year) years.add(year[1]!);
  }
  return years.size === 1 ? [...years][0]! : null;
}
