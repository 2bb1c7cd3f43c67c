// A claim's state in one line: its verdict (or "To review") and the suggestion, as the review
// list, the compare screen's claims panel and the reader's show it.
import type { ReactNode } from 'react';
import type { AppearanceStatus, Claim, MatrixCellStatus } from '../../shared/model';

/** What became of a claim in a version, as the review's lineage and the matrix say it. */
export const APPEARANCE_LABEL: Record<AppearanceStatus, string> = {
  unchanged: 'same wording',
  moved: 'same wording, moved',
  reworded: 'reworded',
  'figure changed': 'figure changed',
  'date changed': 'date changed',
  'attribution changed': 'source changed',
  removed: 'dropped',
};

/** A matrix cell: a version's appearance, or what a related article's sentence does. */
export const CELL_LABEL: Record<MatrixCellStatus, string> = {
  ...APPEARANCE_LABEL,
  agrees: 'agrees',
  differs: 'differs',
  related: 'related',
  silent: 'not in this article',
};

export const VERDICT_LABEL = {
  consistent: 'Consistent',
  conflicting: 'Conflicting',
  unclear: 'Unclear',
} as const;

export function ClaimStatus(props: { claim: Claim }): ReactNode {
  const { verdict, suggestion } = props.claim;
  return (
    <span className="rv-item-foot">
      {verdict ? (
        <span className={`rv-badge status-${verdict.status}`}>{VERDICT_LABEL[verdict.status]}</span>
      ) : (
        <span className="rv-badge">To review</span>
      )}
      {suggestion ? <span className={`rv-suggest suggest-${suggestion}`}>suggests {suggestion}</span> : null}
    </span>
  );
}
