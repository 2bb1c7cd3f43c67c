// `crosscheck workspaces`: the workspace in use and the recently opened ones. Opens no
// workspace, so nothing is created where the list points.
import type { WorkspaceList } from '../../../shared/settings';
import { call } from '../call-api';
import type { CliCommand } from '../command';
import { noArgs } from '../options';
import { openSettingsApi } from '../settings-api';

export const workspacesCommand: CliCommand = {
  name: 'workspaces',
  usage: '  workspaces                list the workspace in use and the recently opened ones',
  opensWorkspace: false,
  async run({ args, choice, print }) {
    noArgs('workspaces', args);
    const list = await call(await openSettingsApi(choice.dir), 'listWorkspaces', {});
    print(list, renderWorkspaces(list));
    return 0;
  },
};

function renderWorkspaces(list: WorkspaceList): string {
  const recent = list.recent.map((w) => `  ${w.path}${w.exists ? '' : '  (missing)'}`);
  return [
    `In use: ${list.current}`,
    ...(recent.length ? ['Recent:', ...recent] : ['No other recent workspaces.']),
  ].join('\n');
}
