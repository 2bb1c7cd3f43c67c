// Plain data for claims and verdicts (the `claims --json` and `verdict --json` contracts in
// DESIGN.md; fields may be added, never renamed or removed).

export type ClaimKind = 'figure' | 'date' | 'quote' | 'attribution' | 'other';
export type VerdictStatus = 'consistent' | 'conflicting' | 'unclear';
export type MatchRelation = 'agrees' | 'differs' | 'related';

/** A passage of another article the reviewer cites: offsets into that article's cleaned text. */
export interface Evidence {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Verdict {
  readonly claimId: string;
  readonly status: VerdictStatus;
  readonly note: string;
  readonly evidence: readonly Evidence[];
  /** From the reviewer's settings (or --reviewer); null when not given. */
  readonly reviewer: string | null;
  /** ISO timestamp of the decision. */
  readonly at: string;
}

/** The statement in another article that corresponds to a claim. */
export interface ClaimMatch {
  readonly articleId: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly relation: MatchRelation;
  /** Why, for people: "figure 1,240 vs 1,420", "negation", "wording: autonomous vs independent". */
  readonly reasons: readonly string[];
  /** 'version': another version of the claim's story; 'source': an article of another story. */
  readonly scope?: 'version' | 'source';
  readonly storyId?: string | null;
  readonly outlet?: string | null;
  readonly date?: string | null;
  /** How many articles carry this same wording (this one included); 1 when only this one. */
  readonly copies?: number;
  /** The other articles carrying the same wording, newest first. */
  readonly copyArticleIds?: readonly string[];
}

export interface Claim {
  /** The article id, "-", and a hash of the claim's folded text: stable across re-analysis. */
  readonly id: string;
  readonly articleId: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kinds: readonly ClaimKind[];
  /** Found by the analysis, or made by the reviewer from a selected span. */
  readonly source: 'auto' | 'reviewer';
  readonly matches: readonly ClaimMatch[];
  readonly suggestion: 'consistent' | 'conflicting' | null;
  /** The reasons behind the suggestion, each naming the article that differs or agrees. */
  readonly suggestionReasons: readonly string[];
  readonly verdict: Verdict | null;
  /**
   * In a story's claim list, the other versions carrying the same wording (the claim is listed
   * once for all of them); absent in an article's own list.
   */
  readonly alsoIn?: readonly string[];
}

/** A statement of the workspace that speaks to a text (`sources`), identical wordings collapsed. */
export interface SourceMatch {
  readonly articleId: string;
  readonly storyId: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly relation: MatchRelation;
  readonly reasons: readonly string[];
  /** How many articles carry this wording. */
  readonly copies: number;
  /** The other articles carrying it, newest first. */
  readonly copyArticleIds: readonly string[];
}

export interface SourcesResult {
  readonly query: string;
  readonly matches: readonly SourceMatch[];
}

/** One entry of a claim's history: every verdict change, never rewritten. */
export interface VerdictChange {
  readonly claimId: string;
  readonly action: 'set' | 'clear' | 'undo' | 'redo';
  /** The verdict after this change; null when the claim was left without one. */
  readonly verdict: Verdict | null;
  readonly at: string;
}

/**
 * What a verdict save (or an undo, a redo) leaves for the screen to show, in one answer: the
 * change it made, the claim's verdict and history after it, and the review's counts.
 */
export interface SavedVerdict {
  /** The change this call made (its `verdict` is the claim's verdict now). */
  readonly change: VerdictChange;
  /** Every change to the claim's verdict, oldest first, this one included. */
  readonly history: readonly VerdictChange[];
  readonly info: ReviewInfo;
}

/** A verdict whose claim the analysis no longer finds (its sentence was reworded): kept, shown apart. */
export interface OrphanedVerdict {
  readonly verdict: Verdict;
  readonly articleId: string;
  /** The claim's text when the verdict was given; null if it was never recorded. */
  readonly text: string | null;
}

/** The state of the review as a whole. */
export interface ReviewInfo {
  /** Claims with a verdict now. */
  readonly verdicts: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Journal lines that could not be read (a record cut short by a crash was never acknowledged). */
  readonly unreadableRecords: number;
}

/** What became of a claim in one version of its story (shared/claims/lineage.ts). */
export type AppearanceStatus =
  'unchanged' | 'moved' | 'reworded' | 'figure changed' | 'date changed' | 'attribution changed' | 'removed';

/** A matrix cell: a version's appearance status, or a related article's match (or none). */
export type MatrixCellStatus = AppearanceStatus | 'agrees' | 'differs' | 'related' | 'silent';

/** A claim followed through its story's versions (shared/claims/lineage.ts), for the UI and the CLI. */
export interface ClaimLineageView {
  readonly claimId: string;
  readonly text: string;
  readonly storyId: string | null;
  /** W3C TextQuoteSelector of the claim in its own article. */
  readonly anchor: { readonly exact: string; readonly prefix: string; readonly suffix: string };
  /** The earliest version carrying the claim's wording. */
  readonly firstAppearance: string;
  /** Every version of the story in its order, with what became of the claim there. */
  readonly appearances: readonly {
    readonly articleId: string;
    readonly outlet: string | null;
    readonly date: string | null;
    readonly status: AppearanceStatus;
    readonly span: { readonly text: string; readonly start: number; readonly end: number } | null;
    readonly changes: readonly { readonly before: string; readonly after: string; readonly reason: string }[];
  }[];
  /** The claim's verdict: it stays attached whatever the later versions did to the wording. */
  readonly verdict: Verdict | null;
}

/** A story's consistency matrix (shared/claims/matrix.ts) with the articles described and the verdicts. */
export interface ConsistencyMatrixView {
  readonly storyId: string;
  readonly title: string | null;
  readonly columns: readonly {
    readonly articleId: string;
    readonly related: boolean;
    readonly outlet: string | null;
    readonly date: string | null;
    readonly title: string | null;
  }[];
  readonly rows: readonly {
    readonly claimId: string;
    readonly articleId: string;
    readonly kinds: readonly ClaimKind[];
    readonly text: string;
    readonly conflicting: boolean;
    readonly cells: readonly {
      readonly articleId: string;
      readonly status: MatrixCellStatus;
      readonly value: string | null;
      readonly span: { readonly text: string; readonly start: number; readonly end: number } | null;
      readonly conflicting: boolean;
    }[];
    readonly verdict: Verdict | null;
  }[];
}

/** How a story's claims fare against the rest of the workspace. */
export interface StorySourceCounts {
  readonly storyId: string;
  /** The story's claims, each wording once. */
  readonly claims: number;
  /** Claims another story's article agrees with (and none differs from). */
  readonly corroborated: number;
  /** Claims another story's article differs from. */
  readonly contested: number;
}
