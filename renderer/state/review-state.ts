// The review screen's state: the claims of one story (every version), the reviewer's filters,
// the claim in hand with its history, and whether a save is on its way to disk.
import type {
  Claim,
  ClaimKind,
  OrphanedVerdict,
  ReviewInfo,
  VerdictChange,
  VerdictStatus,
  ClaimLineageView,
} from '../../shared/model';

export type StatusFilter = 'all' | 'unreviewed' | VerdictStatus;

export interface ReviewFilter {
  readonly status: StatusFilter;
  readonly kind: ClaimKind | 'all';
  /** An article id (the outlet's version), or 'all'. */
  readonly articleId: string;
  readonly text: string;
}

export const NO_FILTER: ReviewFilter = { status: 'all', kind: 'all', articleId: 'all', text: '' };

export interface ReviewState {
  readonly storyId: string | null;
  /** The articles whose claims are shown, in story order. */
  readonly articleIds: readonly string[];
  readonly status: 'loading' | 'ready' | 'error';
  readonly error: string | null;
  readonly claims: readonly Claim[];
  readonly info: ReviewInfo | null;
  /** Verdicts whose claim is gone, asked for once when the screen opens. */
  readonly orphaned: readonly OrphanedVerdict[];
  readonly filter: ReviewFilter;
  /** The claim in hand, by id (stays put when filters change the list). */
  readonly currentId: string | null;
  readonly history: readonly VerdictChange[];
  /** The claim in hand through the versions of its story; null until loaded (or when unknown). */
  readonly lineage: ClaimLineageView | null;
  /** A verdict, note or evidence is being written; "Saved" only once it is on disk. */
  readonly saving: boolean;
  readonly saveError: string | null;
  /** What the last save did, for the status line and screen readers. */
  readonly notice: string;
}
