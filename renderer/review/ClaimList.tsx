// The review screen's list: every claim of the story that passes the filters, with its kinds,
// outlet, suggestion and verdict, the one in hand marked. j/k (or ↑/↓) move through it. Only
// the rows near the viewport are mounted (the library's list window): a story of hundreds of
// versions lists thousands of claims, and mounting each would take seconds to open and filter.
import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Claim } from '../../shared/model';
import { plural } from '../library/format';
import { useListWindow } from '../library/use-list-window';
import { ClaimStatus } from './ClaimStatus';

/** A claim row's height before it is measured (`.rv-item` in styles/review.css, two lines). */
const ROW_HEIGHT = 100;

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
  // The pane that scrolls is rendered here, not by the screen: a parent's ref is attached after
  // this component's layout effects, where the list window looks for its scroller, so a claim
  // in hand far down the list on opening would not be scrolled to.
  const pane = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const currentIndex = useMemo(() => claims.findIndex((c) => c.id === currentId), [claims, currentId]);
  // A current claim outside the window is scrolled into it first (useListWindow), then placed.
  const rowWindow = useListWindow(pane, claims.length, () => ROW_HEIGHT, currentIndex);
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);
  return (
    <div ref={pane} className="rv-list-pane" data-region="review-list">
      {claims.length === 0 ? (
        <p className="rv-empty">No claims match these filters.</p>
      ) : (
        <ol ref={listRef} className="rv-list" aria-label="Claims" data-testid="claim-list">
          {rowWindow.before ? <Spacer height={rowWindow.before} /> : null}
          {rowWindow.rows.map(({ index }) => {
            const c = claims[index]!;
            return (
              <ClaimRow
                key={c.id}
                claim={c}
                index={index}
                total={claims.length}
                measure={rowWindow.measure}
                current={c.id === currentId}
                outlet={outletOf(c.articleId)}
                onSelect={onSelect}
              />
            );
          })}
          {rowWindow.after ? <Spacer height={rowWindow.after} /> : null}
        </ol>
      )}
    </div>
  );
}

/** Stands in for the rows not mounted; not a list item to assistive technology. */
function Spacer(props: { height: number }): ReactNode {
  return <li role="presentation" aria-hidden="true" className="rv-spacer" style={{ height: props.height }} />;
}

/**
 * One claim of the list. Memoised: moving with j/k changes two rows (the one left and the one
 * reached), so a story of 2,000 claims re-renders two rows a keystroke, not 2,000.
 */
const ClaimRow = memo(function ClaimRow(props: {
  claim: Claim;
  /** Its place in the list, from 0, and the list's length: a windowed list says both. */
  index: number;
  total: number;
  measure: (element: Element | null) => void;
  current: boolean;
  outlet: string;
  onSelect: (claimId: string) => void;
}): ReactNode {
  const { claim: c, index, total, measure, current, outlet, onSelect } = props;
  const status = c.verdict?.status ?? 'none';
  return (
    <li ref={measure} data-index={index} aria-posinset={index + 1} aria-setsize={total}>
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
