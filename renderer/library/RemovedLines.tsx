// The lines cleaning dropped from the original (navigation, ads, share buttons…), each with
// its line number and the rule's reason, so a reviewer can check nothing of substance went.
import type { ReactNode } from 'react';
import type { RemovedLine } from '../../shared/model';
import { IconChevron } from '../app/icons';

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

export function RemovedLines(props: { lines: readonly RemovedLine[] }): ReactNode {
  return (
    <section id={REMOVED_LINES_ID} className="removed" aria-label="Lines removed by cleaning">
      <p className="removed-intro">
        These lines of the original file are not part of the cleaned text. Line numbers count from the top of
        the original.
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
          </tr>
        </thead>
        <tbody>
          {props.lines.map((line, i) => (
            <tr key={`${line.line}-${i}`}>
              <td className="removed-line">{line.line}</td>
              <td className="removed-text">{line.text || <span className="is-missing">(blank)</span>}</td>
              <td className="removed-reason">{line.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
