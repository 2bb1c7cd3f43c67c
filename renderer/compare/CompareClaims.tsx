// The claims panel beside the compare rows: the right-hand article's claims with their verdict
// and the suggestion, so a reviewer reading the changes sees which ones touch a claim. A claim
// opens in the review screen.
import type { ReactNode } from 'react';
import type { Claim } from '../../shared/model';
import { ClaimStatus } from '../review/ClaimStatus';

export function CompareClaims(props: {
  claims: readonly Claim[] | null;
  onOpen: (claim: Claim) => void;
}): ReactNode {
  const { claims, onOpen } = props;
  return (
    <aside className="cmp-claims" aria-label="Claims of the right-hand version" data-testid="compare-claims">
      <h2 className="cmp-claims-title">Claims in the right-hand version</h2>
      {claims === null ? (
        <p className="rv-muted">Finding claims…</p>
      ) : claims.length === 0 ? (
        <p className="rv-muted">No claims found.</p>
      ) : (
        <ul className="cmp-claims-list">
          {claims.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="cmp-claim"
                onClick={() => onOpen(c)}
                data-testid="compare-claim"
              >
                <span className="cmp-claim-text">{c.text}</span>
                <ClaimStatus claim={c} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
