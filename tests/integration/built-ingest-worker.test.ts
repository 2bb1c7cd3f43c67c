// The desktop app runs the ingest worker from the bundle (out/main/ingest-worker.js), not
// from the TypeScript sources the other tests use. This drives the built file directly, as
// ingest-pool.ts does inside Electron, so a bundling mistake fails here rather than in a
// packaged app. Builds first when out/ is missing or older than the worker's sources
// (tests/helpers/built-main.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { builtMain } from '../helpers/built-main';
import { PROJECT_ROOT } from '../helpers/run-cli';
import { sha256Of } from '../../electron/services/file-ingester';
import type { IngestReply, IngestRequest, WorkerData } from '../../electron/services/ingest-worker';
import { prepareArticles } from '../../electron/services/prepare-articles';

/** Sends one batch of requests and waits for the worker's one message of replies. */
function ingest(worker: Worker, batch: IngestRequest[]): Promise<IngestReply[]> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(batch);
  });
}

describe('the bundled ingest worker', () => {
  it('hashes and parses a file exactly as the source version does', async () => {
    const built = builtMain('ingest-worker.js');
    const importedAt = '2026-01-01T00:00:00.000Z';
    const data: WorkerData = { importedAt, known: [] };
    const worker = new Worker(built, { workerData: data });
    try {
      const file = join(PROJECT_ROOT, 'data', 'sample', 'a1-agency.txt');
      const missing = join(PROJECT_ROOT, 'data', 'sample', 'no-such-article.txt');
      const replies = await ingest(worker, [
        { key: 7, path: file },
        { key: 9, path: missing },
      ]);
      // One reply per file of the batch, in its order; a file that cannot be read says why.
      expect(replies.map((r) => r.key)).toEqual([7, 9]);
      expect(replies[1]).toEqual({
        key: 9,
        hashed: { ok: false, reason: expect.stringContaining('does not exist') },
        prepared: null,
      });
      const reply = replies[0]!;
      const bytes = readFileSync(file);
      expect(reply.hashed).toEqual({ ok: true, sha256: sha256Of(bytes) });
      expect(reply.hashed).toMatchObject({ sha256: expect.stringMatching(/^ff059bb9748fe370/) });
      // The same articles as the source version prepares, the JSON as its UTF-8 bytes.
      const fromSource = prepareArticles({ path: file, bytes, sha256: sha256Of(bytes), importedAt });
      if (!fromSource.ok || !reply.prepared?.ok) throw new Error('the sample article did not parse');
      expect(
        reply.prepared.articles.map((a) => ({ ...a, json: new TextDecoder().decode(a.json as Uint8Array) })),
      ).toEqual(fromSource.articles);
      expect(fromSource.articles[0]!.summary).toMatchObject({
        id: 'ff059bb9748fe370',
        title: 'Lodmark, Tervania agree to reopen talks on Vessa water-sharing treaty',
      });
      expect(JSON.parse(fromSource.articles[0]!.json as string).text).toMatch(
        /^Lodmark and Tervania agreed on Wednesday/,
      );

      // A file the workspace already holds is hashed but not parsed.
      const again = new Worker(built, {
        workerData: { importedAt, known: [sha256Of(bytes)] } satisfies WorkerData,
      });
      try {
        const skipped = await ingest(again, [{ key: 8, path: file }]);
        expect(skipped).toEqual([{ key: 8, hashed: reply.hashed, prepared: null }]);
      } finally {
        await again.terminate();
      }
    } finally {
      await worker.terminate();
    }
  });
});
