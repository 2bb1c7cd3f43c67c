// Claims and verdicts for the services: a claim list per article (found by the analysis, plus
// the reviewer's own, minus deleted and merged ones) with matches in the story's other versions
// and the related stories, the suggestion, and the verdict from the review journal. Verdicts
// are checked against the claims they name, and written to the journal before they are
// acknowledged.
import { randomBytes } from 'node:crypto';
import {
  CLAIM_ID,
  claimId as makeClaimId,
  claimKinds,
  extractClaims,
  foldReview,
  matchClaim,
  suggest,
  ValueCache,
  verdictBefore,
  type MatchTarget,
  type ReviewRecord,
  type ReviewState,
} from '../../shared/claims';
import {
  WorkbenchError,
  type Article,
  type Claim,
  type Evidence,
  type OrphanedVerdict,
  type ReviewInfo,
  type Verdict,
  type VerdictChange,
  type VerdictStatus,
} from '../../shared/model';
import type { ReviewJournal } from '../store/review-journal';
import type { WorkspaceStore } from '../store/workspace-store';
import type { StoriesService } from './stories-service';

type BaseClaim = Omit<Claim, 'matches' | 'suggestion' | 'suggestionReasons' | 'verdict'>;

export interface VerdictInput {
  readonly claimId: string;
  /** null clears the verdict (kept in the history). */
  readonly status: VerdictStatus | null;
  readonly note?: string;
  readonly evidence?: readonly { articleId: string; start: number; end: number }[];
  readonly reviewer?: string | null;
}

export class ClaimsService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly stories: StoriesService,
    private readonly journal: ReviewJournal,
    private readonly readArticle: (id: string) => Promise<Article>,
  ) {}

  private async state(): Promise<{ records: readonly ReviewRecord[]; review: ReviewState }> {
    const records = await this.journal.all();
    return { records, review: foldReview(records) };
  }

  /** The claims of one article, each with its matches, suggestion and verdict. */
  async forArticle(articleId: string): Promise<Claim[]> {
    const { review } = await this.state();
    const article = await this.readArticle(articleId);
    const targets = await this.scope(articleId);
    // Reasons name the article by its outlet; an article without one by its title.
    const outlets = new Map(
      this.store.listEntries().map((e) => [e.id, e.outlet ?? (e.title ? `“${e.title}”` : e.id)]),
    );
    const cache = new ValueCache();
    return this.baseClaims(article, review).map((claim) => {
      const matches = matchClaim(claim, targets, cache);
      const { suggestion, reasons } = suggest(matches, (id) => outlets.get(id) ?? id);
      return {
        ...claim,
        matches,
        suggestion,
        suggestionReasons: reasons,
        verdict: review.verdicts.get(claim.id) ?? null,
      };
    });
  }

  /** The analysis's claims plus the reviewer's, minus those deleted or merged away. */
  private baseClaims(article: Article, review: ReviewState): BaseClaim[] {
    const auto: BaseClaim[] = extractClaims(article.id, article.sentences).map((c) => ({
      ...c,
      source: 'auto',
    }));
    const added: BaseClaim[] = [...review.added.values()]
      .filter((c) => c.articleId === article.id)
      .map((c) => ({ ...c, source: 'reviewer' }));
    const ids = new Set(auto.map((c) => c.id));
    return [...auto, ...added.filter((c) => !ids.has(c.id))]
      .filter((c) => !review.deleted.has(c.id) && !review.mergedInto.has(c.id))
      .sort((x, y) => x.start - y.start);
  }

  /** Where a claim's matches are looked for: the story's other versions and related stories. */
  private async scope(articleId: string): Promise<MatchTarget[]> {
    const stories = await this.stories.list();
    const home = stories.find((s) => s.articleIds.includes(articleId));
    if (!home) return [];
    const ids = [
      ...home.articleIds,
      ...stories.filter((s) => home.relatedStoryIds.includes(s.id)).flatMap((s) => s.articleIds),
    ].filter((id) => id !== articleId);
    const articles = await Promise.all(ids.map((id) => this.readArticle(id)));
    return articles.map((a) => ({ articleId: a.id, sentences: a.sentences }));
  }

  /** Checks a claim id names a claim that exists (or an orphaned one with a verdict). */
  private async requireClaim(claimId: string, review: ReviewState): Promise<BaseClaim | null> {
    if (!CLAIM_ID.test(claimId))
      throw new WorkbenchError(
        'invalid-input',
        `"${claimId}" is not a claim id (16 hex digits, "-", 8 hex digits).`,
      );
    const articleId = claimId.slice(0, 16);
    if (!this.store.entry(articleId))
      throw new WorkbenchError(
        'not-found',
        `Claim ${claimId} names article ${articleId}, which is not in this workspace.`,
      );
    const article = await this.readArticle(articleId);
    const claim = this.baseClaims(article, review).find((c) => c.id === claimId) ?? null;
    if (!claim && !review.verdicts.has(claimId) && !review.history.has(claimId))
      throw new WorkbenchError('not-found', `No claim ${claimId} in article ${articleId}.`);
    return claim;
  }

  async setVerdict(input: VerdictInput): Promise<Verdict | null> {
    const { review } = await this.state();
    const claim = await this.requireClaim(input.claimId, review);
    const at = new Date().toISOString();
    const verdict: Verdict | null = input.status
      ? {
          claimId: input.claimId,
          status: input.status,
          note: input.note ?? '',
          evidence: await this.evidence(input.evidence ?? []),
          reviewer: input.reviewer ?? null,
          at,
        }
      : null;
    await this.journal.append({
      type: 'verdict',
      id: recordId(),
      at,
      claimId: input.claimId,
      action: verdict ? 'set' : 'clear',
      verdict,
      ...(claim ? { claimText: claim.text } : {}),
    });
    return verdict;
  }

  private async evidence(items: VerdictInput['evidence'] & object): Promise<Evidence[]> {
    const out: Evidence[] = [];
    for (const item of items) {
      if (!this.store.entry(item.articleId))
        throw new WorkbenchError(
          'not-found',
          `Evidence names article ${item.articleId}, which is not in this workspace.`,
        );
      const article = await this.readArticle(item.articleId);
      if (item.start < 0 || item.end > article.text.length || item.start >= item.end)
        throw new WorkbenchError(
          'invalid-input',
          `Evidence ${item.start}–${item.end} lies outside article ${item.articleId} (${article.text.length} characters).`,
        );
      out.push({ ...item, text: article.text.slice(item.start, item.end) });
    }
    return out;
  }

  async history(claimId: string): Promise<readonly VerdictChange[]> {
    const { review } = await this.state();
    return review.history.get(claimId) ?? [];
  }

  /** Takes back the last verdict change (a new record: the history keeps both). */
  async undo(): Promise<VerdictChange | null> {
    const { records, review } = await this.state();
    const target = review.undoable;
    if (!target) return null;
    const verdict = verdictBefore(records, target.id);
    return this.reverse(target.claimId, 'undo', target.id, verdict);
  }

  async redo(): Promise<VerdictChange | null> {
    const { records, review } = await this.state();
    const undo = review.redoable;
    if (!undo?.target) return null;
    const original = records.find((r) => r.id === undo.target);
    if (!original || original.type !== 'verdict') return null;
    return this.reverse(undo.claimId, 'redo', undo.id, original.verdict);
  }

  private async reverse(
    claimId: string,
    action: 'undo' | 'redo',
    target: string,
    verdict: Verdict | null,
  ): Promise<VerdictChange> {
    const at = new Date().toISOString();
    await this.journal.append({ type: 'verdict', id: recordId(), at, claimId, action, verdict, target });
    return { claimId, action, verdict, at };
  }

  /** The reviewer makes a claim of a span of an article's text. */
  async addClaim(articleId: string, start: number, end: number): Promise<Claim> {
    const article = await this.readArticle(articleId);
    if (start < 0 || end > article.text.length || end - start < 3)
      throw new WorkbenchError(
        'invalid-input',
        `A claim needs at least 3 characters of the article's text (got ${start}–${end} of ${article.text.length}).`,
      );
    const text = article.text.slice(start, end).trim();
    const id = makeClaimId(articleId, text);
    const kinds = claimKinds(text);
    await this.journal.append({
      type: 'claim-add',
      id: recordId(),
      at: new Date().toISOString(),
      claim: { id, articleId, start, end, text, kinds: kinds.length ? kinds : ['other'] },
    });
    const claim = (await this.forArticle(articleId)).find((c) => c.id === id);
    if (!claim) throw new WorkbenchError('failed', `The claim ${id} was saved but could not be read back.`);
    return claim;
  }

  async deleteClaim(claimId: string): Promise<void> {
    const { review } = await this.state();
    await this.requireClaim(claimId, review);
    await this.journal.append({
      type: 'claim-delete',
      id: recordId(),
      at: new Date().toISOString(),
      claimId,
    });
  }

  async mergeClaims(claimIds: readonly string[], into: string): Promise<void> {
    const { review } = await this.state();
    for (const id of new Set([...claimIds, into])) await this.requireClaim(id, review);
    await this.journal.append({
      type: 'claim-merge',
      id: recordId(),
      at: new Date().toISOString(),
      claimIds,
      into,
    });
  }

  async info(): Promise<ReviewInfo> {
    const { review } = await this.state();
    const orphaned: OrphanedVerdict[] = [];
    const byArticle = new Map<string, string[]>();
    for (const id of review.verdicts.keys()) {
      const list = byArticle.get(id.slice(0, 16)) ?? [];
      list.push(id);
      byArticle.set(id.slice(0, 16), list);
    }
    for (const [articleId, ids] of byArticle) {
      const live = this.store.entry(articleId)
        ? new Set(this.baseClaims(await this.readArticle(articleId), review).map((c) => c.id))
        : new Set<string>();
      for (const id of ids)
        if (!live.has(id))
          orphaned.push({
            verdict: review.verdicts.get(id)!,
            articleId,
            text: review.claimTexts.get(id) ?? null,
          });
    }
    return {
      verdicts: review.verdicts.size,
      canUndo: review.undoable !== null,
      canRedo: review.redoable !== null,
      orphaned,
      unreadableRecords: this.journal.unreadable,
    };
  }
}

function recordId(): string {
  return randomBytes(8).toString('hex');
}
