// Several writers on one workspace: CLI imports run at once, the app (an open service) importing
// what the CLI imported a moment before, the lock itself (a live owner named, a dead owner's
// lock broken), and the temp files a crashed writer leaves. Every article an import reports as
// imported must be in the index afterwards, exactly once.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbench } from '../../electron/services/open-workbench';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { acquireLock, LOCK_FILE } from '../../electron/store/workspace-lock';
import { runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();

const CITIES = ['Lisbon', 'Tallinn', 'Porto', 'Gdansk', 'Ljubljana', 'Valencia', 'Tartu', 'Bergen'];
const TOPICS = ['harbour cranes', 'tram lines', 'school meals', 'river dredging', 'bus fares', 'wind farms'];

/** A folder of distinct short news articles (different bytes, so different ids). */
function newsFolder(root: string, name: string, count: number): string {
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const city = CITIES[i % CITIES.length]!;
    const topic = TOPICS[(i * 7) % TOPICS.length]!;
    writeFileSync(
      join(folder, `${name}-${i}.txt`),
      [
        `${city} council votes on ${topic} (${name} ${i})`,
        '',
        `${city}, March ${1 + (i % 27)} — The city council of ${city} voted ${10 + (i % 20)} to ${3 + (i % 5)} on Tuesday to spend ${i + 2} million euros on ${topic}, officials said.`,
        '',
        `The plan, first proposed in ${1990 + (i % 30)}, had been delayed twice. Opposition members said the cost of item ${name}-${i} was too high and asked for an independent review.`,
        '',
        `Work is due to start in ${['May', 'June', 'July'][i % 3]} and to last ${2 + (i % 4)} years, the mayor's office said in a statement.`,
      ].join('\n'),
    );
  }
  return folder;
}

function indexOf(dir: string): { ids: string[]; order: string[] } {
  const doc = JSON.parse(readFileSync(join(dir, 'crosscheck.json'), 'utf8'));
  return { ids: Object.keys(doc.articles), order: doc.articleOrder };
}

async function cliImport(dir: string, folder: string): Promise<{ imported: string[]; duplicates: number }> {
  const run = await runCli(['import', folder, '--workspace', dir, '--json']);
  expect(run.code, run.stderr).toBe(0);
  const result = JSON.parse(run.stdout) as { imported: { id: string }[]; duplicates: unknown[] };
  return { imported: result.imported.map((a) => a.id), duplicates: result.duplicates.length };
}

describe('two or more writers on one workspace', () => {
  it.each([2, 4])(
    'keeps every article of %i CLI imports run at once',
    async (writers) => {
      const root = temp();
      const dir = join(root, 'ws');
      await WorkspaceStore.open(dir);
      const folders = Array.from({ length: writers }, (_, w) => newsFolder(root, `batch${w}`, 150));
      const runs = await Promise.all(folders.map((f) => cliImport(dir, f)));
      const acknowledged = runs.flatMap((r) => r.imported);
      expect(acknowledged).toHaveLength(150 * writers);
      const { ids, order } = indexOf(dir);
      expect(new Set(ids)).toEqual(new Set(acknowledged));
      expect(order).toHaveLength(ids.length);
    },
    120_000,
  );

  it('imports one folder once when two processes import it at the same time', async () => {
    const root = temp();
    const dir = join(root, 'ws');
    await WorkspaceStore.open(dir);
    const folder = newsFolder(root, 'same', 80);
    const [a, b] = await Promise.all([cliImport(dir, folder), cliImport(dir, folder)]);
    // Each file is imported by exactly one of them; the other reports it as a duplicate.
    expect(a.imported.length + b.imported.length).toBe(80);
    expect(a.duplicates + b.duplicates).toBe(80);
    expect(new Set([...a.imported, ...b.imported]).size).toBe(80);
    const { ids, order } = indexOf(dir);
    expect(ids).toHaveLength(80);
    expect(new Set(order).size).toBe(80);
  }, 120_000);

  it('an open app that imports what the CLI just imported rewrites nothing and reports duplicates', async () => {
    const root = temp();
    const dir = join(root, 'ws');
    // The app opens the workspace first and keeps its copy of the index in memory.
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    const folder = newsFolder(root, 'news', 40);
    const cli = await cliImport(dir, folder);
    expect(cli.imported).toHaveLength(40);
    const files = join(dir, 'articles');
    const mtimes = () => new Map(readdirSync(files).map((f) => [f, statSync(join(files, f)).mtimeMs]));
    const before = mtimes();
    const result = await api.importPaths({ paths: [folder] });
    expect(result.imported).toEqual([]);
    expect(result.duplicates).toHaveLength(40);
    expect(mtimes()).toEqual(before);
    expect(indexOf(dir).ids).toHaveLength(40);
  }, 60_000);

  it('keeps the app’s uploads and the CLI’s import when both write at once', async () => {
    const root = temp();
    const dir = join(root, 'ws');
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    const cliFolder = newsFolder(root, 'cli', 80);
    const uploads = newsFolder(root, 'upload', 30);
    const uploaded: string[] = [];
    const cli = cliImport(dir, cliFolder);
    // Uploads one file at a time while the CLI imports, as a reviewer dropping files would.
    for (const name of readdirSync(uploads)) {
      const path = join(uploads, name);
      const r = await api.importFiles({
        files: [{ path: name, base64: readFileSync(path).toString('base64') }],
      });
      uploaded.push(...r.imported.map((a) => a.id));
    }
    const fromCli = (await cli).imported;
    expect(uploaded).toHaveLength(30);
    expect(new Set(indexOf(dir).ids)).toEqual(new Set([...uploaded, ...fromCli]));
  }, 120_000);

  it('loses no entry when two stores (as two processes would) add entries at the same moments', async () => {
    const dir = temp();
    const [a, b] = [(await WorkspaceStore.open(dir)).store, (await WorkspaceStore.open(dir)).store];
    const entry = (n: number) => ({
      id: n.toString(16).padStart(16, '0'),
      title: `Article ${n}`,
      outlet: null,
      date: null,
      byline: null,
      dateline: null,
      words: 100,
      sourcePath: `/news/${n}.txt`,
      format: 'txt' as const,
      sourceIndex: 0,
      importedAt: new Date().toISOString(),
      supersedes: null,
    });
    await Promise.all(Array.from({ length: 40 }, (_, n) => (n % 2 ? a : b).addEntries([entry(n)])));
    expect(indexOf(dir).ids).toHaveLength(40);
    expect(new Set(indexOf(dir).order).size).toBe(40);
  });

  it('keeps restored lines that two processes set on one article at once', async () => {
    const root = temp();
    const dir = join(root, 'ws');
    const first = await WorkspaceStore.open(dir);
    const second = await WorkspaceStore.open(dir);
    const id = 'a'.repeat(16);
    await Promise.all([
      first.store.setRestoredLines(
        id,
        (l) => [...l, 2],
        () => 10,
      ),
      second.store.setRestoredLines(
        id,
        (l) => [...l, 5],
        () => 10,
      ),
      first.store.setRestoredLines(
        id,
        (l) => [...l, 7],
        () => 10,
      ),
    ]);
    const doc = JSON.parse(readFileSync(join(dir, 'crosscheck.json'), 'utf8'));
    expect(doc.restoredLines[id]).toEqual([2, 5, 7]);
  });
});

describe('the workspace lock', () => {
  it('makes a second writer wait, then names the process holding the workspace', async () => {
    const dir = temp();
    const release = await acquireLock(dir, 'import');
    try {
      await expect(acquireLock(dir, 'verdict', { waitMs: 200 })).rejects.toThrow(
        new RegExp(`being written by process ${process.pid} on .* \\(import\\)`),
      );
    } finally {
      await release();
    }
    // Free again: the next writer takes it at once.
    await (
      await acquireLock(dir, 'verdict', { waitMs: 200 })
    )();
  });

  it('breaks the lock of a process that died holding it', async () => {
    const dir = temp();
    const dead = await deadPid();
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({
        pid: dead,
        host: hostname(),
        since: new Date().toISOString(),
        purpose: 'import',
        nonce: 'x',
      }),
    );
    const release = await acquireLock(dir, 'verdict', { waitMs: 500 });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await release();
    expect(readdirSync(dir)).not.toContain(LOCK_FILE);
  });

  it('removes the temp files of a crashed writer at the next open, not those of a live one', async () => {
    const dir = temp();
    await WorkspaceStore.open(dir);
    const dead = await deadPid();
    const crashed = join(dir, 'articles', `.0123456789abcdef.json.${dead}.a1b2c3d4.tmp`);
    const crashedDoc = join(dir, `.crosscheck.json.${dead}.0badf00d.tmp`);
    const live = join(dir, 'articles', `.fedcba9876543210.json.${process.ppid}.a1b2c3d4.tmp`);
    for (const f of [crashed, crashedDoc, live]) writeFileSync(f, '{"cut sh');
    await WorkspaceStore.open(dir);
    expect(readdirSync(join(dir, 'articles'))).toEqual([
      `.fedcba9876543210.json.${process.ppid}.a1b2c3d4.tmp`,
    ]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

/** The pid of a process that has just exited (so no process runs under it). */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.on('exit', () => resolve(child.pid!));
  });
}
