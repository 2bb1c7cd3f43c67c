// The hostile-folder acceptance test: a folder holding everything a scraped archive can throw
// at the importer (empty, binary, PNG, cruft-only, broken JSON, a 5 MB single line, link loops,
// dangling and escaping links) beside valid articles in UTF-16, Windows-1252, 40 folders deep
// and under a Unicode name (tests/helpers/hostile-folder.ts). Every bad file is rejected with
// its reason, every valid one is imported with the right title, a second import adds nothing,
// and the worker-thread and calling-thread ingesters agree file for file.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { importPaths } from '../../electron/services/import-service';
import { WORKER_THRESHOLD } from '../../electron/services/ingest-pool';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import type { ArticleSummary, ImportResult } from '../../shared/model';
import {
  buildHostileFolder,
  CP1252_BODY_SNIPPET,
  CP1252_FILE,
  listEntries,
  UTF16_BODY_SNIPPET,
  UTF16_FILE,
  type HostileFolder,
} from '../helpers/hostile-folder';
import { runCli, type CliRun } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

// Counts the import workers started, to prove which ingester a run used.
const workers = vi.hoisted(() => ({ started: 0 }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:worker_threads')>();
  class CountedWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      super(...args);
      workers.started++;
    }
  }
  return { ...real, Worker: CountedWorker };
});

const temp = tempDirs('crosscheck-hostile-');

function makeFolder(bulk = 0): HostileFolder & { outside: string } {
  const base = temp();
  const folder = join(base, 'chosen');
  const outside = join(base, 'outside');
  mkdirSync(folder);
  mkdirSync(outside);
  return { ...buildHostileFolder(folder, outside, { bulk }), outside };
}

/** The result keyed by path relative to the chosen folder. */
function byPath(h: HostileFolder, r: ImportResult) {
  const rel = (p: string) => relative(h.folder, p);
  return {
    imported: Object.fromEntries(r.imported.map((a) => [rel(a.sourcePath), a])),
    duplicates: Object.fromEntries(r.duplicates.map((d) => [rel(d.path), d.sameAs])),
    rejected: Object.fromEntries(r.rejected.map((x) => [rel(x.path), x.reason])),
    all: [
      ...r.imported.map((a) => a.sourcePath),
      ...r.duplicates.map((d) => d.path),
      ...r.rejected.map((x) => x.path),
    ].map(rel),
  };
}

/** The checks every import into a fresh workspace must pass, whichever door it came through. */
function expectFirstImport(h: HostileFolder, r: ImportResult): void {
  const got = byPath(h, r);
  expect(got.all.toSorted()).toEqual(listEntries(h.folder).toSorted()); // each entry exactly once
  expect(Object.keys(got.rejected).toSorted()).toEqual(Object.keys(h.rejected).toSorted());
  for (const [path, reason] of Object.entries(h.rejected)) expect(got.rejected[path], path).toMatch(reason);
  // A byte-identical pair is one article: the file listed first (names in order) is imported,
  // the other is a duplicate naming its id — the same file every run, whatever finished first.
  const titles: Record<string, string> = { ...h.titles };
  const duplicates: Record<string, string | undefined> = {};
  for (const [copy, original] of Object.entries(h.copies)) {
    const [kept, dropped] = copy < original ? [copy, original] : [original, copy];
    titles[kept] = h.titles[original]!;
    if (kept === copy) delete titles[original];
    duplicates[dropped] = got.imported[kept]?.id;
  }
  expect(got.duplicates).toEqual(duplicates);
  expect(Object.fromEntries(Object.entries(got.imported).map(([p, a]) => [p, a.title]))).toEqual(titles);
}

function json<T>(run: CliRun): T {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T; // throws unless stdout is exactly one JSON document
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name));
}

describe('importing a hostile folder through the CLI, twice', () => {
  const h = makeFolder();
  const ws = temp();
  const cli = (...args: string[]) => runCli([...args, '--workspace', ws, '--json']);
  let runs: CliRun[];
  let first: ImportResult;
  let second: ImportResult;
  let listed: [ArticleSummary[], ArticleSummary[]];

  beforeAll(async () => {
    runs = [await cli('import', h.folder)];
    const afterFirst = json<ArticleSummary[]>(await cli('articles'));
    runs.push(await cli('import', h.folder));
    listed = [afterFirst, json<ArticleSummary[]>(await cli('articles'))];
    [first, second] = runs.map((r) => json<ImportResult>(r)) as [ImportResult, ImportResult];
  }, 120_000);

  it('exits 0 and prints exactly one JSON document on stdout each time', () => {
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^\{\s*"imported": \[[\s\S]*\}\n?$/);
      expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
  });

  it('rejects every bad entry once with its reason and imports every valid file with its exact title', () => {
    expectFirstImport(h, first);
  });

  it('decodes the UTF-16 and Windows-1252 articles to the right characters, with no “�”', async () => {
    for (const [file, snippet, encoding, chars] of [
      [UTF16_FILE, UTF16_BODY_SNIPPET, 'utf-16le', '“”é'],
      [CP1252_FILE, CP1252_BODY_SNIPPET, 'windows-1252', '“”‘’é—€'],
    ] as const) {
      const id = first.imported.find((a) => a.sourcePath === join(h.folder, file))!.id;
      const article = json<{ text: string; title: string; encoding: string }>(await cli('show', id));
      expect(article.encoding).toBe(encoding);
      expect(article.text).toContain(snippet);
      for (const ch of chars) expect(article.title + article.text).toContain(ch);
      expect(article.title + article.text).not.toContain('\uFFFD');
    }
  });

  it('a second import adds nothing: every file is a duplicate of its first id, rejections repeat', () => {
    expect(second.imported).toEqual([]);
    const expected = [
      ...first.imported.map((a) => ({ path: a.sourcePath, sameAs: a.id })),
      ...first.duplicates,
    ];
    const byPathOrder = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
    expect(second.duplicates.toSorted(byPathOrder)).toEqual(expected.toSorted(byPathOrder));
    expect(second.rejected).toEqual(first.rejected);
    expect(listed[1]).toHaveLength(listed[0].length);
    expect(listed[1]).toHaveLength(first.imported.length);
  });

  it('reads nothing outside the chosen folder, even through a link', () => {
    expect(byPath(h, first).rejected['links/escape.txt']).toBe(
      `the link points outside the chosen folder (to ${join(h.outside, 'outside-article.txt')})`,
    );
    for (const a of listed[1]) expect(relative(h.folder, a.sourcePath)).not.toMatch(/^\.\./);
    expect(listed[1].map((a) => a.title)).not.toContain(
      'Signal fault halts trains between Orlen and Vesterby for seven hours',
    );
  });

  it('leaves no temp file in the workspace, and every indexed article file exists and parses', () => {
    expect(filesUnder(ws).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const doc = JSON.parse(readFileSync(join(ws, 'crosscheck.json'), 'utf8'));
    expect(doc.articleOrder.toSorted()).toEqual(listed[1].map((a) => a.id).toSorted());
    for (const id of doc.articleOrder as string[]) {
      const file = join(ws, 'articles', `${id}.json`);
      expect(existsSync(file), file).toBe(true);
      expect(JSON.parse(readFileSync(file, 'utf8')).id).toBe(id);
    }
    for (const file of filesUnder(join(ws, 'articles')))
      expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
  });
});

describe(`importing a hostile folder of more than ${WORKER_THRESHOLD} files in-process`, () => {
  const h = makeFolder(70);
  let pooled: { result: ImportResult; workers: number };
  let inline: { result: ImportResult; workers: number };

  async function importOnce(folder: string, noWorkers: boolean) {
    const saved = process.env.CROSSCHECK_NO_WORKERS;
    const savedMode = process.env.CROSSCHECK_WORKERS;
    if (noWorkers) process.env.CROSSCHECK_NO_WORKERS = '1';
    else delete process.env.CROSSCHECK_NO_WORKERS;
    // From the sources workers start only for large imports; this folder is just over the
    // bundled threshold, so ask for them explicitly.
    process.env.CROSSCHECK_WORKERS = noWorkers ? 'off' : 'on';
    try {
      const { store } = await WorkspaceStore.open(temp());
      const before = workers.started;
      const result = await importPaths(store, [folder]);
      return { result, workers: workers.started - before };
    } finally {
      if (saved === undefined) delete process.env.CROSSCHECK_NO_WORKERS;
      else process.env.CROSSCHECK_NO_WORKERS = saved;
      if (savedMode === undefined) delete process.env.CROSSCHECK_WORKERS;
      else process.env.CROSSCHECK_WORKERS = savedMode;
    }
  }

  beforeAll(async () => {
    pooled = await importOnce(h.folder, false);
    inline = await importOnce(h.folder, true);
  }, 120_000);

  it('uses worker threads, rejects every bad entry with its reason and imports every valid file', () => {
    expect(listEntries(h.folder).length).toBeGreaterThan(WORKER_THRESHOLD + 20);
    expect(pooled.workers).toBeGreaterThan(0);
    expectFirstImport(h, pooled.result);
  });

  it('with CROSSCHECK_NO_WORKERS=1 uses no worker and gives the same ids, titles and rejections', () => {
    expect(inline.workers).toBe(0);
    expectFirstImport(h, inline.result);
    // Everything, down to which file of a byte-identical pair was imported and the order of every list.
    expect(inline.result).toEqual(pooled.result);
  });

  // The chosen folder may itself be reached through a link (macOS's /var → /private/var temp
  // folders always are); a link back to an ancestor inside it must still be caught at once.
  it('gives the same result when the chosen folder is reached through a link', async () => {
    const alias = join(h.folder, '..', 'alias');
    symlinkSync(h.folder, alias);
    const { result } = await importOnce(alias, true);
    expectFirstImport({ ...h, folder: alias }, result);
  });
});
