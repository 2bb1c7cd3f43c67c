// Importing through either door. Desktop: the native folder picker, then a background job in
// the services that is polled (use-import-job-polling.ts drives the polls, so they stop with
// the component). Browser: the picked files uploaded in batches. Both fill the same
// `ImportRunning` state, so one progress component with one Cancel button serves both.
// Only the state/*-actions.ts files talk to the API; components call these actions.
import type { ImportJob, ImportResult } from '../../shared/model';
import type { WorkbenchClient } from '../api/client';
import { messageOf } from './error-message';
import { uploadFiles } from './import-upload';
import type { ImportRunning, LibraryState } from './library-state';
import { patcher } from './problems';
import type { Store } from './store';

export interface ImportActions {
  /** True in Electron: imports go through the native folder picker, not a file input. */
  readonly usesNativePicker: boolean;
  importFromDesktop(): Promise<void>;
  /** Folders or files dropped on the desktop window, by their disk paths. */
  importDroppedPaths(paths: readonly string[]): Promise<void>;
  /** A dropped folder could not be read by the browser. */
  reportDropFailure(error: unknown): void;
  importBrowserFiles(files: readonly File[]): Promise<void>;
  /** Stops the running import after the files in hand; what was imported is kept. */
  cancelImport(): void;
  /** One poll of the desktop job; resolves true while the job should be polled again. */
  pollImportJob(jobId: string): Promise<boolean>;
  closeImportSummary(): void;
}

/** Called once an import has ended: null when it failed and there is no result to show. */
export type FinishImport = (result: ImportResult | null, cancelled: boolean) => Promise<void>;

/** A poll may fail once in a while (the machine is busy); this many in a row ends the watch. */
const POLL_FAILURES_TOLERATED = 3;

export function createImportActions(
  store: Store<LibraryState>,
  client: WorkbenchClient,
  finish: FinishImport,
): ImportActions {
  const { api, pickFolders } = client;
  const set = patcher(store, 'import');
  /** The running browser upload's brake; null when none runs (desktop jobs are cancelled by id). */
  let uploadAbort: AbortController | null = null;
  let pollFailures = 0;
  let picking = false;

  const running = (): ImportRunning | null => {
    const status = store.getState().importStatus;
    return status.phase === 'running' ? status : null;
  };
  const updateRunning = (patch: Partial<Omit<ImportRunning, 'phase'>>): void =>
    store.setState((s) =>
      s.importStatus.phase === 'running' ? { ...s, importStatus: { ...s.importStatus, ...patch } } : s,
    );

  /** Shows a job's state; resolves true while it is still running. */
  async function applyJob(job: ImportJob): Promise<boolean> {
    const now = running();
    // An answer about a job we no longer watch (it ended, or another started) changes nothing.
    if (!now || now.jobId !== job.id) return false;
    if (job.state === 'running') {
      // The services report total 0 while they are still walking the chosen folders.
      const counted = job.total > 0 || job.done > 0;
      updateRunning({ done: job.done, total: counted ? job.total : null, current: job.current });
      return true;
    }
    if (job.state === 'failed' || !job.result) {
      set({
        importStatus: { phase: 'idle' },
        problem: { title: 'The import stopped.', message: job.error ?? 'The services gave no reason.' },
      });
      await finish(null, false);
      return false;
    }
    await finish(job.result, job.state === 'cancelled');
    return false;
  }

  function cancelJob(jobId: string): void {
    api.cancelImport({ jobId }).then(applyJob, (error: unknown) => {
      // The job runs on; the polls keep showing it, and the reviewer may try again.
      updateRunning({ cancelling: false });
      set({ problem: { title: 'The import could not be cancelled.', message: messageOf(error) } });
    });
  }

  /** Imports folders or files from the machine's disk as a polled background job (desktop). */
  async function importDiskPaths(paths: readonly string[]): Promise<void> {
    if (paths.length === 0 || running()) return;
    set({
      importStatus: { phase: 'running', jobId: null, done: 0, total: null, current: '', cancelling: false },
      problem: null,
    });
    let job: ImportJob;
    try {
      job = await api.startImport({ paths: [...paths] });
    } catch (error) {
      set({
        importStatus: { phase: 'idle' },
        problem: { title: 'The import did not start.', message: messageOf(error) },
      });
      return;
    }
    pollFailures = 0;
    updateRunning({ jobId: job.id });
    // Cancel may have been pressed while the job was being started.
    if (running()?.cancelling) cancelJob(job.id);
    await applyJob(job);
  }

  return {
    usesNativePicker: pickFolders !== null,

    async importFromDesktop() {
      // One picker at a time (on macOS the menu and the page may both answer Cmd+O).
      if (!pickFolders || running() || picking) return;
      let paths: string[] | null;
      picking = true;
      try {
        paths = await pickFolders();
      } catch (error) {
        set({ problem: { title: 'The folder picker did not open.', message: messageOf(error) } });
        return;
      } finally {
        picking = false;
      }
      if (paths && paths.length > 0) await importDiskPaths(paths);
    },

    importDroppedPaths: importDiskPaths,
    reportDropFailure: (error) =>
      set({ problem: { title: 'The dropped folder could not be read.', message: messageOf(error) } }),

    async importBrowserFiles(files) {
      if (running()) return;
      const abort = new AbortController();
      uploadAbort = abort;
      set({
        importStatus: {
          phase: 'running',
          jobId: null,
          done: 0,
          total: files.length,
          current: '',
          cancelling: false,
        },
        problem: null,
      });
      try {
        const result = await uploadFiles(api, files, (p) => updateRunning(p), abort.signal);
        await finish(result, abort.signal.aborted);
      } finally {
        uploadAbort = null;
      }
    },

    cancelImport() {
      const now = running();
      if (!now || now.cancelling) return;
      updateRunning({ cancelling: true });
      if (uploadAbort) uploadAbort.abort();
      else if (now.jobId) cancelJob(now.jobId);
      // Otherwise the job is still starting; importFromDesktop cancels it once it has an id.
    },

    async pollImportJob(jobId) {
      try {
        const job = await api.getImportJob({ jobId });
        pollFailures = 0;
        return await applyJob(job);
      } catch (error) {
        if (running()?.jobId !== jobId) return false;
        if (++pollFailures < POLL_FAILURES_TOLERATED) return true;
        set({
          importStatus: { phase: 'idle' },
          problem: { title: 'The import’s progress could not be read.', message: messageOf(error) },
        });
        await finish(null, false);
        return false;
      }
    },

    closeImportSummary: () => set({ importStatus: { phase: 'idle' } }),
  };
}
