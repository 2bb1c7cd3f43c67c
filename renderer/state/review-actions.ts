// What the review screen can do: open a story's claims, move through them, set a verdict
// (c/x/u), add evidence, write a note, undo and redo, filter, leave. Every save waits for the
// services, which answer only once the verdict is on disk; the screen says "Saved" then.
import type { Claim, SavedVerdict, Verdict, VerdictStatus } from '../../shared/model';
import type { WorkbenchClient } from '../api/client';
import { carries, claimAbove, claimIdIn, filterClaims, findClaim, stepClaim } from '../review/review-filter';
import { messageOf } from './error-message';
import type { LibraryState } from './library-state';
import { leaveScreen, navigate, updateScreen } from './navigation';
import { NO_FILTER, type ReviewFilter, type ReviewState } from './review-state';
import { withProblem } from './problems';
import { LIBRARY_SCREEN, screenData, screenWith } from './screen-state';
import type { Store } from './store';
import { verdictInput, type VerdictEdit } from './verdict-save';

export interface ReviewActions {
  /** Opens the review of the story holding this article, on its first claim from that article. */
  openReview(articleId: string, claimId?: string): void;
  /** Makes a claim of a span of an article's text, then opens the review on it. */
  makeClaim(articleId: string, start: number, end: number): Promise<void>;
  /** Hides the claim in hand (its verdicts stay in the history). */
  deleteClaim(): Promise<void>;
  /** Merges the claim in hand into the one above it in the list. */
  mergeWithPrevious(): Promise<void>;
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
  /** Says whom verdicts will be signed by, after the name was changed. */
  announceReviewer(name: string): void;
  /** Opens a passage of an article in the reader, highlighted, with a way back to the claim. */
  openPassage(articleId: string, start: number, end: number): void;
  /** Loads the claims of the shown article for the panel beside it. */
  loadArticleClaims(articleId: string): Promise<void>;
}

/**
 * A claim's lineage is asked for once the reviewer has stayed on it this long. The server works
 * one out for a quarter of a second at 250 versions: j pressed a dozen times in a row asked for
 * a dozen, which took the browser's six connections to the server with them, and the verdict
 * saved next waited behind lineages of claims already left.
 */
export const LINEAGE_SETTLE_MS = 150;

export function createReviewActions(
  store: Store<LibraryState>,
  client: WorkbenchClient,
  selectArticle: (articleId: string) => void,
): ReviewActions {
  const { api } = client;
  let request = 0;
  const update = (patch: (r: ReviewState) => Partial<ReviewState>): void =>
    updateScreen(store, 'review', patch);
  const review = (): ReviewState | null => screenData(store.getState().screen, 'review');
  const current = () => {
    const r = review();
    return r?.claims.find((c) => c.id === r.currentId) ?? null;
  };

  /**
   * The claims of a story come in one call, each wording once (`alsoIn` names the other
   * versions carrying it): a wire story of a thousand copies is one request, not a thousand.
   * An article outside any story is asked for alone.
   */
  async function load(
    storyId: string | null,
    articleIds: readonly string[],
    focusArticle: string | null,
    focusClaim: string | null = null,
  ): Promise<void> {
    const mine = ++request;
    try {
      const claims = storyId
        ? await api.listClaims({ story: storyId })
        : (await Promise.all(articleIds.map((article) => api.listClaims({ article })))).flat();
      const [info, orphaned] = await Promise.all([api.getReviewInfo({}), api.listOrphanedVerdicts({})]);
      if (mine !== request) return;
      update((r) => {
        const keep = findClaim(claims, focusClaim ?? r.currentId);
        const first = (focusArticle && claims.find((c) => carries(c, focusArticle))) || claims[0];
        return {
          status: 'ready',
          error: null,
          claims,
          info,
          orphaned,
          currentId: keep?.id ?? first?.id ?? null,
        };
      });
      await loadHistory();
    } catch (error) {
      if (mine === request) update(() => ({ status: 'error', error: messageOf(error) }));
    }
  }

  let lineageTimer: ReturnType<typeof setTimeout> | undefined;

  /** After a move: the claim's history at once (a read of the journal), its lineage once stayed on. */
  function loadDetails(): void {
    clearTimeout(lineageTimer);
    const id = review()?.currentId;
    if (!id) return;
    void api.getClaimHistory({ claimId: id }).then((history) => {
      if (review()?.currentId === id) update(() => ({ history }));
    });
    lineageTimer = setTimeout(() => {
      // The lineage is a nicety beside the history: if it cannot be had, the section stays empty.
      void api
        .getClaimLineage({ claimId: id })
        .catch(() => null)
        .then((lineage) => {
          if (review()?.currentId === id) update(() => ({ lineage }));
        });
    }, LINEAGE_SETTLE_MS);
  }

  async function loadHistory(): Promise<void> {
    const id = review()?.currentId;
    if (!id) return update(() => ({ history: [], lineage: null }));
    // The lineage is a nicety beside the history: if it cannot be had, the section stays empty.
    const [history, lineage] = await Promise.all([
      api.getClaimHistory({ claimId: id }),
      api.getClaimLineage({ claimId: id }).catch(() => null),
    ]);
    if (review()?.currentId === id) update(() => ({ history, lineage }));
  }

  /**
   * Saves run one after another, in the order the reviewer asked for them: a key pressed
   * while a save is on its way waits for it rather than being dropped or overtaking it. The
   * screen shows "Saving…" until the services have the change on disk, then "Saved"; the
   * save's answer carries the review's counts and the claim's history, so nothing is fetched
   * again after it.
   */
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  function save(run: () => Promise<string>): Promise<void> {
    if (!review()) return Promise.resolve();
    pending++;
    update(() => ({ saving: true, saveError: null }));
    const job = queue.then(async () => {
      try {
        const notice = await run();
        update(() => ({ notice }));
      } catch (error) {
        update(() => ({ saveError: messageOf(error) }));
      } finally {
        if (--pending === 0) update(() => ({ saving: false }));
      }
    });
    queue = job;
    return job;
  }

  /** Puts what a save answered in place: the claim's verdict, its history and lineage, the counts. */
  function applySaved(saved: SavedVerdict): void {
    const { change } = saved;
    update((r) => {
      const listed = findClaim(r.claims, change.claimId);
      const shown = r.currentId !== null && findClaim(r.claims, r.currentId) === listed;
      return {
        claims: r.claims.map((c) => (c === listed ? { ...c, verdict: change.verdict } : c)),
        info: saved.info,
        ...(shown
          ? {
              history: saved.history,
              lineage: r.lineage && { ...r.lineage, verdict: change.verdict },
            }
          : {}),
      };
    });
  }
  /** The claim with this id as it is now (a queued save reads it when its turn comes). */
  const claimNow = (id: string) => review()?.claims.find((c) => c.id === id) ?? null;

  /** Verdicts are signed with the name in Settings (none: unsigned). */
  const reviewer = () => store.getState().settings?.settings.reviewer.trim() || null;

  /** Saves a claim's verdict with one part changed, the rest as it stands. */
  async function saveVerdict(claim: Claim, change: VerdictEdit): Promise<Verdict | null> {
    const saved = await api.setVerdict(verdictInput(claim.id, claim.verdict, change, reviewer()));
    applySaved(saved);
    return saved.change.verdict;
  }

  /** Undo or redo the last verdict change, and go to the claim it touched. */
  function reverse(which: 'undo' | 'redo'): Promise<void> {
    return save(async () => {
      const saved = which === 'undo' ? await api.undoVerdict({}) : await api.redoVerdict({});
      if (!saved) return which === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.';
      const moved = review()?.currentId !== saved.change.claimId;
      update((r) => ({ currentId: findClaim(r.claims, saved.change.claimId)?.id ?? r.currentId }));
      applySaved(saved);
      // On another claim now: its lineage is that claim's, fetched as any move fetches it.
      if (moved) void loadHistory();
      return which === 'undo' ? 'Undone.' : 'Redone.';
    });
  }

  const self: ReviewActions = {
    openReview(articleId, claimId) {
      const s = store.getState();
      const storyId = s.storyOfArticle.get(articleId) ?? null;
      const articleIds = s.stories.find((st) => st.id === storyId)?.articleIds ?? [articleId];
      navigate(
        store,
        screenWith('review', {
          storyId,
          articleIds,
          status: 'loading',
          error: null,
          claims: [],
          info: null,
          orphaned: [],
          filter: NO_FILTER,
          currentId: null,
          history: [],
          lineage: null,
          saving: false,
          saveError: null,
          notice: '',
        }),
      );
      void load(storyId, articleIds, articleId, claimId ?? null);
    },
    async makeClaim(articleId, start, end) {
      try {
        const claim = await api.addClaim({ article: articleId, start, end });
        self.openReview(articleId, claim.id);
        update(() => ({ notice: 'Claim made from your selection.' }));
      } catch (error) {
        store.setState((s) =>
          withProblem(s, 'line', { title: 'The claim could not be made.', message: messageOf(error) }),
        );
      }
    },
    async deleteClaim() {
      const claim = current();
      if (!claim) return;
      await save(async () => {
        const next = stepClaim(filterClaims(review()!.claims, review()!.filter), claim.id, 1);
        // The list shows a wording once for every version carrying it: each version's own
        // claim goes, or the wording would come back under the next version.
        const ids = [claim.id, ...(claim.alsoIn ?? []).map((a) => claimIdIn(claim, a))];
        for (const claimId of ids) await api.deleteClaim({ claimId });
        await load(review()!.storyId, review()!.articleIds, null, next === claim.id ? null : next);
        return ids.length > 1
          ? `Claim deleted from the ${ids.length} versions carrying it; its verdicts stay in the history.`
          : 'Claim deleted; its verdicts stay in the history.';
      });
    },
    async mergeWithPrevious() {
      const r = review();
      const claim = current();
      if (!r || !claim) return;
      const into = claimAbove(filterClaims(r.claims, r.filter), claim.id);
      if (!into) return;
      await save(async () => {
        await api.mergeClaims({ claimIds: [claim.id], into: claimIdIn(into, claim.articleId) });
        await load(r.storyId, r.articleIds, null, into.id);
        return 'Merged into the claim above.';
      });
    },
    closeReview() {
      request++;
      clearTimeout(lineageTimer);
      leaveScreen(store, 'review');
    },
    async reloadReview() {
      const r = review();
      if (r) await load(r.storyId, r.articleIds, null);
    },
    moveClaim(delta) {
      const r = review();
      if (!r) return;
      const next = stepClaim(filterClaims(r.claims, r.filter), r.currentId, delta);
      if (next === r.currentId) return;
      update(() => ({ currentId: next, history: [], lineage: null }));
      loadDetails();
    },
    selectClaim(claimId) {
      update(() => ({ currentId: claimId, history: [], lineage: null }));
      loadDetails();
    },
    async setVerdict(status) {
      const id = current()?.id;
      if (!id) return;
      await save(async () => {
        const claim = claimNow(id);
        if (!claim) return 'That claim is no longer listed.';
        const verdict = await saveVerdict(claim, { status });
        return verdict ? `Saved: ${verdict.status}.` : 'Verdict cleared.';
      });
    },
    async addEvidence() {
      const id = current()?.id;
      if (!id) return;
      await save(async () => {
        const claim = claimNow(id);
        if (!claim) return 'That claim is no longer listed.';
        const cited = claim.verdict?.evidence ?? [];
        const next = claim.matches.find(
          (m) => !cited.some((e) => e.articleId === m.articleId && e.start === m.start),
        );
        if (!next) return 'Every matching passage is already cited.';
        await saveVerdict(claim, { evidence: [...cited, { ...next }] });
        return 'Evidence added and saved.';
      });
    },
    async saveNote(note) {
      const id = current()?.id;
      if (!id || note === (current()?.verdict?.note ?? '')) return;
      await save(async () => {
        const claim = claimNow(id);
        if (!claim) return 'That claim is no longer listed.';
        await saveVerdict(claim, { note });
        return 'Note saved.';
      });
    },
    undoReview: () => reverse('undo'),
    redoReview: () => reverse('redo'),
    setReviewFilter(patch) {
      update((r) => ({ filter: { ...r.filter, ...patch } }));
    },
    openPassage(articleId, start, end) {
      const r = review();
      const claim = current();
      const back = r && claim ? { articleId: claim.articleId, claimId: claim.id } : null;
      request++;
      navigate(store, LIBRARY_SCREEN, { passage: { articleId, start, end, back } });
      selectArticle(articleId);
    },
    async loadArticleClaims(articleId) {
      try {
        const claims = await api.listClaims({ article: articleId });
        if (store.getState().selectedId === articleId)
          store.setState((s) => ({ ...s, articleClaims: { articleId, claims } }));
      } catch {
        // The panel then says nothing is known; reading the article is unaffected.
        store.setState((s) => ({ ...s, articleClaims: { articleId, claims: [] } }));
      }
    },
    announceReviewer(name) {
      update(() => ({ notice: name ? `Verdicts will be signed by ${name}.` : 'Verdicts will be unsigned.' }));
    },
  };
  return self;
}
