// Asks for the source counts of the story rows the reviewer can see (and a screenful around
// them), not of every story in the workspace: each row is watched by one IntersectionObserver,
// and the rows that came into view within a short moment go out as one request.
import { useEffect, type RefObject } from 'react';

/** Rows coming into view within this time are asked about together. */
const GATHER_MS = 120;

export function useVisibleStoryCounts(
  listRef: RefObject<HTMLElement | null>,
  /** Changes whenever the rows do (the visible stories): the rows are watched afresh. */
  rows: unknown,
  load: (storyIds: readonly string[]) => void,
): void {
  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof IntersectionObserver === 'undefined') return;
    let pending = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      const ids = [...pending];
      pending = new Set();
      if (ids.length) load(ids);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = entry.isIntersecting ? (entry.target as HTMLElement).dataset.id : undefined;
          if (id) pending.add(id);
        }
        if (pending.size && timer === null) timer = setTimeout(flush, GATHER_MS);
      },
      { root: list, rootMargin: '400px 0px' },
    );
    for (const row of list.querySelectorAll('[data-testid="story-group"]')) observer.observe(row);
    return () => {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
    };
  }, [listRef, rows, load]);
}
