// What the compare screen can do: open two articles side by side, pick other sides, swap them,
// step through the changes, hide cosmetic ones, switch to the unified view, and leave.
// Stale answers (sides the reviewer has already changed) are dropped by request number.
import type { WorkbenchClient } from '../api/client';
import { buildDisplay, stepStop } from '../compare/compare-display';
import type { CompareState } from './compare-state';
import { messageOf } from './error-message';
import type { LibraryState } from './library-state';
import { leaveScreen, navigate, updateScreen } from './navigation';
import { screenData, screenWith } from './screen-state';
import type { Store } from './store';

export interface CompareActions {
  /** Opens the compare screen on two articles (from a story's page, or any two). */
  openCompare(a: string, b: string, storyId: string | null, origin?: 'story' | 'reader'): void;
  /**
   * From the reader: the article against the version before it in its story (the one after,
   * for a first version), or against another article when its story has only this one.
   */
  compareFromArticle(articleId: string): void;
  setCompareSides(a: string, b: string): void;
  swapCompareSides(): void;
  closeCompare(): void;
  reloadCompare(): void;
  toggleHideCosmetic(): void;
  toggleUnified(): void;
  /** Moves to the next (1) or previous (-1) change. */
  stepChange(delta: 1 | -1): void;
  /** Makes the stop at `index` the change in hand (a click on the overview strip). */
  goToStop(index: number): void;
  /** Shows or hides the claims of the right-hand article beside the rows. */
  toggleCompareClaims(): void;
}

export function createCompareActions(store: Store<LibraryState>, client: WorkbenchClient): CompareActions {
  let request = 0;
  const update = (patch: (c: CompareState) => Partial<CompareState>): void =>
    updateScreen(store, 'compare', patch);
  const compare = (): CompareState | null => screenData(store.getState().screen, 'compare');

  async function load(a: string, b: string): Promise<void> {
    const mine = ++request;
    update(() => ({ a, b, status: 'loading', error: null, current: -1, claims: null }));
    try {
      const result = await client.api.compareArticles({ a, b });
      if (mine === request) update(() => ({ status: 'ready', result }));
      if (mine === request && compare()?.claimsOpen) await loadClaims();
    } catch (error) {
      if (mine === request) update(() => ({ status: 'error', error: messageOf(error), result: null }));
    }
  }

  async function loadClaims(): Promise<void> {
    const b = compare()?.b;
    if (!b) return;
    try {
      const claims = await client.api.listClaims({ article: b });
      if (compare()?.b === b) update(() => ({ claims }));
    } catch {
      // The panel says it has none; the comparison itself is unaffected.
      update(() => ({ claims: [] }));
    }
  }

  const actions: CompareActions = {
    compareFromArticle(articleId) {
      const { storyOfArticle, stories, articles } = store.getState();
      const storyId = storyOfArticle.get(articleId) ?? null;
      const versions = stories.find((st) => st.id === storyId)?.articleIds ?? [];
      const at = versions.indexOf(articleId);
      const neighbour = at > 0 ? versions[at - 1] : at === 0 ? versions[1] : undefined;
      const other = neighbour ?? articles.find((a) => a.id !== articleId)?.id;
      if (!other) return;
      if (at > 0) actions.openCompare(other, articleId, storyId, 'reader');
      else actions.openCompare(articleId, other, storyId, 'reader');
    },
    openCompare(a, b, storyId, origin = 'story') {
      // How the reviewer likes to look at changes carries over from the comparison shown.
      const previous = compare();
      navigate(
        store,
        screenWith('compare', {
          storyId,
          origin,
          a,
          b,
          status: 'loading',
          error: null,
          result: null,
          hideCosmetic: previous?.hideCosmetic ?? false,
          unified: previous?.unified ?? false,
          current: -1,
          claimsOpen: previous?.claimsOpen ?? false,
          claims: null,
        }),
        { merge: null },
      );
      void load(a, b);
    },
    setCompareSides(a, b) {
      if (compare()) void load(a, b);
    },
    swapCompareSides() {
      const c = compare();
      if (c) void load(c.b, c.a);
    },
    closeCompare() {
      request++;
      leaveScreen(store, 'compare');
    },
    reloadCompare() {
      const c = compare();
      if (c) void load(c.a, c.b);
    },
    toggleHideCosmetic() {
      update((c) => ({ hideCosmetic: !c.hideCosmetic, current: -1 }));
    },
    toggleUnified() {
      update((c) => ({ unified: !c.unified }));
    },
    stepChange(delta) {
      update((c) => {
        if (!c.result) return {};
        const { stops } = buildDisplay(c.result, c.hideCosmetic);
        return { current: stepStop(stops, c.current, delta) };
      });
    },
    goToStop(index) {
      update(() => ({ current: index }));
    },
    toggleCompareClaims() {
      const open = !compare()?.claimsOpen;
      update(() => ({ claimsOpen: open }));
      if (open) void loadClaims();
    },
  };
  return actions;
}
