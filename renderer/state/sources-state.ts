// Cross-source checking in the page's state: the "Who else says this?" dialog (the words asked
// about, the article they come from, the answer once it is in) and the per-story counts of
// claims other stories corroborate or contest, cached for one list of stories.
import type { SourcesResult, Story, StorySourceCounts } from '../../shared/model';

/** What "Who else says this?" was asked about: selected words, or the claim in hand. */
export interface SourceQuery {
  readonly text: string;
  /** The article the words come from (its own story is left out of the answer); null if unknown. */
  readonly articleId: string | null;
}

export interface WhoElseState {
  /** Null when nothing was selected: the dialog then says how to ask. */
  readonly query: SourceQuery | null;
  readonly status: 'loading' | 'ready' | 'error';
  readonly error: string | null;
  readonly result: SourcesResult | null;
}

export interface SourceCountsCache {
  /** The stories these counts were asked for; another list (an import, a correction) voids them. */
  readonly stories: readonly Story[] | null;
  readonly counts: ReadonlyMap<string, StorySourceCounts>;
  /** Stories whose counts could not be had (the story page says so). */
  readonly failed: ReadonlySet<string>;
}

export const NO_SOURCE_COUNTS: SourceCountsCache = { stories: null, counts: new Map(), failed: new Set() };

/** Longest text the services take for one question (shared/api.ts: findSources). */
export const MAX_QUERY_CHARS = 5_000;
