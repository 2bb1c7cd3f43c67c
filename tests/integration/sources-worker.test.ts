// The statement index in a worker thread (the app and browser mode): the same answers as in
// the services' own thread, the reviewer's changes followed, a lower CPU priority on Linux, a
// failing worker replaced by the services' thread, a damaged article set aside as the reader
// would, and the bundled worker of the desktop build answering the same.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { WorkspaceApi } from '../../shared/api';
import type { SourceHit } from '../../shared/sources';
import { openWorkbench } from '../../electron/services/open-workbench';
import { SourcesService, type SourcesThread } from '../../electron/services/sources-service';
import {
  WORKER_NICE,
  type SourcesReply,
  type SourcesRequest,
  type WorkerData,
} from '../../electron/services/sources-worker-client';
import { importPaths } from '../../electron/services/import-service';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { articleFile } from '../../electron/store/article-files';
import { builtMain } from '../helpers/built-main';
import { PROJECT_ROOT } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const DOSSIER = join(PROJECT_ROOT, 'tests', 'fixtures', 'dossier', 'articles');
const QUERY = 'Police said 14 people died in the ferry fire';

async function workspace(thread: SourcesThread): Promise<WorkspaceApi & { close(): Promise<void> }> {
  const { api } = await openWorkbench(
    { dir: temp(), isDefault: false },
    { mode: 'browser', sourcesThread: thread },
  );
  await api.importPaths({ paths: [DOSSIER] });
  return api;
}

/** What cross-source checking answers on a workspace: a question, every story's counts and claims. */
async function answers(api: WorkspaceApi) {
  const stories = await api.listStories({});
  const ids = stories.map((s) => s.id);
  return {
    found: await api.findSources({ text: QUERY }),
    counts: await api.getSourceCounts({ storyIds: ids }),
    claims: await api.listClaims({ stories: ids }),
  };
}

describe('the statement index in a worker thread', () => {
  it('answers exactly as the services’ own thread does, and follows a restored line', async () => {
    const [local, worker] = await Promise.all([workspace('local'), workspace('worker')]);
    try {
      const expected = await answers(local);
      expect(expected.found.matches.some((m) => m.relation === 'differs')).toBe(true);
      expect(expected.counts.some((c) => c.corroborated + c.contested > 0)).toBe(true);
      expect(await answers(worker)).toEqual(expected);

      // A line the cleaner removed, restored by the reviewer, is in both indexes afterwards.
      for (const api of [local, worker]) {
        const article = await api.getArticle({ ref: (await api.listArticles({}))[0]!.id });
        const removed = article.removed.find((r) => r.text.split(/\s+/).length >= 4)!;
        await api.setLineRestored({ ref: article.id, line: removed.line, restored: true });
      }
      expect(await answers(worker)).toEqual(await answers(local));
    } finally {
      await Promise.all([local.close(), worker.close()]);
    }
  }, 120_000);

  it.runIf(process.platform === 'linux')(
    'runs at a lower CPU priority than the thread serving requests (Linux: a nice value per thread)',
    async () => {
      const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      const tids = () => new Set(readdirSync('/proc/self/task'));
      const before = tids();
      const api = await workspace('worker');
      try {
        await api.findSources({ text: QUERY });
        // The threads started since (the worker and its helpers): the worker's own is niced.
        const started = [...tids()].filter((tid) => !before.has(tid));
        const nice = started.map((tid) => niceOf(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')));
        expect(nice).toContain(WORKER_NICE);
        expect(niceOf(readFileSync('/proc/self/stat', 'utf8'))).toBe(0);
      } finally {
        await api.close();
      }
    },
    60_000,
  );
});

/** Hits as data: the services' own thread answers with the index's statement objects. */
const plain = (hits: readonly SourceHit[]) =>
  hits.map(({ statement: s, ...hit }) => ({
    ...hit,
    statement: { id: s.id, key: s.key, text: s.text, terms: s.terms, occurrences: s.occurrences },
  }));

describe('outlet boilerplate in the worker', () => {
  const PROMO = 'Every Friday the Valley Courier prints the tide tables for the whole valley coast.';
  const TOPICS = ['bridge repairs', 'school budget', 'harbour dredging', 'tram timetable'];
  // Whatever an imported file calls its outlet, "__proto__" included, is only a name.
  it.each(['Valley Courier', '__proto__'])(
    'leaves out the lines %s repeats under every story',
    async (outlet) => {
      const folder = temp();
      // JSON articles name their outlet in a field (a sign-off line must look like a name).
      TOPICS.forEach((topic, n) =>
        writeFileSync(
          join(folder, `story-${n}.json`),
          JSON.stringify({
            title: `Valley council settles dispute over ${topic}`,
            outlet,
            text: [
              `The valley council on Monday settled a long dispute over the ${topic}, agreeing to spend ${n + 1} million on it.`,
              `Officials said the ${topic} had been delayed for ${n + 3} years by objections from neighbouring towns.`,
              PROMO,
            ].join('\n\n'),
          }),
        ),
      );
      const answers = [];
      for (const thread of ['local', 'worker'] as const) {
        const { api } = await openWorkbench(
          { dir: temp(), isDefault: false },
          { mode: 'browser', sourcesThread: thread },
        );
        const { imported } = await api.importPaths({ paths: [folder] });
        expect(imported.map((a) => a.outlet)).toEqual(TOPICS.map(() => outlet));
        const found = await api.findSources({ text: PROMO });
        const fact = await api.findSources({
          text: 'The valley council settled the dispute over the school budget',
        });
        answers.push({ found, fact });
        await api.close();
      }
      const [local, worker] = answers as [(typeof answers)[0], (typeof answers)[0]];
      // The promo is boilerplate: no statement speaks it; the story's own sentences are there.
      expect(local.found.matches).toEqual([]);
      expect(local.fact.matches.length).toBeGreaterThan(0);
      expect(worker).toEqual(local);
    },
    60_000,
  );
});

describe('a sources worker that fails', () => {
  it('hands the work to the services’ own thread, which answers the same', async () => {
    const dir = temp();
    const { store } = await WorkspaceStore.open(dir);
    await importPaths(store, [DOSSIER]);
    const read = (id: string) => store.readArticle(id);
    const query = { text: QUERY };
    const local = await new SourcesService(store, read, 'local').find(query);
    const sources = new SourcesService(store, read, 'worker');
    expect(local.length).toBeGreaterThan(0);
    expect(plain(await sources.find(query))).toEqual(plain(local));
    // The worker thread ends abruptly, as a crash would end it.
    await (
      sources as unknown as { worker: { worker: { terminate(): Promise<number> } } }
    ).worker.worker.terminate();
    expect(plain(await sources.find(query))).toEqual(plain(local));
    await sources.close();
  }, 60_000);

  it('once closed (the process is stopping), fails a question in flight instead of starting over here — as an expected error (busy), not a fault', async () => {
    const dir = temp();
    const { store } = await WorkspaceStore.open(dir);
    await importPaths(store, [DOSSIER]);
    const sources = new SourcesService(store, (id) => store.readArticle(id), 'worker');
    const closing = { name: 'WorkbenchError', code: 'busy', message: expect.stringMatching(/being closed/) };
    const asked = expect(sources.find({ text: QUERY })).rejects.toMatchObject(closing);
    await sources.close();
    await asked;
    // Nothing was indexed in this thread: no statement index file was started by it.
    await expect(sources.find({ text: QUERY })).rejects.toMatchObject(closing);
  }, 60_000);

  it('sets a damaged article aside, as the reader would, and answers from the rest', async () => {
    const dir = temp();
    const { store } = await WorkspaceStore.open(dir);
    await importPaths(store, [DOSSIER]);
    const damaged = store.listEntries()[0]!.id;
    writeFileSync(articleFile(dir, damaged), '{"id": "cut sho');
    const sources = new SourcesService(store, (id) => store.readArticle(id), 'worker');
    try {
      const hits = await sources.find({ text: QUERY });
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.occurrences.every((o) => o.articleId !== damaged))).toBe(true);
      expect(sources.unreadable.get(damaged)).toMatch(/not a readable article/);
      expect(existsSync(join(dir, 'damaged', `${damaged}.json`))).toBe(true);
    } finally {
      await sources.close();
    }
  }, 60_000);
});

describe('the bundled sources worker (as the desktop app starts it)', () => {
  it('answers a question exactly as the services’ own thread does', async () => {
    const built = builtMain('sources-worker.js');
    const dir = temp();
    const { store } = await WorkspaceStore.open(dir);
    await importPaths(store, [DOSSIER]);
    const local = new SourcesService(store, (id) => store.readArticle(id), 'local');
    const expected = plain(await local.find({ text: QUERY }));
    const worker = new Worker(built, { workerData: { dir } satisfies WorkerData });
    const ask = (request: SourcesRequest) =>
      new Promise<SourcesReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(request);
      });
    try {
      const entries = store.listEntries().map((e) => ({
        id: e.id,
        tag: '0/',
        date: e.date ?? null,
        outlet: e.outlet ?? null,
        restored: [],
      }));
      expect(await ask({ call: 1, kind: 'update', entries, boilerplate: new Map() })).toEqual({
        call: 1,
        ok: true,
        value: new Map(),
      });
      expect(await ask({ call: 2, kind: 'find', query: { text: QUERY } })).toEqual({
        call: 2,
        ok: true,
        value: expected,
      });
    } finally {
      await worker.terminate();
    }
  }, 120_000);
});
