// One workspace folder on disk (layout in DESIGN.md): crosscheck.json through lowdb, one
// immutable JSON file per article under articles/, rolling backups under backups/.
// Never imports electron: the CLI, browser mode and the desktop app all use this class.
import { mkdir, readFile, readdir, rename, rm, stat, copyFile, open, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { BoilerplateLine } from '../../shared/ingest';
import type { Article, StoryOverrides } from '../../shared/model';
import { WorkbenchError } from '../../shared/model';
import { DurableJsonFile } from './durable-json-adapter';
import { SerialQueue } from '../../shared/serial-queue';
import { syncFolder } from './durable-write';
import { withWorkspaceLock } from './workspace-lock';
import { removeCrashedTemps } from './crashed-temps';
import { diskError } from './disk-error';
import { crashPoint } from './crash-point';
import {
  articleFilePresent,
  articlesFolder,
  countArticleFiles,
  flushArticleFiles,
  readArticleFile,
} from './article-files';
import { migrate, needsMigration } from './migrations';
import {
  emptyDocument,
  SCHEMA_VERSION,
  type ArticleIndexEntry,
  type WorkspaceDocument,
} from './workspace-document';

export const DOCUMENT_FILE = 'crosscheck.json';

class DamagedError extends WorkbenchError {
  constructor() {
    super('failed', 'damaged');
  }
}

/**
 * The shape every schema version shares: an object with an article index (a newer schema is
 * let through, to be refused by name).
 */
function looksLikeWorkspace(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const doc = raw as { articles?: unknown; schemaVersion?: unknown; articleOrder?: unknown };
  if (typeof doc.schemaVersion === 'number' && doc.schemaVersion > SCHEMA_VERSION) return true;
  if (typeof doc.articles !== 'object' || doc.articles === null || Array.isArray(doc.articles)) return false;
  // Every entry an object naming its own id; the order (schema 1 on) a list of ids.
  const entriesHold = Object.entries(doc.articles).every(
    ([id, e]) => typeof e === 'object' && e !== null && (e as { id?: unknown }).id === id,
  );
  const orderHolds =
    doc.articleOrder === undefined ||
    (Array.isArray(doc.articleOrder) && doc.articleOrder.every((id) => typeof id === 'string'));
  return entriesHold && orderHolds;
}

/** The newest file in backups/ (names start with an ISO timestamp), or null. */
export async function newestBackup(dir: string): Promise<string | null> {
  try {
    const all = (await readdir(join(dir, 'backups'))).filter((f) => f.endsWith('.json')).sort();
    return all[all.length - 1] ?? null;
  } catch {
    return null;
  }
}

/** The error for a damaged crosscheck.json: it is kept as it is, and the newest backup offered. */
async function damagedWorkspace(dir: string): Promise<WorkbenchError> {
  const file = join(dir, DOCUMENT_FILE);
  const backup = await newestBackup(dir);
  const offer = backup
    ? ` The newest backup is ${join(dir, 'backups', backup)}: run "crosscheck restore-backup --workspace ${dir}" to put it in place (the damaged file is kept beside it).`
    : ' There is no backup in its backups folder.';
  return new WorkbenchError(
    'failed',
    `The workspace file ${file} is damaged (cut short or not a Crosscheck workspace); it was left untouched.${offer}`,
  );
}

/**
 * Puts the newest usable backup in place of a damaged (or missing) crosscheck.json, under the
 * workspace lock. The backup is copied to a temp file beside the document and read back
 * before anything moves; the damaged file is copied aside first, so a crash at any point
 * leaves either the damaged file or the backup in place, never nothing. A backup that does not
 * parse, or that lists no article while articles/ holds some, is passed over. Returns both paths.
 */
export async function restoreNewestBackup(dir: string): Promise<{ restored: string; damagedCopy: string }> {
  return withWorkspaceLock(dir, 'restoring a backup', async () => {
    const backup = await newestUsableBackup(dir);
    if (!backup)
      throw new WorkbenchError('not-found', `There is no usable backup in ${join(dir, 'backups')}.`);
    const file = join(dir, DOCUMENT_FILE);
    const damagedCopy = join(
      dir,
      `crosscheck.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    );
    const temp = join(dir, `.${DOCUMENT_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await writeFile(temp, backup.bytes);
      const handle = await open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (!looksLikeWorkspace(JSON.parse(await readFile(temp, 'utf8'))))
        throw new WorkbenchError(
          'failed',
          `The backup ${backup.path} did not read back whole; nothing was changed.`,
        );
      try {
        await copyFile(file, damagedCopy);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
      crashPoint('restore-rename');
      await rename(temp, file);
    } finally {
      await rm(temp, { force: true });
    }
    await syncFolder(dir);
    return { restored: backup.path, damagedCopy };
  });
}

/** The newest backup that parses as a workspace and is not empty while articles/ holds files. */
async function newestUsableBackup(dir: string): Promise<{ path: string; bytes: Buffer } | null> {
  let names: string[];
  try {
    names = (await readdir(join(dir, 'backups')))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .reverse();
  } catch {
    return null;
  }
  const articleFiles = await countArticleFiles(dir);
  for (const name of names) {
    const path = join(dir, 'backups', name);
    const bytes = await readFile(path).catch(() => null);
    if (!bytes) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(bytes.toString('utf8'));
    } catch {
      continue;
    }
    if (!looksLikeWorkspace(doc)) continue;
    if (articleFiles > 0 && entryCount(doc) === 0) continue;
    return { path, bytes };
  }
  return null;
}

function entryCount(doc: unknown): number {
  const articles = (doc as { articles?: Record<string, unknown> }).articles;
  return articles ? Object.keys(articles).length : 0;
}

const BACKUPS_KEPT = 10;

export class WorkspaceStore {
  private readonly queue = new SerialQueue();
  private rev = 0;
  /** Identity of the file behind the document in memory (see readFromDisk); null: read again. */
  private stamp: string | null = null;

  /** Changes whenever the document was read again or changed: caches keyed on it stay valid until then. */
  get revision(): number {
    return this.rev;
  }

  private constructor(
    readonly dir: string,
    private readonly db: Low<WorkspaceDocument>,
  ) {}

  /** Opens (creating if needed) the workspace in `dir`. `isNew` tells the caller to seed it. */
  static async open(dir: string): Promise<{ store: WorkspaceStore; isNew: boolean }> {
    await mkdir(articlesFolder(dir), { recursive: true });
    // No backups folder (a full disk, a file in its place) only means no backup: the open's
    // backup step below says so as a warning, and the workspace opens.
    await mkdir(join(dir, 'backups'), { recursive: true }).catch(() => undefined);
    await removeCrashedTemps([dir, articlesFolder(dir)]);
    const file = join(dir, DOCUMENT_FILE);
    const adapter = new DurableJsonFile<WorkspaceDocument>(file);
    const db = new Low<WorkspaceDocument>(adapter, emptyDocument(new Date()));
    let raw: WorkspaceDocument | null;
    try {
      raw = await adapter.read();
      if (raw !== null && !looksLikeWorkspace(raw)) throw new DamagedError();
    } catch (err) {
      // Damage (not JSON, or not a workspace) is reported with the backup to use; anything
      // else (a permission error) keeps its own message.
      if (err instanceof DamagedError || (err instanceof WorkbenchError && /damaged/.test(err.message)))
        throw await damagedWorkspace(dir);
      throw err;
    }
    const store = new WorkspaceStore(dir, db);
    if (raw === null) {
      // No document beside article files, with a backup that lists them: the document was
      // lost (deleted, a crash mid-restore in an older version), not a new workspace. An empty
      // one written now would hide every article and become the newest backup.
      const files = await countArticleFiles(dir);
      if (files > 0 && (await newestUsableBackup(dir)))
        throw new WorkbenchError(
          'failed',
          `The workspace file ${file} is missing although ${files} article files are in ${articlesFolder(dir)}; nothing was changed. Run "crosscheck restore-backup --workspace ${dir}" to put the newest backup in place.`,
        );
      await db.write();
      return { store, isNew: true };
    }
    if (needsMigration(raw, file)) {
      await store.backup('before-migration');
      db.data = migrate(raw as unknown as Record<string, unknown>, file);
      await db.write();
    } else {
      db.data = raw;
      // A rolling copy whenever the document changed since the last one, so a damaged file
      // always has a recent backup to offer. Best effort: a full disk must not lock the
      // reviewer out of reading their workspace.
      try {
        await store.backupIfChanged();
      } catch (err) {
        store.warnings.push(
          `No backup of ${file} was made (${diskError(err, join(dir, 'backups'))}); the workspace opened as it is.`,
        );
      }
    }
    return { store, isNew: false };
  }

  /** Problems met while opening that did not stop it (a backup that could not be written). */
  readonly warnings: string[] = [];

  /**
   * Backs up crosscheck.json unless the newest backup already holds the same bytes, or unless
   * it lists no article while articles/ holds some (that is damage, not a state to go back to).
   */
  async backupIfChanged(): Promise<void> {
    if (this.listEntries().length === 0 && (await countArticleFiles(this.dir)) > 0) return;
    const newest = await newestBackup(this.dir);
    if (newest) {
      const [current, copy] = await Promise.all([
        readFile(join(this.dir, DOCUMENT_FILE)),
        readFile(join(this.dir, 'backups', newest)),
      ]);
      if (current.equals(copy)) return;
    }
    await this.backup('scheduled');
  }

  get schemaVersion(): number {
    return this.db.data.schemaVersion;
  }

  /** The index in import order. */
  listEntries(): ArticleIndexEntry[] {
    const { articles, articleOrder } = this.db.data;
    return articleOrder.map((id) => articles[id]).filter((e): e is ArticleIndexEntry => e !== undefined);
  }

  entry(id: string): ArticleIndexEntry | undefined {
    return this.db.data.articles[id];
  }

  /**
   * The id of an article already imported from a file with these bytes, or undefined. Every
   * article of a file counts — a JSON array whose first item was rejected is still known.
   */
  articleOfFile(sha256: string): string | undefined {
    const firstId = sha256.slice(0, 16);
    if (this.db.data.articles[firstId]) return firstId;
    return this.fileIndex().get(sha256);
  }

  /** The SHA-256 of every file the workspace holds an article of. */
  knownFileHashes(): string[] {
    return [...this.fileIndex().keys()];
  }

  /** File hash → the first article imported from that file; rebuilt only when the document was re-read or changed. */
  private fileIndex(): Map<string, string> {
    if (this.byFileHash?.data !== this.db.data || this.byFileHash.size !== this.db.data.articleOrder.length) {
      const map = new Map<string, string>();
      for (const e of this.listEntries()) if (e.sha256 && !map.has(e.sha256)) map.set(e.sha256, e.id);
      this.byFileHash = { data: this.db.data, size: this.db.data.articleOrder.length, map };
    }
    return this.byFileHash.map;
  }

  private byFileHash: { data: WorkspaceDocument; size: number; map: Map<string, string> } | null = null;

  /**
   * One article as stored (article-files.ts); a damaged file is set aside in damaged/ and the
   * error names the source to import again.
   */
  readArticle(id: string): Promise<Article> {
    return readArticleFile(this.dir, id, (damaged) => this.entry(damaged)?.sourcePath);
  }

  /** True when an article's file is there and not empty (a damaged one was moved aside). */
  articleFilePresent(id: string): Promise<boolean> {
    return articleFilePresent(this.dir, id);
  }

  /** Makes an import's article files durable, before the index points at them. */
  async flushArticleFiles(files: readonly string[]): Promise<void> {
    await flushArticleFiles(this.articlesDir, files);
  }

  get articlesDir(): string {
    return articlesFolder(this.dir);
  }

  /**
   * Adds entries to the index in one durable write, under the workspace lock, after reading
   * the document again: an entry another process added meanwhile (same article id) is not
   * added twice but returned as known, and what an entry supersedes (an earlier article from
   * the same source path) is decided against the document as it is now.
   */
  async addEntries(
    entries: readonly ArticleIndexEntry[],
    boilerplate: ReadonlyMap<string, readonly BoilerplateLine[]> = new Map(),
  ): Promise<{ added: ArticleIndexEntry[]; known: ArticleIndexEntry[] }> {
    const out = { added: [] as ArticleIndexEntry[], known: [] as ArticleIndexEntry[] };
    if (entries.length === 0 && boilerplate.size === 0) return out;
    await this.update('import', () => {
      out.added = [];
      out.known = [];
      this.mergeEntries(entries, boilerplate, out);
    });
    return out;
  }

  private mergeEntries(
    entries: readonly ArticleIndexEntry[],
    boilerplate: ReadonlyMap<string, readonly BoilerplateLine[]>,
    out: { added: ArticleIndexEntry[]; known: ArticleIndexEntry[] },
  ): void {
    const data = this.db.data;
    const latestAt = new Map<string, string>();
    for (const e of this.listEntries()) latestAt.set(`${e.sourcePath}#${e.sourceIndex}`, e.id);
    for (const entry of entries) {
      if (data.articles[entry.id]) {
        out.known.push(entry);
        continue;
      }
      // A changed file at a known path is a newer version of what was imported from there.
      const previous = latestAt.get(`${entry.sourcePath}#${entry.sourceIndex}`) ?? null;
      const added = { ...entry, supersedes: previous !== entry.id ? previous : null };
      data.articleOrder.push(entry.id);
      data.articles[entry.id] = added;
      latestAt.set(`${entry.sourcePath}#${entry.sourceIndex}`, entry.id);
      out.added.push(added);
    }
    for (const [outlet, lines] of boilerplate) {
      const merged = new Map(ownLines(data.outletBoilerplate, outlet).map((l) => [l.key, l]));
      for (const line of lines)
        merged.set(line.key, {
          key: line.key,
          articles: Math.max(line.articles, merged.get(line.key)?.articles ?? 0),
        });
      // Defined, not assigned: an outlet is whatever a file says, and assigning to "__proto__"
      // would change the object's prototype instead of adding the outlet.
      Object.defineProperty(data.outletBoilerplate, outlet, {
        value: [...merged.values()],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }

  get storyOverrides(): StoryOverrides {
    return this.db.data.storyOverrides;
  }

  /** Replaces the story overrides in one durable write (re-reading first, as every write does). */
  async setStoryOverrides(change: (current: StoryOverrides) => StoryOverrides): Promise<StoryOverrides> {
    await this.update('story change', () => {
      this.db.data.storyOverrides = change(this.db.data.storyOverrides);
    });
    return this.db.data.storyOverrides;
  }

  /** Changes whenever outlet boilerplate is added: the number of boilerplate lines known. */
  get boilerplateVersion(): number {
    return Object.values(this.db.data.outletBoilerplate).reduce((n, lines) => n + lines.length, 0);
  }

  boilerplateFor(outlet: string | null): readonly BoilerplateLine[] {
    return outlet ? ownLines(this.db.data.outletBoilerplate, outlet) : [];
  }

  restoredLines(id: string): readonly number[] {
    return this.db.data.restoredLines[id] ?? [];
  }

  /**
   * Changes the reviewer's restored lines of one article, worked out from the lines as the
   * document holds them under the lock (another process may have restored one meanwhile), and
   * records the article's new word count. Returns the lines now restored.
   */
  async setRestoredLines(
    id: string,
    change: (current: readonly number[]) => readonly number[],
    wordsFor: (lines: readonly number[]) => number,
  ): Promise<readonly number[]> {
    let result: number[] = [];
    await this.update('restoring a line', () => {
      const data = this.db.data;
      result = [...new Set(change(data.restoredLines[id] ?? []))].sort((a, b) => a - b);
      if (result.length) data.restoredLines[id] = result;
      else delete data.restoredLines[id];
      const entry = data.articles[id];
      if (entry) data.articles[id] = { ...entry, words: wordsFor(result) };
    });
    return result;
  }

  /** Re-reads crosscheck.json (another process may have written it). Queued behind any write. */
  reload(): Promise<void> {
    return this.queue.run(() => this.readFromDisk());
  }

  /**
   * Every change to the document: under the workspace lock (one writer across processes),
   * read again (another process may have written), change, write durably — and as one step of
   * this process's queue, so two changes here never interleave and neither is lost.
   */
  private update(purpose: string, change: () => void): Promise<void> {
    return this.queue.run(() =>
      withWorkspaceLock(this.dir, purpose, async () => {
        // Read whatever the file holds now: under the lock it is the truth, and a file's
        // identity (inode, size, time) can repeat after another process replaced it.
        await this.readFromDisk(true);
        // From here the document in memory is ahead of the file (or, if the write fails,
        // apart from it): the next read parses the file again.
        this.stamp = null;
        change();
        this.rev++;
        await this.db.write();
      }),
    );
  }

  /**
   * Re-reads crosscheck.json unless it is the very file read last time (same inode, size and
   * modification time: every write replaces it by a rename, so a new version is a new inode).
   * At 20,000 articles the document is megabytes; a claim listing asks for it once per page.
   */
  private async readFromDisk(force = false): Promise<void> {
    const file = join(this.dir, DOCUMENT_FILE);
    const now = await stat(file).then(
      (s) => `${s.ino}:${s.size}:${s.mtimeMs}`,
      () => null,
    );
    if (!force && now !== null && now === this.stamp) return;
    const raw = await this.db.adapter.read();
    if (raw) this.db.data = needsMigration(raw, file) ? migrate(raw as never, file) : raw;
    this.stamp = now;
    this.rev++;
  }

  /** Copies crosscheck.json into backups/, keeping the newest BACKUPS_KEPT copies. */
  async backup(reason: string): Promise<string | null> {
    const source = join(this.dir, DOCUMENT_FILE);
    try {
      await stat(source);
    } catch {
      return null;
    }
    const folder = join(this.dir, 'backups');
    const target = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${reason}.json`);
    await copyFile(source, target);
    const all = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
    for (const old of all.slice(0, Math.max(0, all.length - BACKUPS_KEPT)))
      await rm(join(folder, old), { force: true });
    return target;
  }
}

/** An outlet's boilerplate lines: its own entry only ("constructor" is not an inherited one). */
function ownLines(byOutlet: Record<string, BoilerplateLine[]>, outlet: string): BoilerplateLine[] {
  return Object.hasOwn(byOutlet, outlet) ? byOutlet[outlet]! : [];
}
