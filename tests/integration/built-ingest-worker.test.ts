// The desktop app runs the ingest worker from the bundle (out/main/ingest-worker.js), not
// from the TypeScript sources the other tests use. This drives the built file directly, as
// ingest-pool.ts does inside Electron, so a bundling mistake fails here rather than in a
// packaged app. Builds first when out/ is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const built = join(PROJECT_ROOT, 'out', 'main', 'ingest-worker.js');

function ask(worker: Worker, message: object): Promise<{ key: number; result: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(message);
  });
}

describe('the bundled ingest worker', () => {
  it('hashes, parses and writes an article file exactly as the source version does', async () => {
    if (!existsSync(built)) {
      execFileSync(
        process.execPath,
        [join(PROJECT_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
        {
          cwd: PROJECT_ROOT,
          stdio: 'ignore',
        },
      );
    }
    const articlesDir = temp();
    const worker = new Worker(built, { workerData: { articlesDir } });
    try {
      const file = join(PROJECT_ROOT, 'data', 'sample', 'a1-agency.txt');
      const hashed = await ask(worker, { op: 'hash', key: 7, path: file });
      expect(hashed).toEqual({
        key: 7,
        result: { ok: true, sha256: expect.stringMatching(/^ff059bb9748fe370[0-9a-f]{48}$/) },
      });
      const prepared = await ask(worker, { op: 'prepare', key: 7, importedAt: '2026-01-01T00:00:00.000Z' });
      const articles = prepared.result.articles as { summary: { id: string; title: string }; file: string }[];
      expect(articles[0]!.summary).toMatchObject({
        id: 'ff059bb9748fe370',
        title: 'Lodmark, Tervania agree to reopen talks on Vessa water-sharing treaty',
      });
      const stored = JSON.parse(readFileSync(articles[0]!.file, 'utf8'));
      expect(stored.text).toMatch(/^Lodmark and Tervania agreed on Wednesday/);
    } finally {
      await worker.terminate();
    }
  });
});
