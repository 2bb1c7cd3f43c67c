// The consistency matrix screen's state: the story, its matrix once loaded, the reviewer's
// "only conflicts" choice and the row whose verdict is being saved.
import type { ConsistencyMatrixView } from '../../shared/model';

export interface MatrixScreenState {
  readonly storyId: string;
  readonly status: 'loading' | 'ready' | 'error';
  readonly view: ConsistencyMatrixView | null;
  readonly error: string | null;
  /** Show only the rows where some article conflicts. */
  readonly onlyConflicts: boolean;
  /** The row whose verdict is being saved. */
  readonly saving: string | null;
  /** What the last action did, for the status line and screen readers. */
  readonly notice: string;
}
