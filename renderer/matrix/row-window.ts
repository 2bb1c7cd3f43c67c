// Row windowing for the consistency matrix: only the rows near the viewport are in the DOM,
// with spacer rows standing in for the rest. Rows have one fixed height (the claim text and
// the cell values are clamped), so the window is plain arithmetic on scrollTop — no measuring,
// no library. A story of 200 claims × 50 articles keeps about 16 rows (≈800 cells) mounted
// instead of 10,000.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** Keep in step with `.mx-row { height }` in styles/matrix.css. */
export const MATRIX_ROW_HEIGHT = 128;
/** Rows kept mounted above and below the viewport, so a fast flick never shows blank rows. */
const OVERSCAN = 4;
export interface RowWindow {
  /** First row mounted. */
  readonly start: number;
  /** One past the last row mounted. */
  readonly end: number;
}

/**
 * The rows to mount for a body scrolled to `scrollTop` (measured from the first row, i.e.
 * without the header) in a viewport `viewport` pixels high.
 */
export function rowWindow(
  scrollTop: number,
  viewport: number,
  count: number,
  rowHeight = MATRIX_ROW_HEIGHT,
  overscan = OVERSCAN,
): RowWindow {
  if (count <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  const visible = Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + 1;
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(count, first + visible + overscan),
  };
}

/**
 * Follows the scroll position and size of `scroller` and returns the rows to mount. `header`
 * is what sits above the first row inside the scroller (the sticky column headings).
 */
export function useRowWindow(
  scroller: RefObject<HTMLElement | null>,
  header: RefObject<HTMLElement | null>,
  count: number,
): RowWindow {
  const [range, setRange] = useState<RowWindow>(() => rowWindow(0, 900, count));
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => {
      const offset = header.current?.offsetHeight ?? 0;
      const next = rowWindow(el.scrollTop - offset, el.clientHeight, count);
      // Focus inside a row about to be unmounted would fall to <body>, and the keyboard would
      // stop scrolling the grid: the grid itself takes it first.
      const focused = document.activeElement?.closest('tr[aria-rowindex]');
      if (focused && el.contains(focused)) {
        const row = Number(focused.getAttribute('aria-rowindex')) - 2;
        if (row < next.start || row >= next.end) el.focus({ preventScroll: true });
      }
      // Rendered before the browser paints this scroll position, so a fast drag of the
      // scrollbar never shows a blank band. Same window → same object: nothing re-renders.
      flushSync(() => setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next)));
    };
    el.addEventListener('scroll', update, { passive: true });
    // A ResizeObserver reports once as soon as it observes, which sets the first real window
    // (and again when the row count changes, since this effect then runs anew).
    const resize = new ResizeObserver(update);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scroller, header, count]);
  // Until the observer reports, a window from before a change of count may reach past it.
  return range.end <= count ? range : rowWindow(0, 900, count);
}
