// Which screen is shown is one value: opening the compare screen, the review, the matrix or the
// report replaces whatever was shown (none is left open underneath), leaving one returns to the
// library, and an answer that arrives for a screen already left changes nothing.
import { describe, expect, it } from 'vitest';
import type { WorkbenchApi } from '../../../shared/api';
import type { ArticleComparison, ConsistencyMatrixView } from '../../../shared/model';
import type { Report } from '../../../shared/report';
import type { WorkbenchClient } from '../../../renderer/api/client';
import { createCompareActions } from '../../../renderer/state/compare-actions';
import { initialLibraryState, type LibraryState } from '../../../renderer/state/library-state';
import { createMatrixActions } from '../../../renderer/state/matrix-actions';
import { createReportActions } from '../../../renderer/state/report-actions';
import { createReviewActions } from '../../../renderer/state/review-actions';
import { screenData } from '../../../renderer/state/screen-state';
import { createStore } from '../../../renderer/state/store';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A promise the test settles when it wants (an answer still on its way). */
function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function setup() {
  const comparisons: ReturnType<typeof later<ArticleComparison>>[] = [];
  const passages: [string, number, number][] = [];
  const api = {
    compareArticles: () => {
      const answer = later<ArticleComparison>();
      comparisons.push(answer);
      return answer.promise;
    },
    listClaims: async () => [],
    getReviewInfo: async () => ({ claims: 0, reviewed: 0, unreadableRecords: 0 }),
    listOrphanedVerdicts: async () => [],
    getClaimHistory: async () => [],
    getClaimLineage: async () => null,
    getMatrix: async () => ({ title: 'A story', columns: [], rows: [] }) as unknown as ConsistencyMatrixView,
    getReport: async () => ({}) as Report,
  } as unknown as WorkbenchApi;
  const client = { api } as WorkbenchClient;
  const store = createStore<LibraryState>({ ...initialLibraryState });
  const review = createReviewActions(store, client, () => {});
  const actions = {
    ...createCompareActions(store, client),
    ...review,
    ...createMatrixActions(store, client, (articleId, start, end) => {
      passages.push([articleId, start, end]);
      review.openPassage(articleId, start, end);
    }),
    ...createReportActions(store, client),
  };
  return { store, actions, comparisons, passages, screen: () => store.getState().screen };
}

describe('the screen shown', () => {
  it('starts on the library', () => {
    expect(setup().screen()).toEqual({ kind: 'library' });
  });

  it('is replaced by each screen opened, never stacked under another', () => {
    const { actions, screen } = setup();
    actions.openMatrix('story-1');
    expect(screen().kind).toBe('matrix');
    actions.openCompare('a', 'b', 'story-1');
    expect(screen().kind).toBe('compare');
    actions.openReview('a');
    expect(screen().kind).toBe('review');
    actions.openReport(null);
    expect(screen().kind).toBe('report');
    actions.closeReport();
    // The review the report was opened from is gone with it: back to the library.
    expect(screen()).toEqual({ kind: 'library' });
  });

  it('returns to the library when the screen shown is left, and ignores leaving one not shown', () => {
    const { actions, screen } = setup();
    actions.openCompare('a', 'b', null, 'reader');
    actions.closeMatrix();
    expect(screen().kind).toBe('compare');
    actions.closeCompare();
    expect(screen()).toEqual({ kind: 'library' });
  });

  it('drops a comparison that arrives after the compare screen was left', async () => {
    const { actions, screen, comparisons } = setup();
    actions.openCompare('a', 'b', null);
    actions.openMatrix('story-1');
    comparisons[0]!.resolve({ rows: [] } as unknown as ArticleComparison);
    await tick();
    expect(screen().kind).toBe('matrix');
    expect(screenData(screen(), 'compare')).toBeNull();
  });

  it('keeps how the reviewer looks at changes when another comparison replaces the one shown', () => {
    const { actions, screen } = setup();
    actions.openCompare('a', 'b', null);
    actions.toggleUnified();
    actions.toggleHideCosmetic();
    actions.openCompare('b', 'c', null);
    expect(screenData(screen(), 'compare')).toMatchObject({
      a: 'b',
      b: 'c',
      unified: true,
      hideCosmetic: true,
    });
    actions.closeCompare();
    actions.openCompare('a', 'b', null);
    expect(screenData(screen(), 'compare')).toMatchObject({ unified: false, hideCosmetic: false });
  });

  it('leaves the matrix for the reader when a cell is opened, with the passage highlighted', async () => {
    const { store, actions, screen, passages } = setup();
    actions.openMatrix('story-1');
    await tick();
    expect(screenData(screen(), 'matrix')?.status).toBe('ready');
    actions.openCell('article-2', 10, 20);
    expect(passages).toEqual([['article-2', 10, 20]]);
    expect(screen()).toEqual({ kind: 'library' });
    expect(store.getState().passage).toMatchObject({ articleId: 'article-2', start: 10, end: 20 });
  });
});
