// Asks for the source counts of the story rows the reviewer can see (and a screenful around
// them), not of every story in the workspace: each row is watched by one IntersectionObserver,
// and once the list has been still for a moment the rows then in view go out as one request
// (settled-rows.ts). Rows flicked past while scrolling are never asked about: at 20,000
// articles a scroll through the list passes ten thousand stories, and counting each (every
// claim of it matched against the workspace) would keep the server busy for minutes, slowing
// the very frames it scrolls and every request behind it.
import { useEffect, type RefObject } from 'react';
import { SettledRows } from './settled-rows';

/**
 * The list must be still this long (no row entering or leaving view) before rows are counted:
 * long enough that typing in the filter or clicking on after a scroll is not raced by a second
 * of matching on the server (at 200 ms it was, on a 2-vCPU machine).
 */
export const SETTLE_MS = 500;

export function useVisibleStoryCounts(
  listRef: RefObject<HTMLElement | null>,
  /** Changes whenever the rows do (the visible stories): the rows are watched afresh. */
  rows: unknown,
  load: (storyIds: readonly string[]) => void,
): void {
  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof IntersectionObserver === 'undefined') return;
    const settled = new SettledRows(SETTLE_MS, load);
    const observer = new IntersectionObserver(
      (entries) =>
        settled.seen(
          entries.map((entry) => ({
            id: (entry.target as HTMLElement).dataset.id,
            inView: entry.isIntersecting,
          })),
        ),
      { root: list, rootMargin: '400px 0px' },
    );
    for (const row of list.querySelectorAll('[data-testid="story-group"]')) observer.observe(row);
    return () => {
      observer.disconnect();
      settled.stop();
    };
  }, [listRef, rows, load]);
}
