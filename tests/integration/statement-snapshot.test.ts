// The statement index's snapshot on disk (index/statements.snapshot): a process that finds one
// fitting statements.jsonl reads it instead of filing every line again, files the lines written
// after it (by itself or another process), and answers exactly as a process that read the lines
// alone; a snapshot that does not fit the file (begun afresh, cut short, damaged) is passed over.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceApi } from '../../shared/api';
import { openWorkbench } from '../../electron/services/open-workbench';
import { StatementIndexHost, type HostEntry } from '../../electron/services/statement-index-host';
import { STATEMENT_INDEX_FILE } from '../../electron/store/statement-index-file';
import { STATEMENT_SNAPSHOT_FILE } from '../../electron/store/statement-index-snapshot';
import { PROJECT_ROOT } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const DOSSIER = join(PROJECT_ROOT, 'tests', 'fixtures', 'dossier', 'articles');
const QUERIES = [
  'Police said 14 people died in the ferry fire',
  'The ferry caught fire on Sunday',
  'rescuers searched the harbour',
  'The company said it would review its safety rules',
].map((text) => ({ text, date: null }));

let dir = '';
let api: WorkspaceApi;
let entries: HostEntry[] = [];

beforeAll(async () => {
  dir = temp();
  api = (await openWorkbench({ dir, isDefault: false }, { mode: 'desktop' })).api;
  await api.importPaths({ paths: [DOSSIER] });
  entries = (await api.listArticles({})).map((a) => ({ id: a.id, tag: 'v1', date: a.date ?? null }));
  expect(entries.length).toBeGreaterThan(6);
});

/** A host as a new process opens it; a snapshot after every article unless told otherwise. */
function host(snapshotAfter = 1): StatementIndexHost {
  return new StatementIndexHost(dir, (entry) => api.getArticle({ ref: entry.id }), undefined, snapshotAfter);
}

async function answers(h: StatementIndexHost, upTo = entries.length) {
  await h.update(entries.slice(0, upTo));
  return QUERIES.map((q) => h.find(q));
}

const reset = () => {
  rmSync(join(dir, STATEMENT_INDEX_FILE), { force: true });
  rmSync(join(dir, STATEMENT_SNAPSHOT_FILE), { force: true });
};
const jsonl = () => readFileSync(join(dir, STATEMENT_INDEX_FILE), 'utf8');

describe('the statement index snapshot', () => {
  it('is read instead of the lines by the next process, which answers the same and files nothing again', async () => {
    reset();
    const built = host();
    const first = await answers(built);
    expect(built.loadedFrom).toBe('lines');
    expect(existsSync(join(dir, STATEMENT_SNAPSHOT_FILE))).toBe(true);
    const lines = jsonl();

    const next = host();
    expect(await answers(next)).toEqual(first);
    expect(next.loadedFrom).toBe('snapshot');
    expect(jsonl()).toBe(lines);
    expect(first.flat().length).toBeGreaterThan(0);
  });

  it('files the lines written after it, its own or another process’s, as the lines alone would', async () => {
    reset();
    const half = Math.floor(entries.length / 2);
    await answers(host(), half); // a snapshot of the first half
    // Another process files the rest and writes no snapshot: its lines follow the snapshot.
    await answers(host(Infinity));
    const lines = jsonl();
    const fromSnapshot = host(Infinity);
    const withTail = await answers(fromSnapshot);
    expect(fromSnapshot.loadedFrom).toBe('snapshot');
    expect(jsonl()).toBe(lines); // the later lines were filed, not their articles read again

    rmSync(join(dir, STATEMENT_SNAPSHOT_FILE));
    const fromLines = host(Infinity);
    expect(await answers(fromLines)).toEqual(withTail);
    expect(fromLines.loadedFrom).toBe('lines');
  });

  it('is passed over when it does not fit the lines: begun afresh, or the snapshot cut short or damaged', async () => {
    reset();
    const expected = await answers(host());
    // The lines begun afresh by another process (its own articles' lines, another length).
    writeFileSync(join(dir, STATEMENT_INDEX_FILE), jsonl().split('\n').slice(0, 3).join('\n'));
    const afresh = host(Infinity);
    expect(await answers(afresh)).toEqual(expected);
    expect(afresh.loadedFrom).toBe('lines');

    for (const damage of [
      (file: string) => truncateSync(file, Math.floor(readFileSync(file).length / 2)),
      (file: string) => writeFileSync(file, Buffer.alloc(readFileSync(file).length, 7)),
    ]) {
      reset();
      await answers(host());
      damage(join(dir, STATEMENT_SNAPSHOT_FILE));
      const h = host(Infinity);
      expect(await answers(h)).toEqual(expected);
      expect(h.loadedFrom).toBe('lines');
    }
  });

  it('is written beside the index by temp and rename; a crashed writer’s temp file goes at the next write', async () => {
    reset();
    const crashed = join(dir, 'index', '.statements.snapshot.4194301.0badf00d.tmp');
    mkdirSync(join(dir, 'index'), { recursive: true });
    writeFileSync(crashed, 'half a snapshot');
    await answers(host());
    expect(existsSync(crashed)).toBe(false);
    expect(readdirSync(join(dir, 'index')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
