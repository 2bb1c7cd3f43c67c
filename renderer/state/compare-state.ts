// The compare screen's state: which two articles, the comparison once loaded, and how the
// reviewer is looking at it (cosmetic changes hidden, unified or side by side, the change in hand).
import type { ArticleComparison, Claim } from '../../shared/model';

export interface CompareState {
  /** The story the screen was opened from (its versions fill the pickers); null for two loose articles. */
  readonly storyId: string | null;
  /** Where "Back" returns to. */
  readonly origin: 'story' | 'reader';
  readonly a: string;
  readonly b: string;
  readonly status: 'loading' | 'ready' | 'error';
  readonly error: string | null;
  readonly result: ArticleComparison | null;
  readonly hideCosmetic: boolean;
  readonly unified: boolean;
  /** Index into the display's stops of the change in hand; -1 before the first `n`. */
  readonly current: number;
  /** The claims panel beside the rows: the right-hand article's claims, loaded when opened. */
  readonly claimsOpen: boolean;
  readonly claims: readonly Claim[] | null;
}
