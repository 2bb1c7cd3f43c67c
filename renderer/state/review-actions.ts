// What the review screen can do: open a story's claims, move through them, set a verdict
// (c/x/u), add evidence, write a note, undo and redo, filter, leave. Every save waits for the
// services, which answer only once the verdict is on disk; the screen says "Saved" then.
import type { VerdictStatus } from '../../shared/model';
import type { WorkbenchClient } from '../api/client';
import { filterClaims, stepClaim } from '../review/review-filter';
import { messageOf } from './import-actions';
import type { LibraryState } from './library-state';
import { NO_FILTER, type ReviewFilter, type ReviewState } from './review-state';
import type { Store } from './store';

export interface ReviewActions {
  /** Opens the review of the story holding this article, on its first claim from that article. */
  openReview(articleId: string): void;
  closeReview(): void;
  reloadReview(): Promise<void>;
  moveClaim(delta: 1 | -1): void;
  selectClaim(claimId: string): void;
  setVerdict(status: VerdictStatus | null): Promise<void>;
  /** Adds the next match of the claim in hand (not yet cited) as evidence. */
  addEvidence(): Promise<void>;
  saveNote(note: string): Promise<void>;
  undoReview(): Promise<void>;
  redoReview(): Promise<void>;
  setReviewFilter(patch: Partial<ReviewFilter>): void;
  setReviewer(name: string): void;
}

const REVIEWER_KEY = 'crosscheck.reviewer';

/** The reviewer's name, kept in this browser profile until the settings screen exists. */
export function savedReviewer(): string {
  try {
    return localStorage.getItem(REVIEWER_KEY) ?? '';
  } catch {
    return '';
  }
}

export function createReviewActions(store: Store<LibraryState>, client: WorkbenchClient): ReviewActions {
  const { api } = client;
  let request = 0;
  const update = (patch: (r: ReviewState) => Partial<ReviewState>): void =>
    store.setState((s) => (s.review ? { ...s, review: { ...s.review, ...patch(s.review) } } : s));
  const review = () => store.getState().review;
  const current = () => {
    const r = review();
    return r?.claims.find((c) => c.id === r.currentId) ?? null;
  };

  async function load(articleIds: readonly string[], focusArticle: string | null): Promise<void> {
    const mine = ++request;
    try {
      const lists = await Promise.all(articleIds.map((article) => api.listClaims({ article })));
      const info = await api.getReviewInfo({});
      if (mine !== request) return;
      const claims = lists.flat();
      update((r) => {
        const keep = claims.some((c) => c.id === r.currentId) ? r.currentId : null;
        const first = claims.find((c) => c.articleId === focusArticle) ?? claims[0];
        return { status: 'ready', error: null, claims, info, currentId: keep ?? first?.id ?? null };
      });
      await loadHistory();
    } catch (error) {
      if (mine === request) update(() => ({ status: 'error', error: messageOf(error) }));
    }
  }

  async function loadHistory(): Promise<void> {
    const id = review()?.currentId;
    if (!id) return update(() => ({ history: [] }));
    const history = await api.getClaimHistory({ claimId: id });
    if (review()?.currentId === id) update(() => ({ history }));
  }

  /** Runs one save; the screen shows "Saving…" until the services answer. */
  async function save(run: () => Promise<string>): Promise<void> {
    if (!review() || review()!.saving) return;
    update(() => ({ saving: true, saveError: null }));
    try {
      const notice = await run();
      const info = await api.getReviewInfo({});
      update(() => ({ saving: false, notice, info }));
      await loadHistory();
    } catch (error) {
      update(() => ({ saving: false, saveError: messageOf(error) }));
    }
  }

  /** Puts a claim's new verdict in place without reloading every claim. */
  function replaceVerdict(claimId: string, verdict: import('../../shared/model').Verdict | null): void {
    update((r) => ({ claims: r.claims.map((c) => (c.id === claimId ? { ...c, verdict } : c)) }));
  }

  const reviewer = () => savedReviewer().trim() || null;

  return {
    openReview(articleId) {
      const s = store.getState();
      const storyId = s.storyOfArticle.get(articleId) ?? null;
      const articleIds = s.stories.find((st) => st.id === storyId)?.articleIds ?? [articleId];
      store.setState((st) => ({
        ...st,
        compare: null,
        review: {
          storyId,
          articleIds,
          status: 'loading',
          error: null,
          claims: [],
          info: null,
          filter: NO_FILTER,
          currentId: null,
          history: [],
          saving: false,
          saveError: null,
          notice: '',
        },
      }));
      void load(articleIds, articleId);
    },
    closeReview() {
      request++;
      store.setState((s) => (s.review ? { ...s, review: null } : s));
    },
    async reloadReview() {
      const r = review();
      if (r) await load(r.articleIds, null);
    },
    moveClaim(delta) {
      const r = review();
      if (!r) return;
      const next = stepClaim(filterClaims(r.claims, r.filter), r.currentId, delta);
      if (next === r.currentId) return;
      update(() => ({ currentId: next, history: [] }));
      void loadHistory();
    },
    selectClaim(claimId) {
      update(() => ({ currentId: claimId, history: [] }));
      void loadHistory();
    },
    async setVerdict(status) {
      const claim = current();
      if (!claim) return;
      await save(async () => {
        const verdict = await api.setVerdict({
          claimId: claim.id,
          status,
          note: claim.verdict?.note ?? '',
          evidence: (claim.verdict?.evidence ?? []).map(({ articleId, start, end }) => ({
            articleId,
            start,
            end,
          })),
          reviewer: reviewer(),
        });
        replaceVerdict(claim.id, verdict);
        return verdict ? `Saved: ${verdict.status}.` : 'Verdict cleared.';
      });
    },
    async addEvidence() {
      const claim = current();
      if (!claim) return;
      const cited = claim.verdict?.evidence ?? [];
      const next = claim.matches.find(
        (m) => !cited.some((e) => e.articleId === m.articleId && e.start === m.start),
      );
      if (!next) {
        update(() => ({ notice: 'Every matching passage is already cited.' }));
        return;
      }
      await save(async () => {
        const verdict = await api.setVerdict({
          claimId: claim.id,
          status: claim.verdict?.status ?? 'unclear',
          note: claim.verdict?.note ?? '',
          evidence: [...cited, next].map(({ articleId, start, end }) => ({ articleId, start, end })),
          reviewer: reviewer(),
        });
        replaceVerdict(claim.id, verdict);
        return 'Evidence added and saved.';
      });
    },
    async saveNote(note) {
      const claim = current();
      if (!claim || note === (claim.verdict?.note ?? '')) return;
      await save(async () => {
        const verdict = await api.setVerdict({
          claimId: claim.id,
          status: claim.verdict?.status ?? 'unclear',
          note,
          evidence: (claim.verdict?.evidence ?? []).map(({ articleId, start, end }) => ({
            articleId,
            start,
            end,
          })),
          reviewer: reviewer(),
        });
        replaceVerdict(claim.id, verdict);
        return 'Note saved.';
      });
    },
    async undoReview() {
      await save(async () => {
        const change = await api.undoVerdict({});
        if (!change) return 'Nothing to undo.';
        replaceVerdict(change.claimId, change.verdict);
        update((r) => ({
          currentId: r.claims.some((c) => c.id === change.claimId) ? change.claimId : r.currentId,
        }));
        return 'Undone.';
      });
    },
    async redoReview() {
      await save(async () => {
        const change = await api.redoVerdict({});
        if (!change) return 'Nothing to redo.';
        replaceVerdict(change.claimId, change.verdict);
        update((r) => ({
          currentId: r.claims.some((c) => c.id === change.claimId) ? change.claimId : r.currentId,
        }));
        return 'Redone.';
      });
    },
    setReviewFilter(patch) {
      update((r) => ({ filter: { ...r.filter, ...patch } }));
    },
    setReviewer(name) {
      try {
        localStorage.setItem(REVIEWER_KEY, name);
      } catch {
        // Private windows may refuse storage; the name then lasts this session only.
      }
      update(() => ({ notice: name ? `Verdicts will be signed by ${name}.` : 'Verdicts will be unsigned.' }));
    },
  };
}
