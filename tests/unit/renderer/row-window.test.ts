// The matrix's row window: which rows are mounted for a scroll position. The E2E test checks
// the same thing in Chromium (no blank band at any stop); this pins the arithmetic at the edges.
import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../../renderer/matrix/row-window';

describe('rowWindow', () => {
  it('mounts the rows on screen plus an overscan each side', () => {
    // Rows 100px, viewport 450px, scrolled to row 20: rows 20–24 visible (+1 partial).
    expect(rowWindow(2000, 450, 200, 100, 3)).toEqual({ start: 17, end: 29 });
  });

  it('starts at the first row at the top, and never before it', () => {
    expect(rowWindow(0, 450, 200, 100, 3)).toEqual({ start: 0, end: 9 });
    // Scrolled inside the header: scrollTop less the header height is negative.
    expect(rowWindow(-60, 450, 200, 100, 3)).toEqual({ start: 0, end: 9 });
  });

  it('ends at the last row at the bottom, even when scrolled past it', () => {
    expect(rowWindow(19_800, 450, 200, 100, 3)).toEqual({ start: 195, end: 200 });
    expect(rowWindow(1e9, 450, 200, 100, 3)).toEqual({ start: 196, end: 200 });
  });

  it('covers the whole viewport at any position', () => {
    for (let top = 0; top < 20_000; top += 37) {
      const { start, end } = rowWindow(top, 731, 200, 128, 0);
      expect(start * 128).toBeLessThanOrEqual(top);
      expect(Math.min(200, end) * 128).toBeGreaterThanOrEqual(Math.min(200 * 128, top + 731));
    }
  });

  it('mounts nothing for an empty grid, and everything for a short one', () => {
    expect(rowWindow(0, 900, 0)).toEqual({ start: 0, end: 0 });
    expect(rowWindow(0, 900, 4)).toEqual({ start: 0, end: 4 });
  });
});
