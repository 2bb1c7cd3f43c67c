// The workspace-wide statement index for the services (statement-index-host.ts), in one of two
// places. The CLI keeps it in its own thread: one question, then exit. The app and browser
// mode keep it in a worker thread (sources-worker.ts), because loading it (a 110 MB file at
// 20,000 articles), building it and matching a story's claims against it are seconds of CPU
// that would otherwise hold up every other request — the reader opening a story waited behind
// the source counts of the rows on screen. On Linux the worker also runs at a lower CPU
// priority, so that work yields the cores to the window being scrolled. A worker that cannot
// start, or fails, hands the work back to this thread: the answers are the same either way.
import type { BoilerplateLine } from '../../shared/ingest/outlet-boilerplate';
import type { Article } from '../../shared/model';
import type { SourceHit } from '../../shared/sources';
import type { WorkspaceStore } from '../store/workspace-store';
import { StatementIndexHost, type HostEntry, type SourcesQuery } from './statement-index-host';
import { SourcesWorkerClient, type WorkerEntry } from './sources-worker-client';
import { SerialQueue } from '../../shared/serial-queue';

export type { SourcesQuery } from './statement-index-host';

/** Where the statement index lives: this thread, or a worker thread. */
export type SourcesThread = 'local' | 'worker';

export class SourcesService {
  private local: StatementIndexHost | null = null;
  private worker: SourcesWorkerClient | null = null;
  /** The store revision the index was last brought up to date with. */
  private checked = -1;
  private closed = false;
  private readonly queue = new SerialQueue();
  /** Articles whose file could not be read when indexing, with the reason (tried again next time). */
  readonly unreadable = new Map<string, string>();

  constructor(
    private readonly store: WorkspaceStore,
    /** The article as the reviewer reads it (boilerplate out, restored lines in). */
    private readonly readView: (id: string) => Promise<Article>,
    thread: SourcesThread = 'local',
  ) {
    if (thread === 'worker') this.worker = SourcesWorkerClient.start(store.dir);
  }

  /** Every statement of the workspace that speaks to the text, with its relation to it. */
  async find(query: SourcesQuery): Promise<SourceHit[]> {
    await this.ensure();
    if (this.worker) {
      try {
        return await this.worker.find(query);
      } catch (error) {
        if (!this.failOver()) throw error;
        await this.ensure();
      }
    }
    return this.host().find(query);
  }

  /**
   * Stops the worker (the workspace is being left, or the process stops): a question still in
   * flight fails rather than starting the work again in this thread.
   */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    await worker?.stop();
  }

  /** The index brought up to date with the workspace as it stands (once per store revision). */
  private ensure(): Promise<void> {
    // Asked once per claim: when the document has not been read again since, nothing changed.
    if (this.checked === this.store.revision) return Promise.resolve();
    return this.queue.run(async () => {
      const revision = this.store.revision;
      if (this.checked === revision) return;
      const entries = this.entries();
      let unreadable: ReadonlyMap<string, string>;
      if (this.worker) {
        try {
          unreadable = await this.worker.update(entries, this.boilerplate(entries));
        } catch (error) {
          if (!this.failOver()) throw error;
          unreadable = await this.updateLocal(entries);
        }
      } else unreadable = await this.updateLocal(entries);
      // A damaged file is set aside (damaged/, with its reason) by whichever thread read it.
      this.unreadable.clear();
      for (const [id, reason] of unreadable) this.unreadable.set(id, reason);
      this.checked = revision;
    });
  }

  private async updateLocal(entries: readonly WorkerEntry[]): Promise<ReadonlyMap<string, string>> {
    const host = this.host();
    await host.update(entries);
    return host.unreadable;
  }

  private host(): StatementIndexHost {
    return (this.local ??= new StatementIndexHost(this.store.dir, (entry: HostEntry) =>
      this.readView(entry.id),
    ));
  }

  /** The worker failed: this thread takes over (false when it already had). */
  private failOver(): boolean {
    if (!this.worker || this.closed) return false;
    void this.worker.stop();
    this.worker = null;
    this.checked = -1;
    return true;
  }

  private entries(): WorkerEntry[] {
    return this.store.listEntries().map((e) => {
      const restored = this.store.restoredLines(e.id);
      return {
        id: e.id,
        // What the indexed view depends on: its outlet's boilerplate and its restored lines.
        tag: `${this.store.boilerplateFor(e.outlet).length}/${restored.join(',')}`,
        date: e.date ?? null,
        outlet: e.outlet ?? null,
        restored: [...restored],
      };
    });
  }

  /**
   * The boilerplate of the outlets these entries name (only those that have some). A map, not
   * an object: an outlet is whatever an imported file says, "__proto__" included.
   */
  private boilerplate(entries: readonly WorkerEntry[]): Map<string, readonly BoilerplateLine[]> {
    const out = new Map<string, readonly BoilerplateLine[]>();
    for (const e of entries)
      if (e.outlet !== null && !out.has(e.outlet)) {
        const lines = this.store.boilerplateFor(e.outlet);
        if (lines.length) out.set(e.outlet, lines);
      }
    return out;
  }
}
