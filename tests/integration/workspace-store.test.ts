// The workspace on disk: DESIGN.md's layout, migrations with a backup first, and a damaged
// crosscheck.json reported and kept rather than overwritten.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { SCHEMA_VERSION } from '../../electron/store/workspace-document';
import { importPaths } from '../../electron/services/import-service';
import { PROJECT_ROOT } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();

describe('workspace store', () => {
  it('lays the workspace out as DESIGN.md says: crosscheck.json, articles/<id>.json, backups/', async () => {
    const dir = temp();
    const { store, isNew } = await WorkspaceStore.open(dir);
    expect(isNew).toBe(true);
    const result = await importPaths(store, [join(PROJECT_ROOT, 'data/sample/a1-agency.txt')]);
    const id = result.imported[0]!.id;
    const doc = JSON.parse(readFileSync(join(dir, 'crosscheck.json'), 'utf8'));
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.articles[id]).toMatchObject({
      id,
      title: expect.any(String),
      sourceIndex: 0,
      supersedes: null,
    });
    const article = JSON.parse(readFileSync(join(dir, 'articles', `${id}.json`), 'utf8'));
    expect(article.sha256.slice(0, 16)).toBe(id);
    expect(article.text.length).toBeGreaterThan(100);
    expect(existsSync(join(dir, 'backups'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('migrates a document without schemaVersion, keeping a backup of the original', async () => {
    const dir = temp();
    await WorkspaceStore.open(dir);
    const old = { articles: {} };
    writeFileSync(join(dir, 'crosscheck.json'), JSON.stringify(old));
    const { store } = await WorkspaceStore.open(dir);
    expect(store.schemaVersion).toBe(SCHEMA_VERSION);
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'backups', backups[0]!), 'utf8'))).toEqual(old);
  });

  it('reports a damaged crosscheck.json by name and leaves it untouched', async () => {
    const dir = temp();
    await WorkspaceStore.open(dir);
    writeFileSync(join(dir, 'crosscheck.json'), '{"schemaVersion": 1, "artic');
    await expect(WorkspaceStore.open(dir)).rejects.toThrow(/crosscheck\.json is damaged .*left untouched/);
    expect(readFileSync(join(dir, 'crosscheck.json'), 'utf8')).toBe('{"schemaVersion": 1, "artic');
  });

  it('refuses a workspace written by a newer Crosscheck', async () => {
    const dir = temp();
    await WorkspaceStore.open(dir);
    writeFileSync(join(dir, 'crosscheck.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1 }));
    await expect(WorkspaceStore.open(dir)).rejects.toThrow(/newer Crosscheck/);
  });

  it('links a changed file at a known path as a newer version of the old article', async () => {
    const dir = temp();
    const folder = temp();
    const file = join(folder, 'story.txt');
    const body = 'The council voted on Tuesday to close the bridge to cars for 18 months of repairs.';
    writeFileSync(file, `Council closes bridge for repairs\n\n${body}\n`);
    const { store } = await WorkspaceStore.open(dir);
    const first = await importPaths(store, [folder]);
    writeFileSync(file, `Council closes bridge for repairs\n\n${body.replace('18', '24')}\n`);
    const second = await importPaths(store, [folder]);
    expect(second.imported).toHaveLength(1);
    expect(store.entry(second.imported[0]!.id)?.supersedes).toBe(first.imported[0]!.id);
  });
});

describe('two saves at the same time', () => {
  it('keeps both: an import finishing while the reviewer changes a story and restores a line', async () => {
    const dir = temp();
    const { store } = await WorkspaceStore.open(dir);
    const first = await importPaths(store, [join(PROJECT_ROOT, 'data/sample/a1-agency.txt')]);
    const id = first.imported[0]!.id;
    const entry = store.entry(id)!;
    const copies = Array.from({ length: 5 }, (_, i) => ({
      ...entry,
      id: `aaaaaaaaaaaaaaa${i}`,
      sourcePath: `/x${i}.txt`,
    }));
    await Promise.all([
      ...copies.map((c) => store.addEntries([c])),
      store.setStoryOverrides((o) => ({ ...o, apart: [id] })),
      store.setRestoredLines(
        id,
        () => [3],
        () => 400,
      ),
    ]);
    const doc = JSON.parse(readFileSync(join(dir, 'crosscheck.json'), 'utf8'));
    expect(Object.keys(doc.articles)).toHaveLength(6);
    expect(doc.storyOverrides.apart).toEqual([id]);
    expect(doc.restoredLines[id]).toEqual([3]);
  });
});
