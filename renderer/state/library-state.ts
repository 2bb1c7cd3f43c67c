// The shape of the library screen's state and its starting value. Plain data only: anything
// derived (the visible list) is computed by actions when its inputs change, not by components.
import type { Article, ArticleSummary, Claim, ImportResult, WorkspaceInfo } from '../../shared/model';
import { DEFAULT_SORT, type SortOrder } from './article-order';
import { LIBRARY_SCREEN, type ScreenState } from './screen-state';
import { NO_SOURCE_COUNTS, type SourceCountsCache, type WhoElseState } from './sources-state';
import { initialStoriesState, type StoriesState } from './story-state';
import type { SettingsInfo, WorkspaceList } from '../../shared/settings';

/** The dialogs opened from the palette or the menu (the shortcuts overlay has its own flag). */
export type OpenDialog = 'palette' | 'settings' | 'workspaces' | null;

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** An import in progress, desktop (a polled background job) or browser (batched uploads). */
export interface ImportRunning {
  readonly phase: 'running';
  /** The background job being polled (desktop); null for browser uploads. */
  readonly jobId: string | null;
  readonly done: number;
  /** Null while the count is not known yet (the chosen folders are still being walked). */
  readonly total: number | null;
  /** The file in hand ('' when none). */
  readonly current: string;
  /** Cancel was asked for; the files in hand are finishing. */
  readonly cancelling: boolean;
}

export type ImportStatus =
  | { readonly phase: 'idle' }
  | ImportRunning
  | { readonly phase: 'finished'; readonly result: ImportResult; readonly cancelled: boolean };

/** A problem shown in the error banner: what failed, then the service's own sentence. */
export interface Problem {
  readonly title: string;
  readonly message: string;
}

/** What a problem in the banner came from; one problem per source at a time (state/problems.ts). */
export type ProblemSource = 'list' | 'import' | 'stories' | 'story' | 'settings' | 'line';

export interface ShownProblem extends Problem {
  readonly source: ProblemSource;
}

export interface LibraryState extends StoriesState {
  readonly workspace: WorkspaceInfo | null;
  readonly articles: readonly ArticleSummary[];
  readonly listStatus: LoadStatus;
  readonly filter: string;
  readonly sort: SortOrder;
  /** `articles` filtered and sorted; what the list shows and keyboard moves through. */
  /** Every article in the list's order (the filter keeps from it without sorting again). */
  readonly sorted: readonly ArticleSummary[];
  readonly visible: readonly ArticleSummary[];
  readonly selectedId: string | null;
  readonly article: Article | null;
  readonly articleStatus: LoadStatus;
  readonly articleError: string | null;
  readonly showRemoved: boolean;
  /** The removed line whose restore (or removal again) is waiting for the services. */
  readonly pendingLine: { readonly articleId: string; readonly line: number } | null;
  /** What the last restore did, for screen readers ('' when nothing to say). */
  readonly lineNotice: string;
  readonly importStatus: ImportStatus;
  readonly helpOpen: boolean;
  readonly dialog: OpenDialog;
  /** The reviewer's settings; null until loaded. */
  readonly settings: SettingsInfo | null;
  /** The workspace in use and the recent ones; null until asked for. */
  readonly workspaces: WorkspaceList | null;
  /** Set while another workspace is being opened (the page reloads once it is). */
  readonly switchingWorkspace: boolean;
  /** Why the page was reloaded by the desktop app (its previous page crashed); null normally. */
  readonly recovered: string | null;
  /** The reviewer dismissed the warnings the workspace opened with. */
  readonly openWarningsDismissed: boolean;
  /**
   * What failed and is shown in the error banner: the list or the stories not loaded, an
   * import, a story correction, the settings, a removed line or a claim not made.
   */
  readonly problems: readonly ShownProblem[];
  /** The screen shown below the top bar (the library's panes, or one full-screen view). */
  readonly screen: ScreenState;
  /** The shown article's claims, for the panel beside it (null until loaded). */
  readonly articleClaims: { readonly articleId: string; readonly claims: readonly Claim[] } | null;
  /** A passage to highlight in the reader (evidence opened from the review), and where to go back. */
  readonly passage: {
    readonly articleId: string;
    readonly start: number;
    readonly end: number;
    readonly back: { readonly articleId: string; readonly claimId: string } | null;
  } | null;
  /** "Who else says this?": the dialog is open while this is set. */
  readonly whoElse: WhoElseState | null;
  /** Per story, the claims other stories corroborate or contest (asked for the stories on screen). */
  readonly sourceCounts: SourceCountsCache;
}

export const initialLibraryState: LibraryState = {
  ...initialStoriesState,
  workspace: null,
  articles: [],
  listStatus: 'idle',
  filter: '',
  sort: DEFAULT_SORT,
  sorted: [],
  visible: [],
  selectedId: null,
  article: null,
  articleStatus: 'idle',
  articleError: null,
  showRemoved: false,
  pendingLine: null,
  lineNotice: '',
  importStatus: { phase: 'idle' },
  helpOpen: false,
  dialog: null,
  settings: null,
  workspaces: null,
  switchingWorkspace: false,
  recovered: null,
  openWarningsDismissed: false,
  problems: [],
  screen: LIBRARY_SCREEN,
  articleClaims: null,
  passage: null,
  whoElse: null,
  sourceCounts: NO_SOURCE_COUNTS,
};
