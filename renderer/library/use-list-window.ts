// Windowing for the library's long lists (articles, stories): only the rows near the viewport
// are mounted, between two spacers that stand in for the rest, so a library of 20,000 articles
// lays out a few dozen rows per frame, not 300,000 nodes. Rows are measured as they mount
// (@tanstack/react-virtual), so a story's two-line title or its open versions need no fixed
// height. The list keeps the keyboard's focus itself (aria-activedescendant): when the active
// row is outside the window it is scrolled into it, and so mounted before anyone points at it.
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';

/** Rows mounted beyond each edge of the viewport, so a fast flick never shows a blank band. */
const OVERSCAN = 8;

export interface ListWindow {
  readonly rows: readonly VirtualItem[];
  /** Space above the first mounted row and below the last, in pixels. */
  readonly before: number;
  readonly after: number;
  /** Give each mounted row's element (with `data-index`), so its real height is used. */
  readonly measure: (element: Element | null) => void;
}

export function useListWindow(
  /**
   * The element that scrolls, rendered by the calling component itself: a parent's ref is
   * attached only after the caller's layout effects, where the virtualizer looks for it, and a
   * row to be scrolled to on the first render would be missed.
   */
  scroller: RefObject<HTMLElement | null>,
  count: number,
  /** A row's height before it is measured. */
  estimate: (index: number) => number,
  /** The row that holds the keyboard's place, or -1. */
  active: number,
): ListWindow {
  // The React Compiler cannot memoise what useVirtualizer returns; this app does not use the
  // compiler, and the hook re-renders on every scroll by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: estimate,
    overscan: OVERSCAN,
    // Before the first layout (and in tests without one) show a screenful, not nothing.
    initialRect: { width: 400, height: 900 },
  });
  useEffect(() => {
    if (active < 0 || active >= count) return;
    const mounted = virtualizer.getVirtualItems();
    const first = mounted[0]?.index ?? 0;
    const last = mounted[mounted.length - 1]?.index ?? -1;
    // Inside the window, the row's own scrollIntoView places it; outside, it must mount first.
    if (active <= first || active >= last) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, count, virtualizer]);
  const rows = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const before = rows[0]?.start ?? 0;
  const after = rows.length ? Math.max(0, total - rows[rows.length - 1]!.end) : 0;
  return { rows, before, after, measure: virtualizer.measureElement };
}
