// A verdict save is one round trip: the review screen sends setVerdict and nothing else, and
// what the services answer (the change, the claim's history, the review's counts) is what the
// screen shows after it — the verdict in the list, the history, the lineage's verdict, the
// counts. Undo answers the same way. A failed save says so and changes nothing.
import { describe, expect, it } from 'vitest';
import type { WorkbenchApi } from '../../../shared/api';
import type { Claim, ClaimLineageView, ReviewInfo, SavedVerdict, VerdictChange } from '../../../shared/model';
import type { WorkbenchClient } from '../../../renderer/api/client';
import { createReviewActions } from '../../../renderer/state/review-actions';
import { initialLibraryState, type LibraryState } from '../../../renderer/state/library-state';
import { screenData } from '../../../renderer/state/screen-state';
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
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const info = (verdicts: number): ReviewInfo => ({
  verdicts,
  canUndo: verdicts > 0,
  canRedo: false,
  unreadableRecords: 0,
});
const lineage = {
  claimId: claim.id,
  text: claim.text,
  storyId: null,
  verdict: null,
} as unknown as ClaimLineageView;

function setup(options: { failSave?: boolean } = {}) {
  const calls: string[] = [];
  const history: VerdictChange[] = [];
  const answer = (change: VerdictChange): SavedVerdict => {
    history.push(change);
    return { change, history: [...history], info: info(change.verdict ? 1 : 0) };
  };
  const api = {
    listClaims: async () => [claim],
    listOrphanedVerdicts: async () => [],
    getReviewInfo: async () => (calls.push('getReviewInfo'), info(0)),
    getClaimHistory: async () => (calls.push('getClaimHistory'), [...history]),
    getClaimLineage: async () => (calls.push('getClaimLineage'), lineage),
    setVerdict: async ({
      status,
      note,
    }: {
      status: 'consistent' | 'conflicting' | 'unclear' | null;
      note?: string;
    }) => {
      calls.push('setVerdict');
      if (options.failSave) throw new Error('The disk is full.');
      const at = `2026-12-06T09:00:0${history.length}Z`;
      const verdict = status
        ? { claimId: claim.id, status, note: note ?? '', evidence: [], reviewer: null, at }
        : null;
      return answer({ claimId: claim.id, action: verdict ? 'set' : 'clear', verdict, at });
    },
    undoVerdict: async () => {
      calls.push('undoVerdict');
      return answer({ claimId: claim.id, action: 'undo', verdict: null, at: '2026-12-06T09:01:00Z' });
    },
  } as unknown as WorkbenchApi;
  const store = createStore<LibraryState>({ ...initialLibraryState });
  const actions = createReviewActions(store, { api } as WorkbenchClient, () => {});
  const review = () => screenData(store.getState().screen, 'review')!;
  return { store, actions, calls, review };
}

async function openAndWait(s: ReturnType<typeof setup>) {
  s.actions.openReview(claim.articleId);
  for (let i = 0; i < 20 && (s.review()?.status !== 'ready' || s.review().lineage === null); i++)
    await tick();
  expect(s.review().status).toBe('ready');
  expect(s.review().lineage).not.toBeNull();
  s.calls.length = 0;
}

describe('saving a verdict', () => {
  it('is one request, and the screen shows what it answered', async () => {
    const s = setup();
    await openAndWait(s);
    await s.actions.setVerdict('consistent');
    await tick();
    expect(s.calls).toEqual(['setVerdict']);
    const review = s.review();
    expect(review.saving).toBe(false);
    expect(review.saveError).toBeNull();
    expect(review.notice).toBe('Saved: consistent.');
    expect(review.claims[0]!.verdict?.status).toBe('consistent');
    expect(review.history.map((h) => h.verdict?.status)).toEqual(['consistent']);
    expect(review.lineage?.verdict?.status).toBe('consistent');
    expect(review.info).toMatchObject({ verdicts: 1, canUndo: true });
  });

  it('keeps the order of quick saves, each one request', async () => {
    const s = setup();
    await openAndWait(s);
    await Promise.all([s.actions.setVerdict('conflicting'), s.actions.saveNote('Checked twice.')]);
    await tick();
    expect(s.calls).toEqual(['setVerdict', 'setVerdict']);
    const review = s.review();
    expect(review.claims[0]!.verdict).toMatchObject({ status: 'conflicting', note: 'Checked twice.' });
    expect(review.history).toHaveLength(2);
  });

  it('undoes in one request, the history and counts from its answer', async () => {
    const s = setup();
    await openAndWait(s);
    await s.actions.setVerdict('unclear');
    await s.actions.undoReview();
    await tick();
    expect(s.calls).toEqual(['setVerdict', 'undoVerdict']);
    const review = s.review();
    expect(review.claims[0]!.verdict).toBeNull();
    expect(review.history.map((h) => h.action)).toEqual(['set', 'undo']);
    expect(review.info).toMatchObject({ verdicts: 0 });
    expect(review.notice).toBe('Undone.');
  });

  it('says a failed save failed and changes nothing', async () => {
    const s = setup({ failSave: true });
    await openAndWait(s);
    await s.actions.setVerdict('consistent');
    const review = s.review();
    expect(review.saving).toBe(false);
    expect(review.saveError).toBe('The disk is full.');
    expect(review.claims[0]!.verdict).toBeNull();
    expect(review.history).toEqual([]);
  });
});
