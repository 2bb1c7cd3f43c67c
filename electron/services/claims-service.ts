// Claims and verdicts for the services: a claim list per article (found by the analysis, plus
// the reviewer's own, minus deleted and merged ones) with matches in the story's other versions
// and the related stories, the suggestion, and the verdict from the review journal. Verdicts
// are checked against the claims they name, and written to the journal before they are
// acknowledged.
import { randomBytes } from 'node:crypto';
import {
  buildMatrix,
  cachedAlign,
  type AlignRows,
  CLAIM_ID,
  claimLineage,
  claimId as makeClaimId,
  claimKinds,
  extractClaims,
  reanchorSpan,
  reanchorAcrossBreaks,
  findAnchor,
  textQuoteAnchor,
  suggest,
  ReviewFolder,
  ValueCache,
  type ReviewState,
} from '../../shared/claims';
import {
  WorkbenchError,
  type Article,
  type Claim,
  type ClaimLineageView,
  type ConsistencyMatrixView,
  type Evidence,
  type OrphanedVerdict,
  type Story,
  type ReviewInfo,
  type SavedVerdict,
  type Verdict,
  type VerdictChange,
  type VerdictStatus,
} from '../../shared/model';
import { runLimited } from '../../shared/run-limited';
import { SerialQueue } from '../../shared/serial-queue';
import type { ReviewJournal } from '../store/review-journal';
import type { WorkspaceStore } from '../store/workspace-store';
import type { StoriesService } from './stories-service';
import type { SourcesService } from './sources-service';
import {
  collapseMatches,
  orderMatches,
  sourceMatches,
  storySentences,
  versionMatches,
  type ArticleMeta,
  type MetaOf,
  type StorySentences,
} from '../../shared/sources';

type BaseClaim = Omit<Claim, 'matches' | 'suggestion' | 'suggestionReasons' | 'verdict'>;

interface MatchContext {
  readonly meta: MetaOf;
  /** The story's sentences by wording, for its versions' matches. */
  readonly story: StorySentences;
  /** The story's articles: the rest of the workspace is searched outside them. */
  readonly own: ReadonlySet<string>;
  /** Texts already read (the story's), for finding cited passages again. */
  readonly texts: Map<string, string>;
  readonly cache: ValueCache;
}

export interface VerdictInput {
  readonly claimId: string;
  /** null clears the verdict (kept in the history). */
  readonly status: VerdictStatus | null;
  readonly note?: string;
  /** Passages cited; `text`, when given, is what was cited and wins over offsets that moved. */
  readonly evidence?: readonly { articleId: string; start: number; end: number; text?: string }[];
  readonly reviewer?: string | null;
}

/** How long claim matching runs before other requests get a turn. */
const SLICE_MS = 25;
/** How long a lineage runs before other requests get a turn (it is asked for on every move). */
const LINEAGE_SLICE_MS = 5;
/**
 * A story's articles read at once. Node's file system calls share four threads; a story of 250
 * versions read all at once queues a thousand calls ahead of a verdict's own write.
 */
const READS_AT_ONCE = 4;

/**
 * A turn for other requests once synchronous work has run `sliceMs`, awaited between steps of
 * a long computation so a request arriving meanwhile is not held up until the whole is done;
 * and, given `saves`, no step while a verdict is being saved. A save is a dozen file steps
 * (the journal read, the claim's article, the append and its flush), each of which would
 * otherwise wait for the slice in progress: "Saved" is what the reviewer waits for.
 */
function turns(sliceMs: number, saves?: SavesInFlight): () => Promise<void> {
  let since = performance.now();
  return async () => {
    const saving = saves?.settled();
    if (!saving && performance.now() - since <= sliceMs) return;
    await (saving ?? new Promise((resolve) => setImmediate(resolve)));
    since = performance.now();
  };
}

/** Verdict saves under way, and a promise kept once none is. */
class SavesInFlight {
  private count = 0;
  private waiting: (() => void)[] = [];

  async run<T>(save: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await save();
    } finally {
      if (--this.count === 0) for (const done of this.waiting.splice(0)) done();
    }
  }

  settled(): Promise<void> | undefined {
    return this.count === 0 ? undefined : new Promise((resolve) => this.waiting.push(resolve));
  }
}

export class ClaimsService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly stories: StoriesService,
    private readonly journal: ReviewJournal,
    private readonly readArticle: (id: string) => Promise<Article>,
    private readonly sources: SourcesService,
  ) {}

  private folder = new ReviewFolder();
  private folded = 0;
  private generation = 0;
  /** Undo and redo read the state and append: two at once must not undo one change twice. */
  private readonly undoQueue = new SerialQueue();
  private readonly saves = new SavesInFlight();

  /** The review as the journal has it now, folding only the records new since the last call. */
  private async state(): Promise<{ review: ReviewState; folder: ReviewFolder }> {
    const records = await this.journal.all();
    if (this.journal.generation !== this.generation || records.length < this.folded) {
      this.folder = new ReviewFolder();
      this.folded = 0;
      this.generation = this.journal.generation;
    }
    this.folder.add(records.slice(this.folded));
    this.folded = records.length;
    return { review: this.folder.state(), folder: this.folder };
  }

  /** Articles by id, in that order, a few reads at a time (READS_AT_ONCE). */
  private async readAll(ids: readonly string[]): Promise<Article[]> {
    const out: Article[] = new Array<Article>(ids.length);
    await runLimited([...ids.keys()], READS_AT_ONCE, async (i) => {
      out[i] = await this.readArticle(ids[i]!);
    });
    return out;
  }

  /** The claims of one article, each with its matches, suggestion and verdict. */
  async forArticle(articleId: string): Promise<Claim[]> {
    const { review } = await this.state();
    const article = await this.readArticle(articleId);
    const stories = await this.stories.list();
    const home = stories.find((s) => s.articleIds.includes(articleId)) ?? null;
    const versions = await this.readAll(home?.articleIds ?? [articleId]);
    const ctx = this.matchContext(this.metaOf(stories), home, versions);
    const base = this.baseClaims(article, review);
    return Promise.all(base.map((claim) => this.complete(claim, review, ctx)));
  }

  /**
   * The claims of a story, each distinct wording once however many versions carry it (`alsoIn`
   * names the others): a wire story of a thousand copies keeps a short list. The claim listed
   * for a wording is the one with a verdict, else the first version's.
   */
  async forStory(storyId: string): Promise<Claim[]> {
    return (await this.forStories([storyId]))[0]!;
  }

  /** Several stories' claims, the workspace read once for all of them (the CLI pages by these). */
  async forStories(storyIds: readonly string[]): Promise<Claim[][]> {
    const { review } = await this.state();
    const stories = await this.stories.list();
    const byId = new Map(stories.map((s) => [s.id, s]));
    const meta = this.metaOf(stories);
    const out: Claim[][] = [];
    for (const storyId of storyIds) {
      const home = byId.get(storyId);
      if (!home) throw new WorkbenchError('not-found', `No story ${storyId} in this workspace.`);
      out.push(await this.storyClaims(home, review, meta));
    }
    return out;
  }

  private async storyClaims(home: Story, review: ReviewState, meta: MetaOf): Promise<Claim[]> {
    const versions = await this.readAll(home.articleIds);
    const ctx = this.matchContext(meta, home, versions);
    // Wordings in reading order: one a later version brings goes after the wording before it
    // in that version, so a claim sits beside its neighbours, not at the end of the list.
    const byWording = new Map<string, BaseClaim[]>();
    const order: string[] = [];
    for (const version of versions) {
      let previous: string | null = null;
      for (const claim of this.baseClaims(version, review)) {
        const wording = claim.id.slice(17);
        const list = byWording.get(wording);
        if (list) list.push(claim);
        else {
          byWording.set(wording, [claim]);
          order.splice(previous === null ? 0 : order.indexOf(previous) + 1, 0, wording);
        }
        previous = wording;
      }
    }
    const out: Claim[] = [];
    const turn = turns(SLICE_MS);
    for (const wording of order) {
      // Matching a story's claims is synchronous work, hundreds of ms for a long story on a
      // first pass: other requests (the reader opening a story while the rows on screen are
      // counted) get their turn every SLICE_MS, not only when the whole list is done.
      await turn();
      const list = byWording.get(wording)!;
      // Every claim with a verdict of its own is listed (never hidden by a copy's); the others
      // are carried by the first one listed.
      const judged = list.filter((c) => review.verdicts.has(c.id));
      const shown = judged.length ? judged : [list[0]!];
      for (const [i, claim] of shown.entries()) {
        const completed = await this.complete(claim, review, ctx);
        const carried = i === 0 ? list.filter((c) => !shown.includes(c)) : [];
        out.push({ ...completed, alsoIn: carried.map((c) => c.articleId) });
      }
    }
    return out;
  }

  /** Outlet, date, story and import order of any article, each looked up once. */
  private metaOf(stories: readonly Story[]): MetaOf {
    const order = new Map(this.store.listEntries().map((e, i) => [e.id, i]));
    const storyOf = new Map(stories.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
    const known = new Map<string, ArticleMeta>();
    return (id) => {
      let m = known.get(id);
      if (!m) {
        const entry = this.store.entry(id);
        m = {
          outlet: entry?.outlet ?? (entry?.title ? `“${entry.title}”` : null),
          date: entry?.date ?? null,
          storyId: storyOf.get(id) ?? null,
          order: order.get(id) ?? -1,
        };
        known.set(id, m);
      }
      return m;
    };
  }

  /** Everything matching needs for the claims of one story, read once. */
  private matchContext(meta: MetaOf, home: Story | null, versions: readonly Article[]): MatchContext {
    return {
      meta,
      story: storySentences(versions),
      own: new Set(home?.articleIds ?? versions.map((v) => v.id)),
      texts: new Map(versions.map((a) => [a.id, a.text])),
      cache: new ValueCache(),
    };
  }

  /** A claim with its matches (its story's versions, then the rest of the workspace), suggestion and verdict. */
  private async complete(claim: BaseClaim, review: ReviewState, ctx: MatchContext): Promise<Claim> {
    const { meta } = ctx;
    const versions = collapseMatches(
      versionMatches(claim, ctx.story, ctx.cache).map((m) => ({ ...m, scope: 'version' as const })),
      meta,
    );
    const hits = await this.sources.find({
      text: claim.text,
      date: this.store.entry(claim.articleId)?.date ?? null,
      exclude: ctx.own,
      articleId: claim.articleId,
    });
    const others = sourceMatches(hits, meta).map((m) => ({ ...m, scope: 'source' as const }));
    const matches = orderMatches([...versions, ...others], meta);
    const outletOf = (id: string) => meta(id).outlet ?? id;
    const { suggestion, reasons } = suggest(matches, outletOf);
    const verdict = review.verdicts.get(claim.id) ?? null;
    await this.addEvidenceTexts([verdict ?? undefined], ctx.texts);
    return {
      ...claim,
      matches,
      suggestion,
      suggestionReasons: reasons,
      verdict: withEvidenceFound(verdict, ctx.texts),
    };
  }

  /**
   * Adds to `texts` the articles these verdicts cite, to find cited words again. Most are in
   * the claim's story, already read for the matches.
   */
  private async addEvidenceTexts(
    verdicts: readonly (Verdict | undefined)[],
    texts: Map<string, string>,
  ): Promise<void> {
    for (const v of verdicts)
      for (const e of v?.evidence ?? [])
        if (!texts.has(e.articleId) && this.store.entry(e.articleId))
          texts.set(e.articleId, (await this.readArticle(e.articleId)).text);
  }

  /** The analysis's claims plus the reviewer's, minus those deleted or merged away. */
  private baseClaims(article: Article, review: ReviewState): BaseClaim[] {
    const auto: BaseClaim[] = extractClaims(article.id, article.sentences).map((c) => ({
      ...c,
      source: 'auto',
    }));
    // A reviewer's claim keeps the offsets it was made at; a line restored or hidden above it
    // since moves its words, which are found again: by the text around them when it was made,
    // else nearest the old place. Words no longer in the text leave the claim out (its
    // verdict is then listed among the orphaned ones).
    const added: BaseClaim[] = [];
    for (const c of review.added.values()) {
      if (c.articleId !== article.id) continue;
      const { prefix, suffix, ...claim } = c;
      const found =
        (article.text.startsWith(c.text, c.start)
          ? { start: c.start, end: c.end }
          : prefix !== undefined
            ? findAnchor(article.text, { exact: c.text, prefix, suffix: suffix ?? '' })
            : reanchorSpan(article.text, c.text, c.start)) ??
        // Words across a paragraph break with a restored line put between them.
        reanchorAcrossBreaks(article.text, c.text, c.start);
      if (found) added.push({ ...claim, ...found, source: 'reviewer' });
    }
    const ids = new Set(auto.map((c) => c.id));
    return [...auto, ...added.filter((c) => !ids.has(c.id))]
      .filter((c) => !review.deleted.has(c.id) && !review.mergedInto.has(c.id))
      .sort((x, y) => x.start - y.start);
  }

  /** A claim through the versions of its story: what each version did to it, and its verdict. */
  async lineage(claimId: string): Promise<ClaimLineageView> {
    const { review } = await this.state();
    const claim = await this.requireClaim(claimId, review);
    if (!claim)
      throw new WorkbenchError(
        'not-found',
        `Claim ${claimId} is no longer in its article; its verdict is kept among the orphaned verdicts.`,
      );
    const stories = await this.stories.list();
    const home = stories.find((s) => s.articleIds.includes(claim.articleId)) ?? null;
    const ids = home ? home.articleIds : [claim.articleId];
    const articles = await this.readAll(ids);
    const origin = articles.find((a) => a.id === claim.articleId)!;
    // Aligning the origin with every version is the lineage's cost (a quarter of a second at
    // 250 versions, on every claim the reviewer moves to): done a version at a time with turns
    // between, standing aside while a verdict is saved, so "Saved" is not paced by it.
    const align = cachedAlign();
    const turn = turns(LINEAGE_SLICE_MS, this.saves);
    for (const version of articles) {
      await turn();
      if (version.id !== origin.id) align(origin, version);
    }
    const lineage = claimLineage(claim, origin, articles, align);
    return {
      claimId,
      text: claim.text,
      storyId: home?.id ?? null,
      anchor: lineage.anchor,
      firstAppearance: lineage.firstAppearance,
      appearances: lineage.appearances.map((a) => {
        const entry = this.store.entry(a.articleId);
        return { ...a, outlet: entry?.outlet ?? null, date: entry?.date ?? null };
      }),
      verdict: review.verdicts.get(claimId) ?? null,
    };
  }

  /**
   * The story's consistency matrix: claim slots × its versions and the related stories'
   * articles. A caller that has aligned the versions already passes its `align`.
   */
  async matrix(storyId: string, align: AlignRows = cachedAlign()): Promise<ConsistencyMatrixView> {
    const { review } = await this.state();
    const stories = await this.stories.list();
    const home = stories.find((s) => s.id === storyId);
    if (!home) throw new WorkbenchError('not-found', `No story ${storyId} in this workspace.`);
    const relatedIds = stories
      .filter((s) => home.relatedStoryIds.includes(s.id))
      .flatMap((s) => s.articleIds);
    const versions = await this.readAll(home.articleIds);
    const related = await this.readAll(relatedIds);
    const byId = new Map([...versions, ...related].map((a) => [a.id, a]));
    const { columns, rows } = buildMatrix(
      versions,
      related,
      (id) => this.baseClaims(byId.get(id)!, review),
      align,
    );
    return {
      storyId,
      title: home.title,
      columns: columns.map((c) => {
        const a = byId.get(c.articleId)!;
        return { ...c, outlet: a.outlet, date: a.date, title: a.title };
      }),
      rows: rows.map((r) => ({ ...r, verdict: review.verdicts.get(r.claimId) ?? null })),
    };
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

  setVerdict(input: VerdictInput): Promise<SavedVerdict> {
    return this.saves.run(() => this.saveVerdict(input));
  }

  private async saveVerdict(input: VerdictInput): Promise<SavedVerdict> {
    const { review } = await this.state();
    const claim = await this.requireClaim(input.claimId, review);
    const at = new Date().toISOString();
    const verdict: Verdict | null = input.status
      ? {
          claimId: input.claimId,
          status: input.status,
          note: input.note ?? '',
          evidence: await this.evidence(input.evidence ?? []),
          reviewer: input.reviewer?.trim() || null,
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
    return this.saved({ claimId: input.claimId, action: verdict ? 'set' : 'clear', verdict, at });
  }

  /**
   * A save's answer: the change, and the claim's history and the review's counts read back from
   * the journal with it (another window's saves included), so the screen needs no second call.
   */
  private async saved(change: VerdictChange): Promise<SavedVerdict> {
    const { review } = await this.state();
    return { change, history: review.history.get(change.claimId) ?? [], info: this.infoOf(review) };
  }

  private async evidence(items: NonNullable<VerdictInput['evidence']>): Promise<Evidence[]> {
    const out: Evidence[] = [];
    for (const item of items) {
      if (!this.store.entry(item.articleId))
        throw new WorkbenchError(
          'not-found',
          `Evidence names article ${item.articleId}, which is not in this workspace.`,
        );
      const article = await this.readArticle(item.articleId);
      let { start, end } = item;
      // Cited before a line was restored above it: the text is what was cited; find it again.
      if (item.text !== undefined && article.text.slice(start, end) !== item.text) {
        const found = reanchorSpan(article.text, item.text, start);
        if (found) ({ start, end } = found);
        else {
          out.push({ articleId: item.articleId, start, end, text: item.text });
          continue;
        }
      }
      checkSpan(article.text, start, end, `Evidence ${start}–${end} in article ${item.articleId}`);
      if (out.some((e) => e.articleId === item.articleId && e.start === start && e.end === end)) continue;
      out.push({ articleId: item.articleId, start, end, text: article.text.slice(start, end) });
    }
    return out;
  }

  async history(claimId: string): Promise<readonly VerdictChange[]> {
    const { review } = await this.state();
    await this.requireClaim(claimId, review);
    return review.history.get(claimId) ?? [];
  }

  /** Takes back the last verdict change (a new record: the history keeps both). */
  undo(): Promise<SavedVerdict | null> {
    return this.undoQueue.run(() =>
      this.saves.run(async () => {
        const { review, folder } = await this.state();
        const target = review.undoable;
        if (!target) return null;
        return this.reverse(target.claimId, 'undo', target.id, folder.verdictBefore(target.id));
      }),
    );
  }

  redo(): Promise<SavedVerdict | null> {
    return this.undoQueue.run(() =>
      this.saves.run(async () => {
        const { review, folder } = await this.state();
        const undo = review.redoable;
        if (!undo?.target) return null;
        const original = folder.record(undo.target);
        if (!original || original.type !== 'verdict') return null;
        return this.reverse(undo.claimId, 'redo', undo.id, original.verdict);
      }),
    );
  }

  private async reverse(
    claimId: string,
    action: 'undo' | 'redo',
    target: string,
    verdict: Verdict | null,
  ): Promise<SavedVerdict> {
    const at = new Date().toISOString();
    await this.journal.append({ type: 'verdict', id: recordId(), at, claimId, action, verdict, target });
    return this.saved({ claimId, action, verdict, at });
  }

  /** The reviewer makes a claim of a span of an article's text (white space around it dropped). */
  async addClaim(articleId: string, start: number, end: number): Promise<Claim> {
    const article = await this.readArticle(articleId);
    checkSpan(article.text, start, end, `The selection ${start}–${end}`);
    const raw = article.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text.length < 3)
      throw new WorkbenchError('invalid-input', 'A claim needs at least 3 characters besides white space.');
    const [from, to] = [start + lead, start + lead + text.length];
    const id = makeClaimId(articleId, text);
    const kinds = claimKinds(text);
    // Its context too, so it is found again at the right copy of its words if lines move.
    const { prefix, suffix } = textQuoteAnchor(article.text, from, to);
    await this.journal.append({
      type: 'claim-add',
      id: recordId(),
      at: new Date().toISOString(),
      claim: {
        id,
        articleId,
        start: from,
        end: to,
        text,
        kinds: kinds.length ? kinds : ['other'],
        prefix,
        suffix,
      },
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

  /** Several claims of one article are one statement: all but `into` are hidden. */
  async mergeClaims(claimIds: readonly string[], into: string): Promise<void> {
    const { review } = await this.state();
    const others = [...new Set(claimIds)].filter((id) => id !== into);
    if (others.length === 0)
      throw new WorkbenchError('invalid-input', 'Name at least one claim besides the one to merge into.');
    const articleId = into.slice(0, 16);
    if (others.some((id) => id.slice(0, 16) !== articleId))
      throw new WorkbenchError('invalid-input', 'Only claims of one article can be merged.');
    const live = new Set(this.baseClaims(await this.readArticle(articleId), review).map((c) => c.id));
    for (const id of [into, ...others])
      if (!live.has(id))
        throw new WorkbenchError('not-found', `No claim ${id} to merge (deleted, merged or never found).`);
    await this.journal.append({
      type: 'claim-merge',
      id: recordId(),
      at: new Date().toISOString(),
      claimIds: others,
      into,
    });
  }

  /** Cheap: counts and undo/redo only, so the screen can ask after every save. */
  async info(): Promise<ReviewInfo> {
    const { review } = await this.state();
    return this.infoOf(review);
  }

  private infoOf(review: ReviewState): ReviewInfo {
    return {
      verdicts: review.verdicts.size,
      canUndo: review.undoable !== null,
      canRedo: review.redoable !== null,
      unreadableRecords: this.journal.unreadable,
    };
  }

  /**
   * Verdicts whose claim the analysis no longer finds (its sentence was reworded or its article
   * removed); deleted and merged claims are the reviewer's own doing and not listed. Reads every
   * article with a verdict: asked for once, not after every save.
   */
  async orphans(): Promise<OrphanedVerdict[]> {
    const { review } = await this.state();
    const byArticle = new Map<string, string[]>();
    for (const id of review.verdicts.keys()) {
      if (review.deleted.has(id) || review.mergedInto.has(id)) continue;
      const list = byArticle.get(id.slice(0, 16)) ?? [];
      list.push(id);
      byArticle.set(id.slice(0, 16), list);
    }
    const orphaned: OrphanedVerdict[] = [];
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
    return orphaned;
  }
}

/** A span of a text: inside it, not empty, and not cutting a surrogate pair in two. */
function checkSpan(text: string, start: number, end: number, what: string): void {
  if (start < 0 || end > text.length || start >= end)
    throw new WorkbenchError('invalid-input', `${what} lies outside the text (${text.length} characters).`);
  const splits = (at: number) => at > 0 && at < text.length && /[\udc00-\udfff]/.test(text[at]!);
  if (splits(start) || splits(end))
    throw new WorkbenchError('invalid-input', `${what} cuts a character in two.`);
}

function recordId(): string {
  return randomBytes(8).toString('hex');
}

/**
 * A verdict with its cited passages where their words are now: a line restored (or hidden)
 * above a passage since it was cited moves it, and "open this passage" must show those words.
 */
function withEvidenceFound(verdict: Verdict | null, texts: ReadonlyMap<string, string>): Verdict | null {
  if (!verdict?.evidence.length) return verdict;
  let moved = false;
  const evidence = verdict.evidence.map((e) => {
    const text = texts.get(e.articleId);
    if (text === undefined || text.startsWith(e.text, e.start)) return e;
    const found = reanchorSpan(text, e.text, e.start);
    if (!found) return e;
    moved = true;
    return { ...e, ...found };
  });
  return moved ? { ...verdict, evidence } : verdict;
}
