// The rows whose source counts are asked for: those in view once the list is still, never the
// ones a scroll passed by.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettledRows } from '../../../renderer/sources/settled-rows';

const SETTLE = 200;

describe('rows asked about once the list is still', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks for the rows in view after the wait, once', () => {
    const asked: string[][] = [];
    const rows = new SettledRows(SETTLE, (ids) => asked.push([...ids]));
    rows.seen([
      { id: 'a', inView: true },
      { id: 'b', inView: true },
    ]);
    vi.advanceTimersByTime(SETTLE - 1);
    expect(asked).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(asked).toEqual([['a', 'b']]);
    vi.advanceTimersByTime(SETTLE * 5);
    expect(asked).toHaveLength(1);
  });

  it('never asks for rows a scroll passed by, only for where it stopped', () => {
    const asked: string[][] = [];
    const rows = new SettledRows(SETTLE, (ids) => asked.push([...ids]));
    // A fast scroll: every 16 ms a row comes into view and the one before leaves it.
    for (let i = 0; i < 500; i++) {
      rows.seen([
        { id: `s${i}`, inView: true },
        { id: i > 0 ? `s${i - 1}` : undefined, inView: false },
      ]);
      vi.advanceTimersByTime(16);
    }
    expect(asked).toEqual([]);
    vi.advanceTimersByTime(SETTLE);
    expect(asked).toEqual([['s499']]);
  });

  it('asks nothing when every row has left view, or once stopped', () => {
    const asked: string[][] = [];
    const rows = new SettledRows(SETTLE, (ids) => asked.push([...ids]));
    rows.seen([{ id: 'a', inView: true }]);
    rows.seen([{ id: 'a', inView: false }]);
    vi.advanceTimersByTime(SETTLE * 2);
    rows.seen([{ id: 'b', inView: true }]);
    rows.stop();
    vi.advanceTimersByTime(SETTLE * 2);
    expect(asked).toEqual([]);
  });
});
