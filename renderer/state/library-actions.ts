// Everything the library screen can do, as explicit actions over one store. Components call
// these and read state through hooks; only the state/*-actions.ts files talk to the API.
// Stale answers (an article the reviewer has already moved past) are dropped by request number.
import type { Article, ArticleSummary, ImportResult } from '../../shared/model';
import type { WorkbenchClient } from '../api/client';
import {
  defaultDirection,
  filterArticles,
  sortArticles,
  type SortKey,
  type SortOrder,
} from './article-order';
import { createCompareActions, type CompareActions } from './compare-actions';
import { createReviewActions, type ReviewActions } from './review-actions';
import { createReportActions, type ReportActions } from './report-actions';
import { createSettingsActions, type SettingsActions } from './settings-actions';
import { createMatrixActions, type MatrixActions } from './matrix-actions';
import { createSourcesActions, type SourcesActions } from './sources-actions';
import { messageOf } from './error-message';
import { createImportActions, type ImportActions } from './import-actions';
import type { LibraryState, ProblemSource } from './library-state';
import { patcher, withProblem } from './problems';
import { createStoryActions, type StoryActions } from './story-actions';
import { withStoryTree } from './story-state';
import type { Store } from './store';

export interface LibraryActions
  extends
    ImportActions,
    StoryActions,
    CompareActions,
    ReviewActions,
    ReportActions,
    SettingsActions,
    MatrixActions,
    SourcesActions {
  start(): Promise<void>;
  reloadList(): Promise<void>;
  setFilter(text: string): void;
  sortBy(key: SortKey): void;
  select(id: string): void;
  moveSelection(delta: 1 | -1): void;
  selectEdge(edge: 'first' | 'last'): void;
  reloadArticle(): void;
  /** Imports the shown article's source file again (repairs an article whose file is damaged). */
  reimportArticle(): Promise<void>;
  toggleRemoved(): void;
  /**
   * Puts a line the cleaning removed back into the shown article's text (or takes it out
   * again). Resolves true once the article shown is the updated one.
   */
  setLineRestored(line: number, restored: boolean): Promise<boolean>;
  /** Takes a problem off the error banner. */
  dismissProblem(source: ProblemSource): void;
  setHelpOpen(open: boolean): void;
}

/** Articles kept in memory so stepping back and forth through the list is instant. */
const ARTICLE_CACHE_SIZE = 24;

/** The articles sorted, and those the filter keeps. */
function ordered(
  articles: readonly ArticleSummary[],
  filter: string,
  sort: SortOrder,
): { sorted: readonly ArticleSummary[]; visible: readonly ArticleSummary[] } {
  const sorted = sortArticles(articles, sort);
  return { sorted, visible: filterArticles(sorted, filter) };
}

function withArticles(state: LibraryState, articles: readonly ArticleSummary[]): LibraryState {
  const stillThere = state.selectedId !== null && articles.some((a) => a.id === state.selectedId);
  const next: LibraryState = {
    ...state,
    articles,
    ...ordered(articles, state.filter, state.sort),
    ...(stillThere ? {} : { selectedId: null, article: null, articleStatus: 'idle', articleError: null }),
  };
  return withStoryTree(next, true);
}

export function createLibraryActions(store: Store<LibraryState>, client: WorkbenchClient): LibraryActions {
  const { api } = client;
  const set = (patch: Partial<LibraryState>): void => store.setState((s) => ({ ...s, ...patch }));
  const setList = patcher(store, 'list');
  const setLine = patcher(store, 'line');
  const cache = new Map<string, Article>();
  let articleRequest = 0;

  function remember(article: Article): void {
    cache.delete(article.id);
    cache.set(article.id, article);
    const oldest = cache.keys().next();
    if (cache.size > ARTICLE_CACHE_SIZE && !oldest.done) cache.delete(oldest.value);
  }

  async function loadArticle(id: string): Promise<void> {
    const request = ++articleRequest;
    const cached = cache.get(id);
    if (cached) {
      set({ article: cached, articleStatus: 'ready', articleError: null });
      return;
    }
    set({ articleStatus: 'loading', articleError: null });
    try {
      const article = await api.getArticle({ ref: id });
      remember(article);
      if (request === articleRequest) set({ article, articleStatus: 'ready' });
    } catch (error) {
      if (request === articleRequest) set({ articleStatus: 'error', articleError: messageOf(error) });
    }
  }

  function select(id: string): void {
    const { selectedId, article, selectedStoryId } = store.getState();
    // Choosing an article closes the story page (the reader's story link leads back to it).
    if (selectedStoryId) set({ selectedStoryId: null, merge: null });
    // A highlighted passage belongs to its article; another article drops it.
    if (store.getState().passage && store.getState().passage!.articleId !== id) set({ passage: null });
    if (id === selectedId && article?.id === id) return;
    set({ selectedId: id, showRemoved: false, lineNotice: '', articleClaims: null });
    void loadArticle(id);
  }

  const stories = createStoryActions(store, client, select);

  function selectFirstIfNone(): void {
    const { selectedId, visible } = store.getState();
    const first = visible[0];
    if (selectedId === null && first) select(first.id);
  }

  async function loadList(quiet: boolean): Promise<void> {
    if (!quiet) setList({ listStatus: 'loading', problem: null });
    // Stories load beside the articles; the Articles view does not wait for them.
    void stories.loadStories(quiet);
    try {
      const [workspace, articles] = await Promise.all([api.getWorkspaceInfo({}), api.listArticles({})]);
      store.setState((s) =>
        withArticles(withProblem({ ...s, workspace, listStatus: 'ready' }, 'list', null), articles),
      );
      selectFirstIfNone();
    } catch (error) {
      setList({
        listStatus: store.getState().listStatus === 'ready' ? 'ready' : 'error',
        problem: { title: 'The articles could not be loaded.', message: messageOf(error) },
      });
    }
  }

  async function finishImport(result: ImportResult | null, cancelled: boolean): Promise<void> {
    if (result) set({ importStatus: { phase: 'finished', result, cancelled } });
    cache.clear();
    await loadList(true);
    const first = result?.imported[0];
    if (first) select(first.id);
  }

  /** Shows an article the services changed, in the reader (if still shown) and in the list. */
  function replaceArticle(updated: Article): void {
    remember(updated);
    store.setState((s) => {
      const articles = s.articles.map((a) => (a.id === updated.id ? { ...a, words: updated.words } : a));
      const next = withArticles(s, articles);
      return s.article?.id === updated.id ? { ...next, article: updated } : next;
    });
  }

  async function setLineRestored(line: number, restored: boolean): Promise<boolean> {
    const { article, pendingLine } = store.getState();
    // One change at a time: the services read, change and write the article's list of lines.
    if (!article || pendingLine) return false;
    setLine({ pendingLine: { articleId: article.id, line }, problem: null });
    try {
      replaceArticle(await api.setLineRestored({ ref: article.id, line, restored }));
      set({
        pendingLine: null,
        lineNotice: restored
          ? `Line ${line} is back in the text.`
          : `Line ${line} was removed from the text again.`,
      });
      return store.getState().article?.id === article.id;
    } catch (error) {
      setLine({
        pendingLine: null,
        problem: {
          title: restored
            ? `Line ${line} could not be restored.`
            : `Line ${line} could not be removed again.`,
          message: messageOf(error),
        },
      });
      return false;
    }
  }

  const settings = createSettingsActions(store, client);
  const review = createReviewActions(store, client, select);
  return {
    ...createImportActions(store, client, finishImport),
    ...settings,
    ...stories,
    ...createCompareActions(store, client),
    ...review,
    ...createMatrixActions(store, client, review.openPassage),
    ...createSourcesActions(store, client, review.openPassage, select),
    ...createReportActions(store, client),
    start: async () => {
      await Promise.all([loadList(false), settings.loadSettings()]);
    },
    reloadList: () => loadList(store.getState().listStatus === 'ready'),

    setFilter(filter) {
      store.setState((s) =>
        withStoryTree({ ...s, filter, visible: filterArticles(s.sorted, filter) }, false),
      );
    },
    sortBy(key) {
      store.setState((s) => {
        const direction =
          s.sort.key === key ? (s.sort.direction === 'asc' ? 'desc' : 'asc') : defaultDirection(key);
        const sort = { key, direction } as const;
        return { ...s, sort, ...ordered(s.articles, s.filter, sort) };
      });
    },

    select,
    moveSelection(delta) {
      if (store.getState().view === 'stories') return stories.moveInTree(delta);
      const { visible, selectedId } = store.getState();
      if (visible.length === 0) return;
      const at = visible.findIndex((a) => a.id === selectedId);
      const next = at < 0 ? (delta > 0 ? 0 : visible.length - 1) : at + delta;
      const target = visible[Math.max(0, Math.min(visible.length - 1, next))];
      if (target) select(target.id);
    },
    selectEdge(edge) {
      if (store.getState().view === 'stories') return stories.treeEdge(edge);
      const { visible } = store.getState();
      const target = edge === 'first' ? visible[0] : visible[visible.length - 1];
      if (target) select(target.id);
    },
    reloadArticle() {
      const { selectedId } = store.getState();
      if (selectedId) void loadArticle(selectedId);
    },
    async reimportArticle() {
      const { selectedId } = store.getState();
      if (!selectedId) return;
      const request = ++articleRequest;
      set({ articleStatus: 'loading', articleError: null });
      try {
        const article = await api.reimportArticle({ ref: selectedId });
        remember(article);
        if (request === articleRequest) set({ article, articleStatus: 'ready' });
        // Repaired, the article is back in its story: the list and the stories catch up quietly.
        void loadList(true);
      } catch (error) {
        if (request === articleRequest) set({ articleStatus: 'error', articleError: messageOf(error) });
      }
    },
    toggleRemoved: () => store.setState((s) => ({ ...s, showRemoved: !s.showRemoved })),
    setLineRestored,
    dismissProblem: (source) => store.setState((s) => withProblem(s, source, null)),

    setHelpOpen: (helpOpen) => set({ helpOpen }),
  };
}
