// A claim followed through a story in four versions (tests/fixtures/lineage): the figure
// changes in version 3 (1,240 → 1,420 households) and the quote is dropped in version 4. The
// lineage says exactly that, and the anchor finds the claim again in its own article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  claimLineage,
  extractClaims,
  findAnchor,
  reanchorAcrossBreaks,
  reanchorSpan,
} from '../../../shared/claims';
import { ingestFile } from '../../../shared/ingest';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'lineage');
const versions = ['v1-wire.txt', 'v2-portal.txt', 'v3-daily.txt', 'v4-weekly.txt'].map((name, i) => {
  const r = ingestFile(name, new Uint8Array(readFileSync(join(dir, name))));
  if (!r.ok) throw new Error(`${name}: ${r.reason}`);
  const a = r.articles[0]!;
  return { id: `v${i + 1}`, text: a.text, sentences: a.sentences };
});
const [v1] = versions;
const claimWith = (words: string) => {
  const claim = extractClaims('0123456789abcdef', v1!.sentences).find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with "${words}"`);
  return claim;
};
const statuses = (lineage: ReturnType<typeof claimLineage>) =>
  lineage.appearances.map((a) => `${a.articleId}: ${a.status}`);

describe('claim lineage through a story’s versions', () => {
  it('a figure that changes in version 3 reads unchanged, unchanged, figure changed, figure changed', () => {
    const claim = claimWith('households');
    const lineage = claimLineage(claim, v1!, versions);
    expect(statuses(lineage)).toEqual([
      'v1: unchanged',
      // 1,240 vs 1240: the same figure, written differently.
      'v2: unchanged',
      'v3: figure changed',
      'v4: figure changed',
    ]);
    expect(lineage.firstAppearance).toBe('v1');
    expect(lineage.appearances[2]!.changes).toEqual([
      expect.objectContaining({ before: '1,240', after: '1,420', reason: 'figure changed' }),
    ]);
    expect(lineage.appearances[3]!.span?.text).toContain('1,420 households');
  });

  it('a quote dropped in version 4 reads removed there, with no passage', () => {
    const claim = claimWith('waited long enough');
    const lineage = claimLineage(claim, v1!, versions);
    expect(statuses(lineage)).toEqual(['v1: unchanged', 'v2: unchanged', 'v3: unchanged', 'v4: removed']);
    expect(lineage.appearances[3]!.span).toBeNull();
  });

  it('starts from any version: seen from version 3, the figure was different before it', () => {
    const v3 = versions[2]!;
    const claim = extractClaims('fedcba9876543210', v3.sentences).find((c) => c.text.includes('households'))!;
    const lineage = claimLineage(claim, v3, versions);
    expect(statuses(lineage)).toEqual([
      'v1: figure changed',
      'v2: figure changed',
      'v3: unchanged',
      'v4: unchanged',
    ]);
    // The first version carrying this wording (1,420) is version 3.
    expect(lineage.firstAppearance).toBe('v3');
  });

  it('keeps a text-quote anchor that finds the claim again when its offsets moved', () => {
    const claim = claimWith('households');
    const { anchor } = claimLineage(claim, v1!, versions);
    expect(anchor.exact).toBe(v1!.text.slice(claim.start, claim.end));
    expect(anchor.prefix).toBe(v1!.text.slice(Math.max(0, claim.start - 32), claim.start));
    expect(anchor.suffix).toBe(v1!.text.slice(claim.end, claim.end + 32));
    expect(anchor.suffix.length).toBe(32);
    const shifted = `A restored line.\n\n${v1!.text}`;
    expect(findAnchor(shifted, anchor)).toEqual({ start: claim.start + 18, end: claim.end + 18 });
    expect(findAnchor('nothing like it', anchor)).toBeNull();
    // Twice in a text: the copy whose context fits is the one found.
    const quote = claimWith('waited long enough');
    const q = claimLineage(quote, v1!, versions).anchor;
    const twice = `${q.exact} Elsewhere.\n\n${v1!.text}`;
    expect(findAnchor(twice, q)?.start).toBe(quote.start + q.exact.length + 13);
  });
});

describe('reanchorSpan', () => {
  it('keeps the stored place while the words are there, else takes the nearest occurrence', () => {
    const text = 'The vote. The vote passed. Later, the vote was annulled. The vote.';
    expect(reanchorSpan(text, 'The vote', 10)).toEqual({ start: 10, end: 18 });
    // Text above changed and the words moved on by 3: the nearest occurrence wins.
    expect(reanchorSpan(text, 'The vote', 7)).toEqual({ start: 10, end: 18 });
    expect(reanchorSpan(text, 'The vote', 60)).toEqual({ start: 57, end: 65 });
    expect(reanchorSpan(text, 'the recount', 10)).toBeNull();
    expect(reanchorSpan(text, '', 0)).toBeNull();
  });
});

describe('reanchorAcrossBreaks', () => {
  const before = 'The ferry left at dawn.\n\nIt carried 480 people.\n\nThe crew was rescued.';
  const claim = 'left at dawn.\n\nIt carried 480';
  const start = before.indexOf(claim);

  it('finds a span across a paragraph break after a restored line was put between its parts', () => {
    const after =
      'The ferry left at dawn.\n\nPhoto: Harbour Agency\n\nIt carried 480 people.\n\nThe crew was rescued.';
    const found = reanchorAcrossBreaks(after, claim, start)!;
    expect(after.slice(found.start, found.end)).toBe(
      'left at dawn.\n\nPhoto: Harbour Agency\n\nIt carried 480',
    );
  });

  it('gives up when a part is gone, is out of order, or the gap is too wide', () => {
    expect(reanchorAcrossBreaks('The ferry left at dawn.\n\nThe crew was rescued.', claim, start)).toBeNull();
    expect(
      reanchorAcrossBreaks('It carried 480 people.\n\nThe ferry left at dawn.', claim, start),
    ).toBeNull();
    const far = `The ferry left at dawn.\n\n${'x'.repeat(3_000)}\n\nIt carried 480 people.`;
    expect(reanchorAcrossBreaks(far, claim, start)).toBeNull();
    expect(reanchorAcrossBreaks(before, 'left at dawn.', start)).toBeNull();
  });
});
