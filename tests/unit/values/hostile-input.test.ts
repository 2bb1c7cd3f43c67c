// Input a newsroom never meant: whole articles, endless digits, odd characters. The finders must
// stay linear in the length of the text and never throw.
import { describe, expect, it } from 'vitest';
import { findDates, findFigures, numberWordValues, timeFrameOf } from '../../../shared/values';

const timed = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

describe('the finders on hostile input', () => {
  it('read a long text full of figures and dates in time proportional to its length', () => {
    const sentence =
      'On Tuesday, 14 March 2025, about 1,240 homes and two ferries were lost, officials said, and talks will resume Thursday. ';
    const small = sentence.repeat(50);
    const large = sentence.repeat(1000);
    findFigures(small);
    findDates(small, '2025-03-16');
    const smallTime = timed(() => {
      findFigures(small + ' ');
      findDates(small + ' ', '2025-03-16');
    });
    const largeTime = timed(() => {
      findFigures(large);
      findDates(large, '2025-03-16');
    });
    expect(findFigures(large)).toHaveLength(2000);
    expect(findDates(large, '2025-03-16')).toHaveLength(2000);
    // 20 times the text may take 20 times as long, with a wide margin for a busy machine.
    expect(largeTime).toBeLessThan(Math.max(200, smallTime * 200));
  });

  it('copes with runs that invite backtracking', () => {
    const inputs = [
      '1'.repeat(50_000),
      '1,'.repeat(20_000),
      '1 000 '.repeat(10_000),
      'of '.repeat(20_000) + '5',
      '5 ' + 'of '.repeat(20_000),
      'Tuesday '.repeat(5_000),
      'March 5 '.repeat(5_000),
      'twenty '.repeat(10_000),
      'more than '.repeat(10_000) + '500',
      '-'.repeat(50_000) + '5',
      '.'.repeat(50_000),
    ];
    for (const text of inputs) {
      const time = timed(() => {
        findFigures(text);
        findDates(text, '2025-03-13');
        timeFrameOf(text, '2025-03-13');
        numberWordValues(text);
      });
      expect(time, text.slice(0, 20)).toBeLessThan(5_000);
    }
  });

  it('never throws on odd characters', () => {
    const inputs = [
      '',
      ' ',
      '\n\n\n',
      '\u0000\u0001 5 \u0001',
      '🚢 2 ferries 🚢 on 5 March',
      '５ ferries',
      '٥ ferries',
      'Ⅻ ferries',
      '$',
      '€€€ 5',
      '-',
      '−',
      '1e9 ferries',
      'NaN Infinity',
      '0.0.0.0',
      '99999999999999999999999 people',
      "'s 's 's",
      'a a a a dozen',
      'half a',
      'by by by',
      'on on on Tuesday',
    ];
    for (const text of inputs) {
      expect(() => findFigures(text), text).not.toThrow();
      expect(() => findDates(text, '2025-03-13'), text).not.toThrow();
      expect(() => timeFrameOf(text, 'not a date'), text).not.toThrow();
      expect(() => numberWordValues(text), text).not.toThrow();
    }
  });

  it('gives every figure and date offsets inside the text, with finite values', () => {
    const text =
      'Some 3m people — €2.5bn, 15 km, 1.240 Menschen, twenty-five — met on 5 March 2025, yesterday.';
    for (const f of findFigures(text)) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(Number.isFinite(f.value)).toBe(true);
    }
    for (const d of findDates(text, '2025-03-13')) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('returns the same answer when asked twice (the one-sentence cache holds no stale state)', () => {
    const a = 'On Tuesday 12 ferries sank.';
    const b = 'On Monday 14 ferries sank.';
    const first = [findFigures(a), findDates(a, '2025-03-13')];
    findFigures(b);
    findDates(b);
    expect([findFigures(a), findDates(a, '2025-03-13')]).toEqual(first);
    expect(findDates(a)).toEqual([
      {
        text: 'On Tuesday',
        start: 0,
        end: 10,
        kind: 'weekday',
        value: 'weekday:tue',
        resolved: false,
        deadline: false,
      },
    ]);
  });
});
