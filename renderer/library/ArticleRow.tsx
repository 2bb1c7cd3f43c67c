// One article in the list: title on the first line, outlet, date and word count aligned in
// columns below. An option of the Articles listbox, or a version (level-2 treeitem) of a story
// in the Stories tree. It is never focused itself (the list uses aria-activedescendant), so
// arrow keys stay with the list.
import { memo, useCallback, useEffect, useRef, type ReactNode } from 'react';
import type { ArticleSummary } from '../../shared/model';
import { fileName, formatCount } from './format';

export function rowDomId(id: string): string {
  return `article-row-${id}`;
}

interface ArticleRowProps {
  readonly summary: ArticleSummary;
  readonly selected: boolean;
  readonly onSelect: (id: string) => void;
  /** A version inside a story group of the Stories tree. */
  readonly inTree?: boolean;
  /** In a windowed list: the row's place, the list's length (for assistive technology), its measure. */
  readonly index?: number;
  readonly count?: number;
  readonly measure?: (element: Element | null) => void;
}

export const ArticleRow = memo(function ArticleRow(props: ArticleRowProps): ReactNode {
  const { summary, selected, onSelect, inTree = false, index, count, measure } = props;
  const ref = useRef<HTMLDivElement>(null);
  const setRef = useCallback(
    (element: HTMLDivElement | null) => {
      ref.current = element;
      measure?.(element);
    },
    [measure],
  );

  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const title = summary.title ?? fileName(summary.sourcePath);
  return (
    <div
      ref={setRef}
      data-index={index}
      aria-setsize={count}
      aria-posinset={index === undefined ? undefined : index + 1}
      role={inTree ? 'treeitem' : 'option'}
      aria-level={inTree ? 2 : undefined}
      id={rowDomId(summary.id)}
      aria-selected={selected}
      className={inTree ? 'article-row is-version' : 'article-row'}
      data-testid="article-row"
      data-id={summary.id}
      onClick={() => onSelect(summary.id)}
    >
      <div className={summary.title ? 'row-title' : 'row-title is-untitled'} title={title}>
        {title}
      </div>
      <div className="row-meta">
        <span className={summary.outlet ? 'row-outlet' : 'row-outlet is-missing'}>
          {summary.outlet ?? 'Unknown outlet'}
        </span>
        <span className="row-date">
          {summary.date ? (
            <time dateTime={summary.date}>{summary.date}</time>
          ) : (
            <>
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">no date</span>
            </>
          )}
        </span>
        <span className="row-words">
          {formatCount(summary.words)}
          <span className="visually-hidden"> words</span>
        </span>
      </div>
    </div>
  );
});
