// Long imports through the API: background jobs with progress, cancellation that keeps what
// was imported and names what was not, and the reviewer restoring a line the cleaning removed.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkspaceApi } from '../../shared/api';
import type { ImportJob } from '../../shared/model';
import { openWorkbench } from '../../electron/services/open-workbench';
import { PROJECT_ROOT } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const sample = join(PROJECT_ROOT, 'data', 'sample');

async function open(): Promise<WorkspaceApi> {
  return (await openWorkbench({ dir: temp(), isDefault: false }, { mode: 'desktop' })).api;
}

async function settle(api: WorkspaceApi, job: ImportJob): Promise<ImportJob> {
  let current = job;
  while (current.state === 'running') {
    await new Promise((r) => setTimeout(r, 10));
    current = await api.getImportJob({ jobId: job.id });
  }
  return current;
}

describe('background imports', () => {
  it('runs an import as a job whose progress can be polled to the end', async () => {
    const api = await open();
    const started = await api.startImport({ paths: [sample] });
    expect(started).toMatchObject({ state: 'running', result: null });
    const finished = await settle(api, started);
    expect(finished).toMatchObject({ state: 'done', done: 9, total: 9, current: '' });
    expect(finished.result?.imported).toHaveLength(10);
    expect(await api.listArticles({})).toHaveLength(10);
  });

  it('cancels after the files in hand, keeps what was imported, and names every file not read', async () => {
    const api = await open();
    const folder = temp();
    for (let i = 0; i < 40; i++) {
      mkdirSync(join(folder, `batch${i}`));
      cpSync(sample, join(folder, `batch${i}`), { recursive: true });
    }
    const started = await api.startImport({ paths: [folder] });
    await api.cancelImport({ jobId: started.id });
    const finished = await settle(api, started);
    expect(finished.state).toBe('cancelled');
    const r = finished.result!;
    const cancelled = r.rejected.filter(
      (x) => x.reason === 'not imported: the import was cancelled before this file was read',
    );
    expect(cancelled.length).toBeGreaterThan(0);
    // Every one of the 360 files is accounted for in exactly one list.
    const files = new Set([
      ...r.imported.map((a) => a.sourcePath),
      ...r.duplicates.map((d) => d.path),
      ...r.rejected.map((x) => x.path),
    ]);
    expect(files.size).toBe(360);
    expect(await api.listArticles({})).toHaveLength(r.imported.length);
  });

  it('reports an unknown job clearly', async () => {
    const api = await open();
    await expect(api.getImportJob({ jobId: '0123456789abcdef' })).rejects.toThrow(
      /No import job 0123456789abcdef/,
    );
  });
});

describe('restoring a removed line', () => {
  it('puts the line back in its original place, keeps the offsets right, and survives a reopen', async () => {
    const dir = temp();
    const api = (await openWorkbench({ dir, isDefault: false }, { mode: 'desktop' })).api;
    const { imported } = await api.importPaths({ paths: [join(sample, 'a2-portal.txt')] });
    const id = imported[0]!.id;
    const before = await api.getArticle({ ref: id });
    const related = before.removed.find((r) => r.reason === 'related headline')!;
    expect(before.text).not.toContain(related.text);

    const after = await api.setLineRestored({ ref: id, line: related.line, restored: true });
    expect(after.text).toContain(related.text);
    expect(after.restoredLines).toEqual([related.line]);
    expect(after.removed.some((r) => r.line === related.line)).toBe(false);
    // It sits between the paragraphs that surrounded it in the file.
    const idx = after.paragraphs.findIndex((p) => p.text === related.text);
    expect(after.paragraphs[idx - 1]!.line).toBeLessThan(related.line);
    expect(after.paragraphs[idx + 1]!.line).toBeGreaterThan(related.line);
    for (const s of after.sentences) expect(after.text.slice(s.start, s.end)).toBe(s.text);

    const reopened = (await openWorkbench({ dir, isDefault: false }, { mode: 'desktop' })).api;
    expect((await reopened.getArticle({ ref: id })).text).toContain(related.text);
    expect((await reopened.listArticles({}))[0]!.words).toBe(after.words);

    const undone = await reopened.setLineRestored({ ref: id, line: related.line, restored: false });
    expect(undone.text).toBe(before.text);
  });

  it('refuses to restore a line that was never removed', async () => {
    const api = await open();
    const { imported } = await api.importPaths({ paths: [join(sample, 'a1-agency.txt')] });
    await expect(api.setLineRestored({ ref: imported[0]!.id, line: 99999, restored: true })).rejects.toThrow(
      /was not removed/,
    );
  });
});
