// A thin strip beside the rows with a mark for every change at its place in the text, so the
// reviewer sees at a glance where the changes cluster; a click goes to that change.
import type { ReactNode } from 'react';
import { stopTone, type DisplayRow } from './compare-display';

interface OverviewStripProps {
  readonly rows: readonly DisplayRow[];
  readonly stops: readonly number[];
  readonly current: number;
  readonly onGo: (stop: number) => void;
}

const TONE_LABEL = {
  substantive: 'substantive change',
  cosmetic: 'cosmetic change',
  added: 'added sentence',
  removed: 'removed sentence',
  moved: 'moved sentence',
} as const;

export function OverviewStrip(props: OverviewStripProps): ReactNode {
  const { rows, stops, current, onGo } = props;
  return (
    <nav className="cmp-overview" aria-label="Where the changes are" data-testid="compare-overview">
      {stops.map((rowIndex, stop) => {
        const tone = stopTone(rows[rowIndex]!);
        return (
          <button
            key={rowIndex}
            type="button"
            tabIndex={-1}
            className={`cmp-mark tone-${tone}${stop === current ? ' is-current' : ''}`}
            style={{ top: `${((rowIndex + 0.5) / rows.length) * 100}%` }}
            title={`Change ${stop + 1}: ${TONE_LABEL[tone]}`}
            aria-label={`Change ${stop + 1} of ${stops.length}: ${TONE_LABEL[tone]}`}
            onClick={() => onGo(stop)}
          />
        );
      })}
    </nav>
  );
}
