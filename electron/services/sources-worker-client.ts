// The services' side of the sources worker (sources-worker.ts): starts it, sends it the
// workspace's entries and questions, and settles each call with its reply. Messages are
// answered in the order sent. A worker that fails or stops by itself rejects every call in
// flight and every later one; sources-service.ts then does the work in its own thread.
import { Worker } from 'node:worker_threads';
import type { BoilerplateLine } from '../../shared/ingest/outlet-boilerplate';
import type { SourceHit } from '../../shared/sources';
import { WorkbenchError } from '../../shared/model';
import { workerScript } from './worker-script';
import type { HostEntry, SourcesQuery } from './statement-index-host';

/** An entry as the worker needs it to read the article's view itself. */
export interface WorkerEntry extends HostEntry {
  readonly outlet: string | null;
  readonly restored: readonly number[];
}

export interface WorkerData {
  readonly dir: string;
}

export type SourcesRequest =
  | {
      readonly call: number;
      readonly kind: 'update';
      readonly entries: readonly WorkerEntry[];
      readonly boilerplate: ReadonlyMap<string, readonly BoilerplateLine[]>;
    }
  | { readonly call: number; readonly kind: 'find'; readonly query: SourcesQuery };

export type SourcesReply =
  | { readonly call: number; readonly ok: true; readonly value: unknown }
  | { readonly call: number; readonly ok: false; readonly message: string };

/**
 * The worker thread's nice value on Linux, where a nice value belongs to a thread (setpriority
 * on the calling thread, which is what os.setPriority() without a pid does): indexing and
 * matching then yield the cores to the window being scrolled and to the request thread, and
 * still use them fully when nothing else wants them.
 */
export const WORKER_NICE = 10;

/** The worker's young generation (V8's default reaches 48 MB on 64-bit systems). */
const YOUNG_GENERATION_MB = 16;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class SourcesWorkerClient {
  private readonly pending = new Map<number, Pending>();
  private calls = 0;
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: SourcesReply) => {
      const call = this.pending.get(reply.call);
      if (!call) return;
      this.pending.delete(reply.call);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok) call.resolve(reply.value);
      else call.reject(new Error(reply.message));
    });
    const fail = (why: string) => (error?: unknown) =>
      this.fail(error instanceof Error ? error : new Error(`The sources worker ${why}.`));
    worker.on('error', fail('failed'));
    worker.on('messageerror', fail('sent a reply that could not be read'));
    worker.on('exit', fail('stopped'));
    // An idle worker never keeps a process from ending; one with a call in flight does
    // (the caller is waiting for its answer).
    worker.unref();
  }

  /** A worker over the workspace in `dir`, or null where one cannot be started. */
  static start(dir: string): SourcesWorkerClient | null {
    try {
      const script = workerScript('sources-worker');
      return new SourcesWorkerClient(
        new Worker(script.code, {
          eval: script.eval,
          workerData: { dir } satisfies WorkerData,
          // The index is long-lived data, promoted soon whatever the nursery's size; a smaller
          // one costs a few more quick collections and keeps some 10 MB less resident.
          resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        }),
      );
    } catch {
      return null;
    }
  }

  /** Brings the worker's index up to date; answers the articles it could not read, with why. */
  async update(
    entries: readonly WorkerEntry[],
    boilerplate: ReadonlyMap<string, readonly BoilerplateLine[]>,
  ): Promise<ReadonlyMap<string, string>> {
    return (await this.send({ call: ++this.calls, kind: 'update', entries, boilerplate })) as Map<
      string,
      string
    >;
  }

  async find(query: SourcesQuery): Promise<SourceHit[]> {
    return (await this.send({ call: ++this.calls, kind: 'find', query })) as SourceHit[];
  }

  async stop(): Promise<void> {
    // Expected, not a fault: the workspace is being left or the process stops, and a question
    // still in flight is answered so (not logged as a failure with its stack).
    this.fail(new WorkbenchError('busy', 'The workspace is being closed; ask again once it is open.'));
    await this.worker.terminate();
  }

  private send(request: SourcesRequest): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(request.call, { resolve, reject });
      this.worker.postMessage(request);
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const call of this.pending.values()) call.reject(this.failure);
    this.pending.clear();
    this.worker.unref();
  }
}
