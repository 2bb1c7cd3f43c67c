// When import workers cannot start, crash half-way, or leave a file unparsed, the files are
// imported on the calling thread instead: the reviewer gets the same result, not a list of
// failures.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDirs } from '../helpers/temp-dir';

const mock = vi.hoisted(() => ({
  /**
   * broken: fails on the next tick and never answers (a script that cannot load);
   * crashes: takes three files and fails while working on the third, never answering;
   * unparsed: answers every file with its hash and "not parsed" (as for a known file).
   */
  mode: 'broken' as 'broken' | 'crashes' | 'unparsed',
  started: 0,
}));

vi.mock('node:worker_threads', async (original) => {
  const actual = await original<typeof import('node:worker_threads')>();
  const { EventEmitter } = await import('node:events');
  const { createHash: hashOf } = await import('node:crypto');
  const { readFileSync: read } = await import('node:fs');
  class FakeWorker extends EventEmitter {
    private requests = 0;
    constructor() {
      super();
      mock.started++;
      if (mock.mode === 'broken')
        setTimeout(() => this.emit('error', new Error('Cannot find module ingest-worker.js')), 5);
    }
    postMessage({ key, path }: { key: number; path: string }): void {
      if (mock.mode === 'broken') return;
      const sha256 = hashOf('sha256').update(read(path)).digest('hex');
      const n = ++this.requests;
      setTimeout(() => {
        if (mock.mode === 'crashes' && n > 3) return;
        if (mock.mode === 'unparsed')
          this.emit('message', { key, hashed: { ok: true, sha256 }, prepared: null });
        else if (n === 3) this.emit('error', new Error('worker ran out of memory'));
      }, 1);
    }
    async terminate(): Promise<number> {
      return 1;
    }
  }
  return { ...actual, Worker: FakeWorker };
});

const temp = tempDirs();

afterEach(() => {
  mock.started = 0;
});

async function importWithWorkers(mode: typeof mock.mode) {
  const { importPaths } = await import('../../electron/services/import-service');
  const { WORKER_THRESHOLD } = await import('../../electron/services/ingest-pool');
  const { WorkspaceStore } = await import('../../electron/store/workspace-store');
  const folder = temp();
  const count = WORKER_THRESHOLD + 6;
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(folder, `n${String(i).padStart(3, '0')}.txt`),
      `Harbour board approves berth number ${i}\n\nThe harbour board approved berth ${i} on Monday at a cost of ${i + 2} million.\n`,
    );
  }
  const { store } = await WorkspaceStore.open(temp());
  mock.mode = mode;
  process.env.CROSSCHECK_WORKERS = 'on';
  const result = await importPaths(store, [folder]).finally(() => delete process.env.CROSSCHECK_WORKERS);
  return { result, count, store, folder };
}

describe('import workers that fail', () => {
  it('imports every file on this thread when the workers cannot start', async () => {
    const { result, count } = await importWithWorkers('broken');
    expect(mock.started).toBeGreaterThan(0);
    expect(result.rejected).toEqual([]);
    expect(result.imported).toHaveLength(count);
    expect(result.imported[5]!.title).toBe('Harbour board approves berth number 5');
  });

  it('imports every file when a worker dies with files in hand', async () => {
    const { result, count, store, folder } = await importWithWorkers('crashes');
    expect(mock.started).toBeGreaterThan(0);
    expect(result.rejected).toEqual([]);
    expect(result.duplicates).toEqual([]);
    expect(result.imported.map((a) => a.title)).toEqual(
      Array.from({ length: count }, (_, i) => `Harbour board approves berth number ${i}`),
    );
    // Every article file was written, and holds its own file's text.
    const first = readFileSync(join(folder, 'n000.txt'));
    const id = createHash('sha256').update(first).digest('hex').slice(0, 16);
    expect((await store.readArticle(id)).text).toMatch(/approved berth 0 on Monday/);
  });

  it('parses on this thread a file a worker left unparsed', async () => {
    const { result, count } = await importWithWorkers('unparsed');
    expect(result.rejected).toEqual([]);
    expect(result.imported).toHaveLength(count);
    expect(result.imported[count - 1]!.title).toBe(`Harbour board approves berth number ${count - 1}`);
  });
});
