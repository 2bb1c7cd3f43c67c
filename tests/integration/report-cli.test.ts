// `crosscheck report` on the sample workspace: DESIGN.md's output shape, the file written
// whole, a story scope, and a clear refusal for the formats not built yet.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openWorkbench } from '../../electron/services/open-workbench';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const A3 = '413df8a716798157';

/** The sample workspace with one verdict: the changed figure in the Vessa story's third version. */
async function sampleWithVerdict(extra: { note: string; reviewer?: string }) {
  const dir = temp();
  const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
  await api.importPaths({ paths: [join(PROJECT_ROOT, 'data', 'sample')] });
  const farms = (await api.listClaims({ article: A3 })).find((c) => c.text.includes('1,680 farms'))!;
  await api.setVerdict({ claimId: farms.id, status: 'conflicting', ...extra });
  return { dir, farms };
}

describe('crosscheck report', () => {
  it('writes HTML and CSV with the verdicts, and prints {path, format, claims, verdicts}', async () => {
    const { dir, farms } = await sampleWithVerdict({ note: '<script>x</script>', reviewer: 'Ana' });

    const out = join(temp(), 'review.html');
    const run = await runCli(['report', '--format', 'html', '--out', out, '--workspace', dir, '--json']);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(Object.keys(printed).sort()).toEqual(['claims', 'format', 'path', 'verdicts']);
    expect(printed).toMatchObject({ path: out, format: 'html', verdicts: 1 });
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('1,680 farms');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    // The story's consistency matrix: its three versions, then its related story's article.
    const heads = [
      ...html.matchAll(/<th(?: class="related")?>(Version \d|Related)<br><bdi>([^<]*)<\/bdi><br>/g),
    ];
    expect(heads.map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'Version 1 Northline Agency',
      'Version 2 Lodmark Today',
      'Version 3 unknown outlet',
      'Related Korvel.News',
    ]);
    expect(html).toContain('<td class="conflict">≠ <bdi>1,680 farms</bdi></td>');

    const csvFile = join(temp(), 'review.csv');
    const story = `st-ff059bb9748fe370`;
    const csv = await runCli([
      'report',
      '--format',
      'csv',
      '--out',
      csvFile,
      '--story',
      story,
      '--appendix',
      '--workspace',
      dir,
    ]);
    expect(csv.code).toBe(0);
    const rows = parse(readFileSync(csvFile, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.verdict === 'conflicting').map((r) => r.claim_id)).toEqual([farms.id]);
    expect(rows.length).toBeGreaterThan(10);

    // Chosen claims only: the JSON model holds exactly them.
    const jsonFile = join(temp(), 'review.json');
    const chosen = await runCli([
      'report',
      '--format',
      'json',
      '--out',
      jsonFile,
      '--claims',
      farms.id,
      '--workspace',
      dir,
    ]);
    expect(chosen.code).toBe(0);
    const model = JSON.parse(readFileSync(jsonFile, 'utf8'));
    expect(model).toMatchObject({ version: 1, scope: { kind: 'claims', claimIds: [farms.id] } });
    expect(model.summary).toMatchObject({ claims: 1, reviewed: 1, conflicting: 1 });
    expect(model.stories.flatMap((st: { claims: { id: string }[] }) => st.claims.map((c) => c.id))).toEqual([
      farms.id,
    ]);
  }, 60_000);

  it('prints a PDF through headless Chromium; its pages render (pdftoppm), more with the appendix', async () => {
    const { dir } = await sampleWithVerdict({ note: 'Checked against the agency copy.' });
    const pages = async (extra: string[]) => {
      const out = join(temp(), 'review.pdf');
      const run = await runCli([
        'report',
        '--format',
        'pdf',
        '--out',
        out,
        '--workspace',
        dir,
        '--json',
        ...extra,
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      const png = join(temp(), 'page');
      execFileSync('pdftoppm', ['-png', '-r', '20', out, png]);
      return readdirSync(dirname(png)).filter((f) => f.startsWith('page') && f.endsWith('.png')).length;
    };
    const short = await pages([]);
    const long = await pages(['--appendix']);
    expect(short).toBeGreaterThanOrEqual(1);
    expect(long).toBeGreaterThan(short);
  }, 120_000);

  it('builds the consistency matrices only when the report prints them', async () => {
    const { dir } = await sampleWithVerdict({ note: 'checked' });
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    const kept = (await api.getReport({ scope: 'workspace' })).stories;
    expect(kept.map((s) => s.matrix?.columns.length)).toEqual([4]);
    // The preview asks for none; Markdown and CSV exports build none.
    expect((await api.getReport({ scope: 'workspace', matrix: false })).stories[0]!.matrix).toBeUndefined();
    const json = join(temp(), 'r.json');
    expect((await runCli(['report', '--format', 'json', '--out', json, '--workspace', dir])).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).stories[0].matrix.rows.length).toBeGreaterThan(0);
  });

  it('refuses an unknown format and a missing --out, in one sentence', async () => {
    const dir = temp();
    const odd = await runCli([
      'report',
      '--format',
      'docx',
      '--out',
      join(dir, 'r.docx'),
      '--workspace',
      dir,
    ]);
    expect(odd.code).toBe(2);
    expect(odd.stderr).toMatch(/"docx" is not a report format/);
    const bad = await runCli(['report', '--format', 'html', '--workspace', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/report needs --format/);
  });
});
