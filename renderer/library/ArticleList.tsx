// The Articles view of the left pane: column header and the flat list of articles. The list is
// one listbox that keeps focus while arrow keys move the selection (aria-activedescendant), so
// keyboard users never tab through hundreds of rows. Windowed: only rows near the viewport are
// mounted (use-list-window.ts).
import type { ReactNode, RefObject } from 'react';
import { useActions, useLibrary } from '../state/library-context';
import { ArticleRow, rowDomId } from './ArticleRow';
import { ListColumns } from './ListColumns';
import { ListMessage, ListSkeleton } from './ListParts';
import { useListWindow } from './use-list-window';

export const ARTICLE_LIST_ID = 'article-list';
/** An article row's height before it is measured (`.article-row` in styles/list.css). */
const ROW_HEIGHT = 52;

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

  const selectedIndex = selectedId === null ? -1 : visible.findIndex((a) => a.id === selectedId);
  const selectedVisible = selectedIndex >= 0;
  const rowWindow = useListWindow(listRef, visible.length, () => ROW_HEIGHT, selectedIndex);

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
          aria-activedescendant={selectedVisible && selectedId ? rowDomId(selectedId) : undefined}
          data-region="list"
          data-testid="article-list"
        >
          {loading && total === 0 ? <ListSkeleton /> : null}
          <div role="presentation" style={{ height: rowWindow.before }} />
          {rowWindow.rows.map(({ index }) => {
            const summary = visible[index]!;
            return (
              <ArticleRow
                key={summary.id}
                summary={summary}
                selected={summary.id === selectedId}
                onSelect={actions.select}
                index={index}
                count={visible.length}
                measure={rowWindow.measure}
              />
            );
          })}
          <div role="presentation" style={{ height: rowWindow.after }} />
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
