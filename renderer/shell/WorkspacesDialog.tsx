// Workspaces: the one in use, the recent ones (one click to switch), and another folder by
// path — browser mode cannot show a native folder picker, so the path is typed; the desktop
// app offers its picker as well. Switching reloads the page on the workspace now open.
import { useState, type ReactNode } from 'react';
import { useActions, useLibrary } from '../state/library-context';
import { problemFrom } from '../state/problems';
import { Dialog } from '../ui/Dialog';

export function WorkspacesDialog(props: { isDesktop: boolean }): ReactNode {
  const actions = useActions();
  const list = useLibrary((s) => s.workspaces);
  const switching = useLibrary((s) => s.switchingWorkspace);
  const [path, setPath] = useState('');
  // Shown here too: the banner under the top bar is behind this modal.
  const error = useLibrary((s) => problemFrom(s, 'settings'));

  return (
    <Dialog
      title="Workspaces"
      testId="workspaces-dialog"
      className="workspaces"
      onClose={() => actions.closeDialog('workspaces')}
    >
      <p className="ws-current">
        <span className="ws-label">In use</span>
        <bdi data-testid="workspace-current">{list?.current ?? '…'}</bdi>
      </p>
      <h3 className="ws-heading">Recent</h3>
      {list && list.recent.length === 0 ? <p className="ws-empty">No other workspace opened yet.</p> : null}
      <ul className="ws-list">
        {list?.recent.map((w) => (
          <li key={w.path} className="ws-item">
            <span className="ws-name">{w.name}</span>
            <bdi className="ws-path" title={w.path}>
              {w.path}
            </bdi>
            <button
              type="button"
              className="button"
              disabled={!w.exists || switching}
              title={w.exists ? `Open ${w.path}` : 'This folder no longer holds a workspace'}
              onClick={() => void actions.openWorkspace(w.path)}
            >
              {w.exists ? 'Open' : 'Missing'}
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="ws-error" role="alert" data-testid="workspace-error">
          <strong>{error.title}</strong> {error.message}
        </p>
      ) : null}
      <form
        className="ws-open"
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) void actions.openWorkspace(path.trim());
        }}
      >
        <label htmlFor="ws-path-input" className="ws-heading">
          Open another folder
        </label>
        <p className="ws-hint">An existing workspace, or an empty folder to start a new one.</p>
        <div className="ws-row">
          <input
            id="ws-path-input"
            className="rp-input"
            value={path}
            placeholder="/full/path/to/folder"
            spellCheck={false}
            data-testid="workspace-path"
            onChange={(e) => setPath(e.target.value)}
          />
          <button type="submit" className="button primary" disabled={!path.trim() || switching}>
            {switching ? 'Opening…' : 'Open'}
          </button>
          {props.isDesktop ? (
            <button type="button" className="button" onClick={() => void actions.chooseWorkspace()}>
              Choose…
            </button>
          ) : null}
        </div>
      </form>
    </Dialog>
  );
}
