// The CLI contract of DESIGN.md, run through the real executable on real workspaces.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const SUMMARY_KEYS = ['byline', 'date', 'dateline', 'format', 'id', 'outlet', 'sourcePath', 'title', 'words'];
const sample = join(PROJECT_ROOT, 'data', 'sample');

describe('crosscheck CLI', () => {
  it('prints help and exits 0; an unknown command is a usage error (exit 2) on stderr', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: crosscheck <command>/);
    const bad = await runCli(['frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('import --json prints one document with imported, duplicates and rejected', async () => {
    const ws = temp();
    const run = await runCli(['import', sample, '--workspace', ws, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result).sort()).toEqual(['duplicates', 'imported', 'rejected']);
    expect(result.imported).toHaveLength(10);
    expect(result.rejected).toEqual([]);
    for (const a of result.imported) expect(Object.keys(a).sort()).toEqual(SUMMARY_KEYS);

    const again = JSON.parse((await runCli(['import', sample, '--workspace', ws, '--json'])).stdout);
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toHaveLength(9); // nine files; c2.json holds two articles
    expect(again.duplicates[0]).toEqual({
      path: join(sample, 'a1-agency.txt'),
      sameAs: result.imported[0].id,
    });
  });

  it('articles --json lists ArticleSummary objects with ISO dates and nulls for unknowns', async () => {
    const ws = temp();
    await runCli(['import', sample, '--workspace', ws]);
    const list = JSON.parse((await runCli(['articles', '--workspace', ws, '--json'])).stdout);
    expect(list).toHaveLength(10);
    for (const a of list) {
      expect(Object.keys(a).sort()).toEqual(SUMMARY_KEYS);
      expect(a.id).toMatch(/^[0-9a-f]{16}$/);
      expect(a.date === null || /^\d{4}-\d{2}-\d{2}$/.test(a.date)).toBe(true);
    }
    expect(list.find((a: { sourcePath: string }) => a.sourcePath.endsWith('b1-page.md')).date).toBeNull();
  });

  it('show accepts an id, a unique prefix or the imported path, and prints the whole article', async () => {
    const ws = temp();
    const imported = JSON.parse(
      (await runCli(['import', 'data/sample', '--workspace', ws, '--json'])).stdout,
    ).imported;
    const first = imported[0];
    const byId = JSON.parse((await runCli(['show', first.id, '--workspace', ws, '--json'])).stdout);
    expect(Object.keys(byId)).toEqual(
      expect.arrayContaining([...SUMMARY_KEYS, 'text', 'sentences', 'removed']),
    );
    expect(byId.sentences[0]).toEqual({ text: expect.any(String), start: 0, end: expect.any(Number) });
    expect(byId.text.slice(byId.sentences[1].start, byId.sentences[1].end)).toBe(byId.sentences[1].text);
    expect(byId.removed.length).toBeGreaterThan(0);

    const byPrefix = JSON.parse(
      (await runCli(['show', first.id.slice(0, 6), '--workspace', ws, '--json'])).stdout,
    );
    expect(byPrefix.id).toBe(first.id);
    const byRelativePath = JSON.parse(
      (await runCli(['show', 'data/sample/a1-agency.txt', '--workspace', ws, '--json'])).stdout,
    );
    expect(byRelativePath.id).toBe(first.id);
    const second = JSON.parse(
      (await runCli(['show', join(sample, 'c2.json#1'), '--workspace', ws, '--json'])).stdout,
    );
    expect(second.title).toBe('Dravenna solar park secures grid link; residents plan court appeal');
  });

  it('an unknown article fails with exit 1 and one sentence naming it', async () => {
    const ws = temp();
    const run = await runCli(['show', 'no-such-article', '--workspace', ws, '--json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      'crosscheck: No article matches "no-such-article": it is not an article id, a unique id prefix, or an imported path.',
    );
  });

  it('reports rejected files with their reasons and loses nothing', async () => {
    const ws = temp();
    const folder = temp();
    cpSync(join(sample, 'a1-agency.txt'), join(folder, 'good.txt'));
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'broken.json'), '{"title": ');
    const result = JSON.parse((await runCli(['import', folder, '--workspace', ws, '--json'])).stdout);
    expect(result.imported.map((a: { title: string }) => a.title)).toEqual([
      'Lodmark, Tervania agree to reopen talks on Vessa water-sharing treaty',
    ]);
    expect(result.rejected).toEqual([
      { path: join(folder, 'broken.json'), reason: expect.stringMatching(/^the JSON is malformed/) },
      { path: join(folder, 'empty.txt'), reason: 'the file is empty' },
    ]);
  });

  it('uses CROSSCHECK_WORKSPACE when no --workspace is given', async () => {
    const ws = temp();
    await runCli(['import', join(sample, 'd-related.txt')], { env: { CROSSCHECK_WORKSPACE: ws } });
    const list = JSON.parse((await runCli(['articles', '--json', '--workspace', ws])).stdout);
    expect(list.map((a: { outlet: string }) => a.outlet)).toEqual(['Korvel.News']);
  });

  it('fills the default workspace with the sample articles on first run', async () => {
    const config = temp();
    const env = { XDG_CONFIG_HOME: config, CROSSCHECK_WORKSPACE: '' };
    const list = JSON.parse((await runCli(['articles', '--json'], { env })).stdout);
    expect(list).toHaveLength(10);
  });

  it('diff --json prints DESIGN.md’s shape with the one real change between two versions', async () => {
    const ws = temp();
    await runCli(['import', sample, '--workspace', ws]);
    const run = await runCli([
      'diff',
      'data/sample/a1-agency.txt',
      'data/sample/a2-portal.txt',
      '--workspace',
      ws,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout);
    expect(Object.keys(diff).sort()).toEqual(['a', 'b', 'rows', 'summary']);
    expect(Object.keys(diff.summary).sort()).toEqual([
      'added',
      'cosmetic',
      'moved',
      'removed',
      'substantive',
    ]);
    for (const row of diff.rows) expect(Object.keys(row).sort()).toEqual(['a', 'b', 'changes', 'kind']);
    const substantive = diff.rows
      .flatMap((r: { changes: { kind: string }[] }) => r.changes)
      .filter((c: { kind: string }) => c.kind === 'substantive');
    expect(substantive).toEqual([
      { kind: 'substantive', before: 'autonomous', after: 'independent', reason: 'wording changed' },
    ]);
    const text = await runCli([
      'diff',
      'data/sample/a1-agency.txt',
      'data/sample/a2-portal.txt',
      '--workspace',
      ws,
    ]);
    expect(text.stdout).toContain('[-autonomous-]{+independent+}  wording changed');
  });
});
