// The Node-side implementation of WorkbenchApi. Every door — IPC, browser-mode HTTP, the
// CLI — calls these methods, so the UI and the CLI always do exactly the same thing.
// Inputs arrive already validated by api-dispatch (or typed by the CLI).
import { isAbsolute, resolve } from 'node:path';
import type { WorkspaceApi } from '../../shared/api';
import { summarize, WorkbenchError } from '../../shared/model';
import type { WorkspaceStore } from '../store/workspace-store';
import { compareSentences } from '../../shared/compare';
import { readerView, withoutBoilerplate, withRestoredLines } from '../../shared/ingest';
import { findArticleId } from './article-lookup';
import { ImportJobs } from './import-jobs';
import { StoriesService } from './stories-service';
import { ClaimsService } from './claims-service';
import { SourcesService, type SourcesThread } from './sources-service';
import { countSources, findSourcesOf } from './find-sources-of';
import { gatherReport, reportRequest } from './report-service';
import { htmlToPdf } from './report-pdf';
import { renderReport, REPORT_FILES } from '../../shared/report';
import { readFile, rm, stat } from 'node:fs/promises';
import { freshScratchDir } from '../store/crashed-temps';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReviewJournal } from '../store/review-journal';
import { importPaths, importUploads } from './import-service';

export interface ServiceOptions {
  readonly mode: 'desktop' | 'browser';
  /** Folder relative paths are resolved against (the CLI's working folder). */
  readonly cwd?: string;
  /**
   * Where the statement index lives (sources-service.ts): a worker thread for the app and
   * browser mode, which answer other requests meanwhile; this thread (the default) for a
   * CLI command, which asks one question and exits.
   */
  readonly sourcesThread?: SourcesThread;
}

/** One workspace's services, plus what the session needs to know before switching away. */
export interface WorkspaceService extends WorkspaceApi {
  /** True while an import job is writing into this workspace. */
  importRunning(): boolean;
  /** Stops what runs beside the services (the sources worker): the workspace is being left. */
  close(): Promise<void>;
}

export function createWorkbenchService(store: WorkspaceStore, options: ServiceOptions): WorkspaceService {
  const cwd = options.cwd ?? process.cwd();
  const jobs = new ImportJobs(store, cwd);
  const stories = new StoriesService(store);
  /** The article before the reviewer's corrections: as imported, minus its outlet's boilerplate. */
  const cleaned = async (id: string) => {
    const article = await store.readArticle(id);
    return withoutBoilerplate(article, store.boilerplateFor(article.outlet));
  };
  /** By id: no lookup through the whole index, so a verdict's check costs the same at any size. */
  const readById = async (id: string) => {
    const article = await store.readArticle(id);
    return readerView(article, store.boilerplateFor(article.outlet), store.restoredLines(id));
  };
  const readArticle = async (ref: string) => readById(findArticleId(store.listEntries(), ref, cwd));
  const sources = new SourcesService(store, readById, options.sourcesThread);
  const claims = new ClaimsService(store, stories, new ReviewJournal(store.dir), readById, sources);
  const articleIdOf = (ref: string) => findArticleId(store.listEntries(), ref, cwd);
  return {
    importRunning: () => jobs.running(),
    close: () => sources.close(),
    async getWorkspaceInfo() {
      return {
        path: resolve(store.dir),
        schemaVersion: store.schemaVersion,
        articleCount: store.listEntries().length,
        mode: options.mode,
        warnings: [...store.warnings],
      };
    },
    async listArticles() {
      await store.reload();
      return store.listEntries().map((entry) => summarize({ ...entry } as never));
    },
    async getArticle({ ref }) {
      return readArticle(ref);
    },
    async importPaths({ paths }) {
      return importPaths(store, paths, { cwd });
    },
    async reimportArticle({ ref }) {
      const id = findArticleId(store.listEntries(), ref, cwd);
      const source = store.entry(id)!.sourcePath;
      // Only a path this machine can read: a browser upload's path is the one it was sent under.
      const there =
        isAbsolute(source) &&
        (await stat(source).then(
          (s) => s.isFile(),
          () => false,
        ));
      if (!there)
        throw new WorkbenchError(
          'not-found',
          `The source of article ${id}, ${source}, is not there any more; import a copy of that file to repair the article.`,
        );
      await importPaths(store, [source], { cwd });
      if (!(await store.articleFilePresent(id)))
        throw new WorkbenchError(
          'failed',
          `${source} no longer holds the text of article ${id} (the file changed since it was imported; it was imported as a new version). Import the original file to repair this one.`,
        );
      return readArticle(id);
    },
    async importFiles({ files }) {
      const decoded = files.map((f) => {
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(f.base64))
          throw new WorkbenchError('invalid-input', `The upload of ${f.path} is not valid base64.`);
        return { path: f.path, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) };
      });
      return importUploads(store, decoded);
    },
    async startImport({ paths }) {
      return jobs.start(paths);
    },
    async getImportJob({ jobId }) {
      return jobs.get(jobId);
    },
    async cancelImport({ jobId }) {
      return jobs.cancel(jobId);
    },
    async setLineRestored({ ref, line, restored }) {
      const id = findArticleId(store.listEntries(), ref, cwd);
      const original = await cleaned(id);
      if (!original.removed.some((r) => r.line === line)) {
        throw new WorkbenchError(
          'not-found',
          `Line ${line} of article ${id} was not removed by the cleaning; there is nothing to restore.`,
        );
      }
      // Decided under the workspace lock from the lines as saved now: a line another window
      // or process restored meanwhile stays restored.
      const lines = await store.setRestoredLines(
        id,
        (current) => (restored ? [...current, line] : current.filter((l) => l !== line)),
        (next) => withRestoredLines(original, next).words,
      );
      return withRestoredLines(original, lines);
    },
    async listStories() {
      return stories.list();
    },
    async compareArticles({ a, b }) {
      const [left, right] = await Promise.all([readArticle(a), readArticle(b)]);
      return { a: left.id, b: right.id, ...compareSentences(left.sentences, right.sentences) };
    },
    async getStory({ id }) {
      return stories.detail(id);
    },
    async mergeStories({ a, b }) {
      return stories.merge(a, b);
    },
    async moveArticleOut({ articleId }) {
      return stories.moveOut(articleId);
    },
    async setStoriesRelated({ a, b, related }) {
      return stories.setRelated(a, b, related);
    },
    async listClaims({ article, story, stories: storyIds }) {
      if (article) return claims.forArticle(articleIdOf(article));
      if (story) return claims.forStory(story);
      // Chosen stories, or the whole workspace, story by story, each wording once per story.
      const ids = storyIds ?? (await stories.list()).map((s) => s.id);
      return (await claims.forStories(ids)).flat();
    },
    async getSourceCounts({ storyIds }) {
      const lists = await claims.forStories(storyIds);
      return storyIds.map((storyId, i) => countSources(storyId, lists[i]!));
    },
    async findSources({ text, article, within }) {
      return findSourcesOf(
        store,
        stories,
        sources,
        text,
        article ? articleIdOf(article) : null,
        within?.map(articleIdOf),
      );
    },
    async setVerdict(input) {
      return claims.setVerdict(input);
    },
    async getClaimHistory({ claimId }) {
      return [...(await claims.history(claimId))];
    },
    async getClaimLineage({ claimId }) {
      return claims.lineage(claimId);
    },
    async getMatrix({ storyId }) {
      return claims.matrix(storyId);
    },
    async undoVerdict() {
      return claims.undo();
    },
    async redoVerdict() {
      return claims.redo();
    },
    async getReviewInfo() {
      return claims.info();
    },
    async listOrphanedVerdicts() {
      return claims.orphans();
    },
    async addClaim({ article, start, end }) {
      return claims.addClaim(articleIdOf(article), start, end);
    },
    async deleteClaim({ claimId }) {
      await claims.deleteClaim(claimId);
      return claims.forArticle(claimId.slice(0, 16));
    },
    async getReport(request) {
      return gatherReport(stories, claims, readById, reportRequest(request));
    },
    async exportReport({ format, request, bom }) {
      const report = await gatherReport(stories, claims, readById, {
        ...reportRequest(request),
        matrix: format === 'html' || format === 'pdf' || format === 'json',
      });
      const { extension, mimeType } = REPORT_FILES[format];
      const fileName = `crosscheck-report-${report.generatedAt.slice(0, 10)}.${extension}`;
      if (format === 'pdf') {
        const dir = await freshScratchDir(tmpdir(), 'crosscheck-export-');
        try {
          await htmlToPdf(renderReport(report, 'html'), join(dir, 'report.pdf'));
          const bytes = await readFile(join(dir, 'report.pdf'));
          return { fileName, mimeType, base64: bytes.toString('base64') };
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }
      const text = renderReport(report, format, { bom: bom ?? false });
      return { fileName, mimeType, base64: Buffer.from(text, 'utf8').toString('base64') };
    },
    async mergeClaims({ claimIds, into }) {
      await claims.mergeClaims(claimIds, into);
      return claims.forArticle(into.slice(0, 16));
    },
  };
}
