// Pieces both list views share: the loading skeleton and the message laid over an empty list
// (nothing loaded, nothing matches) with the one action that helps.
import type { ReactNode } from 'react';

const SKELETON_ROWS = 9;

export function ListSkeleton(): ReactNode {
  return (
    <div className="list-skeleton" aria-hidden="true">
      {Array.from({ length: SKELETON_ROWS }, (_, i) => (
        <div key={i} className="skeleton-row">
          <span className="skeleton-bar" style={{ width: `${58 + ((i * 17) % 35)}%` }} />
          <span className="skeleton-bar is-thin" style={{ width: `${30 + ((i * 11) % 25)}%` }} />
        </div>
      ))}
    </div>
  );
}

export function ListMessage(props: { text: string; action: string; onAction: () => void }): ReactNode {
  return (
    <div className="list-message">
      <p>{props.text}</p>
      <button type="button" className="button" onClick={props.onAction}>
        {props.action}
      </button>
    </div>
  );
}
