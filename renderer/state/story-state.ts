// The Stories part of the library screen's state: the view switch, the stories and their tree,
// the story page and the reviewer's corrections in flight. Plain data only; the derived fields
// (entries, visible stories, tree items) are recomputed by actions through withStoryTree().
import type { ArticleSummary, Story, StoryDetail } from '../../shared/model';
import {
  buildStoryEntries,
  filterStoryEntries,
  storyIndex,
  treeItems,
  type StoryEntry,
  type TreeItem,
} from './story-tree';

export type LibraryView = 'stories' | 'articles';
export type StoryLoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** How to take back the last correction, described as data (ids, not closures). */
export type StoryUndo =
  | { readonly kind: 'relate'; readonly a: string; readonly b: string }
  | { readonly kind: 'merge-back'; readonly articleId: string; readonly intoArticleId: string };

/** What the last correction did, said on the story page (and to screen readers). */
export interface StoryNotice {
  readonly storyId: string;
  readonly text: string;
  readonly undo: StoryUndo | null;
}

/** The "Merge with…" picker: its filter, the stories it offers and the one the keyboard is on. */
export interface MergePicker {
  readonly filter: string;
  readonly candidates: readonly StoryEntry[];
  readonly activeId: string | null;
  readonly error: string | null;
}

export interface StoriesState {
  readonly view: LibraryView;
  readonly stories: readonly Story[];
  readonly storiesStatus: StoryLoadStatus;
  /** Every story joined with its articles, newest first. */
  readonly storyEntries: readonly StoryEntry[];
  /** `storyEntries` filtered; what the Stories view shows. */
  readonly visibleStories: readonly StoryEntry[];
  readonly treeItems: readonly TreeItem[];
  readonly storyOfArticle: ReadonlyMap<string, string>;
  /** Stories whose versions are hidden in the tree (all are expanded at first). */
  readonly collapsed: ReadonlySet<string>;
  /** The story whose page the right pane shows; null while an article is shown. */
  readonly selectedStoryId: string | null;
  readonly story: StoryDetail | null;
  readonly storyStatus: StoryLoadStatus;
  readonly storyLoadError: string | null;
  /** A correction is waiting for the services; the story page's actions wait too. */
  readonly storyPending: boolean;
  readonly storyNotice: StoryNotice | null;
  readonly merge: MergePicker | null;
}

export const initialStoriesState: StoriesState = {
  view: 'stories',
  stories: [],
  storiesStatus: 'idle',
  storyEntries: [],
  visibleStories: [],
  treeItems: [],
  storyOfArticle: new Map(),
  collapsed: new Set(),
  selectedStoryId: null,
  story: null,
  storyStatus: 'idle',
  storyLoadError: null,
  storyPending: false,
  storyNotice: null,
  merge: null,
};

/** The inputs the Stories view is derived from. */
interface TreeInputs extends StoriesState {
  readonly articles: readonly ArticleSummary[];
  readonly filter: string;
}

/** Recomputes the entries (when stories or articles changed) and the visible tree. */
export function withStoryTree<S extends TreeInputs>(state: S, rebuild: boolean): S {
  const storyEntries = rebuild ? buildStoryEntries(state.stories, state.articles) : state.storyEntries;
  const visibleStories = filterStoryEntries(storyEntries, state.filter);
  return {
    ...state,
    storyEntries,
    visibleStories,
    treeItems: treeItems(visibleStories, state.collapsed),
    storyOfArticle: rebuild ? storyIndex(state.stories) : state.storyOfArticle,
  };
}
