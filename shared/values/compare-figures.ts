// Whether two figures say the same thing: 'same' (equal value and unit), 'compatible' (a bound
// the other satisfies, "more than 400" and "450"; or two estimates within 5%), 'different'.
// The reason quotes both figures as written, so a reviewer sees "figure 1,240 vs 1,420".
import type { FigureComparison, FigureValue } from './types';
import { MEASURE_UNITS } from './units';

/** How far apart two estimates ("about 500", "around 510") may be and still agree. */
const ESTIMATE_TOLERANCE = 0.05;

interface Interval {
  readonly lo: number;
  readonly hi: number;
}

const isBound = (f: FigureValue) =>
  f.qualifier !== null && f.qualifier !== 'about' && f.qualifier !== 'nearly';
const equal = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
const near = (x: number, y: number) =>
  Math.abs(x - y) <= ESTIMATE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y)) + 1e-9;

/**
 * The values a figure allows. Bounds are taken as inclusive: "more than 500" next to a plain
 * "500" is a rounder wording of one count, not a contradiction. An estimate allows 5% either way.
 */
function interval(f: FigureValue): Interval {
  const v = f.value;
  switch (f.qualifier) {
    case 'more than':
    case 'at least':
      return { lo: v, hi: Infinity };
    case 'less than':
    case 'at most':
    case 'up to':
      return { lo: -Infinity, hi: v };
    default: {
      const slack = f.approximate ? Math.abs(v) * ESTIMATE_TOLERANCE : 0;
      return { lo: v - slack, hi: v + slack };
    }
  }
}

export function compareFigures(a: FigureValue, b: FigureValue): FigureComparison {
  const pair = `${a.text} vs ${b.text}`;
  const measured = MEASURE_UNITS.has(a.unit) || MEASURE_UNITS.has(b.unit);
  if (a.unit && b.unit && a.unit !== b.unit && measured)
    return { relation: 'different', reason: `unit ${pair}` };
  // Two counted nouns that differ ("homes", "houses") may name one thing: compare the numbers,
  // but never call them the same.
  const otherNouns = a.unit !== '' && b.unit !== '' && a.unit !== b.unit;
  const nouns = otherNouns ? ` (counting ${a.unit} and ${b.unit})` : '';
  if (!isBound(a) && !isBound(b)) {
    const hedged = a.approximate || b.approximate;
    if (equal(a.value, b.value)) {
      if (a.approximate === b.approximate && !otherNouns)
        return { relation: 'same', reason: `same figure ${a.text}` };
      return { relation: 'compatible', reason: `figure ${pair}${hedged ? ' (approximate)' : nouns}` };
    }
    if (a.approximate && b.approximate && near(a.value, b.value))
      return { relation: 'compatible', reason: `figure ${pair} (both approximate, within 5%)` };
    return { relation: 'different', reason: `figure ${pair}${hedged ? ' (approximate)' : ''}` };
  }
  if (a.qualifier === b.qualifier && equal(a.value, b.value) && !otherNouns)
    return { relation: 'same', reason: `same figure ${a.text}` };
  const x = interval(a);
  const y = interval(b);
  if (Math.max(x.lo, y.lo) <= Math.min(x.hi, y.hi))
    return { relation: 'compatible', reason: `figure ${pair} (within the bound)${nouns}` };
  return { relation: 'different', reason: `figure ${pair}` };
}
