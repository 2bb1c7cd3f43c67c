// The head of a full-screen view (compare, review, matrix, report): "Back" (Esc), the screen's
// title, and the screen's own controls in the title row, with further rows of tools below.
import type { ReactNode } from 'react';
import { IconBack } from './icons';

export function ScreenHeader(props: {
  /** The h1's id: the screen's <main> is labelled by it. */
  titleId: string;
  title: ReactNode;
  /** Shown as a tooltip on the title (a long story title cut short). */
  titleTooltip?: string;
  /** A small line above the title naming what the screen is. */
  kicker?: string;
  onBack: () => void;
  backLabel?: string;
  /** Rows of tools below the title row. */
  rows?: ReactNode;
  /** The rest of the title row (status, buttons). */
  children?: ReactNode;
}): ReactNode {
  const { titleId, title, titleTooltip, kicker, onBack, backLabel = 'Back', rows, children } = props;
  const heading = (
    <h1 id={titleId} className="screen-title" title={titleTooltip}>
      {title}
    </h1>
  );
  return (
    <header className="screen-head">
      <div className="screen-title-row">
        <button type="button" className="button subtle" onClick={onBack} title="Back (Esc)">
          <IconBack />
          {backLabel}
        </button>
        {kicker ? (
          <div className="screen-title-block">
            <p className="doc-kicker">{kicker}</p>
            {heading}
          </div>
        ) : (
          heading
        )}
        {children}
      </div>
      {rows}
    </header>
  );
}
