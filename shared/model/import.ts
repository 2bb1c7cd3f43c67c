// Plain data describing the outcome of one import run (the `import --json` contract).
import type { ArticleSummary } from './article';

export interface ImportDuplicate {
  readonly path: string;
  /** Id of the article already in the workspace with the same bytes. */
  readonly sameAs: string;
}

export interface ImportRejected {
  readonly path: string;
  /** One sentence a reviewer understands, e.g. "the file is empty". */
  readonly reason: string;
}

export interface ImportResult {
  readonly imported: readonly ArticleSummary[];
  readonly duplicates: readonly ImportDuplicate[];
  readonly rejected: readonly ImportRejected[];
}

export interface WorkspaceInfo {
  readonly path: string;
  readonly schemaVersion: number;
  readonly articleCount: number;
  /** Which door the UI is talking through; lets the UI pick native dialogs or browser pickers. */
  readonly mode: 'desktop' | 'browser';
  /** Problems met while opening that did not stop it (a backup a full disk could not take). */
  readonly warnings?: readonly string[];
}

/** A long import running in the background, polled by the UI for progress. */
export interface ImportJob {
  readonly id: string;
  readonly state: 'running' | 'done' | 'cancelled' | 'failed';
  readonly done: number;
  readonly total: number;
  /** The file being read now ('' when none). */
  readonly current: string;
  /** The outcome, once the job is no longer running (also after a cancel: what was imported so far). */
  readonly result: ImportResult | null;
  readonly error: string | null;
}
