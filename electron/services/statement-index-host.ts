// The workspace-wide statement index and what keeps it true: kept on disk
// (index/statements.jsonl, and as a snapshot of the filed index that loads in a fraction of
// the time), loaded once, brought up to date by indexing only the articles that
// are new or whose view changed (boilerplate found later, lines restored), and asked "what do
// the other sources say about this text?". Thread-agnostic: sources-service.ts runs one in
// the services' own thread (the CLI) or in a worker thread (sources-worker.ts: the app and
// browser mode), handing it the workspace's entries as they stand and a way to read an
// article's view.
import type { Article } from '../../shared/model';
import {
  FactsCache,
  findSources,
  indexedSentences,
  StatementIndex,
  type SourceHit,
  type SourceQuery,
} from '../../shared/sources';
import { runLimited } from '../../shared/run-limited';
import { StatementIndexFile, type IndexedArticle } from '../store/statement-index-file';
import { dropSnapshot, readSnapshot, writeSnapshot } from '../store/statement-index-snapshot';

/** A question to the index: shared/sources's, as the services ask it. */
export type SourcesQuery = SourceQuery;

/** One article of the workspace as the index needs it. */
export interface HostEntry {
  readonly id: string;
  /** What its indexed view depends on (its outlet's boilerplate, its restored lines). */
  readonly tag: string;
  readonly date: string | null;
}

/** Articles read, filed and written to disk at a time while the index is built. */
const BUILD_SLICE = 500;
/**
 * Articles filed or taken out since the snapshot was made (or since the file was read, when
 * there was none) before a new snapshot is written: a few are filed again from the file's
 * last lines in no time, a whole workspace is what the snapshot saves.
 */
const SNAPSHOT_AFTER = 500;

export class StatementIndexHost {
  private index = new StatementIndex();
  private readonly file: StatementIndexFile;
  /** The view tag each indexed article was read in. */
  private readonly tags = new Map<string, string>();
  private readonly dates = new Map<string, string | null>();
  private loaded = false;
  /** Articles filed or taken out since the index was last as its snapshot on disk says. */
  private changedSinceSnapshot = 0;
  /** Where the index was loaded from: its snapshot (and the lines after it), or the lines alone. */
  loadedFrom: 'snapshot' | 'lines' | null = null;
  private readonly facts: FactsCache;
  /** Articles whose file could not be read when indexing, with the reason (tried again next time). */
  readonly unreadable = new Map<string, string>();

  private readonly dir: string;

  constructor(
    dir: string,
    /** The article as the reviewer reads it (boilerplate out, restored lines in). */
    private readonly readView: (entry: HostEntry) => Promise<Article>,
    /** Statements whose facts are kept worked out (FactsCache's default when not given). */
    factsKept?: number,
    /** Articles filed or taken out before a new snapshot is written (SNAPSHOT_AFTER when not given). */
    private readonly snapshotAfter = SNAPSHOT_AFTER,
  ) {
    this.file = new StatementIndexFile(dir);
    this.dir = dir;
    this.facts = new FactsCache(factsKept);
  }

  /** Brings the index up to date with these entries (the whole workspace, in its order). */
  async update(entries: readonly HostEntry[]): Promise<void> {
    this.dates.clear();
    for (const e of entries) this.dates.set(e.id, e.date);
    if (!this.loaded) await this.load(entries);
    const live = new Set(entries.map((e) => e.id));
    for (const id of [...this.index.articleIds()])
      if (!live.has(id)) {
        this.index.remove(id);
        this.tags.delete(id);
        this.changedSinceSnapshot++;
      }
    const stale = entries.filter((e) => this.tags.get(e.id) !== e.tag);
    if (stale.length > 0) await this.build(stale, entries);
    if (this.changedSinceSnapshot >= this.snapshotAfter) await this.snapshot();
  }

  private async build(stale: readonly HostEntry[], entries: readonly HostEntry[]): Promise<void> {
    // In slices of the workspace's order: each slice is read, filed and written to disk
    // before the next, so building the index of 20,000 articles never holds them all twice.
    const order = new Map(entries.map((e, i) => [e.id, i]));
    for (let i = 0; i < stale.length; i += BUILD_SLICE) {
      const fresh: IndexedArticle[] = [];
      await runLimited(stale.slice(i, i + BUILD_SLICE), 8, async (entry) => {
        let article: Article;
        try {
          article = await this.readView(entry);
        } catch (error) {
          // An unreadable article file is reported where it is read (reader, claims); here it
          // is left out, so every other article can still be asked about.
          this.unreadable.set(entry.id, (error as Error).message);
          return;
        }
        this.unreadable.delete(entry.id);
        fresh.push({ articleId: entry.id, tag: entry.tag, sentences: indexedSentences(article.sentences) });
      });
      // Filed in the workspace's order, so a wording's first occurrence is its first import.
      fresh.sort((a, b) => order.get(a.articleId)! - order.get(b.articleId)!);
      for (const a of fresh) {
        this.index.add(a.articleId, a.sentences);
        this.tags.set(a.articleId, a.tag);
      }
      this.changedSinceSnapshot += fresh.length;
      await this.persist(fresh);
    }
    this.index.compact();
  }

  /** Every statement of the workspace that speaks to the text, with its relation to it. */
  find(query: SourcesQuery): SourceHit[] {
    return findSources(query, {
      index: this.index,
      dateOf: (id) => this.dates.get(id) ?? null,
      facts: this.facts,
    });
  }

  private async load(entries: readonly HostEntry[]): Promise<void> {
    this.loaded = true;
    const tags = new Map(entries.map((e) => [e.id, e.tag]));
    // The snapshot, when it fits the file as it is now; then the lines written after it.
    const snapshot = await readSnapshot(this.dir);
    const from =
      snapshot && (await this.file.tailAt(snapshot.end)) === snapshot.tail
        ? { lines: snapshot.lines, end: snapshot.end }
        : undefined;
    if (snapshot && from) {
      this.index = StatementIndex.fromParts(snapshot.parts);
      for (const [id, tag] of snapshot.tags) this.tags.set(id, tag);
    }
    this.loadedFrom = from ? 'snapshot' : 'lines';
    // Filed as read: a line in the view the article is read in now replaces what an earlier
    // line filed for it; a line of another view (or of an article since deleted) is passed over.
    try {
      await this.file.read((a) => {
        if (tags.get(a.articleId) !== a.tag) return;
        this.index.add(a.articleId, a.sentences);
        this.tags.set(a.articleId, a.tag);
        this.changedSinceSnapshot++;
      }, from);
    } catch {
      // Unreadable as a whole (permissions, a folder in its place): rebuilt from the articles.
    }
    // Mostly outdated lines: start the file afresh with what this process indexes from here on.
    if (await this.file.dropIfStale(this.tags.size).catch(() => false)) {
      await dropSnapshot(this.dir).catch(() => undefined);
      this.tags.clear();
      for (const id of [...this.index.articleIds()]) this.index.remove(id);
      this.changedSinceSnapshot = 0;
    }
    this.index.compact();
  }

  /**
   * Writes the index as it stands, with how much of the file it reflects. Only when this
   * process has read or written every line up to there (`file.end`); a failed write costs
   * the next process the longer read, never a wrong answer.
   */
  private async snapshot(): Promise<void> {
    const end = this.file.end;
    const tail = await this.file.tailAt(end);
    if (tail === null) return;
    try {
      await writeSnapshot(this.dir, {
        parts: this.index.toParts(),
        tags: [...this.tags],
        lines: this.file.linesAtEnd,
        end,
        tail,
      });
      this.changedSinceSnapshot = 0;
    } catch {
      // A cache: the JSON lines still hold everything.
    }
  }

  private async persist(fresh: readonly IndexedArticle[]): Promise<void> {
    try {
      await this.file.append(fresh);
    } catch {
      // The index on disk is a cache: a failed write (a full disk) costs the next process a
      // rebuild, never a wrong answer, so the question is still answered.
    }
  }
}
