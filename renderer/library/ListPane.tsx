// The left pane: the view switch, the count, the filter box, then the list in the chosen view
// (stories grouped in a tree, or the flat article list). The filter applies to both.
import type { ReactNode, RefObject } from 'react';
import { useActions, useLibrary } from '../state/library-context';
import { StoryTree, STORY_TREE_ID } from '../stories/StoryTree';
import { ArticleList, ARTICLE_LIST_ID } from './ArticleList';
import { FilterBox } from './FilterBox';
import { formatCount, plural } from './format';
import { ViewSwitch } from './ViewSwitch';

interface ListPaneProps {
  readonly filterRef: RefObject<HTMLInputElement | null>;
  readonly listRef: RefObject<HTMLDivElement | null>;
}

function ListCount(): ReactNode {
  const view = useLibrary((s) => s.view);
  const articles = useLibrary((s) => s.articles.length);
  const shownArticles = useLibrary((s) => s.visible.length);
  const stories = useLibrary((s) => s.storyEntries.length);
  const shownStories = useLibrary((s) => s.visibleStories.length);
  const filtered = useLibrary((s) => s.filter.trim() !== '');
  const listStatus = useLibrary((s) => s.listStatus);
  const storiesStatus = useLibrary((s) => s.storiesStatus);

  const status = view === 'stories' && listStatus === 'ready' ? storiesStatus : listStatus;
  let text: string;
  if (status === 'error') text = 'Not loaded';
  else if (status !== 'ready') text = 'Loading…';
  else if (view === 'articles') {
    const all = plural(articles, 'article', 'articles');
    text = filtered ? `${formatCount(shownArticles)} of ${all}` : all;
  } else {
    const all = plural(stories, 'story', 'stories');
    text = filtered
      ? `${formatCount(shownStories)} of ${all}`
      : `${all} · ${plural(articles, 'article', 'articles')}`;
  }
  return (
    <p className="list-count" aria-live="polite">
      {text}
    </p>
  );
}

export function ListPane(props: ListPaneProps): ReactNode {
  const { filterRef, listRef } = props;
  const actions = useActions();
  const view = useLibrary((s) => s.view);
  const filter = useLibrary((s) => s.filter);
  return (
    <section className="list-pane" aria-label="Library">
      <div className="list-toolbar">
        <div className="list-toolbar-row">
          <ViewSwitch view={view} onChange={actions.setView} />
          <ListCount />
        </div>
        <FilterBox
          value={filter}
          onChange={actions.setFilter}
          inputRef={filterRef}
          listId={view === 'stories' ? STORY_TREE_ID : ARTICLE_LIST_ID}
        />
      </div>
      {view === 'stories' ? <StoryTree listRef={listRef} /> : <ArticleList listRef={listRef} />}
    </section>
  );
}
