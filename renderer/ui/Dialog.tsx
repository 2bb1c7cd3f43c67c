// A modal built on the native <dialog>: the browser traps focus, closes on Escape and restores
// focus afterwards, so there is no hand-written focus management to get wrong.
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { IconClose } from './icons';

interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly testId?: string;
  readonly className?: string;
  readonly children: ReactNode;
  /** When set, a footer with one primary button of this label that closes the dialog. */
  readonly doneLabel?: string;
}

/** Render it only while it should be open; unmounting closes it. */
export function Dialog(props: DialogProps): ReactNode {
  const { title, onClose, testId, className, children, doneLabel } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `dialog-title-${title.replace(/\W+/g, '-').toLowerCase()}`;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // React does not render `autofocus`, so the browser would pick the first control (the
    // close button); the footer's button is the intended default.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);

  // Closing through the element (not by unmounting) lets the browser return focus to the
  // control that opened the dialog; the `close` event then tells the owner.
  const requestClose = useCallback((): void => ref.current?.close(), []);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      data-testid={testId}
      onClose={onClose}
      // A click on the backdrop lands on the <dialog> itself, never on its content.
      onClick={(event) => {
        if (event.target === event.currentTarget) requestClose();
      }}
    >
      <div className="dialog-panel">
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="icon-button"
            aria-label="Close"
            title="Close (Esc)"
            onClick={requestClose}
          >
            <IconClose />
          </button>
        </header>
        <div className="dialog-body">{children}</div>
        {doneLabel ? (
          <footer className="dialog-footer">
            <button type="button" className="button primary" onClick={requestClose} data-autofocus>
              {doneLabel}
            </button>
          </footer>
        ) : null}
      </div>
    </dialog>
  );
}
