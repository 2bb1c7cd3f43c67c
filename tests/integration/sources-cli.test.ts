// The cross-source doors: `crosscheck sources` and `claims --jsonl` / `--story` as a user runs
// them, and the API gate refusing malformed inputs of the new operations with one sentence.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, SourcesResult } from '../../shared/model';
import { openWorkbench } from '../../electron/services/open-workbench';
import { dispatch } from '../../electron/services/api-dispatch';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const DOSSIER = join(PROJECT_ROOT, 'tests', 'fixtures', 'dossier', 'articles');

/** Five byte-different copies of one wire story (each its own header), and one other story. */
function wireFolder(): string {
  const dir = temp();
  mkdirSync(dir, { recursive: true });
  const body = [
    'The harbour board said 1,240 containers were held at the northern terminal on Tuesday.',
    'Dock workers walked out at dawn and about 300 gathered outside the board office, the union said.',
    'Talks are due to resume on Thursday, a spokesperson for the harbour board said.',
  ];
  for (let i = 0; i < 5; i++)
    writeFileSync(
      join(dir, `copy-${i}.txt`),
      [
        'Containers stranded at terminal',
        `Ana Rask  | 0${i + 1}.03.2025 - Update : 0${i + 1}.03.2025`,
        ...body,
        `Share this article · © 2025 Outlet ${i}`,
      ].join('\n\n'),
    );
  writeFileSync(
    join(dir, 'other.txt'),
    [
      'Harbour strike ends after a week',
      'Ola Berg  | 09.03.2025 - Update : 09.03.2025',
      'The harbour board said 1,420 containers had been held at the northern terminal during the strike.',
      'Ships that had been diverted to the southern port began to return on Friday evening.',
    ].join('\n\n'),
  );
  return dir;
}

describe('crosscheck sources and claims --jsonl', () => {
  let ws: string;
  beforeAll(async () => {
    ws = temp();
    const imported = await runCli(['import', wireFolder(), '--workspace', ws, '--json']);
    expect(imported.code).toBe(0);
  });

  it('sources --json prints the query and each wording once with its copies and relation', async () => {
    const run = await runCli([
      'sources',
      'The harbour board said 1,240 containers were held at the terminal',
      '--workspace',
      ws,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as SourcesResult;
    expect(result.query).toMatch(/^The harbour board said/);
    const agreeing = result.matches.find((m) => m.relation === 'agrees')!;
    expect(agreeing.copies).toBe(5);
    expect(agreeing.copyArticleIds).toHaveLength(4);
    // On its newest carrier.
    expect(agreeing.date).toBe('2025-03-05');
    const differing = result.matches.find((m) => m.relation === 'differs')!;
    expect(differing.reasons.join(' ')).toMatch(/1,240 vs 1,420|1,420 vs 1,240/);
    for (const m of result.matches)
      expect(Object.keys(m)).toEqual(
        expect.arrayContaining([
          'articleId',
          'storyId',
          'outlet',
          'date',
          'text',
          'relation',
          'reasons',
          'copies',
        ]),
      );
  });

  it('sources --in searches only the articles named', async () => {
    const articles = JSON.parse((await runCli(['articles', '--workspace', ws, '--json'])).stdout) as {
      id: string;
      sourcePath: string;
    }[];
    const other = articles.find((a) => a.sourcePath.endsWith('other.txt'))!;
    const copy = articles.find((a) => a.sourcePath.endsWith('copy-0.txt'))!;
    const query = 'The harbour board said 1,240 containers were held at the terminal';
    const only = JSON.parse(
      (await runCli(['sources', query, '--in', other.id, '--workspace', ws, '--json'])).stdout,
    ) as SourcesResult;
    expect(only.matches.map((m) => [m.articleId, m.relation])).toEqual([[other.id, 'differs']]);
    const copies = JSON.parse(
      (await runCli(['sources', query, '--in', `${copy.id},${copy.sourcePath}`, '--workspace', ws, '--json']))
        .stdout,
    ) as SourcesResult;
    expect(copies.matches.every((m) => m.articleId === copy.id && m.copies === 1)).toBe(true);
    expect(copies.matches.some((m) => m.relation === 'agrees')).toBe(true);
  });

  it('sources without --json prints one line per wording; a missing text is a usage error', async () => {
    const run = await runCli([
      'sources',
      '1,240 containers were held at the northern terminal',
      '--workspace',
      ws,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/≠ differs/);
    expect(run.stdout).toMatch(/5 copies, same wording/);
    const bad = await runCli(['sources', '--workspace', ws]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('claims --jsonl prints one claim a line, each wording of the wire story once', async () => {
    const run = await runCli(['claims', '--jsonl', '--workspace', ws]);
    expect(run.code).toBe(0);
    const claims = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Claim);
    const containers = claims.filter((c) => c.text.includes('1,240 containers'));
    expect(containers).toHaveLength(1);
    expect(containers[0]!.alsoIn).toHaveLength(4);
    expect(containers[0]!.suggestion).toBe('conflicting');
    // The same list as --json, element for element.
    const json = await runCli(['claims', '--json', '--workspace', ws]);
    expect(JSON.parse(json.stdout)).toEqual(claims);
    const both = await runCli(['claims', '--json', '--jsonl', '--workspace', ws]);
    expect(both.code).toBe(2);
  });
});

describe('the API gate for cross-source operations', () => {
  it('refuses a too short text, an unknown field, a bad story id and too many stories with one sentence', async () => {
    const { api } = await openWorkbench({ dir: temp(), isDefault: false }, { mode: 'browser' });
    await api.importPaths({ paths: [DOSSIER] });
    for (const [method, input] of [
      ['findSources', { text: 'a' }],
      ['findSources', { text: 'Fourteen people died', extra: 1 }],
      ['listClaims', { story: 'st-nothex' }],
      ['listClaims', { article: 'abc', story: 'st-0000000000000000' }],
      ['getSourceCounts', { storyIds: [] }],
      ['getSourceCounts', { storyIds: Array.from({ length: 101 }, () => 'st-0000000000000000') }],
    ] as const) {
      const res = await dispatch(api, method, input);
      expect(res.ok, `${method} ${JSON.stringify(input).slice(0, 60)}`).toBe(false);
      if (!res.ok) expect(res.error.code).toBe('invalid-input');
    }
    const unknown = await dispatch(api, 'getSourceCounts', { storyIds: ['st-0000000000000000'] });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('not-found');
    const good = await dispatch(api, 'findSources', { text: 'Fourteen people died in the ferry fire' });
    expect(good.ok).toBe(true);
  });
});
