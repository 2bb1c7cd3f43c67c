// Stories for the whole workspace: groups the articles' cleaned texts into versions of one
// text (shared/stories), applies the reviewer's overrides, orders versions, links related
// stories. Grouping is incremental (new articles are matched against the index, old ones are
// never regrouped); the result is cached until the articles or the overrides change; article
// texts are cached for good (article files are immutable), as UTF-8 bytes: half the size of
// the two-byte strings news copy's curly quotes make, and outside the garbage-collected heap,
// so 20,000 of them do not set how large the heap of a long claim listing grows.
import {
  applyGroupOverrides,
  applyRelatedOverrides,
  pageKey,
  relatedStories,
  versionChange,
  VersionIndex,
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
import { backgroundRarity } from './background-rarity';
import type { WorkspaceStore } from '../store/workspace-store';
import type { ArticleIndexEntry } from '../store/workspace-document';

export class StoriesService {
  private readonly texts = new Map<string, Buffer>();
  /** Page address (as written) and its key, for articles whose file names one. */
  private readonly pages = new Map<string, { url: string; key: string }>();
  /** Publication times, for articles whose file states one: they order versions of one day. */
  private readonly times = new Map<string, string>();
  /** Grows with the workspace; rebuilt only when outlet boilerplate changes the texts. */
  private versionIndex = new VersionIndex();
  private textsBoilerplate = -1;

  get index(): VersionIndex {
    return this.versionIndex;
  }

  private set index(index: VersionIndex) {
    this.versionIndex = index;
  }
  private cache: { key: string; stories: Story[] } | null = null;
  /** Articles whose file could not be read, with the reason: left out of every story. */
  readonly unreadable = new Map<string, string>();

  constructor(private readonly store: WorkspaceStore) {}

  async list(): Promise<Story[]> {
    await this.store.reload();
    const entries = this.store.listEntries();
    const overrides = this.store.storyOverrides;
    const boilerplate = this.store.boilerplateVersion;
    if (boilerplate !== this.textsBoilerplate) {
      // Boilerplate found by a later import changes older articles' texts: start the index afresh.
      this.texts.clear();
      this.pages.clear();
      this.times.clear();
      this.index = new VersionIndex();
      this.textsBoilerplate = boilerplate;
    }
    const key = `${entries.length}:${entries.at(-1)?.id ?? ''}:${boilerplate}:${JSON.stringify(overrides)}`;
    // A damaged article comes back into the stories once an import has repaired its file.
    if (this.cache?.key === key && !(await this.anyRepaired())) return this.cache.stories;
    // Only articles new since the last call are signed and matched (VersionIndex).
    const added = entries.filter((e) => !this.index.has(e.id));
    await this.loadTexts(added);
    this.index.add(
      added
        .filter((e) => this.texts.has(e.id))
        .map((e) => ({
          id: e.id,
          text: this.text(e.id),
          page: this.pages.get(e.id)?.key ?? null,
          outlet: e.outlet,
          date: e.date,
        })),
    );
    const groups = applyGroupOverrides(this.index.groups(), overrides);
    const order = new Map(entries.map((e, i) => [e.id, i]));
    const byId = new Map(entries.map((e) => [e.id, e]));
    const stories = groups.map((group) => {
      const first = [...group].sort((a, b) => order.get(a)! - order.get(b)!)[0]!;
      const versions = [...group].sort((a, b) =>
        compareVersions(byId.get(a)!, byId.get(b)!, order, this.times),
      );
      return { id: `st-${first}`, articleIds: versions, title: byId.get(versions[0]!)!.title };
    });
    const storyOf = new Map(stories.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
    const links = applyRelatedOverrides(
      relatedStories(
        stories.map((s) => ({
          storyId: s.id,
          text: s.articleIds.map((id) => this.text(id)).join('\n\n'),
        })),
        undefined,
        backgroundRarity(),
      ),
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
    return result;
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
        publishedAt: this.times.get(articleId) ?? null,
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
    const standIn = (o: StoryOverrides) =>
      this.index
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

  private async loadTexts(entries: readonly ArticleIndexEntry[]): Promise<void> {
    const missing = entries.filter((e) => !this.texts.has(e.id));
    // The text the reviewer reads, without the outlet's boilerplate: a shared footer must not
    // make two stories look alike or related.
    await runLimited(missing, 8, async (entry) => {
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
      if (key && article.url) this.pages.set(entry.id, { url: article.url, key });
      if (article.publishedAt) this.times.set(entry.id, article.publishedAt);
      const text = withoutBoilerplate(article, this.store.boilerplateFor(article.outlet)).text;
      this.texts.set(entry.id, Buffer.from(text, 'utf8'));
    });
  }

  /** The page address most of a story's versions share (two at least), in version order. */
  private sharedPage(articleIds: readonly string[]): StoryPage | null {
    const counts = new Map<string, { url: string; versions: number }>();
    for (const id of articleIds) {
      const page = this.pages.get(id);
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

  private async anyRepaired(): Promise<boolean> {
    for (const id of this.unreadable.keys()) if (await this.store.articleFilePresent(id)) return true;
    return false;
  }

  private text(id: string): string {
    return this.texts.get(id)!.toString('utf8');
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
  times: ReadonlyMap<string, string>,
): number {
  const [da, db] = [a.date ?? a.importedAt.slice(0, 10), b.date ?? b.importedAt.slice(0, 10)];
  if (da !== db) return da < db ? -1 : 1;
  const [ta, tb] = [times.get(a.id), times.get(b.id)];
  if (ta && tb && ta !== tb) return ta < tb ? -1 : 1;
  return order.get(a.id)! - order.get(b.id)!;
}
