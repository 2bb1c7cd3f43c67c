// A claim followed through a story of four versions (tests/fixtures/lineage), through the
// services and the CLI: the figure changes in version 3, the quote is dropped in version 4,
// and a verdict given on version 1 is still attached to what version 4 says.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';
import type { Claim, ClaimLineageView, ConsistencyMatrixView } from '../../shared/model';

const temp = tempDirs();

interface ClaimReview {
  readonly claimReviewed: string;
  readonly itemReviewed: {
    readonly firstAppearance?: { readonly datePublished?: string };
    readonly appearance: readonly { readonly datePublished?: string }[];
  };
}
const fixtures = join(PROJECT_ROOT, 'tests', 'fixtures', 'lineage');

async function cli(workspace: string, ...args: string[]) {
  const run = await runCli([...args, '--workspace', workspace]);
  expect(run.code, run.stderr).toBe(0);
  return run;
}

describe('crosscheck lineage', () => {
  it('shows a figure changed in version 3 and a quote dropped in version 4, verdicts still attached', async () => {
    const ws = temp();
    await cli(ws, 'import', fixtures);
    const stories = JSON.parse((await cli(ws, 'stories', '--json')).stdout) as { articleIds: string[] }[];
    expect(stories).toHaveLength(1);
    const [v1, , v3, v4] = stories[0]!.articleIds;
    const claims = JSON.parse((await cli(ws, 'claims', '--article', v1!, '--json')).stdout) as Claim[];
    const figure = claims.find((c) => c.text.includes('households'))!;
    const quote = claims.find((c) => c.text.includes('waited long enough'))!;
    await cli(ws, 'verdict', figure.id, 'conflicting', '--note', '1,240 or 1,420?');
    await cli(ws, 'verdict', quote.id, 'consistent');

    const lineage = (id: string) =>
      cli(ws, 'lineage', id, '--json').then((r) => JSON.parse(r.stdout) as ClaimLineageView);
    const f = await lineage(figure.id);
    expect(f.appearances.map((a) => [a.articleId, a.status])).toEqual([
      [v1, 'unchanged'],
      [stories[0]!.articleIds[1], 'unchanged'],
      [v3, 'figure changed'],
      [v4, 'figure changed'],
    ]);
    expect(f.firstAppearance).toBe(v1);
    expect(f.appearances[2]!.changes[0]).toMatchObject({ before: '1,240', after: '1,420' });
    expect(f.verdict).toMatchObject({ status: 'conflicting', note: '1,240 or 1,420?' });
    expect(f.anchor.exact).toBe(figure.text);

    const q = await lineage(quote.id);
    expect(q.appearances.map((a) => a.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'removed']);
    expect(q.verdict).toMatchObject({ status: 'consistent' });

    // The text form: one line per version, the change spelled out.
    const text = (await cli(ws, 'lineage', figure.id)).stdout;
    expect(text).toContain('3. ');
    expect(text).toMatch(/figure changed: 1,240 → 1,420/);
    expect(text).toContain('(first carried this wording)');

    // ClaimReview carries the lineage: firstAppearance, and an appearance per version that
    // carries the claim (not those that changed its figure or dropped it).
    const out = join(temp(), 'review.json');
    await cli(ws, 'report', '--format', 'claimreview', '--out', out);
    const reviews = JSON.parse(readFileSync(out, 'utf8')) as ClaimReview[];
    const schema = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'report', 'claimreview.schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(reviews), JSON.stringify(validate.errors)).toBe(true);
    const dates = (r: ClaimReview) => r.itemReviewed.appearance.map((a) => a.datePublished);
    const figureReview = reviews.find((r) => r.claimReviewed === figure.text)!;
    expect(figureReview.itemReviewed.firstAppearance?.datePublished).toBe('2025-09-02');
    expect(dates(figureReview)).toEqual(['2025-09-02', '2025-09-02']);
    const quoteReview = reviews.find((r) => r.claimReviewed === quote.text)!;
    expect(dates(quoteReview)).toEqual(['2025-09-02', '2025-09-02', '2025-09-03']);
  }, 120_000);

  it('re-importing a changed file adds a version the verdicts follow into, and orphans nothing', async () => {
    const ws = temp();
    const folder = join(temp(), 'articles');
    cpSync(fixtures, folder, { recursive: true });
    await cli(ws, 'import', folder);
    const [before] = JSON.parse((await cli(ws, 'stories', '--json')).stdout) as { articleIds: string[] }[];
    const oldV4 = before!.articleIds[3]!;
    const claimsOf = async (article: string) =>
      JSON.parse((await cli(ws, 'claims', '--article', article, '--json')).stdout) as Claim[];
    const construction = (await claimsOf(oldV4)).find((c) => c.text.includes('Construction'))!;
    const figure = (await claimsOf(before!.articleIds[0]!)).find((c) => c.text.includes('households'))!;
    await cli(ws, 'verdict', construction.id, 'consistent', '--note', 'schedule checked');
    await cli(ws, 'verdict', figure.id, 'conflicting');

    // The weekly edits its file: the schedule is reworded, the figure is left alone.
    const path = join(folder, 'v4-weekly.txt');
    writeFileSync(path, readFileSync(path, 'utf8').replace('eighteen months', 'two years'));
    const second = JSON.parse((await cli(ws, 'import', folder, '--json')).stdout) as {
      imported: { id: string; sourcePath: string }[];
      duplicates: unknown[];
    };
    expect(second.imported).toHaveLength(1);
    expect(second.duplicates).toHaveLength(3);
    const newV4 = second.imported[0]!.id;
    const [after] = JSON.parse((await cli(ws, 'stories', '--json')).stdout) as { articleIds: string[] }[];
    expect(after!.articleIds).toEqual([...before!.articleIds, newV4]);

    const lineage = async (id: string) =>
      JSON.parse((await cli(ws, 'lineage', id, '--json')).stdout) as ClaimLineageView;
    // The weekly's own claim, re-found in its new text: "eighteen months" → "two years" is a
    // figure written in words that changed, the verdict still on it.
    const c = await lineage(construction.id);
    const inNew = c.appearances.find((a) => a.articleId === newV4)!;
    expect(inNew.status).toBe('figure changed');
    expect(inNew.span?.text).toContain('two years');
    expect(c.verdict).toMatchObject({ status: 'consistent', note: 'schedule checked' });
    // The figure verdict given on version 1 reaches the new version too.
    const f = await lineage(figure.id);
    expect(f.appearances.find((a) => a.articleId === newV4)!.status).toBe('figure changed');
    expect(f.verdict).toMatchObject({ status: 'conflicting' });
    // The matrix gains a column for the new version; the rows keep their verdicts.
    const story = JSON.parse((await cli(ws, 'stories', '--json')).stdout)[0] as { id: string };
    const matrix = JSON.parse((await cli(ws, 'matrix', story.id, '--json')).stdout) as ConsistencyMatrixView;
    expect(matrix.columns.at(-1)!.articleId).toBe(newV4);
    expect(matrix.rows.find((r) => r.claimId === figure.id)!.verdict).toMatchObject({
      status: 'conflicting',
    });
    // Nothing orphaned: the verdicts are where they were given, on claims that still exist.
    const all = JSON.parse((await cli(ws, 'claims', '--json')).stdout) as (Claim & {
      verdict: { status: string } | null;
    })[];
    expect(
      all
        .filter((x) => x.verdict)
        .map((x) => x.id)
        .sort(),
    ).toEqual([construction.id, figure.id].sort());
  }, 120_000);

  it('prints the story’s matrix: the changed figure flagged, the dropped quote silent, verdicts in their rows', async () => {
    const ws = temp();
    await cli(ws, 'import', fixtures);
    const [story] = JSON.parse((await cli(ws, 'stories', '--json')).stdout) as {
      id: string;
      articleIds: string[];
    }[];
    const claims = JSON.parse(
      (await cli(ws, 'claims', '--article', story!.articleIds[0]!, '--json')).stdout,
    ) as Claim[];
    const quote = claims.find((c) => c.text.includes('waited long enough'))!;
    await cli(ws, 'verdict', quote.id, 'consistent');
    const matrix = JSON.parse((await cli(ws, 'matrix', story!.id, '--json')).stdout) as ConsistencyMatrixView;
    expect(matrix.columns.map((c) => c.articleId)).toEqual(story!.articleIds);
    const conflicting = matrix.rows.filter((r) => r.conflicting);
    expect(conflicting).toHaveLength(1);
    expect(conflicting[0]!.cells.map((c) => c.value)).toEqual([
      '1,240 households',
      '1240 households',
      '1,420 households',
      '1,420 households',
    ]);
    const quoteRow = matrix.rows.find((r) => r.claimId === quote.id)!;
    expect(quoteRow.cells.map((c) => c.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'silent']);
    expect(quoteRow.verdict).toMatchObject({ status: 'consistent' });
    const text = (await cli(ws, 'matrix', story!.id)).stdout;
    expect(text).toMatch(/! v3 .*1,420 households {2}\(figure changed\)/);
    expect((await runCli(['matrix', 'st-0000000000000000', '--workspace', ws])).stderr).toMatch(/No story/);

    // As CSV: read back with a real parser, one row per claim, one column per article.
    const out = join(temp(), 'matrix.csv');
    await cli(ws, 'matrix', story!.id, '--format', 'csv', '--out', out);
    const records = parse(readFileSync(out, 'utf8'), { relaxColumnCount: false }) as string[][];
    expect(records).toHaveLength(1 + matrix.rows.length);
    expect(records[0]!.slice(0, 5)).toEqual(['Claim id', 'Claim', 'Kinds', 'Conflict', 'Verdict']);
    expect(records[0]).toHaveLength(5 + matrix.columns.length);
    const flagged = records.find((r) => r[0] === conflicting[0]!.claimId)!;
    expect(flagged.slice(3)).toEqual([
      'yes',
      '',
      '1,240 households',
      '1240 households',
      '1,420 households [conflicts]',
      '1,420 households [conflicts]',
    ]);
    expect(records.find((r) => r[0] === quote.id)!.slice(4)).toEqual([
      'consistent',
      expect.any(String),
      expect.any(String),
      expect.any(String),
      '',
    ]);
    const bad = await runCli(['matrix', story!.id, '--format', 'html', '--out', out, '--workspace', ws]);
    expect(bad.code).toBe(2);

    // The HTML report (and so the PDF, which prints it) carries the matrix too.
    const html = join(temp(), 'report.html');
    await cli(ws, 'report', '--format', 'html', '--out', html, '--story', story!.id);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h3>Consistency matrix</h3>');
    expect(page).toContain('<td class="conflict">≠ <bdi>1,420 households</bdi></td>');
    expect(page).toContain('<td><bdi>1,240 households</bdi></td>');
    expect(page.match(/<td class="silent">—<\/td>/g)).toHaveLength(1);
    expect(page).toContain('(1 of 4 claims conflict)');
  }, 120_000);

  it('refuses a malformed or unknown claim id with one sentence', async () => {
    const ws = temp();
    await cli(ws, 'import', fixtures);
    const bad = await runCli(['lineage', 'nope', '--workspace', ws]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/lineage needs one claim id/);
    const unknown = await runCli(['lineage', '0000000000000000-00000000', '--workspace', ws]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/not in this workspace/);
  }, 60_000);
});
