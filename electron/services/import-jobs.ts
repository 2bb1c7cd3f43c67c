// Background imports for the UI: start returns at once, the UI polls for progress, and a
// cancel stops after the file in hand. Jobs live in memory for the life of the process;
// their outcome is also in the workspace, so nothing is lost when a job is forgotten.
import { randomBytes } from 'node:crypto';
import type { ImportJob } from '../../shared/model';
import { WorkbenchError } from '../../shared/model';
import type { WorkspaceStore } from '../store/workspace-store';
import { importPaths } from './import-service';

const JOBS_KEPT = 20;

interface Running {
  job: ImportJob;
  readonly abort: AbortController;
}

export class ImportJobs {
  private readonly jobs = new Map<string, Running>();

  constructor(
    private readonly store: WorkspaceStore,
    private readonly cwd: string,
  ) {}

  running(): boolean {
    return [...this.jobs.values()].some((r) => r.job.state === 'running');
  }

  start(paths: readonly string[]): ImportJob {
    const id = randomBytes(8).toString('hex');
    const abort = new AbortController();
    const entry: Running = {
      job: { id, state: 'running', done: 0, total: 0, current: '', result: null, error: null },
      abort,
    };
    this.jobs.set(id, entry);
    this.forgetOld();
    importPaths(this.store, paths, {
      cwd: this.cwd,
      signal: abort.signal,
      onProgress: (p) => (entry.job = { ...entry.job, done: p.done, total: p.total, current: p.current }),
    }).then(
      (result) =>
        (entry.job = {
          ...entry.job,
          state: abort.signal.aborted ? 'cancelled' : 'done',
          current: '',
          result,
        }),
      (err: unknown) =>
        (entry.job = { ...entry.job, state: 'failed', current: '', error: (err as Error).message }),
    );
    return entry.job;
  }

  get(id: string): ImportJob {
    const entry = this.jobs.get(id);
    if (!entry)
      throw new WorkbenchError(
        'not-found',
        `No import job ${id} (finished jobs are kept until ${JOBS_KEPT} newer ones ran).`,
      );
    return entry.job;
  }

  cancel(id: string): ImportJob {
    const entry = this.jobs.get(id);
    if (!entry) return this.get(id);
    entry.abort.abort();
    return entry.job;
  }

  private forgetOld(): void {
    const finished = [...this.jobs.entries()].filter(([, r]) => r.job.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, this.jobs.size - JOBS_KEPT))) this.jobs.delete(id);
  }
}
