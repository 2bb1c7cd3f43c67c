// The consistency matrix of a story: one row per claim slot, one column per article (its
// versions in order, then the related stories' articles). Each cell is what that article
// says — a changed figure, date or source flagged, an empty cell where it is silent — and
// opens its passage in the reader. A row's verdict is set from the grid. Only the rows near
// the viewport are mounted (row-window.ts), so 200 claims × 50 versions scroll smoothly.
import { memo, useRef, type ReactNode } from 'react';
import type { ConsistencyMatrixView, VerdictStatus } from '../../shared/model';
import { ScreenHeader } from '../ui/ScreenHeader';
import { CELL_LABEL } from '../review/ClaimStatus';
import { useActions } from '../state/library-context';
import type { MatrixScreenState } from '../state/matrix-state';
import { MATRIX_ROW_HEIGHT, useRowWindow } from './row-window';

type Row = ConsistencyMatrixView['rows'][number];
type Cell = Row['cells'][number];

const VERDICTS: readonly [VerdictStatus, string, string][] = [
  ['consistent', 'Consistent', '='],
  ['conflicting', 'Conflicting', '≠'],
  ['unclear', 'Unclear', '?'],
];

export function MatrixScreen(props: { matrix: MatrixScreenState }): ReactNode {
  const { matrix: m } = props;
  const actions = useActions();
  const view = m.view;
  const rows = view ? view.rows.filter((r) => !m.onlyConflicts || r.conflicting) : [];
  const conflicts = view?.rows.filter((r) => r.conflicting).length ?? 0;
  return (
    <main className="mx-screen" data-testid="matrix-screen" aria-labelledby="matrix-title">
      <ScreenHeader
        titleId="matrix-title"
        kicker="Consistency matrix"
        title={view?.title ?? 'Untitled story'}
        titleTooltip={view?.title ?? undefined}
        onBack={actions.closeMatrix}
      >
        {view ? (
          <p className="mx-summary" data-testid="matrix-summary">
            {view.rows.length} claims × {view.columns.length} articles ·{' '}
            <strong className={conflicts ? 'mx-bad' : undefined}>
              {conflicts} {conflicts === 1 ? 'row' : 'rows'} with a conflict
            </strong>
          </p>
        ) : null}
        <label className="cmp-toggle">
          <input
            type="checkbox"
            checked={m.onlyConflicts}
            onChange={(e) => actions.setOnlyConflicts(e.target.checked)}
            data-testid="matrix-only-conflicts"
          />
          Only conflicts
        </label>
        <button
          type="button"
          className="button"
          disabled={!view}
          data-testid="matrix-export-csv"
          onClick={actions.exportMatrixCsv}
        >
          Export CSV
        </button>
        <p className="mx-status" role="status" data-testid="matrix-status">
          {m.notice}
        </p>
      </ScreenHeader>
      {m.status === 'loading' ? (
        <p className="mx-message">Lining up every claim with every article…</p>
      ) : null}
      {m.status === 'error' ? (
        <p className="mx-message mx-bad" role="alert">
          The matrix could not be built. {m.error}
        </p>
      ) : null}
      {/* A new grid (from the top) when the filter changes what is listed. */}
      {view ? (
        <Grid key={m.onlyConflicts ? 'conflicts' : 'all'} view={view} rows={rows} saving={m.saving} />
      ) : null}
    </main>
  );
}

function Grid(props: {
  view: ConsistencyMatrixView;
  rows: readonly Row[];
  saving: string | null;
}): ReactNode {
  const { view, rows, saving } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLTableSectionElement>(null);
  const { start, end } = useRowWindow(scroller, header, rows.length);
  const columns = view.columns.length + 1;
  let version = 0;
  return (
    <div className="mx-scroll" tabIndex={0} aria-label="Claims by article" ref={scroller}>
      <table
        className="mx-table"
        data-testid="matrix-table"
        aria-rowcount={rows.length + 1}
        data-rows={rows.length}
        // Fixed layout needs the table's width: the claim column and 190 px an article.
        style={{ width: 380 + view.columns.length * 190 }}
      >
        <thead ref={header}>
          <tr aria-rowindex={1}>
            <th scope="col" className="mx-claim-head">
              Claim
            </th>
            {view.columns.map((c) => (
              <th
                key={c.articleId}
                scope="col"
                className={c.related ? 'mx-col related' : 'mx-col'}
                title={c.title ?? ''}
              >
                <span className="mx-col-kicker">{c.related ? 'Related' : `Version ${++version}`}</span>
                <span className="mx-col-outlet">{c.outlet ?? 'Unknown outlet'}</span>
                <span className="mx-col-date">{c.date ?? 'no date'}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <Spacer rows={start} columns={columns} />
          {rows.slice(start, end).map((row, i) => (
            <MatrixRow key={row.claimId} row={row} index={start + i} saving={saving} />
          ))}
          <Spacer rows={rows.length - end} columns={columns} />
        </tbody>
      </table>
      {rows.length === 0 ? <p className="mx-message">No row to show.</p> : null}
    </div>
  );
}

/**
 * One claim's row. Memoised: scrolling mounts a row or two at a time, and the rows already on
 * screen (their ~50 cells each) must not render again for it.
 */
const MatrixRow = memo(function MatrixRow(props: {
  row: Row;
  index: number;
  saving: string | null;
}): ReactNode {
  const { row, index, saving } = props;
  const actions = useActions();
  return (
    <tr
      className={row.conflicting ? 'mx-row conflicting' : 'mx-row'}
      aria-rowindex={index + 2}
      data-testid="matrix-row"
      data-claim-id={row.claimId}
      data-conflicting={row.conflicting}
    >
      <th scope="row" className="mx-claim">
        <div className="mx-claim-body">
          <span className="mx-kinds">
            {row.conflicting ? <span className="mx-flag">Conflict</span> : null}
            {row.kinds.join(' · ')}
          </span>
          <span className="mx-text">{row.text}</span>
          <span className="mx-verdicts" role="group" aria-label="Verdict">
            {VERDICTS.map(([status, label, mark]) => (
              <button
                key={status}
                type="button"
                className={`rv-verdict status-${status}`}
                aria-pressed={row.verdict?.status === status}
                // Not `disabled`: that would drop keyboard focus while a verdict saves.
                aria-disabled={saving !== null}
                data-testid={`matrix-verdict-${status}`}
                title={row.verdict?.status === status ? `${label} (click to clear)` : label}
                onClick={() =>
                  saving === null &&
                  void actions.setRowVerdict(row.claimId, row.verdict?.status === status ? null : status)
                }
              >
                <span aria-hidden="true">{mark}</span> {label}
              </button>
            ))}
          </span>
        </div>
      </th>
      {row.cells.map((cell) => (
        <MatrixCell key={cell.articleId} cell={cell} />
      ))}
    </tr>
  );
});

/** Stands in for rows not mounted, so the scrollbar is the whole grid's. */
function Spacer(props: { rows: number; columns: number }): ReactNode {
  if (props.rows <= 0) return null;
  return (
    <tr className="mx-spacer" aria-hidden="true" style={{ height: props.rows * MATRIX_ROW_HEIGHT }}>
      <td colSpan={props.columns} />
    </tr>
  );
}

function MatrixCell(props: { cell: Cell }): ReactNode {
  const { cell } = props;
  const actions = useActions();
  const span = cell.span;
  if (!span)
    return (
      <td className="mx-cell silent" data-status="silent" title="Not in this article">
        <span aria-label="not in this article">—</span>
      </td>
    );
  return (
    <td
      className={cell.conflicting ? 'mx-cell conflicting' : 'mx-cell'}
      data-status={cell.status}
      data-testid="matrix-cell"
    >
      <button
        type="button"
        className="mx-cell-button"
        title={`${CELL_LABEL[cell.status]} — open the passage: ${span.text}`}
        onClick={() => actions.openCell(cell.articleId, span.start, span.end)}
      >
        <span className="mx-value">{cell.value}</span>
        <span className="mx-cell-status">
          {cell.conflicting ? '≠ ' : ''}
          {CELL_LABEL[cell.status]}
        </span>
      </button>
    </td>
  );
}
