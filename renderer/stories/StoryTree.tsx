// The Stories view of the left pane: one tree (role="tree") of stories, each with its versions.
// Like the article listbox it keeps the focus itself and points at the current row with
// aria-activedescendant; the arrow keys work through the shortcut table (story-navigation.ts).
import type { ReactNode, RefObject } from 'react';
import { ListMessage, ListSkeleton } from '../library/ListParts';
import { rowDomId } from '../library/ArticleRow';
import { useActions, useLibrary } from '../state/library-context';
import { activeTreeIndex } from '../state/story-navigation';
import { StoryGroup, storyDomId } from './StoryGroup';
import { useVisibleStoryCounts } from '../sources/use-visible-story-counts';

export const STORY_TREE_ID = 'story-tree';

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
  useVisibleStoryCounts(listRef, stories, actions.loadSourceCounts);

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
          {stories.map((entry) => (
            <StoryGroup
              key={entry.story.id}
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
          ))}
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
