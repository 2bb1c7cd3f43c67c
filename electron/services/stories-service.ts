// Stories for the whole workspace: groups the articles' cleaned texts into versions of one
// text (shared/stories), applies the reviewer's overrides, orders versions, links related
// stories. Grouping is incremental (new articles are matched against the index, old ones are
// never regrouped) and kept on disk (electron/store/story-index-file.ts): a process opening a
// workspace lists its stories from that file, and reads only the texts of articles imported
// since (and of the stories they change, for related stories). Texts are read for one build
// and dropped, so memory does not grow with the articles' total text. One build at a time.
import {
  applyGroupOverrides,
  applyRelatedOverrides,
  linkStories,
  pageKey,
  storyVector,
  versionChange,
  VersionIndex,
  type TermVector,
} from '../../shared/stories';
import {
  WorkbenchError,
  type Story,
  type StoryDetail,
  type StoryOverrides,
  type StoryPage,
  type StoryVersion,
} from '../../shared/model';
import { withoutBoilerplate } from '../../shared/ingest';
import { runLimited } from '../../shared/run-limited';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SerialQueue } from '../../shared/serial-queue';
import { backgroundRarity } from './background-rarity';
import type { WorkspaceStore } from '../store/workspace-store';
import type { ArticleIndexEntry } from '../store/workspace-document';
import {
  StoryIndexFile,
  type ArticleMeta,
  type StoryIndexData,
  type StoryListing,
} from '../store/story-index-file';

export class StoriesService {
  /** Page addresses and publication times read from the articles (kept in the index file). */
  private meta = new Map<string, ArticleMeta>();
  /** Each story's term vector for related stories, by its sorted article ids. */
  private vectors = new Map<string, TermVector>();
  /** The version index (and the vectors), read from the file's signatures only when an article must be added. */
  private versionIndex: VersionIndex | null = null;
  private listing: StoryListing | null = null;
  private listedIds: Set<string> | null = null;
  private indexBoilerplate = -1;
  private fileRead = false;
  private cache: { key: string; stories: Story[] } | null = null;
  private readonly builds = new SerialQueue();
  private readonly file: StoryIndexFile;
  /** Articles whose file could not be read, with the reason: left out of every story. */
  readonly unreadable = new Map<string, string>();

  constructor(private readonly store: WorkspaceStore) {
    this.file = new StoryIndexFile(store.dir);
  }

  /**
   * The version index, restored from the file's signatures or, when they cannot be used, built
   * afresh (list() then adds every article). The stories' vectors come with it.
   */
  private async loadIndex(): Promise<VersionIndex> {
    if (this.versionIndex) return this.versionIndex;
    const signatures = this.listing ? await this.file.readSignatures(this.listing) : null;
    if (signatures) {
      this.versionIndex = VersionIndex.restore(signatures.index);
      this.vectors = new Map(signatures.vectors);
    } else {
      this.versionIndex = new VersionIndex();
      this.vectors.clear();
    }
    return this.versionIndex;
  }

  /** Articles this process signed (shingled and hashed) so far: what the stored index spares. */
  get signed(): number {
    return this.versionIndex?.stats.signed ?? 0;
  }

  /** Whether the index holds the article, without reading the signatures to ask. */
  private indexed(id: string): boolean {
    if (this.versionIndex) return this.versionIndex.has(id);
    this.listedIds ??= new Set(this.listing?.ids ?? []);
    return this.listedIds.has(id);
  }

  /** The stories; concurrent callers share one build (the second finds the first's result). */
  list(): Promise<Story[]> {
    return this.builds.run(() => this.build());
  }

  private async build(): Promise<Story[]> {
    await this.store.reload();
    const entries = this.store.listEntries();
    const overrides = this.store.storyOverrides;
    const boilerplate = this.store.boilerplateVersion;
    if (!this.fileRead) {
      this.fileRead = true;
      this.adopt(await this.file.read(), entries, boilerplate);
    }
    if (boilerplate !== this.indexBoilerplate) {
      // Boilerplate found by a later import changes older articles' texts: start the index afresh.
      this.reset(boilerplate);
    }
    await this.noteDamage(entries);
    const damaged = [...this.unreadable.keys()].sort().join(',');
    const key = `${entries.length}:${entries.at(-1)?.id ?? ''}:${boilerplate}:${JSON.stringify(overrides)}:${damaged}`;
    // An article the index lacks is read first (it is new, or damaged as yet unknown here).
    const complete = entries.every((e) => this.indexed(e.id) || this.unreadable.has(e.id));
    if (this.cache?.key === key && complete) return this.cache.stories;
    // Only articles new since the last call are signed and matched (VersionIndex).
    const index = await this.loadIndex();
    const added = entries.filter((e) => !index.has(e.id));
    const texts = await this.loadTexts(added);
    index.add(
      added
        .filter((e) => texts.has(e.id))
        .map((e) => ({
          id: e.id,
          text: texts.get(e.id)!,
          page: this.meta.get(e.id)?.page?.key ?? null,
          outlet: e.outlet,
          date: e.date,
        })),
    );
    const known = new Set(entries.filter((e) => !this.unreadable.has(e.id)).map((e) => e.id));
    const groups = applyGroupOverrides(index.groups(), overrides)
      .map((group) => group.filter((id) => known.has(id)))
      .filter((group) => group.length > 0);
    const order = new Map(entries.map((e, i) => [e.id, i]));
    const byId = new Map(entries.map((e) => [e.id, e]));
    const stories = groups.map((group) => {
      const first = [...group].sort((a, b) => order.get(a)! - order.get(b)!)[0]!;
      const versions = [...group].sort((a, b) =>
        compareVersions(byId.get(a)!, byId.get(b)!, order, this.meta),
      );
      return { id: `st-${first}`, articleIds: versions, title: byId.get(versions[0]!)!.title };
    });
    const storyOf = new Map(stories.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
    const vectors = await this.storyVectors(stories, texts);
    const links = applyRelatedOverrides(
      linkStories(stories.map((s) => ({ storyId: s.id, vector: vectors.get(s.id)! }))),
      storyOf,
      overrides,
    );
    const related = new Map<string, string[]>();
    for (const { a, b } of links) {
      related.set(a, [...(related.get(a) ?? []), b]);
      related.set(b, [...(related.get(b) ?? []), a]);
    }
    const result = stories
      .map((s) => ({
        id: s.id,
        title: s.title,
        articleIds: s.articleIds,
        relatedStoryIds: related.get(s.id) ?? [],
        page: this.sharedPage(s.articleIds),
      }))
      .sort((a, b) => order.get(a.id.slice(3))! - order.get(b.id.slice(3))!);
    this.cache = { key, stories: result };
    await this.save(index, boilerplate);
    return result;
  }

  /** Takes the file's listing when it was built from these articles' texts; else starts afresh. */
  private adopt(data: StoryListing | null, entries: readonly ArticleIndexEntry[], boilerplate: number): void {
    if (!data || data.boilerplate !== boilerplate) return;
    // An index naming an article the workspace no longer holds (a backup restored) is not ours.
    const present = new Set(entries.map((e) => e.id));
    if (!data.ids.every((id) => present.has(id))) return;
    this.listing = data;
    this.listedIds = null;
    this.versionIndex = null;
    this.meta = new Map(data.articles);
    this.vectors.clear();
    this.cache = data.stories ? { key: data.stories.key, stories: [...data.stories.stories] } : null;
    this.indexBoilerplate = boilerplate;
  }

  private reset(boilerplate: number): void {
    this.listing = null;
    this.listedIds = null;
    this.versionIndex = new VersionIndex();
    this.meta.clear();
    this.vectors.clear();
    this.cache = null;
    this.indexBoilerplate = boilerplate;
  }

  /**
   * Each story's term vector: kept from the last build when the story holds the same articles
   * (weights are the words' rarity in English, so a vector depends on its story alone), else
   * worked out from its texts — read now for the stories an import changed, and only those.
   */
  private async storyVectors(
    stories: readonly { id: string; articleIds: readonly string[] }[],
    texts: Map<string, string>,
  ): Promise<Map<string, TermVector>> {
    const keyOf = (s: { articleIds: readonly string[] }) => [...s.articleIds].sort().join(',');
    const stale = stories.filter((s) => !this.vectors.has(keyOf(s)));
    const missing = stale.flatMap((s) => s.articleIds).filter((id) => !texts.has(id));
    const entries = missing.map((id) => this.store.entry(id)).filter((e) => e !== undefined);
    for (const [id, text] of await this.loadTexts(entries)) texts.set(id, text);
    const kept = new Map<string, TermVector>();
    const byStory = new Map<string, TermVector>();
    for (const story of stories) {
      const key = keyOf(story);
      const vector =
        this.vectors.get(key) ??
        storyVector(story.articleIds.map((id) => texts.get(id) ?? '').join('\n\n'), backgroundRarity());
      kept.set(key, vector);
      byStory.set(story.id, vector);
    }
    this.vectors = kept;
    return byStory;
  }

  /** Writes the index file; a failure (a full disk) only means the next process rebuilds. */
  private async save(index: VersionIndex, boilerplate: number): Promise<void> {
    const data: StoryIndexData = {
      boilerplate,
      index: index.snapshot(),
      articles: this.meta,
      vectors: this.vectors,
      stories: this.cache,
    };
    this.listedIds = null;
    this.listing = await this.file.write(data).catch(() => null);
  }

  /** One story with its timeline (what changed version to version) and its related stories. */
  async detail(id: string): Promise<StoryDetail> {
    const stories = await this.list();
    const story = stories.find((s) => s.id === id);
    if (!story) throw new WorkbenchError('not-found', `No story ${id}.`);
    let previous: string[] | null = null;
    const versions: StoryVersion[] = [];
    for (const articleId of story.articleIds) {
      const entry = this.store.entry(articleId)!;
      const sentences = (await this.store.readArticle(articleId)).sentences.map((s) => s.text);
      versions.push({
        articleId,
        title: entry.title,
        outlet: entry.outlet,
        date: entry.date,
        publishedAt: this.meta.get(articleId)?.publishedAt ?? null,
        words: entry.words,
        change: previous ? versionChange(previous, sentences) : null,
      });
      previous = sentences;
    }
    const related = story.relatedStoryIds.map((rid) => {
      const other = stories.find((s) => s.id === rid)!;
      return { id: rid, title: other.title, versions: other.articleIds.length };
    });
    return { ...story, versions, related };
  }

  /** Puts two stories together (remembered as a pair of their first articles). */
  async merge(a: string, b: string): Promise<Story[]> {
    if (a === b) throw new WorkbenchError('invalid-input', `A story cannot be merged with itself (${a}).`);
    const [x, y] = [await this.firstArticle(a), await this.firstArticle(b)];
    await this.store.setStoryOverrides((o) => ({ ...o, together: [...o.together, [x, y] as const] }));
    return this.list();
  }

  /** Moves one article out of its story, undoing any merge that brought it there. */
  async moveOut(articleId: string): Promise<Story[]> {
    if (!this.store.entry(articleId)) throw new WorkbenchError('not-found', `No article ${articleId}.`);
    await this.list(); // brings the index up to date
    // Overrides that named this article on behalf of its story now name another article of
    // the same automatic story, so a merge or "not related" made for the story outlives the
    // move; a pair with no such stand-in (the article was merged in alone) is dropped.
    const index = await this.loadIndex();
    const standIn = (o: StoryOverrides) =>
      index
        .groups()
        .find((g) => g.includes(articleId))
        ?.find((id) => id !== articleId && !o.apart.includes(id));
    const rename = (pairs: StoryOverrides['together'], substitute: string | undefined) =>
      pairs.flatMap(([p, q]) => {
        if (p !== articleId && q !== articleId) return [[p, q] as const];
        if (!substitute) return [];
        return [[p === articleId ? substitute : p, q === articleId ? substitute : q] as const];
      });
    await this.store.setStoryOverrides((o) => {
      const substitute = standIn(o);
      return {
        apart: [...new Set([...o.apart, articleId])],
        together: rename(o.together, substitute),
        notRelated: rename(o.notRelated, substitute),
      };
    });
    return this.list();
  }

  async setRelated(a: string, b: string, related: boolean): Promise<Story[]> {
    if (a === b) throw new WorkbenchError('invalid-input', `A story cannot be merged with itself (${a}).`);
    const [x, y] = [await this.firstArticle(a), await this.firstArticle(b)];
    await this.store.setStoryOverrides((o): StoryOverrides => {
      const others = o.notRelated.filter(([p, q]) => !((p === x && q === y) || (p === y && q === x)));
      return { ...o, notRelated: related ? others : [...others, [x, y] as const] };
    });
    return this.list();
  }

  private async firstArticle(storyId: string): Promise<string> {
    const story = (await this.list()).find((s) => s.id === storyId);
    if (!story) throw new WorkbenchError('not-found', `No story ${storyId}.`);
    return storyId.slice(3);
  }

  /** The texts of these articles as the reviewer reads them, and their page addresses and times. */
  private async loadTexts(entries: readonly ArticleIndexEntry[]): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    // The text the reviewer reads, without the outlet's boilerplate: a shared footer must not
    // make two stories look alike or related.
    await runLimited(entries, 8, async (entry) => {
      let article;
      try {
        article = await this.store.readArticle(entry.id);
      } catch (error) {
        // A damaged article file is left out of the stories (and so of claims and reports),
        // with the reason kept for whoever lists them; the others are grouped as ever.
        this.unreadable.set(entry.id, (error as Error).message);
        return;
      }
      this.unreadable.delete(entry.id);
      const key = pageKey(article.url);
      const meta: ArticleMeta = {
        ...(key && article.url ? { page: { url: article.url, key } } : {}),
        ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      };
      if (meta.page || meta.publishedAt) this.meta.set(entry.id, meta);
      texts.set(entry.id, withoutBoilerplate(article, this.store.boilerplateFor(article.outlet)).text);
    });
    return texts;
  }

  /** The page address most of a story's versions share (two at least), in version order. */
  private sharedPage(articleIds: readonly string[]): StoryPage | null {
    const counts = new Map<string, { url: string; versions: number }>();
    for (const id of articleIds) {
      const page = this.meta.get(id)?.page;
      if (!page) continue;
      const seen = counts.get(page.key);
      if (seen) seen.versions++;
      else counts.set(page.key, { url: page.url, versions: 1 });
    }
    let best: StoryPage | null = null;
    for (const page of counts.values())
      if (page.versions >= 2 && page.versions > (best?.versions ?? 0)) best = page;
    return best;
  }

  /**
   * Keeps `unreadable` true without reading every article: an article whose file was repaired
   * (imported again) is readable again; one whose file was found damaged since — by any process
   * reading it: it was moved to damaged/ — is left out with the reason its reader gave.
   */
  private async noteDamage(entries: readonly ArticleIndexEntry[]): Promise<void> {
    for (const id of [...this.unreadable.keys()])
      if (await this.store.articleFilePresent(id)) this.unreadable.delete(id);
    const present = new Set(entries.map((e) => e.id));
    const aside = await readdir(join(this.store.dir, 'damaged')).catch(() => [] as string[]);
    for (const name of aside) {
      const id = /^([0-9a-f]{16})\.json$/.exec(name)?.[1];
      if (!id || !present.has(id) || this.unreadable.has(id) || (await this.store.articleFilePresent(id)))
        continue;
      await this.store.readArticle(id).then(
        () => this.unreadable.delete(id),
        (error: Error) => this.unreadable.set(id, error.message),
      );
    }
  }
}

/**
 * By date; an article without a date counts as published on the day it was imported (the
 * latest it can have been); on one day by publication time where both state one (a page's
 * morning and evening versions), then by import order. A total order, so sorting is stable
 * under merges and the first version — whose title names the story — never depends on input
 * order.
 */
function compareVersions(
  a: ArticleIndexEntry,
  b: ArticleIndexEntry,
  order: ReadonlyMap<string, number>,
  meta: ReadonlyMap<string, ArticleMeta>,
): number {
  const [da, db] = [a.date ?? a.importedAt.slice(0, 10), b.date ?? b.importedAt.slice(0, 10)];
  if (da !== db) return da < db ? -1 : 1;
  const [ta, tb] = [meta.get(a.id)?.publishedAt, meta.get(b.id)?.publishedAt];
  if (ta && tb && ta !== tb) return ta < tb ? -1 : 1;
  return order.get(a.id)! - order.get(b.id)!;
}
