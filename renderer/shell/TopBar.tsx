// The window's top bar: the app's name, the workspace being worked on, import progress, the
// shortcuts help and the Import button.
import type { ReactNode } from 'react';
import { ImportButton } from '../library/ImportButton';
import { ImportProgress } from '../library/ImportProgress';
import { useActions, useLibrary } from '../state/library-context';
import { isMacPlatform } from './keys';
import { IconCommand, IconKeyboard, IconSettings, LogoMark } from '../ui/icons';

function WorkspacePath(): ReactNode {
  const actions = useActions();
  const path = useLibrary((s) => s.workspace?.path ?? null);
  if (!path) return null;
  return (
    <button
      type="button"
      className="workspace-path"
      title={`${path}\nSwitch workspace…`}
      data-testid="workspace-button"
      onClick={() => actions.setDialog('workspaces')}
    >
      <span className="workspace-label">Workspace</span>
      {/* Truncated from the start: the folder's own name is the part worth seeing. */}
      <span className="workspace-value">
        <bdi>{path}</bdi>
      </span>
    </button>
  );
}

export function TopBar(props: { onImport: () => void; importShortcut: string }): ReactNode {
  const actions = useActions();
  return (
    <header className="topbar">
      <div className="brand">
        <LogoMark />
        <span className="brand-name">Crosscheck</span>
      </div>
      <WorkspacePath />
      <div className="topbar-end">
        <ImportProgress />
        <button
          type="button"
          className="button subtle"
          data-testid="open-report"
          title="Preview and export the review report"
          onClick={() => actions.openReport(null)}
        >
          Report
        </button>
        <button
          type="button"
          className="button subtle palette-button"
          data-testid="open-palette"
          title="Every command, by name"
          onClick={() => actions.setDialog('palette')}
        >
          <IconCommand />
          Commands
          <kbd>{isMacPlatform() ? '⌘K' : 'Ctrl K'}</kbd>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Settings"
          title={`Settings (${isMacPlatform() ? '⌘,' : 'Ctrl+,'})`}
          data-testid="open-settings"
          onClick={() => actions.setDialog('settings')}
        >
          <IconSettings size={18} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={() => actions.setHelpOpen(true)}
        >
          <IconKeyboard size={18} />
        </button>
        <ImportButton onImport={props.onImport} shortcut={props.importShortcut} />
      </div>
    </header>
  );
}
