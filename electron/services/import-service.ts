// Imports files into a workspace: read, hash, parse (shared/ingest), store. Every file ends
// up in exactly one list of the result — imported, duplicate or rejected with its reason.
// Files are processed with bounded concurrency; the index is written once at the end, after
// every article file it points to is already durable on disk.
import { rm } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { IMPORT_CANCELLED_REASON } from '../../shared/api-constants';
import { WorkbenchError } from '../../shared/model';
import { diskError } from '../store/disk-error';
import { runLimited } from '../../shared/run-limited';
import { SerialQueue } from '../../shared/serial-queue';
import type {
  Article,
  ArticleSummary,
  ImportDuplicate,
  ImportRejected,
  ImportResult,
} from '../../shared/model';
import type { WorkspaceStore } from '../store/workspace-store';
import type { ArticleIndexEntry } from '../store/workspace-document';
import {
  boilerplateLines,
  findOutletBoilerplate,
  keyHash,
  type ArticleFingerprint,
} from '../../shared/ingest';
import type { HashOutcome, IngestSource } from './file-ingester';
import { walkPaths } from './folder-walk';
import { IngesterChoice } from './ingest-pool';

export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly current: string;
}

export interface ImportOptions {
  readonly cwd?: string;
  readonly onProgress?: (p: ImportProgress) => void;
  readonly concurrency?: number;
  /** Aborting stops after the files in hand; files not read are listed as rejected, saying so. */
  readonly signal?: AbortSignal;
  /** Every path in listing order (files and rejected entries), for ordering the result lists. */
  readonly listed?: readonly string[];
}

export async function importPaths(
  store: WorkspaceStore,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const choice = newChoice(store);
  // A large folder's worker threads start while the walk is still listing it — unless another
  // import into this workspace is running or waiting: this one would then hold its workers
  // idle until its turn, with a list of the workspace's files already out of date.
  const early = importQueue(store).idle;
  let walked;
  try {
    walked = await walkPaths(paths, options.cwd ?? process.cwd(), (files) => early && choice.listed(files));
  } catch (err) {
    await choice.discard();
    throw err;
  }
  const rejected: ImportRejected[] = [];
  const sources: IngestSource[] = [];
  for (const item of walked) {
    if (item.kind === 'rejected') rejected.push({ path: item.path, reason: item.reason });
    else sources.push({ path: item.path });
  }
  return importSources(store, sources, rejected, { ...options, listed: walked.map((w) => w.path) }, choice);
}

export async function importUploads(
  store: WorkspaceStore,
  files: readonly { path: string; bytes: Uint8Array }[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  return importSources(store, files, [], options, newChoice(store));
}

function newChoice(store: WorkspaceStore): IngesterChoice {
  return new IngesterChoice(store.articlesDir, new Date().toISOString(), () => store.knownFileHashes());
}

/** One import at a time per workspace: two at once would both take a new file for their own. */
const importQueues = new WeakMap<WorkspaceStore, SerialQueue>();

function importSources(
  store: WorkspaceStore,
  sources: readonly IngestSource[],
  rejected: ImportRejected[],
  options: ImportOptions,
  choice: IngesterChoice,
): Promise<ImportResult> {
  return importQueue(store).run(() => runImport(store, sources, rejected, options, choice));
}

function importQueue(store: WorkspaceStore): SerialQueue {
  let queue = importQueues.get(store);
  if (!queue) importQueues.set(store, (queue = new SerialQueue()));
  return queue;
}

async function runImport(
  store: WorkspaceStore,
  sources: readonly IngestSource[],
  rejected: ImportRejected[],
  options: ImportOptions,
  choice: IngesterChoice,
): Promise<ImportResult> {
  // Duplicates are judged against the document as it is now, not as this process last read
  // it: another process (the CLI beside the app) may have imported these very files.
  await store.reload();
  const imported: ImportedArticle[] = [];
  const duplicates: ImportDuplicate[] = [];
  /** Files met in this run, by hash: what became of the first copy (its first article's id, or why it was rejected). */
  const seen = new Map<string, Promise<{ id: string } | { reason: string }>>();
  const written: string[] = [];
  /** The article files this import put there (not those it found already whole). */
  const created: string[] = [];
  const ingester = choice.ingesterFor(sources);
  const importedAt = choice.importedAt;
  let done = 0;

  const inOrder = new InOrder();

  const one = async (source: IngestSource, key: number) => {
    let hashed: HashOutcome;
    try {
      hashed = await ingester.hash(key, source);
      // Files hash in parallel but are judged in the order they were listed, so of two
      // identical files the first listed is always the one imported.
      await inOrder.turn(key);
    } finally {
      inOrder.done(key);
    }
    if (!hashed.ok) return void rejected.push({ path: source.path, reason: hashed.reason });
    // A file already in the workspace (whichever of its articles got there) is a duplicate.
    const known = store.articleOfFile(hashed.sha256);
    // A known article whose file was lost or set aside as damaged is written again (and still
    // reported as a duplicate): importing its source repairs it.
    if (known && (await store.articleFilePresent(known))) {
      ingester.drop(key);
      return void duplicates.push({ path: source.path, sameAs: known });
    }
    const earlier = seen.get(hashed.sha256);
    if (earlier) {
      ingester.drop(key);
      // A copy of a file rejected in this run is rejected for the same reason; otherwise it
      // names the article the first copy became.
      const first = await earlier;
      if ('reason' in first) return void rejected.push({ path: source.path, reason: first.reason });
      return void duplicates.push({ path: source.path, sameAs: first.id });
    }
    let settle!: (outcome: { id: string } | { reason: string }) => void;
    seen.set(hashed.sha256, new Promise((resolve) => (settle = resolve)));
    const result = await ingester.prepare(key);
    const firstArticle = result.ok ? result.articles[0] : undefined;
    settle(
      firstArticle
        ? { id: firstArticle.summary.id }
        : {
            reason: result.ok ? (result.rejectedItems[0]?.reason ?? 'no article in the file') : result.reason,
          },
    );
    if (!result.ok) return void rejected.push({ path: source.path, reason: result.reason });
    for (const item of result.rejectedItems)
      rejected.push({ path: `${source.path}#${item.index}`, reason: item.reason });
    for (const article of result.articles) {
      written.push(article.file);
      if (article.created) created.push(article.file);
      imported.push({
        summary: article.summary,
        sourceIndex: article.sourceIndex,
        order: key,
        fingerprint: article.fingerprint,
        sha256: hashed.sha256,
      });
    }
  };

  try {
    let key = 0;
    await runLimited(sources, options.concurrency ?? ingester.inFlight, async (source) => {
      if (options.signal?.aborted) {
        rejected.push({
          path: source.path,
          reason: IMPORT_CANCELLED_REASON,
        });
        return;
      }
      options.onProgress?.({ done, total: sources.length, current: source.path });
      await one(source, key++);
      done++;
    });
  } finally {
    await ingester.close();
  }
  options.onProgress?.({ done, total: sources.length, current: '' });

  // Every article file is on disk before the index that points at them is written. Making
  // them durable is a wait on the disk: the index entries are worked out meanwhile. If either
  // fails (a full disk), the files this import created go again: nothing points at them.
  const [, index] = await undoOnFailure(store, created, () =>
    Promise.all([store.flushArticleFiles(written), indexEntries(store, imported, importedAt)]),
  );
  // Every list in the order the files were listed (the walk's order, rejections included).
  const position = new Map((options.listed ?? sources.map((s) => s.path)).map((path, i) => [path, i]));
  const at = (path: string) => position.get(path.replace(/#\d+$/, '')) ?? -1;
  duplicates.sort((a, b) => at(a.path) - at(b.path));
  rejected.sort((a, b) => at(a.path) - at(b.path));
  // Under the workspace lock: an article another process added since is a duplicate here.
  const { known } = await undoOnFailure(store, created, () =>
    store.addEntries(index.entries, index.boilerplate),
  );
  const knownIds = new Set(known.map((e) => e.id));
  // One line per file, naming the article its first item became.
  const listed = new Set(duplicates.map((d) => d.path));
  for (const e of known)
    if (!listed.has(e.sourcePath)) {
      listed.add(e.sourcePath);
      duplicates.push({ path: e.sourcePath, sameAs: e.id });
    }
  if (known.length) duplicates.sort((a, b) => at(a.path) - at(b.path));
  return { imported: index.summaries.filter((s) => !knownIds.has(s.id)), duplicates, rejected };
}

/**
 * Runs a step of the import's ending; if it fails, removes the article files the import
 * created and fails with the reason in the reviewer's words (a full disk named as such).
 */
async function undoOnFailure<T>(
  store: WorkspaceStore,
  created: readonly string[],
  step: () => Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (err) {
    // Another process importing the same file may have found ours whole and indexed it: a
    // file the index now points at stays.
    await store.reload().catch(() => undefined);
    const orphans = created.filter((file) => !store.entry(basename(file, '.json')));
    await Promise.all(orphans.map((file) => rm(file, { force: true }).catch(() => undefined)));
    if (err instanceof WorkbenchError) throw err;
    throw new WorkbenchError(
      'failed',
      `The import could not be saved (${diskError(err, dirname(created[0] ?? '.'))}); the ${orphans.length} article files it had written were removed and the workspace is as it was.`,
    );
  }
}

interface ImportedArticle {
  readonly summary: ArticleSummary;
  readonly sourceIndex: number;
  /** The file's place in the listing. */
  readonly order: number;
  readonly fingerprint: ArticleFingerprint;
  readonly sha256: string;
}

/** The index entries for an import's articles, in listing order, and the outlet boilerplate it found. */
async function indexEntries(store: WorkspaceStore, imported: ImportedArticle[], importedAt: string) {
  // Keep the order the files were listed in, not the order the pool finished them.
  imported.sort((a, b) => a.order - b.order || a.sourceIndex - b.sourceIndex);
  const found = findOutletBoilerplate(imported.map((i) => i.fingerprint));
  // The text of each line found is looked up in one article that carries it (already written).
  // A carrier that cannot be read (its file removed meanwhile) costs that line, not the import.
  const carriers = new Map<string, Article['paragraphs']>();
  for (const id of new Set([...found.values()].flat().map((l) => l.carrier))) {
    const article = await store.readArticle(id).catch(() => null);
    if (article) carriers.set(id, article.paragraphs);
  }
  const boilerplate = boilerplateLines(found, (id) => carriers.get(id));
  // Word counts as the reviewer will see them: this batch's finds and what was known before.
  const knownByOutlet = new Map<string | null, Set<number>>();
  const known = (outlet: string | null) => {
    let hashes = knownByOutlet.get(outlet);
    if (!hashes) {
      const lines = [...store.boilerplateFor(outlet), ...(boilerplate.get(outlet ?? '') ?? [])];
      knownByOutlet.set(outlet, (hashes = new Set(lines.map((l) => keyHash(l.key)))));
    }
    return hashes;
  };
  const summaries = imported.map((i) =>
    withBoilerplateWords(i.summary, i.fingerprint, known(i.summary.outlet)),
  );
  // What each one supersedes is decided by the store, under the lock (addEntries).
  const entries = summaries.map((summary, i): ArticleIndexEntry => ({
    ...summary,
    sourceIndex: imported[i]!.sourceIndex,
    importedAt,
    sha256: imported[i]!.sha256,
    supersedes: null,
  }));
  return { summaries, entries, boilerplate };
}

/** The word count the reviewer will see once the outlet's boilerplate paragraphs are hidden. */
function withBoilerplateWords(
  summary: ArticleSummary,
  print: ArticleFingerprint,
  boilerplate: ReadonlySet<number>,
): ArticleSummary {
  if (boilerplate.size === 0) return summary;
  let hidden = 0;
  let hiddenWords = 0;
  print.short.forEach((hash, i) => {
    if (!boilerplate.has(hash)) return;
    hidden++;
    hiddenWords += print.shortWords[i]!;
  });
  // An article that is nothing but boilerplate keeps its text (withoutBoilerplate does the same).
  if (hidden === 0 || hidden === print.hashes.length) return summary;
  return { ...summary, words: summary.words - hiddenWords };
}

/** Lets step N of parallel work through only after steps 0…N-1 were let through. */
class InOrder {
  private readonly gates = new Map<number, { promise: Promise<void>; open: () => void }>();

  turn(key: number): Promise<void> {
    return key === 0 ? Promise.resolve() : this.gate(key - 1).promise;
  }

  done(key: number): void {
    this.gate(key).open();
    this.gates.delete(key - 1);
  }

  private gate(key: number) {
    let gate = this.gates.get(key);
    if (!gate) {
      let open!: () => void;
      const promise = new Promise<void>((resolve) => (open = resolve));
      gate = { promise, open };
      this.gates.set(key, gate);
    }
    return gate;
  }
}
