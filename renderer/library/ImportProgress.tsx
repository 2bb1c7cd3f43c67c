// The running import, the same for both doors: counts, a real progress bar, the name of the
// file in hand (elided in the middle, so its start and its extension stay readable; the full
// path is its tooltip) and Cancel. Screen readers hear the start and the cancel, not each poll: seven announcements a
// second would drown everything else out; the bar itself carries the current value.
import type { ReactNode } from 'react';
import { useActions, useLibrary } from '../state/library-context';
import type { ImportRunning } from '../state/library-state';
import { fileName, formatCount, plural, splitForMiddle } from './format';
import { useImportJobPolling } from './use-import-job-polling';

function CurrentFile(props: { path: string }): ReactNode {
  const [head, tail] = splitForMiddle(fileName(props.path));
  return (
    <span className="import-file" title={props.path}>
      <span className="import-file-head">{head}</span>
      <span className="import-file-tail">{tail}</span>
    </span>
  );
}

function announcement(running: ImportRunning | null): string {
  if (!running) return '';
  if (running.cancelling) return 'Cancelling the import after the files in hand.';
  return running.total === null ? 'Import started.' : `Importing ${plural(running.total, 'file', 'files')}.`;
}

function ProgressPanel(props: { running: ImportRunning; onCancel: () => void }): ReactNode {
  const { running, onCancel } = props;
  const { done, total, current, cancelling } = running;
  return (
    <div className="import-progress" data-testid="import-progress">
      <div className="import-progress-body">
        <div className="import-progress-line">
          <span className="import-progress-count">
            {total === null
              ? 'Looking for files…'
              : `Importing ${formatCount(done)} of ${formatCount(total)}`}
          </span>
          {cancelling ? (
            <span className="import-file is-note">finishing the files in hand…</span>
          ) : current ? (
            <CurrentFile path={current} />
          ) : null}
        </div>
        {total === null ? (
          <progress className="import-progress-bar" aria-label="Import progress" />
        ) : (
          <progress
            className="import-progress-bar"
            aria-label="Import progress"
            value={done}
            max={Math.max(total, 1)}
          />
        )}
      </div>
      <button
        type="button"
        className="button import-cancel"
        data-testid="import-cancel"
        // Not `disabled`: that would take the keyboard focus away from the reviewer.
        aria-disabled={cancelling}
        title="Stop after the files in hand; what was imported so far is kept"
        onClick={onCancel}
      >
        {cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  );
}

export function ImportProgress(): ReactNode {
  const actions = useActions();
  const status = useLibrary((s) => s.importStatus);
  const running = status.phase === 'running' ? status : null;
  useImportJobPolling(running?.jobId ?? null);
  return (
    <>
      {/* Always mounted so screen readers already know the live region when it speaks. */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement(running)}
      </p>
      {running ? <ProgressPanel running={running} onCancel={actions.cancelImport} /> : null}
    </>
  );
}
