// The workspace-wide statement index for the services: kept on disk (index/statements.jsonl),
// loaded once per process, brought up to date before each question by indexing only the
// articles that are new or whose view changed (boilerplate found later, lines restored), and
// asked "what do the other sources say about this text?".
import {
  FactsCache,
  findSources,
  indexedSentences,
  StatementIndex,
  type SourceHit,
} from '../../shared/sources';
import type { Article } from '../../shared/model';
import { runLimited } from '../../shared/run-limited';
import { SerialQueue } from '../../shared/serial-queue';
import { StatementIndexFile, type IndexedArticle } from '../store/statement-index-file';
import type { WorkspaceStore } from '../store/workspace-store';
import type { ArticleIndexEntry } from '../store/workspace-document';

export interface SourcesQuery {
  readonly text: string;
  readonly date?: string | null;
  readonly exclude?: ReadonlySet<string>;
  readonly within?: ReadonlySet<string>;
  readonly articleId?: string | null;
}

/** Articles read, filed and written to disk at a time while the index is built. */
const BUILD_SLICE = 500;

export class SourcesService {
  private readonly index = new StatementIndex();
  private readonly file: StatementIndexFile;
  /** The view tag each indexed article was read in. */
  private readonly tags = new Map<string, string>();
  private loaded = false;
  /** The store revision the index was last brought up to date with. */
  private checked = -1;
  private readonly queue = new SerialQueue();
  readonly facts = new FactsCache();
  /** Articles whose file could not be read when indexing, with the reason (tried again next time). */
  readonly unreadable = new Map<string, string>();

  constructor(
    private readonly store: WorkspaceStore,
    /** The article as the reviewer reads it (boilerplate out, restored lines in). */
    private readonly readView: (id: string) => Promise<Article>,
  ) {
    this.file = new StatementIndexFile(store.dir);
  }

  /** The index with every article of the workspace in it, as the reviewer reads it now. */
  ensure(): Promise<StatementIndex> {
    // Asked once per claim: when the document has not been read again since, nothing changed.
    if (this.loaded && this.checked === this.store.revision) return Promise.resolve(this.index);
    return this.queue.run(async () => {
      const revision = this.store.revision;
      if (!this.loaded) await this.load();
      const entries = this.store.listEntries();
      const live = new Set(entries.map((e) => e.id));
      for (const id of [...this.index.articleIds()])
        if (!live.has(id)) {
          this.index.remove(id);
          this.tags.delete(id);
        }
      const stale = entries.filter((e) => this.tags.get(e.id) !== this.viewTag(e));
      if (stale.length === 0) {
        this.checked = revision;
        return this.index;
      }
      // In slices of the workspace's order: each slice is read, filed and written to disk
      // before the next, so building the index of 20,000 articles never holds them all twice.
      const order = new Map(entries.map((e, i) => [e.id, i]));
      for (let i = 0; i < stale.length; i += BUILD_SLICE) {
        const fresh: IndexedArticle[] = [];
        await runLimited(stale.slice(i, i + BUILD_SLICE), 8, async (entry) => {
          let article: Article;
          try {
            article = await this.readView(entry.id);
          } catch (error) {
            // An unreadable article file is reported where it is read (reader, claims); here it
            // is left out, so every other article can still be asked about.
            this.unreadable.set(entry.id, (error as Error).message);
            return;
          }
          this.unreadable.delete(entry.id);
          fresh.push({
            articleId: entry.id,
            tag: this.viewTag(entry),
            sentences: indexedSentences(article.sentences),
          });
        });
        // Filed in the workspace's order, so a wording's first occurrence is its first import.
        fresh.sort((a, b) => order.get(a.articleId)! - order.get(b.articleId)!);
        for (const a of fresh) {
          this.index.add(a.articleId, a.sentences);
          this.tags.set(a.articleId, a.tag);
        }
        await this.persist(fresh);
      }
      this.checked = revision;
      return this.index;
    });
  }

  /** Every statement of the workspace that speaks to the text, with its relation to it. */
  async find(query: SourcesQuery): Promise<SourceHit[]> {
    const index = await this.ensure();
    return findSources(query, {
      index,
      dateOf: (id) => this.store.entry(id)?.date ?? null,
      facts: this.facts,
    });
  }

  private async load(): Promise<void> {
    this.loaded = true;
    const tags = new Map(this.store.listEntries().map((e) => [e.id, this.viewTag(e)]));
    // Filed as read: a line in the view the article is read in now replaces what an earlier
    // line filed for it; a line of another view (or of an article since deleted) is passed over.
    try {
      await this.file.read((a) => {
        if (tags.get(a.articleId) !== a.tag) return;
        this.index.add(a.articleId, a.sentences);
        this.tags.set(a.articleId, a.tag);
      });
    } catch {
      // Unreadable as a whole (permissions, a folder in its place): rebuilt from the articles.
    }
    // Mostly outdated lines: start the file afresh with what this process indexes from here on.
    if (await this.file.dropIfStale(this.tags.size).catch(() => false)) {
      this.tags.clear();
      for (const id of [...this.index.articleIds()]) this.index.remove(id);
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

  /** What an article's indexed view depends on: its outlet's boilerplate and its restored lines. */
  private viewTag(entry: ArticleIndexEntry): string {
    return `${this.store.boilerplateFor(entry.outlet).length}/${this.store.restoredLines(entry.id).join(',')}`;
  }
}
