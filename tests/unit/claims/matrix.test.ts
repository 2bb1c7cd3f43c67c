// The consistency matrix of the four-version story (tests/fixtures/lineage) plus a related
// article: one row per claim slot, the value each article gives, the changed figure flagged,
// the dropped quote empty, and no row twice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMatrix, extractClaims, sentenceValues, valueOf } from '../../../shared/claims';
import { ingestFile } from '../../../shared/ingest';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'lineage');
const read = (name: string, id: string, bytes = readFileSync(join(dir, name))) => {
  const r = ingestFile(name, new Uint8Array(bytes));
  if (!r.ok) throw new Error(`${name}: ${r.reason}`);
  const a = r.articles[0]!;
  return { id, text: a.text, sentences: a.sentences };
};
const versions = ['v1-wire.txt', 'v2-portal.txt', 'v3-daily.txt', 'v4-weekly.txt'].map((n, i) =>
  read(n, `${i + 1}`.repeat(16)),
);
const related = read(
  'related.txt',
  'f'.repeat(16),
  Buffer.from(
    'Island councils question cost of Keldra ferry terminal\n\ndate 2025-09-10\n\nCouncillors on the outer islands said on Monday that the new terminal would serve 980 households, far fewer than the harbour authority has claimed.\n\nThe councils want the authority to publish its cost estimate before construction starts.\n',
  ),
);
const claimsOf = (id: string) => {
  const v = [...versions, related].find((x) => x.id === id)!;
  return extractClaims(id, v.sentences);
};

describe('buildMatrix', () => {
  const { columns, rows } = buildMatrix(versions, [related], claimsOf);
  const row = (words: string) => rows.find((r) => r.text.includes(words))!;

  it('has a column per version, then per related article', () => {
    expect(columns.map((c) => [c.articleId[0], c.related])).toEqual([
      ['1', false],
      ['2', false],
      ['3', false],
      ['4', false],
      ['f', true],
    ]);
  });

  it('gives the figure each article states, flags the changed ones and the related article that differs', () => {
    const figure = row('households');
    expect(figure.cells.map((c) => c.value)).toEqual([
      '1,240 households',
      '1240 households',
      '1,420 households',
      '1,420 households',
      '980 households',
    ]);
    expect(figure.cells.map((c) => c.conflicting)).toEqual([false, false, true, true, true]);
    expect(figure.cells.map((c) => c.status)).toEqual([
      'unchanged',
      'unchanged',
      'figure changed',
      'figure changed',
      'differs',
    ]);
    expect(figure.conflicting).toBe(true);
  });

  it('leaves a cell empty where the article is silent (the quote dropped in version 4)', () => {
    const quote = row('waited long enough');
    expect(quote.cells.map((c) => c.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'silent',
      'silent',
    ]);
    expect(quote.cells[3]).toMatchObject({ value: null, span: null, conflicting: false });
    expect(quote.cells[0]!.value).toMatch(/^“The islands have waited long enough/);
    expect(quote.conflicting).toBe(false);
  });

  it('follows each sentence in one row: no version adds a row for a sentence an earlier row follows', () => {
    const firstVersionClaims = claimsOf(versions[0]!.id).length;
    expect(rows).toHaveLength(firstVersionClaims);
    expect(new Set(rows.map((r) => r.claimId)).size).toBe(rows.length);
    expect(rows.every((r) => r.articleId === versions[0]!.id)).toBe(true);
  });

  it('adds a row for a sentence a later version brings', () => {
    const v5 = read(
      'v5.txt',
      '5'.repeat(16),
      Buffer.from(
        `${readFileSync(join(dir, 'v4-weekly.txt'), 'utf8')}\n\nThe authority said on Friday that the terminal would cost 14 million marks.\n`,
      ),
    );
    const more = buildMatrix([...versions, v5], [], (id) =>
      extractClaims(id, [...versions, v5].find((x) => x.id === id)!.sentences),
    );
    const added = more.rows.find((r) => r.text.includes('14 million'))!;
    expect(added.articleId).toBe(v5.id);
    expect(added.cells.map((c) => c.status)).toEqual(['silent', 'silent', 'silent', 'silent', 'unchanged']);
  });
});

describe('a version that changes a date or a source, or moves a sentence', () => {
  const v1 = versions[0]!;
  const edit = (id: string, f: (text: string) => string) =>
    read(`${id}.txt`, id.repeat(16), Buffer.from(f(readFileSync(join(dir, 'v1-wire.txt'), 'utf8'))));
  // Version 2 moves the quote to the end; version 3 also changes the day of the vote (in the
  // figure's sentence) and whose schedule the start date is.
  const moved = (t: string) => {
    const quote = t.split('\n').find((l) => l.startsWith('"The islands'))!;
    return t.replace(`${quote}\n\n`, '').replace('Share this article', `${quote}\n\nShare this article`);
  };
  const v2 = edit('b', moved);
  const v3 = edit('c', (t) =>
    moved(t)
      .replace('on Tuesday approved', 'on Wednesday approved')
      .replace("the authority's schedule", "the contractor's schedule"),
  );
  const story = [v1, v2, v3];
  const { rows } = buildMatrix(story, [], (id) =>
    extractClaims(id, story.find((x) => x.id === id)!.sentences),
  );
  const row = (words: string) => rows.find((r) => r.text.includes(words))!;

  it('reads the moved sentence as moved, with its value', () => {
    const quote = row('waited long enough');
    expect(quote.cells.map((c) => c.status)).toEqual(['unchanged', 'moved', 'moved']);
    expect(quote.conflicting).toBe(false);
  });

  it('shows the changed date beside the figure, so the flagged cell reads differently', () => {
    const figure = row('1,240 households');
    expect(figure.cells.map((c) => c.status)).toEqual(['unchanged', 'unchanged', 'date changed']);
    expect(figure.cells.map((c) => c.value)).toEqual([
      '1,240 households · Tuesday',
      '1,240 households · Tuesday',
      '1,240 households · Wednesday',
    ]);
    expect(figure.cells[2]!.conflicting).toBe(true);
  });

  it('shows the source when a version changed it', () => {
    const schedule = row('Construction is due');
    expect(schedule.cells.map((c) => c.status)).toEqual(['unchanged', 'unchanged', 'attribution changed']);
    const values = schedule.cells.map((c) => c.value);
    expect(values[2]).not.toBe(values[0]);
    expect(values[0]).toContain('authority');
    expect(values[2]).toContain('contractor');
  });
});

describe('a flagged cell reads differently from the claim', () => {
  const base = [
    'Ferry plan approved for the outer islands',
    '',
    'date 2025-09-02',
    '',
    'The harbour authority said the terminal would serve 1,240 households by May 2026.',
    '',
    'Officials said the jetty closed twice last winter after storms.',
    '',
  ].join('\n');
  const version = (id: string, text: string) => read(`${id}.txt`, id.repeat(16), Buffer.from(text));
  const v1 = version('a', base);
  const v2 = version(
    'b',
    base
      .replace('May 2026', 'June 2026')
      .replace('The harbour authority said', 'The harbour authority claimed'),
  );
  const story = [v1, v2];
  const { rows } = buildMatrix(story, [], (id) =>
    extractClaims(id, story.find((x) => x.id === id)!.sentences),
  );

  it('adds the changed words when what the cells show did not change', () => {
    const row = rows.find((r) => r.text.includes('1,240 households'))!;
    const [mine, theirs] = row.cells;
    expect(theirs!.conflicting).toBe(true);
    expect(theirs!.value).not.toBe(mine!.value);
    expect(theirs!.value).toContain('June');
  });
});

describe('valueOf', () => {
  it('shows dates as the text writes them, though they are compared folded', () => {
    const text = 'The minister said on Tuesday that talks would resume on March 5.';
    const values = sentenceValues(text);
    expect(values.dates).toEqual(['5 mar', 'tuesday']);
    expect(valueOf(values, ['date'], text)).toBe('March 5; Tuesday');
    expect(valueOf(sentenceValues('It begins in June 2026.'), ['date'], 'It begins in June 2026.')).toBe(
      '2026',
    );
    expect(valueOf(sentenceValues('Work starts 12th June.'), ['date'], 'Work starts 12th June.')).toBe(
      '12th June',
    );
    const both = 'Talks resume on March 5, 2026.';
    expect(valueOf(sentenceValues(both), ['date'], both)).toBe('March 5, 2026');
  });

  it('names a source as the text writes it', () => {
    const who = 'Mayor Tom Lind said the plan works.';
    expect(sentenceValues(who).sources).toEqual(['mayor tom lind']);
    expect(valueOf(sentenceValues(who), ['source'], who)).toBe('Mayor Tom Lind');
  });
});
