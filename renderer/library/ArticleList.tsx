// The Articles view of the left pane: column header and the flat list of articles. The list is
// one listbox that keeps focus while arrow keys move the selection (aria-activedescendant), so
// keyboard users never tab through hundreds of rows.
import type { ReactNode, RefObject } from 'react';
import { useActions, useLibrary } from '../state/library-context';
import { ArticleRow, rowDomId } from './ArticleRow';
import { ListColumns } from './ListColumns';
import { ListMessage, ListSkeleton } from './ListParts';

export const ARTICLE_LIST_ID = 'article-list';

export function ArticleList(props: { listRef: RefObject<HTMLDivElement | null> }): ReactNode {
  const { listRef } = props;
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
    <div className="list-view is-articles">
      <ListColumns sort={sort} onSort={actions.sortBy} />
      <div className="list-body">
        <div
          ref={listRef}
          id={ARTICLE_LIST_ID}
          className="article-list"
          role="listbox"
          aria-label="Articles"
          aria-busy={loading}
          tabIndex={0}
          aria-activedescendant={selectedVisible ? rowDomId(selectedId) : undefined}
          data-region="list"
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
    </div>
  );
}
