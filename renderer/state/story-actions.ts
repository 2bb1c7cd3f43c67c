// What the Stories view and the story page can do: load the stories, switch views, open a
// story's page, and the reviewer's corrections (move an article out, merge two stories, mark two
// stories as not related, undo the last one). Every correction answers with the new list of
// stories; the page then follows the articles it showed, since a story's id can change with them.
import type { Story } from '../../shared/model';
import type { WorkbenchClient } from '../api/client';
import { messageOf } from './error-message';
import type { LibraryState } from './library-state';
import { createMergePickerActions, type MergePickerActions } from './merge-picker';
import { createTreeNavigation, type TreeNavigation } from './story-navigation';
import { withStoryTree, type LibraryView, type StoryNotice } from './story-state';
import { storyHolding } from './story-tree';
import { patcher, withProblem } from './problems';
import type { Store } from './store';

export interface StoryActions extends TreeNavigation, MergePickerActions {
  loadStories(quiet: boolean): Promise<void>;
  setView(view: LibraryView): void;
  toggleView(): void;
  selectStory(storyId: string): void;
  /** Shows a story's page from anywhere (the reader's story link), switching to the Stories view. */
  openStory(storyId: string): void;
  /** Opens one version of the shown story in the reader. */
  openVersion(articleId: string): void;
  reloadStory(): void;
  moveArticleOut(articleId: string): Promise<void>;
  markNotRelated(relatedId: string): Promise<void>;
  mergeWith(targetId: string): Promise<void>;
  undoStoryChange(): Promise<void>;
}

const quote = (title: string | null | undefined): string => `“${title ?? 'Untitled'}”`;

export function createStoryActions(
  store: Store<LibraryState>,
  client: WorkbenchClient,
  selectArticle: (articleId: string) => void,
): StoryActions {
  const { api } = client;
  const set = (patch: Partial<LibraryState>): void => store.setState((s) => ({ ...s, ...patch }));
  const setStories = patcher(store, 'stories');
  const setStory = patcher(store, 'story');
  let storiesRequest = 0;
  let storyRequest = 0;

  async function loadStory(id: string): Promise<void> {
    const request = ++storyRequest;
    set({ storyStatus: 'loading', storyLoadError: null });
    try {
      const story = await api.getStory({ id });
      if (request === storyRequest) set({ story, storyStatus: 'ready' });
    } catch (error) {
      if (request === storyRequest) set({ storyStatus: 'error', storyLoadError: messageOf(error) });
    }
  }

  function applyStories(stories: readonly Story[]): void {
    store.setState((s) =>
      withStoryTree(withProblem({ ...s, stories, storiesStatus: 'ready' }, 'stories', null), true),
    );
  }

  /** Shows a story's page afresh (its versions may have changed), with what was just done. */
  function showStory(id: string | null, notice: StoryNotice | null): void {
    if (!id) {
      set({ selectedStoryId: null, story: null, storyNotice: null });
      return;
    }
    set({ selectedStoryId: id, storyNotice: notice, merge: null });
    void loadStory(id);
  }

  function selectStory(id: string): void {
    const s = store.getState();
    if (s.selectedStoryId === id && s.story?.id === id && s.storyStatus !== 'error') return;
    set({
      selectedStoryId: id,
      storyNotice: s.storyNotice?.storyId === id ? s.storyNotice : null,
      merge: null,
    });
    void loadStory(id);
  }

  function setView(view: LibraryView): void {
    const s = store.getState();
    if (s.view === view) return;
    set({ view, merge: null });
    if (view === 'articles' && s.selectedStoryId) {
      // The article list has no story rows: show the story's article instead of its page.
      const ids = s.story?.id === s.selectedStoryId ? s.story.articleIds : [];
      const keep = s.selectedId !== null && ids.includes(s.selectedId);
      const target = keep ? s.selectedId : (ids[0] ?? s.selectedId);
      set({ selectedStoryId: null });
      if (target) selectArticle(target);
    }
  }

  /** Runs one correction; resolves with the new stories, or null after saying what failed. */
  async function correct(
    title: string,
    run: () => Promise<Story[]>,
    onError: (message: string) => void = (message) => setStory({ problem: { title, message } }),
  ): Promise<readonly Story[] | null> {
    if (store.getState().storyPending) return null;
    setStory({ storyPending: true, problem: null });
    try {
      const stories = await run();
      applyStories(stories);
      return stories;
    } catch (error) {
      onError(messageOf(error));
      return null;
    } finally {
      set({ storyPending: false });
    }
  }

  const navigation = createTreeNavigation(store, { selectArticle, selectStory });

  return {
    ...navigation,
    ...createMergePickerActions(store),

    async loadStories(quiet) {
      const request = ++storiesRequest;
      if (!quiet) setStories({ storiesStatus: 'loading', problem: null });
      try {
        const stories = await api.listStories({});
        if (request !== storiesRequest) return;
        applyStories(stories);
        const { selectedStoryId } = store.getState();
        if (!selectedStoryId) return;
        const home = stories.find((st) => st.id === selectedStoryId);
        showStory(home ? home.id : null, store.getState().storyNotice);
      } catch (error) {
        if (request !== storiesRequest) return;
        const ready = store.getState().storiesStatus === 'ready';
        // Before the first list of stories, the tree itself says they could not be loaded.
        setStories({
          storiesStatus: ready ? 'ready' : 'error',
          problem: ready ? { title: 'The stories could not be refreshed.', message: messageOf(error) } : null,
        });
      }
    },

    setView,
    toggleView: () => setView(store.getState().view === 'stories' ? 'articles' : 'stories'),

    selectStory,
    openStory(storyId) {
      set({ view: 'stories' });
      selectStory(storyId);
    },
    openVersion(articleId) {
      const storyId = store.getState().storyOfArticle.get(articleId);
      // The tree shows where the reader is: the version's story opens if it was collapsed.
      if (storyId && store.getState().collapsed.has(storyId)) navigation.toggleStory(storyId);
      selectArticle(articleId);
    },
    reloadStory() {
      const { selectedStoryId } = store.getState();
      if (selectedStoryId) void loadStory(selectedStoryId);
    },

    async moveArticleOut(articleId) {
      const story = store.getState().story;
      if (!story) return;
      const rest = story.articleIds.filter((id) => id !== articleId);
      const title = story.versions.find((v) => v.articleId === articleId)?.title;
      const stories = await correct('The article could not be moved out of its story.', () =>
        api.moveArticleOut({ articleId }),
      );
      if (!stories) return;
      const home = storyHolding(stories, rest);
      const text = `${quote(title)} is now a story of its own.`;
      const undo = rest[0] ? ({ kind: 'merge-back', articleId, intoArticleId: rest[0] } as const) : null;
      showStory(home?.id ?? null, home ? { storyId: home.id, text, undo } : null);
    },

    async markNotRelated(relatedId) {
      const story = store.getState().story;
      if (!story) return;
      const title = story.related.find((r) => r.id === relatedId)?.title;
      const stories = await correct('The stories could not be marked as not related.', () =>
        api.setStoriesRelated({ a: story.id, b: relatedId, related: false }),
      );
      if (!stories) return;
      const text = `${quote(title)} is no longer listed as related.`;
      showStory(story.id, { storyId: story.id, text, undo: { kind: 'relate', a: story.id, b: relatedId } });
    },

    async mergeWith(targetId) {
      const { story, storyEntries } = store.getState();
      if (!story) return;
      const target = storyEntries.find((e) => e.story.id === targetId);
      const stories = await correct(
        'The stories could not be merged.',
        () => api.mergeStories({ a: story.id, b: targetId }),
        (error) => store.setState((s) => (s.merge ? { ...s, merge: { ...s.merge, error } } : s)),
      );
      if (!stories) return;
      const merged = storyHolding(stories, story.articleIds);
      const count = merged?.articleIds.length ?? 0;
      const text = `Merged with ${quote(target?.title)}: the story now has ${count} versions.`;
      showStory(merged?.id ?? null, merged ? { storyId: merged.id, text, undo: null } : null);
    },

    async undoStoryChange() {
      const undo = store.getState().storyNotice?.undo;
      if (!undo) return;
      if (undo.kind === 'relate') {
        const stories = await correct('The stories could not be linked again.', () =>
          api.setStoriesRelated({ a: undo.a, b: undo.b, related: true }),
        );
        if (stories) showStory(undo.a, null);
        return;
      }
      const { storyOfArticle } = store.getState();
      const from = storyOfArticle.get(undo.articleId);
      const into = storyOfArticle.get(undo.intoArticleId);
      if (!from || !into) return;
      const stories = await correct('The article could not be put back in its story.', () =>
        api.mergeStories({ a: into, b: from }),
      );
      if (stories) showStory(storyHolding(stories, [undo.intoArticleId])?.id ?? null, null);
    },
  };
}
