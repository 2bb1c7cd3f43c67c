// What a screen shows when its data could not be loaded: what failed, the service's own
// sentence, and a way to try again.
import type { ReactNode } from 'react';
import { IconError, IconRefresh } from './icons';

export function LoadError(props: { title: string; message: string | null; onRetry: () => void }): ReactNode {
  return (
    <div className="reader-message">
      <h2>{props.title}</h2>
      <p className="reader-error">
        <IconError />
        <span>{props.message}</span>
      </p>
      <button type="button" className="button" onClick={props.onRetry}>
        <IconRefresh /> Try again
      </button>
    </div>
  );
}
