// The Node-side implementation of WorkbenchApi. Every door — IPC, browser-mode HTTP, the
// CLI — calls these methods, so the UI and the CLI always do exactly the same thing.
// Inputs arrive already validated by api-dispatch (or typed by the CLI).
import { resolve } from 'node:path';
import type { WorkbenchApi } from '../../shared/api';
import { summarize, WorkbenchError } from '../../shared/model';
import type { WorkspaceStore } from '../store/workspace-store';
import { findArticleId } from './article-lookup';
import { importPaths, importUploads, type ImportProgress } from './import-service';

export interface ServiceOptions {
  readonly mode: 'desktop' | 'browser';
  /** Folder relative paths are resolved against (the CLI's working folder). */
  readonly cwd?: string;
  readonly onImportProgress?: (p: ImportProgress) => void;
}

export function createWorkbenchService(store: WorkspaceStore, options: ServiceOptions): WorkbenchApi {
  const cwd = options.cwd ?? process.cwd();
  return {
    async getWorkspaceInfo() {
      return {
        path: resolve(store.dir),
        schemaVersion: store.schemaVersion,
        articleCount: store.listEntries().length,
        mode: options.mode,
      };
    },
    async listArticles() {
      await store.reload();
      return store.listEntries().map((entry) => summarize({ ...entry } as never));
    },
    async getArticle({ ref }) {
      return store.readArticle(findArticleId(store.listEntries(), ref, cwd));
    },
    async importPaths({ paths }) {
      return importPaths(store, paths, {
        cwd,
        ...(options.onImportProgress ? { onProgress: options.onImportProgress } : {}),
      });
    },
    async importFiles({ files }) {
      const decoded = files.map((f) => {
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(f.base64))
          throw new WorkbenchError('invalid-input', `The upload of ${f.path} is not valid base64.`);
        return { path: f.path, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) };
      });
      return importUploads(store, decoded);
    },
  };
}
