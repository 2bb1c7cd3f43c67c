// The shape of the library screen's state and its starting value. Plain data only: anything
// derived (the visible list) is computed by actions when its inputs change, not by components.
import type { Article, ArticleSummary, ImportResult, WorkspaceInfo } from '../../shared/model';
import { DEFAULT_SORT, type SortOrder } from './article-order';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export type ImportStatus =
  | { readonly phase: 'idle' }
  /** `total` is null when the count is unknown (desktop imports run inside the services). */
  | { readonly phase: 'running'; readonly done: number; readonly total: number | null }
  | { readonly phase: 'finished'; readonly result: ImportResult };

export interface LibraryState {
  readonly workspace: WorkspaceInfo | null;
  readonly articles: readonly ArticleSummary[];
  readonly listStatus: LoadStatus;
  readonly listError: string | null;
  readonly filter: string;
  readonly sort: SortOrder;
  /** `articles` filtered and sorted; what the list shows and keyboard moves through. */
  readonly visible: readonly ArticleSummary[];
  readonly selectedId: string | null;
  readonly article: Article | null;
  readonly articleStatus: LoadStatus;
  readonly articleError: string | null;
  readonly showRemoved: boolean;
  readonly importStatus: ImportStatus;
  readonly importError: string | null;
  readonly helpOpen: boolean;
}

export const initialLibraryState: LibraryState = {
  workspace: null,
  articles: [],
  listStatus: 'idle',
  listError: null,
  filter: '',
  sort: DEFAULT_SORT,
  visible: [],
  selectedId: null,
  article: null,
  articleStatus: 'idle',
  articleError: null,
  showRemoved: false,
  importStatus: { phase: 'idle' },
  importError: null,
  helpOpen: false,
};
