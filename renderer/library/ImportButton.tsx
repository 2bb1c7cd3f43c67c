// The top bar's Import button and, beside it, the running import's progress.
import type { ReactNode } from 'react';
import { IconImport } from '../app/icons';
import { useLibrary } from '../state/library-context';
import { formatCount } from './format';

export function ImportButton(props: { onImport: () => void; shortcut: string }): ReactNode {
  const running = useLibrary((s) => s.importStatus.phase === 'running');
  return (
    <button
      type="button"
      className="button primary"
      data-testid="import-button"
      title={`Import a folder of articles (${props.shortcut})`}
      disabled={running}
      onClick={props.onImport}
    >
      <IconImport />
      Import
    </button>
  );
}

export function ImportProgress(): ReactNode {
  const status = useLibrary((s) => s.importStatus);
  const running = status.phase === 'running' ? status : null;
  return (
    // Always mounted so screen readers hear the updates of a live region they already know.
    <div className="import-progress" role="status" aria-live="polite" data-testid="import-progress">
      {running ? (
        <>
          <span className="spinner" aria-hidden="true" />
          <span className="import-progress-text">
            {running.total === null
              ? 'Importing…'
              : `Importing ${formatCount(running.done)} of ${formatCount(running.total)}…`}
          </span>
          {running.total ? (
            <progress className="import-progress-bar" value={running.done} max={running.total} />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
