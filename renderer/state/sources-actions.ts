// What cross-source checking can do: ask "Who else says this?" about selected words (or the
// claim in hand), open what the answer lists in the reader (a copy of a wording is found again
// by its words), and count, per story, the claims other stories corroborate or contest — asked
// only for the stories on screen, at most 100 per call, kept until the stories change.
import type { WorkbenchClient } from '../api/client';
import { locateWording } from '../sources/locate-wording';
import { messageOf } from './error-message';
import type { LibraryState } from './library-state';
import { MAX_QUERY_CHARS, NO_SOURCE_COUNTS, type SourceCountsCache, type SourceQuery } from './sources-state';
import { navigate } from './navigation';
import { LIBRARY_SCREEN, screenData } from './screen-state';
import type { Store } from './store';

export interface SourcesActions {
  /**
   * Opens "Who else says this?" on these words; without words, on the claim under review, or
   * (nothing to ask about) on a dialog saying how to ask.
   */
  askWhoElse(query: SourceQuery | null): void;
  retryWhoElse(): void;
  closeWhoElse(): void;
  /** Opens a statement the sources list in the reader, highlighted (leaving the screen it was found from). */
  openSource(articleId: string, start: number, end: number): void;
  /** Opens a copy of a wording in the reader, highlighted where its words are. */
  openCopy(articleId: string, wording: string): Promise<void>;
  /** Asks for the counts of these stories not known yet. */
  loadSourceCounts(storyIds: readonly string[]): Promise<void>;
}

/** The services take at most this many stories a call (shared/api.ts: getSourceCounts). */
const COUNTS_PER_CALL = 100;

export function createSourcesActions(
  store: Store<LibraryState>,
  client: WorkbenchClient,
  openPassage: (articleId: string, start: number, end: number) => void,
  selectArticle: (articleId: string) => void,
): SourcesActions {
  const { api } = client;
  let request = 0;
  /** Stories whose counts are on their way, for the list of stories they were asked for. */
  let asking = new Set<string>();
  let askingFor: LibraryState['stories'] | null = null;

  async function ask(query: SourceQuery): Promise<void> {
    const mine = ++request;
    try {
      const result = await api.findSources({
        text: query.text,
        ...(query.articleId ? { article: query.articleId } : {}),
      });
      if (mine === request)
        store.setState((s) => (s.whoElse ? { ...s, whoElse: { ...s.whoElse, status: 'ready', result } } : s));
    } catch (error) {
      if (mine === request)
        store.setState((s) =>
          s.whoElse ? { ...s, whoElse: { ...s.whoElse, status: 'error', error: messageOf(error) } } : s,
        );
    }
  }

  function open(query: SourceQuery | null): void {
    store.setState((s) => ({
      ...s,
      whoElse: { query, status: query ? 'loading' : 'ready', error: null, result: null },
    }));
    if (query) void ask(query);
  }

  /** Leaves the compare, matrix or report screen for the reader; the review keeps its way back. */
  function leaveScreens(): void {
    request++;
    navigate(store, (s) => (s.screen.kind === 'review' ? s.screen : LIBRARY_SCREEN), { whoElse: null });
  }

  /** The counts cache for the stories shown now (a new list of stories starts it afresh). */
  function currentCache(): SourceCountsCache {
    const s = store.getState();
    if (s.sourceCounts.stories === s.stories) return s.sourceCounts;
    const fresh = { ...NO_SOURCE_COUNTS, stories: s.stories };
    store.setState((st) => ({ ...st, sourceCounts: fresh }));
    return fresh;
  }

  function file(stories: LibraryState['stories'], change: (c: SourceCountsCache) => SourceCountsCache): void {
    store.setState((s) =>
      s.stories === stories && s.sourceCounts.stories === stories
        ? { ...s, sourceCounts: change(s.sourceCounts) }
        : s,
    );
  }

  return {
    askWhoElse(query) {
      const text = query?.text.replace(/\s+/g, ' ').trim() ?? '';
      if (query && text.length >= 3)
        return open({ text: text.slice(0, MAX_QUERY_CHARS), articleId: query.articleId });
      const r = screenData(store.getState().screen, 'review');
      const claim = r?.claims.find((c) => c.id === r.currentId);
      open(claim ? { text: claim.text, articleId: claim.articleId } : null);
    },
    retryWhoElse() {
      const query = store.getState().whoElse?.query;
      if (query) open(query);
    },
    closeWhoElse() {
      request++;
      store.setState((s) => (s.whoElse ? { ...s, whoElse: null } : s));
    },
    openSource(articleId, start, end) {
      leaveScreens();
      openPassage(articleId, start, end);
    },
    async openCopy(articleId, wording) {
      leaveScreens();
      try {
        const article = await api.getArticle({ ref: articleId });
        const span = locateWording(article.text, wording);
        if (span) return openPassage(articleId, span.start, span.end);
      } catch {
        // The reader says itself why the article cannot be shown.
      }
      navigate(store, LIBRARY_SCREEN, { passage: null });
      selectArticle(articleId);
    },
    async loadSourceCounts(storyIds) {
      const cache = currentCache();
      const { stories } = store.getState();
      if (askingFor !== stories) {
        askingFor = stories;
        asking = new Set();
      }
      const wanted = [...new Set(storyIds)].filter(
        (id) => !cache.counts.has(id) && !cache.failed.has(id) && !asking.has(id),
      );
      for (let i = 0; i < wanted.length; i += COUNTS_PER_CALL) {
        const chunk = wanted.slice(i, i + COUNTS_PER_CALL);
        for (const id of chunk) asking.add(id);
        try {
          const counts = await api.getSourceCounts({ storyIds: chunk });
          file(stories, (c) => ({
            ...c,
            counts: new Map([...c.counts, ...counts.map((n) => [n.storyId, n] as const)]),
          }));
        } catch {
          file(stories, (c) => ({ ...c, failed: new Set([...c.failed, ...chunk]) }));
        } finally {
          if (askingFor === stories) for (const id of chunk) asking.delete(id);
        }
      }
    },
  };
}
