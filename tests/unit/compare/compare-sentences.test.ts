// Known answers for the compare core (shared/compare), on the sample workspace's versions and
// on small texts built for one behaviour each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSentences } from '../../../shared/compare';
import { ingestFile, splitSentences } from '../../../shared/ingest';

const sample = (file: string, index = 0) => {
  const r = ingestFile(file, readFileSync(join(import.meta.dirname, '../../../data/sample', file)));
  if (!r.ok) throw new Error(r.reason);
  return r.articles.find((a) => a.sourceIndex === index)!.sentences;
};
const substantive = (a: ReturnType<typeof sample>, b: ReturnType<typeof sample>) =>
  compareSentences(a, b)
    .rows.flatMap((r) => r.changes)
    .filter((c) => c.kind === 'substantive')
    .map(({ before, after, reason }) => ({ before, after, reason }));

const fixture = (file: string) => {
  const r = ingestFile(file, readFileSync(join(import.meta.dirname, '../../fixtures/compare', file)));
  if (!r.ok) throw new Error(r.reason);
  return r.articles[0]!.sentences;
};

describe('comparing the compare fixtures (tests/fixtures/compare)', () => {
  it('finds a figure changed from 1,240 to 1,420, and nothing else', () => {
    expect(substantive(fixture('base.txt'), fixture('figure.txt'))).toEqual([
      { before: '1,240', after: '1,420', reason: 'figure changed' },
    ]);
    expect(compareSentences(fixture('base.txt'), fixture('figure.txt')).summary).toEqual({
      substantive: 1,
      cosmetic: 0,
      added: 0,
      removed: 0,
      moved: 0,
    });
  });

  it('finds "had not approved" → "had approved" as a removed negation', () => {
    expect(substantive(fixture('base.txt'), fixture('negation.txt'))).toEqual([
      { before: 'not', after: '', reason: 'negation removed' },
    ]);
  });

  it('finds nothing when only the site cruft differs', () => {
    const { rows, summary } = compareSentences(fixture('base.txt'), fixture('cruft-only.txt'));
    expect(summary).toEqual({ substantive: 0, cosmetic: 0, added: 0, removed: 0, moved: 0 });
    expect(rows.every((r) => r.kind === 'same')).toBe(true);
  });

  it('marks the words of each change in the row parts, which rebuild both sentences', () => {
    const { rows } = compareSentences(fixture('base.txt'), fixture('figure.txt'));
    const changed = rows.filter((r) => r.kind === 'changed');
    expect(changed).toHaveLength(1);
    const parts = changed[0]!.parts!;
    const side = (op: 'removed' | 'added') =>
      parts
        .filter((p) => p.op === 'same' || p.op === op)
        .map((p) => p.text)
        .join('');
    expect(side('removed')).toBe(changed[0]!.a!.text);
    expect(side('added')).toBe(changed[0]!.b!.text);
    expect(parts.filter((p) => p.change !== null).map((p) => [p.op, p.text])).toEqual([
      ['removed', '1,240'],
      ['added', '1,420'],
    ]);
  });
});

describe('comparing two versions', () => {
  it('finds exactly one real change in a respelled, re-wrapped copy with different cruft', () => {
    const { summary } = compareSentences(sample('a1-agency.txt'), sample('a2-portal.txt'));
    expect(substantive(sample('a1-agency.txt'), sample('a2-portal.txt'))).toEqual([
      { before: 'autonomous', after: 'independent', reason: 'wording changed' },
    ]);
    expect(summary).toMatchObject({ substantive: 1, cosmetic: 3, added: 0, removed: 0, moved: 0 });
  });

  it('reports a changed figure whole, and a dropped last paragraph as removed', () => {
    const { summary } = compareSentences(sample('a1-agency.txt'), sample('a3-daily.txt'));
    expect(substantive(sample('a1-agency.txt'), sample('a3-daily.txt'))).toEqual([
      { before: '1,860', after: '1,680', reason: 'figure changed' },
    ]);
    expect(summary.removed).toBe(1);
  });

  it('names a changed date and a changed attribution', () => {
    expect(substantive(sample('b2-page-edit.md'), sample('b3-page-edit.md'))).toEqual([
      { before: '14', after: '15', reason: 'date changed' },
      { before: 'council spokesperson', after: 'deputy mayor', reason: 'attribution changed' },
    ]);
  });

  it('names the source changed in an "according to" phrase, and only the source', () => {
    const reasons = (a: string, b: string) =>
      compareSentences(splitSentences(a), splitSentences(b)).rows.flatMap((r) =>
        r.changes.map((c) => c.reason),
      );
    const cases: [string, string, string][] = [
      [
        "Work starts in March, according to the authority's schedule.",
        "the contractor's schedule",
        'attribution changed',
      ],
      ['Work starts in March, according to the port authority.', 'the ferry union', 'attribution changed'],
      // Words after the source, in the clause that follows, are the claim's, not its source's.
      [
        'According to the plan the bridge will close next week.',
        'the plan the bridge will close next month',
        'wording changed',
      ],
      [
        'The toll rose, according to officers at the scene of the crash.',
        'officers at the site of the crash',
        'wording changed',
      ],
      [
        'Work stalled, according to the council and costs rose.',
        'the council and prices rose',
        'wording changed',
      ],
      [
        'According to the council the road reopens after the storm.',
        'the council the road reopens after a storm',
        'wording changed',
      ],
    ];
    for (const [a, changed, reason] of cases) {
      const b = a.replace(/(according to )(.*)\./i, (_, lead: string) => `${lead}${changed}.`);
      expect(reasons(a, b), `${a} → ${b}`).toEqual([reason]);
    }
  });

  it('names a negation', () => {
    expect(substantive(sample('c2.json', 0), sample('c2.json', 1))).toEqual([
      { before: '', after: 'not', reason: 'negation added' },
    ]);
    expect(substantive(sample('c2.json', 1), sample('c2.json', 0))).toEqual([
      { before: 'not', after: '', reason: 'negation removed' },
    ]);
  });

  const text = (paragraphs: string[]) => splitSentences(paragraphs.join(' '));
  const P1 = 'The council met on Monday. It approved the budget after a long debate.';
  const P2 = 'Residents protested outside the hall. Police said the protest was peaceful.';
  const P3 = 'The mayor will present the plan in June. A vote is expected in July.';

  it('calls a re-flowed text the same', () => {
    const rows = compareSentences(text([P1, P2, P3]), splitSentences(`${P1}\n\n${P2} ${P3}`)).rows;
    expect(rows.every((r) => r.kind === 'same')).toBe(true);
  });

  it('reports a reordered paragraph as moved, linked to where it went', () => {
    const { rows, summary } = compareSentences(text([P1, P2, P3]), text([P2, P1, P3]));
    expect(summary).toMatchObject({ moved: 2, added: 0, removed: 0, substantive: 0 });
    const moved = rows.filter((r) => r.kind === 'moved');
    expect(moved.map((r) => r.a!.text)).toEqual(moved.map((r) => r.b!.text));
  });

  it('finds no substantive change when only punctuation, case, quotes and number format differ', () => {
    const a = text(['"We are ready," she said. The plan costs 1,240 euros. THE END is near.']);
    const b = text(['“We are ready”, she said. The plan costs 1240 euros. The end is near.']);
    const { summary } = compareSentences(a, b);
    expect(summary.substantive).toBe(0);
    expect(summary.cosmetic).toBeGreaterThan(0);
  });

  it('finds an edit in a paragraph that also moved', () => {
    const P3edited = 'The mayor will present the plan in July. A vote is expected in July.';
    const { rows, summary } = compareSentences(text([P1, P2, P3]), text([P3edited, P1, P2]));
    expect(summary.moved).toBe(2);
    const moved = rows.filter((r) => r.kind === 'moved');
    expect(moved.flatMap((r) => r.changes).map((c) => [c.before, c.after, c.kind])).toEqual([
      ['June', 'July', 'substantive'],
    ]);
  });

  it('finds an edited sentence however many sentences were inserted before it', () => {
    const filler = Array.from(
      { length: 30 },
      (_, i) => `Filler sentence number ${i + 1} talks about harbour ferries.`,
    );
    const a = text([P1, 'The council approved 1,240 new homes.', P3]);
    const b = text([P1, ...filler, 'The council approved 1,420 new homes.', P3]);
    const { rows, summary } = compareSentences(a, b);
    expect(summary).toMatchObject({ substantive: 1, added: 30, removed: 0, moved: 0 });
    const changed = rows.find((r) => r.kind === 'changed')!;
    expect(changed.changes.map((c) => c.reason)).toEqual(['figure changed']);
    // Both orders still hold.
    const bStarts = rows.filter((r) => r.b).map((r) => r.b!.start);
    expect(bStarts).toEqual([...bStarts].sort((x, y) => x - y));
  });

  it('pairs a reworded sentence with the most similar one, not the first similar one', () => {
    const a = text(['The minister said the dam would release water to farms in March.']);
    const b = text([
      'The minister said the dam would not release water yet.',
      'The minister said the dam would release water to farms in April.',
    ]);
    const { rows } = compareSentences(a, b);
    const changed = rows.find((r) => r.kind === 'changed')!;
    expect(changed.b!.text).toContain('April');
    expect(changed.changes.map((c) => [c.before, c.after])).toEqual([['March', 'April']]);
  });

  it('counts the cosmetic differences of a moved sentence', () => {
    const a = text([P1, 'It was grey and the colour was dull.', P3]);
    const b = text([P1, P3, 'It was grey and the color was dull.']);
    const { summary } = compareSentences(a, b);
    expect(summary).toMatchObject({ moved: 1, cosmetic: 1, substantive: 0 });
  });
});
