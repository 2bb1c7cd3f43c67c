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
}
