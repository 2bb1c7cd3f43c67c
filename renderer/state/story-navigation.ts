// Moving through the Stories view's tree from the keyboard, with tree semantics: Up/Down visit
// the rows in order, Left collapses a story (or goes from a version to its story), Right expands
// it (or goes to its first version), Enter opens the story's page. Selection follows the cursor:
// a story row opens its page, a version row (or a one-version story) opens the article.
import type { LibraryState } from './library-state';
import { withStoryTree } from './story-state';
import { isGroup, type TreeItem } from './story-tree';
import type { Store } from './store';

export interface TreeNavigation {
  moveInTree(delta: 1 | -1): void;
  treeEdge(edge: 'first' | 'last'): void;
  collapseOrParent(): void;
  expandOrChild(): void;
  /** Enter: the page of the story the cursor is in. */
  openStoryAtCursor(): void;
  toggleStory(storyId: string): void;
}

export interface TreeSelect {
  selectArticle(articleId: string): void;
  selectStory(storyId: string): void;
}

/** Where the cursor is: the selected story's row, else the selected article's row (or its story's, if collapsed). */
export function activeTreeIndex(state: LibraryState): number {
  const { treeItems, selectedStoryId, selectedId, storyOfArticle } = state;
  const storyAt = (id: string | null | undefined): number =>
    id ? treeItems.findIndex((i) => i.kind === 'story' && i.storyId === id) : -1;
  if (selectedStoryId) return storyAt(selectedStoryId);
  if (!selectedId) return -1;
  const at = treeItems.findIndex((i) => i.kind === 'version' && i.articleId === selectedId);
  return at >= 0 ? at : storyAt(storyOfArticle.get(selectedId));
}

export function createTreeNavigation(store: Store<LibraryState>, to: TreeSelect): TreeNavigation {
  const entryOf = (storyId: string) =>
    store.getState().visibleStories.find((e) => e.story.id === storyId) ?? null;

  function activate(item: TreeItem | undefined): void {
    if (!item) return;
    if (item.kind === 'version') {
      to.selectArticle(item.articleId);
      return;
    }
    const entry = entryOf(item.storyId);
    const only = entry && !isGroup(entry) ? entry.versions[0] : undefined;
    if (only) to.selectArticle(only.id);
    else to.selectStory(item.storyId);
  }

  function setCollapsed(storyId: string, collapse: boolean): void {
    store.setState((s) => {
      if (s.collapsed.has(storyId) === collapse) return s;
      const collapsed = new Set(s.collapsed);
      if (collapse) collapsed.add(storyId);
      else collapsed.delete(storyId);
      return withStoryTree({ ...s, collapsed }, false);
    });
  }

  function cursor(): { item: TreeItem | undefined; at: number } {
    const state = store.getState();
    const at = activeTreeIndex(state);
    return { item: state.treeItems[at], at };
  }

  return {
    moveInTree(delta) {
      const { treeItems } = store.getState();
      if (treeItems.length === 0) return;
      const { at } = cursor();
      const next = at < 0 ? (delta > 0 ? 0 : treeItems.length - 1) : at + delta;
      activate(treeItems[Math.max(0, Math.min(treeItems.length - 1, next))]);
    },
    treeEdge(edge) {
      const { treeItems } = store.getState();
      activate(edge === 'first' ? treeItems[0] : treeItems[treeItems.length - 1]);
    },
    collapseOrParent() {
      const { item } = cursor();
      if (!item) return;
      if (item.kind === 'version') {
        to.selectStory(item.storyId);
        return;
      }
      const entry = entryOf(item.storyId);
      if (entry && isGroup(entry)) setCollapsed(item.storyId, true);
    },
    expandOrChild() {
      const { item, at } = cursor();
      if (!item || item.kind !== 'story') return;
      const entry = entryOf(item.storyId);
      if (!entry || !isGroup(entry)) return;
      if (store.getState().collapsed.has(item.storyId)) setCollapsed(item.storyId, false);
      else activate(store.getState().treeItems[at + 1]);
    },
    openStoryAtCursor() {
      const { item } = cursor();
      if (item?.kind === 'story') to.selectStory(item.storyId);
    },
    toggleStory(storyId) {
      setCollapsed(storyId, !store.getState().collapsed.has(storyId));
    },
  };
}
