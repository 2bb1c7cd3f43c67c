// The session operations `settings` and `workspaces` call, answered from settings.json alone,
// as WorkspaceSession answers them, so these commands go through dispatch without opening a
// workspace: settings belong to the person, not the workspace, and listing the recent
// workspaces must not create the one in use.
import { resolve } from 'node:path';
import type { WorkbenchApi } from '../../shared/api';
import { configDir } from '../services/workspace-location';
import { workspaceList } from '../services/workspace-session';
import { SettingsFile } from '../store/settings-file';

export type SettingsApi = Pick<WorkbenchApi, 'getSettings' | 'saveSettings' | 'listWorkspaces'>;

/** `workspaceDir`: the workspace the CLI would use, reported as the one in use. */
export async function openSettingsApi(workspaceDir: string): Promise<SettingsApi> {
  const settings = await SettingsFile.open(configDir());
  return {
    getSettings: async () => settings.info(),
    saveSettings: (patch) => settings.update(patch),
    listWorkspaces: async () =>
      workspaceList(resolve(workspaceDir), settings.info().settings.recentWorkspaces),
  };
}
