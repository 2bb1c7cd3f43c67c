// A damaged article file (empty, as a crash in an old version left it, or garbage) is named,
// moved to damaged/ with the reason, and contained: every other article, the stories, the
// claims and the report keep working, the CLI says which article was left out and why, and
// importing the article's source again repairs it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbench } from '../../electron/services/open-workbench';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const SAMPLE = join(PROJECT_ROOT, 'data', 'sample');

describe.each([
  ['empty', ''],
  ['garbage', '\u0000\u00ff{"text": "cut'],
])('a %s article file', (_kind, content) => {
  it('is named and set aside; the rest of the workspace works; re-importing repairs it', async () => {
    const dir = temp();
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    const imported = (await api.importPaths({ paths: [SAMPLE] })).imported;
    const victim = imported.find((a) => a.sourcePath.endsWith('a2-portal.txt'))!;
    const file = join(dir, 'articles', `${victim.id}.json`);
    writeFileSync(file, content);

    const show = await runCli(['show', victim.id, '--workspace', dir]);
    expect(show.code).toBe(1);
    expect(show.stderr).toContain(file);
    expect(show.stderr).toMatch(/damaged/);
    expect(show.stderr).toContain('a2-portal.txt');
    const aside = join(dir, 'damaged', `${victim.id}.json`);
    expect(existsSync(aside)).toBe(true);
    expect(readFileSync(`${aside}.reason.txt`, 'utf8')).toMatch(content ? /not a readable article/ : /empty/);

    const stories = await runCli(['stories', '--workspace', dir, '--json']);
    expect(stories.code, stories.stderr).toBe(0);
    const listed = JSON.parse(stories.stdout) as { articleIds: string[] }[];
    expect(listed.flatMap((s) => s.articleIds)).toHaveLength(imported.length - 1);
    expect(stories.stderr).toContain(`Left out of the stories: The article file ${file} is damaged`);
    for (const command of [
      ['claims', '--jsonl'],
      ['report', '--format', 'md', '--out', join(temp(), 'r.md')],
    ]) {
      const run = await runCli([...command, '--workspace', dir]);
      expect(run.code, `${command[0]}: ${run.stderr}`).toBe(0);
    }

    const again = await runCli(['import', SAMPLE, '--workspace', dir, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).imported).toEqual([]);
    const repaired = await runCli(['show', victim.id, '--workspace', dir, '--json']);
    expect(repaired.code, repaired.stderr).toBe(0);
    const restories = await runCli(['stories', '--workspace', dir, '--json']);
    expect(
      (JSON.parse(restories.stdout) as { articleIds: string[] }[]).flatMap((s) => s.articleIds),
    ).toHaveLength(imported.length);
  }, 60_000);
});

describe('importing a damaged article again from its source, through the API', () => {
  it('repairs it when the source is there, and says so when it is not', async () => {
    const dir = temp();
    const folder = temp();
    const source = join(folder, 'ferry.txt');
    writeFileSync(source, readFileSync(join(SAMPLE, 'a1-agency.txt')));
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    const [article] = (await api.importPaths({ paths: [source] })).imported;
    writeFileSync(join(dir, 'articles', `${article!.id}.json`), '');
    await expect(api.getArticle({ ref: article!.id })).rejects.toThrow(/damaged/);

    const repaired = await api.reimportArticle({ ref: article!.id });
    expect(repaired.id).toBe(article!.id);
    expect((await api.getArticle({ ref: article!.id })).text).toBe(repaired.text);

    writeFileSync(join(dir, 'articles', `${article!.id}.json`), '');
    await expect(api.getArticle({ ref: article!.id })).rejects.toThrow(/damaged/);
    rmSync(source);
    await expect(api.reimportArticle({ ref: article!.id })).rejects.toThrow(
      /is not there any more; import a copy of that file/,
    );
  });
});
