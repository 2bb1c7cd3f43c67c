// The lines cleaning dropped from the original (navigation, ads, share buttons…), each with
// its line number and the rule's reason, so a reviewer can check nothing of substance went —
// and put back, with Restore, a line that should not have gone. Each row's Restore button is
// a tab stop named after its line; after a restore the keyboard stays in the table.
import type { ReactNode } from 'react';
import type { Article, RemovedLine } from '../../shared/model';
import { IconChevron, IconRestore } from '../ui/icons';
import { useActions, useLibrary } from '../state/library-context';
import { focusSoon } from './focus-soon';

export const REMOVED_LINES_ID = 'removed-lines';

export function RemovedToggle(props: { count: number; open: boolean; onToggle: () => void }): ReactNode {
  const { count, open, onToggle } = props;
  return (
    <button
      type="button"
      className={open ? 'button subtle removed-toggle is-open' : 'button subtle removed-toggle'}
      aria-expanded={open}
      aria-controls={REMOVED_LINES_ID}
      disabled={count === 0}
      title={count === 0 ? 'Cleaning removed nothing from this article' : 'Toggle with R'}
      data-testid="removed-toggle"
      onClick={onToggle}
    >
      <IconChevron size={14} className="chevron" />
      {open ? `Hide removed lines (${count})` : `Show removed lines (${count})`}
    </button>
  );
}

function RemovedRow(props: {
  line: RemovedLine;
  pending: boolean;
  busy: boolean;
  onRestore: () => void;
}): ReactNode {
  const { line, pending, busy, onRestore } = props;
  const textId = `removed-text-${line.line}`;
  return (
    <tr data-testid="removed-row" data-line={line.line}>
      <td className="removed-line">{line.line}</td>
      <td className="removed-text" id={textId}>
        {line.text || <span className="is-missing">(blank)</span>}
      </td>
      <td className="removed-reason">{line.reason}</td>
      <td className="removed-action">
        <button
          type="button"
          className="button restore-button"
          data-testid="restore-line"
          aria-label={`Restore line ${line.line}`}
          aria-describedby={textId}
          // Not `disabled` while another line is saving: that would drop the keyboard focus.
          aria-disabled={busy}
          title="Put this line back into the text, where it stood in the original"
          onClick={() => {
            if (!busy) onRestore();
          }}
        >
          <IconRestore size={14} />
          {pending ? 'Restoring…' : 'Restore'}
        </button>
      </td>
    </tr>
  );
}

export function RemovedLines(props: { article: Article }): ReactNode {
  const { article } = props;
  const actions = useActions();
  const pending = useLibrary((s) => (s.pendingLine?.articleId === article.id ? s.pendingLine.line : null));
  const lines = article.removed;

  async function restore(index: number): Promise<void> {
    const row = lines[index];
    if (!row) return;
    const neighbour = lines[index + 1] ?? lines[index - 1];
    if (!(await actions.setLineRestored(row.line, true))) return;
    // The row has gone: keep the keyboard in the table, or follow the last line into the text.
    focusSoon(
      neighbour
        ? `[data-testid="removed-row"][data-line="${neighbour.line}"] [data-testid="restore-line"]`
        : `[data-testid="restored-paragraph"][data-line="${row.line}"] [data-testid="unrestore-line"]`,
    );
  }

  return (
    <section id={REMOVED_LINES_ID} className="removed" aria-label="Lines removed by cleaning">
      <p className="removed-intro">
        These lines of the original file are not part of the cleaned text (line numbers count from its top).{' '}
        <strong>Restore</strong> puts a line back where it stood.
      </p>
      <table className="removed-table">
        <thead>
          <tr>
            <th scope="col" className="removed-line">
              Line
            </th>
            <th scope="col">Removed text</th>
            <th scope="col" className="removed-reason">
              Reason
            </th>
            <th scope="col" className="removed-action">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <RemovedRow
              key={line.line}
              line={line}
              pending={pending === line.line}
              busy={pending !== null}
              onRestore={() => void restore(i)}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
