// A verdict save says "Saved" as soon as the services have it: the review's counts, the claim's
// history and its lineage are fetched afterwards and never hold the indicator, and a failure
// to fetch them is not a failed save.
import { describe, expect, it } from 'vitest';
import type { WorkbenchApi } from '../../../shared/api';
import type { Claim, Verdict } from '../../../shared/model';
import type { WorkbenchClient } from '../../../renderer/api/client';
import { createReviewActions } from '../../../renderer/state/review-actions';
import { initialLibraryState, type LibraryState } from '../../../renderer/state/library-state';
import { createStore } from '../../../renderer/state/store';

const claim: Claim = {
  id: 'aaaaaaaaaaaaaaaa-1',
  articleId: 'aaaaaaaaaaaaaaaa',
  text: 'The port handled 1,240 containers.',
  start: 0,
  end: 34,
  kinds: ['figure'],
  source: 'auto',
  matches: [],
  suggestion: null,
  suggestionReasons: [],
  verdict: null,
};
const never = () => new Promise<never>(() => {});
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(after: 'hang' | 'fail') {
  let histories = 0;
  let infos = 0;
  const api = {
    listClaims: async () => [claim],
    listOrphanedVerdicts: async () => [],
    getReviewInfo: async () => {
      infos++;
      if (infos > 1 && after === 'hang') return never();
      if (infos > 1) throw new Error('the server went away');
      return { claims: 1, reviewed: 0, unreadableRecords: 0 };
    },
    getClaimHistory: async () => {
      histories++;
      return histories > 1 && after === 'hang' ? never() : [];
    },
    getClaimLineage: async () => null,
    setVerdict: async ({ status }: { status: Verdict['status'] }) =>
      ({
        claimId: claim.id,
        status,
        note: '',
        evidence: [],
        reviewer: null,
        at: '2026-12-06T09:00:00Z',
      }) as unknown as Verdict,
  } as unknown as WorkbenchApi;
  const store = createStore<LibraryState>({ ...initialLibraryState });
  const actions = createReviewActions(store, { api } as WorkbenchClient, () => {});
  return { store, actions };
}

async function openAndWait(s: ReturnType<typeof setup>) {
  s.actions.openReview(claim.articleId);
  for (let i = 0; i < 20 && s.store.getState().review?.status !== 'ready'; i++) await tick();
  expect(s.store.getState().review?.status).toBe('ready');
}

describe('saving a verdict', () => {
  it('shows it saved while the counts and history are still on their way', async () => {
    const s = setup('hang');
    await openAndWait(s);
    await s.actions.setVerdict('consistent');
    const review = s.store.getState().review!;
    expect(review.saving).toBe(false);
    expect(review.saveError).toBeNull();
    expect(review.claims[0]!.verdict?.status).toBe('consistent');
  });

  it('is not a failed save when the counts cannot be fetched afterwards', async () => {
    const s = setup('fail');
    await openAndWait(s);
    await s.actions.setVerdict('conflicting');
    await tick();
    const review = s.store.getState().review!;
    expect(review.saving).toBe(false);
    expect(review.saveError).toBeNull();
  });
});
