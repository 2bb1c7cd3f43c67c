// One side of a changed sentence (or both, in the unified view), its changed words marked.
// Removed words are struck through and added words underlined, so colour is never the only
// signal; a cosmetic change is dimmed, or left unmarked while cosmetic changes are hidden.
import type { ReactNode } from 'react';
import type { ComparisonRow, WordChange } from '../../shared/model';

type Part = NonNullable<ComparisonRow['parts']>[number];
export type DiffSide = 'a' | 'b' | 'unified';

interface DiffTextProps {
  readonly parts: readonly Part[];
  readonly changes: readonly WordChange[];
  readonly side: DiffSide;
  readonly hideCosmetic: boolean;
}

export function DiffText(props: DiffTextProps): ReactNode {
  const { parts, changes, side, hideCosmetic } = props;
  return parts.map((part, i) => {
    if (part.op === 'removed' && side === 'b') return null;
    if (part.op === 'added' && side === 'a') return null;
    const change = part.change === null ? null : changes[part.change];
    if (!change || part.op === 'same') return <span key={i}>{part.text}</span>;
    const cosmetic = change.kind === 'cosmetic';
    if (cosmetic && hideCosmetic) {
      // Hidden cosmetic edits read as the side's own text; in one column, as the newer text.
      return part.op === 'removed' && side === 'unified' ? null : <span key={i}>{part.text}</span>;
    }
    const title = `${change.reason}: “${change.before}” → “${change.after}”`;
    const className = cosmetic ? 'is-cosmetic' : 'is-substantive';
    return part.op === 'removed' ? (
      <del key={i} className={className} title={title}>
        {part.text}
      </del>
    ) : (
      <ins key={i} className={className} title={title}>
        {part.text}
      </ins>
    );
  });
}

/** The reasons under a changed row: substantive ones always, cosmetic ones unless hidden. */
export function ChangeReasons(props: { changes: readonly WordChange[]; hideCosmetic: boolean }): ReactNode {
  const shown = props.changes.filter((c) => c.kind === 'substantive' || !props.hideCosmetic);
  if (shown.length === 0) return null;
  return (
    <ul className="cmp-reasons">
      {shown.map((c, i) => (
        <li key={i} className={c.kind === 'substantive' ? 'is-substantive' : 'is-cosmetic'}>
          <span className="cmp-reason">{c.reason}</span>
          <span className="cmp-reason-detail">
            {c.before ? `“${c.before}”` : 'nothing'} → {c.after ? `“${c.after}”` : 'nothing'}
          </span>
        </li>
      ))}
    </ul>
  );
}
