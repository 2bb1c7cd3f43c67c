// Opens a workspace for any door: the store, the service over it, and on the first run of
// the default workspace the sample articles from data/sample, so a new user sees a working
// example at once.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkspaceStore } from '../store/workspace-store';
import { importPaths } from './import-service';
import { createWorkbenchService, type ServiceOptions, type WorkspaceService } from './workbench-service';
import type { WorkspaceChoice } from './workspace-location';

/** The project's root in a checkout; Electron passes app.getAppPath() instead. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface OpenedWorkbench {
  readonly store: WorkspaceStore;
  readonly api: WorkspaceService;
  readonly seeded: boolean;
}

export async function openWorkbench(
  choice: WorkspaceChoice,
  options: ServiceOptions & { readonly appRoot?: string },
): Promise<OpenedWorkbench> {
  const { store, isNew } = await WorkspaceStore.open(resolve(choice.dir));
  let seeded = false;
  const sample = join(options.appRoot ?? PROJECT_ROOT, 'data', 'sample');
  if (isNew && choice.isDefault && existsSync(sample)) {
    await importPaths(store, [sample]);
    seeded = true;
  }
  return { store, api: createWorkbenchService(store, options), seeded };
}
