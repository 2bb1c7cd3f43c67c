// The Stories view of the left pane: one tree (role="tree") of stories, each with its versions.
// Like the article listbox it keeps the focus itself and points at the current row with
// aria-activedescendant; the arrow keys work through the shortcut table (story-navigation.ts).
// Windowed: only the groups near the viewport are mounted (use-list-window.ts).
import type { ReactNode, RefObject } from 'react';
import { ListMessage, ListSkeleton } from '../library/ListParts';
import { rowDomId } from '../library/ArticleRow';
import { useActions, useLibrary } from '../state/library-context';
import { activeTreeIndex } from '../state/story-navigation';
import { StoryGroup, storyDomId } from './StoryGroup';
import { useVisibleStoryCounts } from '../sources/use-visible-story-counts';
import { useListWindow } from '../library/use-list-window';
import type { StoryEntry } from '../state/story-tree';

export const STORY_TREE_ID = 'story-tree';

/** A group's height before it is measured: its header, and its versions' rows when open. */
function estimateHeight(entry: StoryEntry | undefined, collapsed: ReadonlySet<string>): number {
  if (!entry) return 60;
  const open = entry.versions.length > 1 && !collapsed.has(entry.story.id);
  return 60 + (open ? entry.versions.length * 46 + 4 : 0);
}

export function StoryTree(props: { listRef: RefObject<HTMLDivElement | null> }): ReactNode {
  const { listRef } = props;
  const actions = useActions();
  const stories = useLibrary((s) => s.visibleStories);
  const collapsed = useLibrary((s) => s.collapsed);
  const total = useLibrary((s) => s.storyEntries.length);
  const hasArticles = useLibrary((s) => s.articles.length > 0);
  const filter = useLibrary((s) => s.filter);
  const active = useLibrary((s) => s.treeItems[activeTreeIndex(s)] ?? null);
  const loading = useLibrary(
    (s) => s.storiesStatus === 'idle' || s.storiesStatus === 'loading' || s.listStatus === 'loading',
  );
  const failed = useLibrary((s) => s.storiesStatus === 'error');
  const counts = useLibrary((s) => (s.sourceCounts.stories === s.stories ? s.sourceCounts.counts : null));
  const activeStory = active ? stories.findIndex((e) => e.story.id === active.storyId) : -1;
  const rowWindow = useListWindow(
    listRef,
    stories.length,
    (i) => estimateHeight(stories[i], collapsed),
    activeStory,
  );
  // The mounted groups change as the list scrolls: each new set is watched for source counts.
  const mounted = `${rowWindow.rows[0]?.index ?? 0}-${rowWindow.rows.length}:${stories.length}`;
  useVisibleStoryCounts(listRef, mounted, actions.loadSourceCounts);

  const activeDomId = !active
    ? undefined
    : active.kind === 'story'
      ? storyDomId(active.storyId)
      : rowDomId(active.articleId);

  return (
    <div className="list-view is-stories">
      <div className="list-body">
        <div
          ref={listRef}
          id={STORY_TREE_ID}
          className="article-list story-tree"
          role="tree"
          aria-label="Stories"
          aria-busy={loading}
          tabIndex={0}
          aria-activedescendant={activeDomId}
          data-region="list"
          data-testid="article-list"
        >
          {loading && total === 0 ? <ListSkeleton /> : null}
          <div role="presentation" style={{ height: rowWindow.before }} />
          {rowWindow.rows.map(({ index }) => {
            const entry = stories[index]!;
            return (
              <StoryGroup
                key={entry.story.id}
                index={index}
                count={stories.length}
                measure={rowWindow.measure}
                entry={entry}
                expanded={!collapsed.has(entry.story.id)}
                active={
                  active?.storyId !== entry.story.id
                    ? null
                    : active.kind === 'story'
                      ? 'story'
                      : active.articleId
                }
                onSelectStory={actions.selectStory}
                onSelectArticle={actions.select}
                onToggle={actions.toggleStory}
                sourceCounts={counts?.get(entry.story.id) ?? null}
              />
            );
          })}
          <div role="presentation" style={{ height: rowWindow.after }} />
        </div>
        {failed && total === 0 ? (
          <ListMessage
            text="The stories could not be loaded."
            action="Try again"
            onAction={() => void actions.loadStories(false)}
          />
        ) : null}
        {!loading && !failed && total === 0 && hasArticles ? (
          <ListMessage
            text="No stories yet."
            action="Show the articles"
            onAction={() => actions.setView('articles')}
          />
        ) : null}
        {!loading && total > 0 && stories.length === 0 ? (
          <ListMessage
            text={`No story matches “${filter.trim()}”.`}
            action="Clear the filter"
            onAction={() => actions.setFilter('')}
          />
        ) : null}
      </div>
    </div>
  );
}
