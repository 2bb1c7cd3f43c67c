// Opens a workspace for any door: the store, the service over it, and on the first run of
// the default workspace the sample articles from data/sample, so a new user sees a working
// example at once.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from './project-root';
import { WorkspaceStore } from '../store/workspace-store';
import { importPaths } from './import-service';
import { createWorkbenchService, type ServiceOptions, type WorkspaceService } from './workbench-service';
import type { WorkspaceChoice } from './workspace-location';

export { PROJECT_ROOT };

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
