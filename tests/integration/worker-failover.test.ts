// When import workers cannot start (or crash), the files are imported on the calling thread
// instead: the reviewer gets the same result, not a list of failures.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDirs } from '../helpers/temp-dir';

const started = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:worker_threads', async (original) => {
  const actual = await original<typeof import('node:worker_threads')>();
  const { EventEmitter } = await import('node:events');
  // A worker whose script cannot load: it fails on the next tick and never answers.
  class BrokenWorker extends EventEmitter {
    constructor() {
      super();
      started.count++;
      setTimeout(() => this.emit('error', new Error('Cannot find module ingest-worker.js')), 5);
    }
    postMessage(): void {}
    async terminate(): Promise<number> {
      return 1;
    }
  }
  return { ...actual, Worker: BrokenWorker };
});

const temp = tempDirs();

describe('import workers that fail', () => {
  it('imports every file on this thread instead', async () => {
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
    process.env.CROSSCHECK_WORKERS = 'on';
    const result = await importPaths(store, [folder]).finally(() => delete process.env.CROSSCHECK_WORKERS);
    expect(started.count).toBeGreaterThan(0);
    expect(result.rejected).toEqual([]);
    expect(result.imported).toHaveLength(count);
    expect(result.imported[5]!.title).toBe('Harbour board approves berth number 5');
  });
});
