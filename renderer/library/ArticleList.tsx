// The left pane: filter box, column header and the list of articles. The list is one listbox
// that keeps focus while arrow keys move the selection (aria-activedescendant), so keyboard
// users never tab through hundreds of rows.
import type { ReactNode, RefObject } from 'react';
import { useActions, useLibrary } from '../state/library-context';
import { ArticleRow, rowDomId } from './ArticleRow';
import { FilterBox } from './FilterBox';
import { plural, formatCount } from './format';
import { ListColumns } from './ListColumns';

const LIST_ID = 'article-list';
const SKELETON_ROWS = 9;

interface ArticleListProps {
  readonly filterRef: RefObject<HTMLInputElement | null>;
  readonly listRef: RefObject<HTMLDivElement | null>;
}

function ListSkeleton(): ReactNode {
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

function ListCount(props: { shown: number; total: number; filtered: boolean }): ReactNode {
  const { shown, total, filtered } = props;
  return (
    <p className="list-count" aria-live="polite">
      {filtered
        ? `${formatCount(shown)} of ${plural(total, 'article', 'articles')}`
        : plural(total, 'article', 'articles')}
    </p>
  );
}

function ListMessage(props: { text: string; action: string; onAction: () => void }): ReactNode {
  return (
    <div className="list-message">
      <p>{props.text}</p>
      <button type="button" className="button" onClick={props.onAction}>
        {props.action}
      </button>
    </div>
  );
}

export function ArticleList(props: ArticleListProps): ReactNode {
  const { filterRef, listRef } = props;
  const actions = useActions();
  const visible = useLibrary((s) => s.visible);
  const total = useLibrary((s) => s.articles.length);
  const filter = useLibrary((s) => s.filter);
  const sort = useLibrary((s) => s.sort);
  const selectedId = useLibrary((s) => s.selectedId);
  const loading = useLibrary((s) => s.listStatus === 'loading' || s.listStatus === 'idle');
  const failed = useLibrary((s) => s.listStatus === 'error');

  const selectedVisible = selectedId !== null && visible.some((a) => a.id === selectedId);

  return (
    <section className="list-pane" aria-label="Articles">
      <div className="list-toolbar">
        <FilterBox value={filter} onChange={actions.setFilter} inputRef={filterRef} listId={LIST_ID} />
        {loading || failed ? (
          <p className="list-count">{failed ? 'Not loaded' : 'Loading…'}</p>
        ) : (
          <ListCount shown={visible.length} total={total} filtered={filter.trim() !== ''} />
        )}
      </div>
      <ListColumns sort={sort} onSort={actions.sortBy} />
      <div className="list-body">
        <div
          ref={listRef}
          id={LIST_ID}
          className="article-list"
          role="listbox"
          aria-label="Articles"
          aria-busy={loading}
          tabIndex={0}
          aria-activedescendant={selectedVisible ? rowDomId(selectedId) : undefined}
          data-testid="article-list"
        >
          {loading && total === 0 ? <ListSkeleton /> : null}
          {visible.map((summary) => (
            <ArticleRow
              key={summary.id}
              summary={summary}
              selected={summary.id === selectedId}
              onSelect={actions.select}
            />
          ))}
        </div>
        {/* Outside the listbox, which may hold only options; laid over its empty area. */}
        {failed && total === 0 ? (
          <ListMessage
            text="No articles to show."
            action="Try again"
            onAction={() => void actions.reloadList()}
          />
        ) : null}
        {!loading && total > 0 && visible.length === 0 ? (
          <ListMessage
            text={`No article matches “${filter.trim()}”.`}
            action="Clear the filter"
            onAction={() => actions.setFilter('')}
          />
        ) : null}
      </div>
    </section>
  );
}
