// The aligned rows: two columns in one scroller (so both sides always scroll together) or one
// unified column. Off-screen rows skip layout and paint (CSS content-visibility), which keeps a
// long article smooth without a windowing library. A moved sentence shows where it left and
// where it arrived, each with a link to the other.
import type { ReactNode } from 'react';
import type { DisplayRow } from './compare-display';
import { ChangeReasons, DiffText } from './DiffText';

interface CompareRowsProps {
  readonly rows: readonly DisplayRow[];
  readonly unified: boolean;
  readonly hideCosmetic: boolean;
  /** Display row index of the change in hand; -1 for none. */
  readonly currentRow: number;
  readonly onJump: (row: number) => void;
  /** The articles on the left and right: selected words are asked about as theirs. */
  readonly aId: string;
  readonly bId: string;
}

const GUTTER: Record<DisplayRow['kind'], { mark: string; label: string }> = {
  same: { mark: '', label: 'unchanged' },
  changed: { mark: '~', label: 'changed' },
  removed: { mark: '−', label: 'removed' },
  added: { mark: '+', label: 'added' },
  'moved-from': { mark: '↓', label: 'moved' },
  'moved-to': { mark: '↑', label: 'moved here' },
};

function Jump(props: { to: number; label: string; onJump: (row: number) => void }): ReactNode {
  return (
    <button type="button" className="cmp-jump" onClick={() => props.onJump(props.to)}>
      {props.label}
    </button>
  );
}

function Side(props: {
  row: DisplayRow;
  side: 'a' | 'b';
  hideCosmetic: boolean;
  onJump: (row: number) => void;
}) {
  const { row, side, hideCosmetic, onJump } = props;
  switch (row.kind) {
    case 'same':
      return <p className="cmp-text">{side === 'a' ? row.a : row.b}</p>;
    case 'changed':
      return (
        <>
          <p className="cmp-text">
            <DiffText parts={row.parts} changes={row.changes} side={side} hideCosmetic={hideCosmetic} />
          </p>
          {side === 'b' ? <ChangeReasons changes={row.changes} hideCosmetic={hideCosmetic} /> : null}
        </>
      );
    case 'removed':
      return side === 'a' ? (
        <p className="cmp-text">
          <del className="is-block">{row.a}</del>
        </p>
      ) : (
        <p className="cmp-gap">not in this version</p>
      );
    case 'added':
      return side === 'b' ? (
        <p className="cmp-text">
          <ins className="is-block">{row.b}</ins>
        </p>
      ) : (
        <p className="cmp-gap">not in this version</p>
      );
    case 'moved-from':
      return side === 'a' ? (
        <p className="cmp-text is-moved">
          {row.parts ? (
            <DiffText parts={row.parts} changes={row.changes} side="a" hideCosmetic={hideCosmetic} />
          ) : (
            row.a
          )}
        </p>
      ) : (
        <p className="cmp-gap">
          <Jump to={row.to} label="Moved further down ↓" onJump={onJump} />
        </p>
      );
    case 'moved-to':
      return side === 'b' ? (
        <>
          <p className="cmp-text is-moved">
            {row.parts ? (
              <DiffText parts={row.parts} changes={row.changes} side="b" hideCosmetic={hideCosmetic} />
            ) : (
              row.b
            )}
          </p>
          <ChangeReasons changes={row.changes} hideCosmetic={hideCosmetic} />
        </>
      ) : (
        <p className="cmp-gap">
          <Jump to={row.from} label="Moved from further up ↑" onJump={onJump} />
        </p>
      );
  }
}

function Unified(props: { row: DisplayRow; hideCosmetic: boolean; onJump: (row: number) => void }) {
  const { row, hideCosmetic, onJump } = props;
  switch (row.kind) {
    case 'same':
      return <p className="cmp-text">{row.b}</p>;
    case 'changed':
      return (
        <>
          <p className="cmp-text">
            <DiffText parts={row.parts} changes={row.changes} side="unified" hideCosmetic={hideCosmetic} />
          </p>
          <ChangeReasons changes={row.changes} hideCosmetic={hideCosmetic} />
        </>
      );
    case 'removed':
      return (
        <p className="cmp-text">
          <del className="is-block">{row.a}</del>
        </p>
      );
    case 'added':
      return (
        <p className="cmp-text">
          <ins className="is-block">{row.b}</ins>
        </p>
      );
    case 'moved-from':
      return (
        <p className="cmp-text is-moved is-left">
          <span className="cmp-moved-text">{row.a}</span>{' '}
          <Jump to={row.to} label="Moved further down ↓" onJump={onJump} />
        </p>
      );
    case 'moved-to':
      return (
        <>
          <p className="cmp-text is-moved">
            <span>
              {row.parts ? (
                <DiffText
                  parts={row.parts}
                  changes={row.changes}
                  side="unified"
                  hideCosmetic={hideCosmetic}
                />
              ) : (
                row.b
              )}
            </span>{' '}
            <Jump to={row.from} label="Moved from further up ↑" onJump={onJump} />
          </p>
          <ChangeReasons changes={row.changes} hideCosmetic={hideCosmetic} />
        </>
      );
  }
}

export function CompareRows(props: CompareRowsProps): ReactNode {
  const { rows, unified, hideCosmetic, currentRow, onJump, aId, bId } = props;
  return (
    <div className={unified ? 'cmp-rows is-unified' : 'cmp-rows'} role="list" aria-label="Aligned sentences">
      {rows.map((row, index) => {
        const quiet = row.kind === 'same' || (row.kind === 'changed' && row.cosmeticOnly && hideCosmetic);
        const gutter = quiet ? GUTTER.same : GUTTER[row.kind];
        const className = [
          'cmp-row',
          `kind-${row.kind}`,
          row.kind === 'changed' && row.cosmeticOnly ? 'is-cosmetic-only' : '',
          quiet ? 'is-quiet' : '',
          index === currentRow ? 'is-current' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <div
            key={index}
            className={className}
            role="listitem"
            data-row={index}
            data-kind={row.kind}
            data-testid="compare-row"
            aria-current={index === currentRow ? 'true' : undefined}
          >
            <span className="cmp-gutter" title={gutter.label}>
              <span aria-hidden="true">{gutter.mark}</span>
              {gutter.mark ? <span className="visually-hidden">{gutter.label}</span> : null}
            </span>
            {unified ? (
              <div className="cmp-cell" data-source-article={bId}>
                <Unified row={row} hideCosmetic={hideCosmetic} onJump={onJump} />
              </div>
            ) : (
              <>
                <div className="cmp-cell cmp-a" data-source-article={aId}>
                  <Side row={row} side="a" hideCosmetic={hideCosmetic} onJump={onJump} />
                </div>
                <div className="cmp-cell cmp-b" data-source-article={bId}>
                  <Side row={row} side="b" hideCosmetic={hideCosmetic} onJump={onJump} />
                </div>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}
