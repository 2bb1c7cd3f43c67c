// The review screen's list: every claim of the story that passes the filters, with its kinds,
// outlet, suggestion and verdict, the one in hand marked. j/k (or ↑/↓) move through it.
import { memo, useEffect, useRef, type ReactNode } from 'react';
import type { Claim } from '../../shared/model';
import { plural } from '../library/format';
import { ClaimStatus } from './ClaimStatus';

interface ClaimListProps {
  readonly claims: readonly Claim[];
  readonly currentId: string | null;
  readonly outletOf: (articleId: string) => string;
  readonly onSelect: (claimId: string) => void;
}

export const VERDICT_LABEL = {
  consistent: 'Consistent',
  conflicting: 'Conflicting',
  unclear: 'Unclear',
} as const;

export function ClaimList(props: ClaimListProps): ReactNode {
  const { claims, currentId, outletOf, onSelect } = props;
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);
  if (claims.length === 0) return <p className="rv-empty">No claims match these filters.</p>;
  return (
    <ol ref={listRef} className="rv-list" aria-label="Claims" data-testid="claim-list">
      {claims.map((c) => (
        <ClaimRow
          key={c.id}
          claim={c}
          current={c.id === currentId}
          outlet={outletOf(c.articleId)}
          onSelect={onSelect}
        />
      ))}
    </ol>
  );
}

/**
 * One claim of the list. Memoised: moving with j/k changes two rows (the one left and the one
 * reached), so a story of 2,000 claims re-renders two rows a keystroke, not 2,000.
 */
const ClaimRow = memo(function ClaimRow(props: {
  claim: Claim;
  current: boolean;
  outlet: string;
  onSelect: (claimId: string) => void;
}): ReactNode {
  const { claim: c, current, outlet, onSelect } = props;
  const status = c.verdict?.status ?? 'none';
  return (
    <li>
      <button
        type="button"
        className={`rv-item status-${status}`}
        aria-current={current ? 'true' : undefined}
        data-testid="claim-item"
        data-claim-id={c.id}
        data-status={status}
        onClick={() => onSelect(c.id)}
      >
        <span className="rv-item-head">
          <span className={`rv-dot status-${status}`} aria-hidden="true" />
          <span className="rv-item-outlet">{outlet}</span>
          {c.alsoIn?.length ? (
            <span className="rv-item-also" data-testid="claim-item-also-in">
              also in {plural(c.alsoIn.length, 'other version', 'other versions')}
            </span>
          ) : null}
          <span className="rv-kinds">{c.kinds.join(' · ')}</span>
        </span>
        <span className="rv-item-text">{c.text}</span>
        <ClaimStatus claim={c} />
      </button>
    </li>
  );
});
