// The statement index on disk: written when first asked, read back by the next process instead
// of indexing again, an article's line replaced when its view changes (a restored line), a line
// cut short by a crash skipped (that article indexed again), a missing file rebuilt.
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkspaceApi } from '../../shared/api';
import { openWorkbench } from '../../electron/services/open-workbench';
import { STATEMENT_INDEX_FILE } from '../../electron/store/statement-index-file';
import { PROJECT_ROOT } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const DOSSIER = join(PROJECT_ROOT, 'tests', 'fixtures', 'dossier', 'articles');
const QUERY = 'Police said 14 people died in the ferry fire';

async function open(dir: string): Promise<WorkspaceApi> {
  return (await openWorkbench({ dir, isDefault: false }, { mode: 'desktop' })).api;
}

const lines = (dir: string) =>
  readFileSync(join(dir, STATEMENT_INDEX_FILE), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { a: string; t: string; s: unknown[] });

describe('the statement index on disk', () => {
  it('is written at the first question, one line per article, and read back by the next process', async () => {
    const dir = temp();
    const api = await open(dir);
    await api.importPaths({ paths: [DOSSIER] });
    expect(existsSync(join(dir, STATEMENT_INDEX_FILE))).toBe(false);
    const first = await api.findSources({ text: QUERY });
    expect(first.matches.some((m) => m.relation === 'differs')).toBe(true);
    expect(lines(dir)).toHaveLength(11);

    const again = await (await open(dir)).findSources({ text: QUERY });
    expect(again).toEqual(first);
    // Read back, not indexed again: nothing was appended.
    expect(lines(dir)).toHaveLength(11);
  });

  it('indexes an article again when the reviewer restores a line, and the next process uses that line', async () => {
    const dir = temp();
    const api = await open(dir);
    const { imported } = await api.importPaths({ paths: [DOSSIER] });
    await api.findSources({ text: QUERY });
    const article = await api.getArticle({ ref: imported[0]!.id });
    const removed = article.removed.find((r) => r.text.split(/\s+/).length >= 4);
    expect(removed).toBeDefined();
    await api.setLineRestored({ ref: article.id, line: removed!.line, restored: true });
    await api.findSources({ text: QUERY });
    const mine = lines(dir).filter((l) => l.a === article.id);
    expect(mine).toHaveLength(2);
    expect(mine[1]!.t).not.toBe(mine[0]!.t);
    await (await open(dir)).findSources({ text: QUERY });
    expect(lines(dir).filter((l) => l.a === article.id)).toHaveLength(2);
  });

  it('skips a line cut short by a crash and indexes that article again; rebuilds a deleted file', async () => {
    const dir = temp();
    const api = await open(dir);
    await api.importPaths({ paths: [DOSSIER] });
    const before = await api.findSources({ text: QUERY });
    const file = join(dir, STATEMENT_INDEX_FILE);
    const text = readFileSync(file, 'utf8');
    const cut = text.lastIndexOf('\n');
    writeFileSync(file, text.slice(0, cut + Math.floor((text.length - cut) / 2)));
    const after = await (await open(dir)).findSources({ text: QUERY });
    expect(after).toEqual(before);
    appendFileSync(file, '');
    expect(lines.bind(null, dir)).toThrow(); // the torn line is still there, unreadable…
    rmSync(file);
    expect(await (await open(dir)).findSources({ text: QUERY })).toEqual(before);
    expect(lines(dir)).toHaveLength(11);
  });
});
