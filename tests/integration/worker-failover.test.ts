// When import workers cannot start, stop half-way, or leave a file unparsed, the files are
// imported on the calling thread instead: the reviewer gets the same result, not a list of
// failures, and never an import that waits forever.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDirs } from '../helpers/temp-dir';

const mock = vi.hoisted(() => ({
  /**
   * broken:   fails on the next tick and never answers (a script that cannot load);
   * crashes:  leaves its first file unanswered, answers its second in full and deletes it
   *           (so it cannot be read again), then fails on the third: the answered file is
   *           still waiting for its turn behind the unanswered one when the worker fails;
   * exits:    takes two files and stops without an error or a reply;
   * unparsed: answers every file with its hash and "not parsed" (as for a known file);
   * second:   the second worker of a pool fails to be created (`new Worker` throws).
   */
  mode: 'broken' as 'broken' | 'crashes' | 'exits' | 'unparsed' | 'second',
  started: 0,
  /** Workers stopped through terminate(). */
  terminated: 0,
  /** Files handed to the fake workers. */
  received: 0,
}));

vi.mock('node:worker_threads', async (original) => {
  const actual = await original<typeof import('node:worker_threads')>();
  const { EventEmitter } = await import('node:events');
  const { createHash: hashOf } = await import('node:crypto');
  const { readFileSync: read, rmSync } = await import('node:fs');
  const { prepareArticles } = await import('../../electron/services/prepare-articles');
  class FakeWorker extends EventEmitter {
    private requests = 0;
    private readonly importedAt: string;
    constructor(_script: string, options: { workerData: { importedAt: string } }) {
      super();
      mock.started++;
      if (mock.mode === 'second' && mock.started % 2 === 0) throw new Error('ERR_WORKER_INIT_FAILED');
      this.importedAt = options.workerData.importedAt;
      if (mock.mode === 'broken')
        setTimeout(() => this.emit('error', new Error('Cannot find module ingest-worker.js')), 5);
    }
    /** A batch of files, as the real worker gets them; each reply comes as a batch of one. */
    postMessage(batch: readonly { key: number; path: string }[]): void {
      for (const file of batch) this.take(file);
    }
    private take({ key, path }: { key: number; path: string }): void {
      mock.received++;
      if (mock.mode === 'broken') return;
      const n = ++this.requests;
      setTimeout(() => {
        const bytes = read(path);
        const sha256 = hashOf('sha256').update(bytes).digest('hex');
        const hashed = { ok: true, sha256 };
        if (mock.mode === 'unparsed') return this.emit('message', [{ key, hashed, prepared: null }]);
        if (mock.mode === 'exits') return n === 2 && this.emit('exit', 1);
        if (n === 3) return this.emit('error', new Error('worker ran out of memory'));
        if (n !== 2) return;
        const prepared = prepareArticles({ path, bytes, sha256, importedAt: this.importedAt });
        this.emit('message', [{ key, hashed, prepared }]);
        rmSync(path);
      }, 1);
    }
    async terminate(): Promise<number> {
      mock.terminated++;
      return 1;
    }
  }
  return { ...actual, Worker: FakeWorker };
});

const temp = tempDirs();

afterEach(() => {
  mock.started = 0;
  mock.received = 0;
  mock.terminated = 0;
});

/** A folder of `count` small articles, berths `from` onwards; their texts in order. */
function harbourFolder(count: number, from = 0): { folder: string; texts: string[] } {
  const folder = temp();
  const texts: string[] = [];
  for (let i = from; i < from + count; i++) {
    texts.push(
      `Harbour board approves berth number ${i}\n\nThe harbour board approved berth ${i} on Monday at a cost of ${i + 2} million.\n`,
    );
    writeFileSync(join(folder, `n${String(i).padStart(3, '0')}.txt`), texts.at(-1)!);
  }
  return { folder, texts };
}

async function importWithWorkers(mode: typeof mock.mode) {
  const { importPaths } = await import('../../electron/services/import-service');
  const { WORKER_THRESHOLD } = await import('../../electron/services/ingest-pool');
  const { WorkspaceStore } = await import('../../electron/store/workspace-store');
  const count = WORKER_THRESHOLD + 6;
  const { folder, texts } = harbourFolder(count);
  const { store } = await WorkspaceStore.open(temp());
  mock.mode = mode;
  process.env.CROSSCHECK_WORKERS = 'on';
  const result = await importPaths(store, [folder]).finally(() => delete process.env.CROSSCHECK_WORKERS);
  const titles = Array.from({ length: count }, (_, i) => `Harbour board approves berth number ${i}`);
  const idOf = (i: number) => createHash('sha256').update(texts[i]!).digest('hex').slice(0, 16);
  return { result, count, store, titles, idOf };
}

describe('import workers that fail', () => {
  it('imports every file on this thread when the workers cannot start', async () => {
    const { result, count } = await importWithWorkers('broken');
    expect(mock.started).toBeGreaterThan(0);
    expect(result.rejected).toEqual([]);
    expect(result.imported).toHaveLength(count);
    expect(result.imported[5]!.title).toBe('Harbour board approves berth number 5');
  });

  it('keeps what a worker finished and redoes the rest when it fails with files in hand', async () => {
    const { result, store, titles, idOf } = await importWithWorkers('crashes');
    expect(mock.started).toBeGreaterThan(0);
    // Files 2 and 3 (each worker's second) were answered, then deleted from the folder: only
    // the workers' parses could have imported them.
    expect(result.rejected).toEqual([]);
    expect(result.duplicates).toEqual([]);
    expect(result.imported.map((a) => a.title)).toEqual(titles);
    for (const i of [0, 2, 3, 4, titles.length - 1])
      expect((await store.readArticle(idOf(i))).text).toMatch(new RegExp(`approved berth ${i} on Monday`));
  });

  it('does not wait forever for a worker that stops without a word', async () => {
    const { result, titles } = await importWithWorkers('exits');
    expect(result.rejected).toEqual([]);
    expect(result.imported.map((a) => a.title)).toEqual(titles);
  });

  it('parses on this thread a file a worker left unparsed, and keeps the workers for the rest', async () => {
    const { result, count, titles } = await importWithWorkers('unparsed');
    expect(result.rejected).toEqual([]);
    expect(result.imported.map((a) => a.title)).toEqual(titles);
    expect(mock.received).toBe(count);
  });

  it('stops the workers it did start when one cannot be created, and imports on this thread', async () => {
    const { result, titles } = await importWithWorkers('second');
    // The first worker was created, the second threw: the first is stopped (a live worker
    // would keep the process from exiting) and no file was handed to it.
    expect(mock.started).toBe(2);
    expect(mock.terminated).toBe(1);
    expect(mock.received).toBe(0);
    expect(result.rejected).toEqual([]);
    expect(result.imported.map((a) => a.title)).toEqual(titles);
  });

  it('starts no workers during the walk of an import that waits behind another', async () => {
    const { importPaths } = await import('../../electron/services/import-service');
    const { WORKER_THRESHOLD } = await import('../../electron/services/ingest-pool');
    const { WorkspaceStore } = await import('../../electron/store/workspace-store');
    const { store } = await WorkspaceStore.open(temp());
    const first = harbourFolder(WORKER_THRESHOLD * 3);
    const second = harbourFolder(WORKER_THRESHOLD + 6, 1000);
    mock.mode = 'unparsed';
    process.env.CROSSCHECK_WORKERS = 'on';
    try {
      let waiting: ReturnType<typeof importPaths> | null = null;
      let startedWhileFirstRan = -1;
      const running = importPaths(store, [first.folder], {
        onProgress: ({ done, current }) => {
          // The first import is running: start the second, whose walk ends long before.
          if (done === 0 && !waiting) waiting = importPaths(store, [second.folder]);
          // Its last call: every file of the first import is done.
          if (current === '') startedWhileFirstRan = mock.started;
        },
      });
      const a = await running;
      // The second import's walk had ended long before; its workers had not started.
      expect(startedWhileFirstRan).toBe(2);
      const b = await waiting!;
      // Its workers started when its turn came, with the files the first import had added.
      expect(mock.started).toBe(4);
      expect(a.imported).toHaveLength(WORKER_THRESHOLD * 3);
      expect(b.imported).toHaveLength(WORKER_THRESHOLD + 6);
    } finally {
      delete process.env.CROSSCHECK_WORKERS;
    }
  });
});
