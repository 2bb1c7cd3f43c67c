// Worker thread body: the workspace's statement index (statement-index-host.ts) kept off the
// thread that answers the UI's requests (sources-worker-client.ts is the other side). It reads
// the articles it indexes itself — the file, minus its outlet's boilerplate, plus the lines
// the reviewer restored, all sent with the entries — so building the index costs the
// services' thread nothing. Requests are handled one at a time, in the order sent.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { BoilerplateLine } from '../../shared/ingest/outlet-boilerplate';
import { readerView } from '../../shared/ingest/restore-lines';
import type { SourceHit } from '../../shared/sources';
import { SerialQueue } from '../../shared/serial-queue';
import { readArticleFile } from '../store/article-files';
import { StatementIndexHost } from './statement-index-host';
import {
  WORKER_NICE,
  type SourcesReply,
  type SourcesRequest,
  type WorkerData,
  type WorkerEntry,
} from './sources-worker-client';

// On Linux a nice value belongs to a thread (see WORKER_NICE); elsewhere the call would lower
// the whole process, so it is not made.
if (process.platform === 'linux') {
  try {
    setPriority(WORKER_NICE);
  } catch {
    // Not allowed here: the work runs at the normal priority.
  }
}

/**
 * Statements whose facts the worker keeps worked out. The default (8,000) pays off when a CLI
 * lists every claim of the workspace, where a statement comes back many stories later; the app
 * asks about the stories on screen, whose claims share their candidates with each other, so a
 * smaller cache keeps nearly every hit and some 25 MB less at 20,000 articles.
 */
const FACTS_KEPT = 3_000;

const { dir } = workerData as WorkerData;
let boilerplate: ReadonlyMap<string, readonly BoilerplateLine[]> = new Map();
const host = new StatementIndexHost(
  dir,
  async (entry) => {
    const { outlet, restored } = entry as WorkerEntry;
    const article = await readArticleFile(dir, entry.id, () => undefined);
    return readerView(article, (outlet !== null && boilerplate.get(outlet)) || [], restored);
  },
  FACTS_KEPT,
);
const queue = new SerialQueue();

parentPort!.on('message', (request: SourcesRequest) => {
  void queue.run(async () => {
    let reply: SourcesReply;
    try {
      if (request.kind === 'update') {
        boilerplate = request.boilerplate;
        await host.update(request.entries);
        reply = { call: request.call, ok: true, value: new Map(host.unreadable) };
      } else reply = { call: request.call, ok: true, value: host.find(request.query).map(plainHit) };
    } catch (error) {
      reply = { call: request.call, ok: false, message: (error as Error).message };
    }
    parentPort!.postMessage(reply);
  });
});

/** A hit as data: the index's statement objects carry getters and a link to the whole index. */
function plainHit(hit: SourceHit): SourceHit {
  const { statement } = hit;
  return {
    ...hit,
    statement: {
      id: statement.id,
      key: statement.key,
      text: statement.text,
      terms: statement.terms,
      occurrences: statement.occurrences,
    },
  };
}
