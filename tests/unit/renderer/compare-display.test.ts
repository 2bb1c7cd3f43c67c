// The compare screen's rows and stops, worked out from comparisons built for one behaviour each.
import { describe, expect, it } from 'vitest';
import { compareSentences } from '../../../shared/compare';
import { splitSentences } from '../../../shared/ingest';
import type { ArticleComparison } from '../../../shared/model';
import { buildDisplay, stepStop } from '../../../renderer/compare/compare-display';

const compare = (a: string, b: string): ArticleComparison => ({
  a: 'a',
  b: 'b',
  ...compareSentences(splitSentences(a), splitSentences(b)),
});

const P1 = 'The council met on Monday. It approved the budget after a long debate.';
const P2 = 'Residents protested outside the hall. Police said the protest was peaceful.';
const P3 = 'The mayor will present the plan in June. A vote is expected in July.';

describe('compare display', () => {
  it('shows a moved sentence where it left and where it arrived, each linked to the other', () => {
    const { rows, stops } = buildDisplay(compare(`${P1} ${P2} ${P3}`, `${P2} ${P1} ${P3}`), false);
    const from = rows.flatMap((r, i) => (r.kind === 'moved-from' ? [{ r, i }] : []));
    expect(from.length).toBe(2);
    for (const { r, i } of from) {
      if (r.kind !== 'moved-from') throw new Error('unreachable');
      const arrival = rows[r.to]!;
      expect(arrival).toMatchObject({ kind: 'moved-to', b: r.a, from: i });
    }
    // Only departures are stops; arrivals are reached through their link.
    expect(stops).toEqual(from.map(({ i }) => i));
    // Read down the right-hand side, the arrivals and the other rows give B's order.
    const right = rows.flatMap((r) => (r.kind === 'moved-to' || r.kind === 'same' ? [r.b] : []));
    expect(right.join(' ')).toBe(`${P2} ${P1} ${P3}`);
  });

  it('stops at cosmetic-only rows unless cosmetic changes are hidden', () => {
    const c = compare(
      'We will organize the vote. The plan costs 1,240 euros.',
      'We will organise the vote. The plan costs 1,420 euros.',
    );
    const shown = buildDisplay(c, false);
    const hidden = buildDisplay(c, true);
    expect(shown.stops).toHaveLength(2);
    expect(hidden.stops).toHaveLength(1);
    const stop = hidden.rows[hidden.stops[0]!]!;
    expect(stop.kind === 'changed' && stop.cosmeticOnly).toBe(false);
  });

  it('orders added and removed rows and steps between stops without running off the ends', () => {
    const { rows, stops } = buildDisplay(compare(`${P1} ${P2}`, `${P1} ${P3}`), false);
    expect(rows.map((r) => r.kind)).toEqual(['same', 'same', 'removed', 'removed', 'added', 'added']);
    expect(stops).toEqual([2, 3, 4, 5]);
    expect(stepStop(stops, -1, 1)).toBe(0);
    expect(stepStop(stops, -1, -1)).toBe(3);
    expect(stepStop(stops, 3, 1)).toBe(3);
    expect(stepStop(stops, 0, -1)).toBe(0);
    expect(stepStop([], -1, 1)).toBe(-1);
  });
});
