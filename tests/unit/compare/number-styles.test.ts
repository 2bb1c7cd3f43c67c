// Number styles: the same values in digits, words, ordinals or ranks are a cosmetic change
// ("number style"); other values are a figure change, and "No. 3" is a rank, never a negation.
// Pairs live in tests/fixtures/compare/number-styles.tsv, in several languages. A dateline at
// the head of an article's first sentence is its own change, read apart from the sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSentences, wordChanges } from '../../../shared/compare';
import { readStyledValues } from '../../../shared/values';

const pairs = readFileSync(new URL('../../fixtures/compare/number-styles.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string, string, string]);

describe('number styles in a compared pair', () => {
  it('reads the fixture file', () => expect(pairs.length).toBeGreaterThanOrEqual(15));

  for (const [before, after, kind, reason] of pairs)
    it(`${before} → ${after}: ${kind}, ${reason}`, () => {
      const { changes } = wordChanges(before, after);
      expect(changes.map((c) => [c.kind, c.reason])).toContainEqual([kind, reason]);
      expect(changes.filter((c) => c.kind === 'substantive').length).toBe(kind === 'substantive' ? 1 : 0);
    });

  it('reads ranks, ordinals and counts as distinct values', () => {
    const values = (s: string) => readStyledValues(s).values.map((v) => `${v.ordinal ? '#' : ''}${v.value}`);
    expect(values('No. 3 and #4 ahead of the third-seeded side')).toEqual(['#3', '#4', '#3']);
    expect(values('three boats, the 3rd boat, twenty-five people, a dozen eggs')).toEqual([
      '3',
      '#3',
      '25',
      '12',
    ]);
    expect(values('No one was hurt once the fire was out')).toEqual([]);
  });
});

describe('a dateline at the head of the opening sentence', () => {
  const span = (text: string, start = 0) => ({ text, start, end: start + text.length });
  const changesOf = (a: string, b: string, start = 0) =>
    compareSentences([span(a, start)], [span(b, start)]).rows.flatMap((r) =>
      r.changes.map((c) => [c.kind, c.reason, c.before, c.after]),
    );

  it('is a change of its own, not a figure: "LONDON (Reuters) - The carmaker" → "The 40-year-old carmaker"', () => {
    expect(
      changesOf(
        'LONDON (Reuters) - The carmaker is closing its plant.',
        'The 40-year-old carmaker is closing its plant.',
      ),
    ).toEqual([
      ['cosmetic', 'dateline removed', 'LONDON (Reuters)', ''],
      ['substantive', 'figure changed', '', '40-year-old'],
    ]);
  });

  it('says when a dateline is added, and when its place changes', () => {
    expect(
      changesOf('Police closed the bridge on Monday.', 'PARIS — Police closed the bridge on Monday.'),
    ).toEqual([['cosmetic', 'dateline added', '', 'PARIS']]);
    expect(
      changesOf(
        'BERLIN, 5. März (dpa) - Die Regierung tagt.',
        'HAMBURG, 5. März (dpa) - Die Regierung tagt.',
      ),
    ).toEqual([['substantive', 'dateline changed', 'BERLIN, 5. März (dpa)', 'HAMBURG, 5. März (dpa)']]);
  });

  it('keeps the marked words whole: the parts still spell both sentences', () => {
    const a = 'KYIV, Ukraine (AP) — Two drones struck the port overnight.';
    const b = 'Three drones struck the port overnight, officials said.';
    const row = compareSentences([span(a)], [span(b)]).rows[0]!;
    const parts = row.parts ?? [];
    expect(
      parts
        .filter((p) => p.op !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(a);
    expect(
      parts
        .filter((p) => p.op !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(b);
  });

  it('is not looked for in a later sentence, nor in words that only look like one', () => {
    expect(changesOf('WASHINGTON — The Senate voted.', 'The Senate voted.', 120)).not.toContainEqual(
      expect.arrayContaining(['dateline removed']),
    );
    expect(
      changesOf('NATO - the alliance said it would meet.', 'The alliance said it would meet.'),
    ).not.toContainEqual(expect.arrayContaining(['dateline removed']));
  });
});
