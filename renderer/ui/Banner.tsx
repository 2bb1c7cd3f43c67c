// One problem shown under the top bar: what failed, the service's own sentence, and a way
// forward (Retry when it can be tried again; Dismiss always).
import type { ReactNode } from 'react';
import { IconClose, IconError, IconRefresh } from './icons';

export function Banner(props: {
  title: string;
  message: string;
  onRetry?: (() => void) | undefined;
  onDismiss: () => void;
}): ReactNode {
  return (
    <div className="banner" role="alert">
      <IconError className="banner-icon" />
      <p className="banner-text">
        <strong>{props.title}</strong> {props.message}
      </p>
      {props.onRetry ? (
        <button type="button" className="button" onClick={props.onRetry}>
          <IconRefresh />
          Retry
        </button>
      ) : null}
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        title="Dismiss"
        onClick={props.onDismiss}
      >
        <IconClose />
      </button>
    </div>
  );
}
