// A claim's state in one line: its verdict (or "To review") and the suggestion, as the review
// list, the compare screen's claims panel and the reader's show it.
import type { ReactNode } from 'react';
import type { Claim } from '../../shared/model';

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
