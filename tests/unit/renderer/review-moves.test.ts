// Moving through the review asks for the claim's history at once and for its lineage only once
// the reviewer has stayed on the claim (LINEAGE_SETTLE_MS): j pressed five times in a row asks
// for one lineage, the last claim's, not five the server would work out for claims already
// left while the next verdict waited behind them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkbenchApi } from '../../../shared/api';
import type { Claim, ClaimLineageView, ReviewInfo } from '../../../shared/model';
import type { WorkbenchClient } from '../../../renderer/api/client';
import { createReviewActions, LINEAGE_SETTLE_MS } from '../../../renderer/state/review-actions';
import { initialLibraryState, type LibraryState } from '../../../renderer/state/library-state';
import { screenData } from '../../../renderer/state/screen-state';
import { createStore } from '../../../renderer/state/store';

const ARTICLE = 'aaaaaaaaaaaaaaaa';
const claims: Claim[] = Array.from({ length: 6 }, (_, i) => ({
  id: `${ARTICLE}-${i}`,
  articleId: ARTICLE,
  text: `The port handled ${1_000 + i} containers.`,
  start: i * 40,
  end: i * 40 + 34,
  kinds: ['figure'],
  source: 'auto',
  matches: [],
  suggestion: null,
  suggestionReasons: [],
  verdict: null,
}));
const info: ReviewInfo = { verdicts: 0, canUndo: false, canRedo: false, unreadableRecords: 0 };

function setup() {
  const asked: { history: string[]; lineage: string[] } = { history: [], lineage: [] };
  const api = {
    listClaims: async () => claims,
    listOrphanedVerdicts: async () => [],
    getReviewInfo: async () => info,
    getClaimHistory: async ({ claimId }: { claimId: string }) => (asked.history.push(claimId), []),
    getClaimLineage: async ({ claimId }: { claimId: string }) => (
      asked.lineage.push(claimId),
      { claimId, appearances: [], verdict: null } as unknown as ClaimLineageView
    ),
  } as unknown as WorkbenchApi;
  const store = createStore<LibraryState>({ ...initialLibraryState });
  const actions = createReviewActions(store, { api } as WorkbenchClient, () => {});
  const review = () => screenData(store.getState().screen, 'review')!;
  return { actions, asked, review };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('moving through the review', () => {
  it('asks for the lineage of the claim stayed on, not of the claims passed', async () => {
    vi.useFakeTimers();
    const s = setup();
    s.actions.openReview(ARTICLE);
    await vi.advanceTimersByTimeAsync(10);
    expect(s.review().status).toBe('ready');
    expect(s.review().currentId).toBe(claims[0]!.id);
    s.asked.history.length = 0;
    s.asked.lineage.length = 0;

    for (let i = 0; i < 5; i++) {
      s.actions.moveClaim(1);
      await vi.advanceTimersByTimeAsync(LINEAGE_SETTLE_MS / 3);
    }
    // Each claim's history came at once; no lineage yet.
    expect(s.asked.history).toEqual(claims.slice(1).map((c) => c.id));
    expect(s.asked.lineage).toEqual([]);
    expect(s.review().history).toEqual([]);

    await vi.advanceTimersByTimeAsync(LINEAGE_SETTLE_MS);
    expect(s.asked.lineage).toEqual([claims[5]!.id]);
    expect(s.review().lineage?.claimId).toBe(claims[5]!.id);
  });

  it('asks for nothing more once the review is closed', async () => {
    vi.useFakeTimers();
    const s = setup();
    s.actions.openReview(ARTICLE);
    await vi.advanceTimersByTimeAsync(10);
    s.asked.lineage.length = 0;
    s.actions.moveClaim(1);
    s.actions.closeReview();
    await vi.advanceTimersByTimeAsync(LINEAGE_SETTLE_MS * 2);
    expect(s.asked.lineage).toEqual([]);
  });
});
