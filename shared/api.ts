// The one contract between the UI and the Node-side services. Every door (Electron IPC,
// browser-mode HTTP, the CLI) is checked against this file: the schemas validate every
// input that crosses a process boundary, the interface types every result.
// Adding an operation = one schema here + its method on WorkbenchApi + its service.
import { z } from 'zod';
import type {
  Article,
  ArticleComparison,
  ArticleSummary,
  Claim,
  ClaimLineageView,
  ConsistencyMatrixView,
  OrphanedVerdict,
  ReviewInfo,
  SavedVerdict,
  SourcesResult,
  StorySourceCounts,
  VerdictChange,
  ImportJob,
  ImportResult,
  Story,
  StoryDetail,
  WorkspaceInfo,
} from './model';

import type { Report } from './report';
import { settingsPatchSchema, type Settings, type SettingsInfo, type WorkspaceList } from './settings';
import { MAX_ARTICLE_BYTES, MAX_IMPORT_PATHS, MAX_UPLOAD_FILES } from './api-constants';

export * from './api-constants';

const MAX_PATH = 4096;

/** A path the OS can take: no NUL (the OS would cut it there, or throw deep in the service). */
const path = z
  .string()
  .min(1)
  .max(MAX_PATH)
  .refine((p) => !p.includes('\0'), 'a path cannot contain a NUL character');
/** A calendar date, YYYY-MM-DD, that exists (not 2025-13-45, not 2025-02-30). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine((d) => {
    const t = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
  }, 'no such date');
const storyId = z.string().regex(/^st-[0-9a-f]{16}$/, 'a story id is "st-" and 16 hex digits');
const articleId = z.string().regex(/^[0-9a-f]{16}$/, 'an article id is 16 hex digits');
const claimId = z
  .string()
  .regex(/^[0-9a-f]{16}-[0-9a-f]{8}$/, 'a claim id is 16 hex digits, "-", 8 hex digits');
const offset = z.number().int().min(0).max(MAX_ARTICLE_BYTES);
const jobId = z.string().regex(/^[0-9a-f]{16}$/, 'a job id is 16 hex digits');
/** An article id, a unique id prefix, or the path it was imported from. */
const articleRef = path;

const reportRequest = z
  .object({
    scope: z.enum(['workspace', 'story', 'claims']),
    storyId: storyId.optional(),
    /** For scope "claims": the claims to report on. */
    claimIds: z.array(claimId).min(1).max(10_000).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    title: z.string().max(300).optional(),
    organisation: z.string().max(300).optional(),
    appendix: z.boolean().optional(),
    /** Build each printed story's consistency matrix (default yes; the preview says no). */
    matrix: z.boolean().optional(),
  })
  .strict()
  .refine((r) => r.scope !== 'story' || r.storyId, { message: 'a story report needs its storyId' })
  .refine((r) => r.scope !== 'claims' || r.claimIds, {
    message: 'a report on chosen claims needs their claimIds',
  });

export const apiSchemas = {
  getWorkspaceInfo: z.object({}).strict(),
  listArticles: z.object({}).strict(),
  getArticle: z.object({ ref: articleRef }).strict(),
  /** Imports an article's source file again: repairs an article whose file was found damaged. */
  reimportArticle: z.object({ ref: articleRef }).strict(),
  /** Import folders (or single files) from the machine's disk. */
  importPaths: z.object({ paths: z.array(path).min(1).max(MAX_IMPORT_PATHS) }).strict(),
  /** Import files sent by the UI itself (browser mode's folder picker), bytes as base64. */
  importFiles: z
    .object({
      files: z
        .array(
          z
            .object({
              path,
              base64: z.string().max(Math.ceil((MAX_ARTICLE_BYTES * 4) / 3) + 8),
            })
            .strict(),
        )
        .min(1)
        .max(MAX_UPLOAD_FILES),
    })
    .strict(),
  /** Starts importing folders in the background; poll getImportJob for progress. */
  startImport: z.object({ paths: z.array(path).min(1).max(MAX_IMPORT_PATHS) }).strict(),
  getImportJob: z.object({ jobId }).strict(),
  /** Stops a running import after the file in hand; what was imported so far is kept. */
  cancelImport: z.object({ jobId }).strict(),
  /** Puts a line the cleaning removed back into the article's text (or removes it again). */
  setLineRestored: z
    .object({ ref: articleRef, line: z.number().int().min(1).max(10_000_000), restored: z.boolean() })
    .strict(),
  /** Stories: versions of one text grouped, related stories linked, overrides applied. */
  listStories: z.object({}).strict(),
  /** Two articles (ids, id prefixes or imported paths) compared sentence by sentence. */
  compareArticles: z.object({ a: articleRef, b: articleRef }).strict(),
  /** One story with its timeline and related stories. */
  getStory: z.object({ id: storyId }).strict(),
  /** The reviewer says two stories are one. */
  mergeStories: z
    .object({ a: storyId, b: storyId })
    .strict()
    .refine((m) => m.a !== m.b, 'a story cannot be merged with itself'),
  /** The reviewer takes an article out of its story. */
  moveArticleOut: z.object({ articleId }).strict(),
  /** The reviewer says two stories are not related (or takes that back). */
  setStoriesRelated: z.object({ a: storyId, b: storyId, related: z.boolean() }).strict(),
  /**
   * Claims of one article, of one story (each wording once, `alsoIn` naming the other versions
   * carrying it), or of every story, with matches, suggestion and verdict.
   */
  listClaims: z
    .object({
      article: articleRef.optional(),
      story: storyId.optional(),
      /** Several stories at once, in this order (a page of the workspace's claims). */
      stories: z.array(storyId).min(1).max(500).optional(),
    })
    .strict()
    .refine((r) => [r.article, r.story, r.stories].filter((x) => x !== undefined).length <= 1, {
      message: 'name an article, a story or a list of stories, not several',
    }),
  /**
   * "Who else says this?": every statement of the workspace (or of the articles `within`) that
   * speaks to a text, with its relation to it. With `article`, the text is read as that
   * article's (its date resolves "on Monday") and the article's own story is left out.
   */
  /**
   * Per story, how many of its claims (each wording once) another story's articles corroborate
   * (agree with) or contest (differ from). At most 100 stories a call: the library asks for
   * the rows it shows.
   */
  getSourceCounts: z.object({ storyIds: z.array(storyId).min(1).max(100) }).strict(),
  findSources: z
    .object({
      text: z.string().trim().min(3).max(5_000),
      article: articleRef.optional(),
      /** Search only these articles (ids, id prefixes or imported paths), not the whole workspace. */
      within: z.array(articleRef).min(1).max(5_000).optional(),
    })
    .strict(),
  /**
   * Records the reviewer's verdict on a claim (status null clears it); durable before it
   * returns, with everything the screen shows after a save (SavedVerdict) in the same answer.
   */
  setVerdict: z
    .object({
      claimId,
      status: z.enum(['consistent', 'conflicting', 'unclear']).nullable(),
      note: z.string().max(20_000).optional(),
      evidence: z
        .array(
          z
            .object({ articleId, start: offset, end: offset, text: z.string().max(20_000).optional() })
            .strict(),
        )
        .max(50)
        .optional(),
      // A name, not a document: no line breaks or control characters.
      reviewer: z
        .string()
        .max(200)
        .regex(/^[^\p{Cc}]*$/u, 'a reviewer name has no control characters')
        .nullable()
        .optional(),
    })
    .strict(),
  /** Every change to one claim's verdict, oldest first. */
  getClaimHistory: z.object({ claimId }).strict(),
  /** One claim through every version of its story: unchanged, reworded, figure changed… removed. */
  getClaimLineage: z.object({ claimId }).strict(),
  /** A story's consistency matrix: its claims × its versions and related articles. */
  getMatrix: z.object({ storyId }).strict(),
  /** Takes back the last verdict change, or redoes the last one taken back (a SavedVerdict, or null: nothing to do). */
  undoVerdict: z.object({}).strict(),
  redoVerdict: z.object({}).strict(),
  /** Verdict count and undo/redo availability (a save answers with them too). */
  getReviewInfo: z.object({}).strict(),
  /** Verdicts whose claim the analysis no longer finds: kept, listed apart. */
  listOrphanedVerdicts: z.object({}).strict(),
  /** The reviewer makes a claim of a span of an article's cleaned text. */
  addClaim: z.object({ article: articleRef, start: offset, end: offset }).strict(),
  deleteClaim: z.object({ claimId }).strict(),
  /** The review report's model: the whole workspace or one story, optionally a date range. */
  getReport: reportRequest,
  /** The report in one format, as a file to save (bytes as base64). */
  exportReport: z
    .object({
      format: z.enum(['html', 'pdf', 'md', 'csv', 'json', 'claimreview']),
      request: reportRequest,
      bom: z.boolean().optional(),
    })
    .strict(),
  /** Several claims are one: all but `into` are hidden (their verdicts stay in the history). */
  mergeClaims: z.object({ claimIds: z.array(claimId).min(1).max(50), into: claimId }).strict(),
  /** The reviewer's settings (kept per user, not per workspace). */
  getSettings: z.object({}).strict(),
  saveSettings: settingsPatchSchema,
  /** The workspace open now and the recent ones. */
  listWorkspaces: z.object({}).strict(),
  /**
   * Switches to another workspace: an existing one, or an empty or missing folder that becomes
   * a new one. Refused while an import is running.
   */
  openWorkspace: z.object({ path }).strict(),
} as const;

/** Operations on the session (settings, which workspace is open) rather than on one workspace. */
export const SESSION_METHODS = ['getSettings', 'saveSettings', 'listWorkspaces', 'openWorkspace'] as const;
export type SessionMethod = (typeof SESSION_METHODS)[number];

export type ApiMethod = keyof typeof apiSchemas;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiSchemas)[M]>;

export interface WorkbenchApi {
  getWorkspaceInfo(input: ApiInput<'getWorkspaceInfo'>): Promise<WorkspaceInfo>;
  listArticles(input: ApiInput<'listArticles'>): Promise<ArticleSummary[]>;
  getArticle(input: ApiInput<'getArticle'>): Promise<Article>;
  reimportArticle(input: ApiInput<'reimportArticle'>): Promise<Article>;
  importPaths(input: ApiInput<'importPaths'>): Promise<ImportResult>;
  importFiles(input: ApiInput<'importFiles'>): Promise<ImportResult>;
  startImport(input: ApiInput<'startImport'>): Promise<ImportJob>;
  getImportJob(input: ApiInput<'getImportJob'>): Promise<ImportJob>;
  cancelImport(input: ApiInput<'cancelImport'>): Promise<ImportJob>;
  setLineRestored(input: ApiInput<'setLineRestored'>): Promise<Article>;
  listStories(input: ApiInput<'listStories'>): Promise<Story[]>;
  getStory(input: ApiInput<'getStory'>): Promise<StoryDetail>;
  compareArticles(input: ApiInput<'compareArticles'>): Promise<ArticleComparison>;
  mergeStories(input: ApiInput<'mergeStories'>): Promise<Story[]>;
  moveArticleOut(input: ApiInput<'moveArticleOut'>): Promise<Story[]>;
  setStoriesRelated(input: ApiInput<'setStoriesRelated'>): Promise<Story[]>;
  listClaims(input: ApiInput<'listClaims'>): Promise<Claim[]>;
  findSources(input: ApiInput<'findSources'>): Promise<SourcesResult>;
  getSourceCounts(input: ApiInput<'getSourceCounts'>): Promise<StorySourceCounts[]>;
  setVerdict(input: ApiInput<'setVerdict'>): Promise<SavedVerdict>;
  getClaimHistory(input: ApiInput<'getClaimHistory'>): Promise<VerdictChange[]>;
  getClaimLineage(input: ApiInput<'getClaimLineage'>): Promise<ClaimLineageView>;
  getMatrix(input: ApiInput<'getMatrix'>): Promise<ConsistencyMatrixView>;
  undoVerdict(input: ApiInput<'undoVerdict'>): Promise<SavedVerdict | null>;
  redoVerdict(input: ApiInput<'redoVerdict'>): Promise<SavedVerdict | null>;
  getReviewInfo(input: ApiInput<'getReviewInfo'>): Promise<ReviewInfo>;
  listOrphanedVerdicts(input: ApiInput<'listOrphanedVerdicts'>): Promise<OrphanedVerdict[]>;
  addClaim(input: ApiInput<'addClaim'>): Promise<Claim>;
  deleteClaim(input: ApiInput<'deleteClaim'>): Promise<Claim[]>;
  mergeClaims(input: ApiInput<'mergeClaims'>): Promise<Claim[]>;
  getReport(input: ApiInput<'getReport'>): Promise<Report>;
  exportReport(input: ApiInput<'exportReport'>): Promise<ExportedReport>;
  getSettings(input: ApiInput<'getSettings'>): Promise<SettingsInfo>;
  saveSettings(input: ApiInput<'saveSettings'>): Promise<Settings>;
  listWorkspaces(input: ApiInput<'listWorkspaces'>): Promise<WorkspaceList>;
  openWorkspace(input: ApiInput<'openWorkspace'>): Promise<WorkspaceInfo>;
}

/** What one open workspace's services implement; the session adds the rest. */
export type WorkspaceApi = Omit<WorkbenchApi, SessionMethod>;

/** A rendered report, ready to save. */
export interface ExportedReport {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
}

export const API_METHODS = Object.keys(apiSchemas) as ApiMethod[];

/** What a transport sends back: a result, or an error a reviewer can read. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export interface ApiErrorBody {
  /** `invalid-input`, `not-found`, `ambiguous`, `forbidden`, `failed`. */
  readonly code: string;
  readonly message: string;
}

/**
 * What the desktop app's menu asks the page to do. Every menu item goes through the page, so
 * each runs under the same rules as its key and its palette command (nothing while a modal is
 * open). `openRecentWorkspace` carries the folder, `setTheme` the theme; the others nothing.
 */
export const MENU_COMMANDS = [
  'import',
  'chooseWorkspace',
  'openRecentWorkspace',
  'exportReport',
  'openSettings',
  'openPalette',
  'showHelp',
  'toggleView',
  'openReview',
  'setTheme',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Desktop-only abilities the preload adds beside the API (native dialogs, the menu, the log). */
export interface DesktopBridge {
  /** Shows the native folder picker; resolves to the chosen folders, or null when cancelled. */
  pickFolders(): Promise<string[] | null>;
  /** Shows the native picker for a workspace folder (one folder, may be created); null when cancelled. */
  pickWorkspace(): Promise<string | null>;
  /**
   * The report as PDF, printed by Electron (printToPDF) from the same HTML the HTML export
   * writes. Takes the report request, not HTML: the main process renders the page itself.
   */
  printReportPdf(request: ApiInput<'getReport'>): Promise<ExportedReport>;
  /** Opens the folder holding the log file in the OS file manager. */
  openLogFolder(): Promise<void>;
  /** Writes an error the page caught (uncaught exception, failed promise) to the log file. */
  logError(message: string): void;
  /** The disk path of a file or folder dropped on the window ('' when it has none). */
  pathForFile(file: File): string;
  /** Calls `listener` with each menu command (and its argument); returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand, argument: string | null) => void): () => void;
}

/** What the preload exposes as `window.crosscheck`. Browser mode has no bridge. */
export interface CrosscheckBridge {
  readonly api: WorkbenchApi;
  readonly desktop: DesktopBridge;
}
