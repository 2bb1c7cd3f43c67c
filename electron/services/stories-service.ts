// Stories for the whole workspace: groups the articles' cleaned texts into versions of one
// text (shared/stories), applies the reviewer's overrides, orders versions, links related
// stories. Grouping is incremental (new articles are matched against the index, old ones are
// never regrouped); the result is cached until the articles or the overrides change; article
// texts are cached for good (article files are immutable).
import {
  applyGroupOverrides,
  applyRelatedOverrides,
  relatedStories,
  versionChange,
  VersionIndex,
} from '../../shared/stories';
import {
  WorkbenchError,
  type Story,
  type StoryDetail,
  type StoryOverrides,
  type StoryVersion,
} from '../../shared/model';
import { withoutBoilerplate } from '../../shared/ingest';
import { runLimited } from '../../shared/run-limited';
import type { WorkspaceStore } from '../store/workspace-store';
import type { ArticleIndexEntry } from '../store/workspace-document';

export class StoriesService {
  private readonly texts = new Map<string, string>();
  /** Grows with the workspace; never rebuilt while the process runs. */
  readonly index = new VersionIndex();
  private cache: { key: string; stories: Story[] } | null = null;

  constructor(private readonly store: WorkspaceStore) {}

  async list(): Promise<Story[]> {
    await this.store.reload();
    const entries = this.store.listEntries();
    const overrides = this.store.storyOverrides;
    const key = `${entries.length}:${entries.at(-1)?.id ?? ''}:${JSON.stringify(overrides)}`;
    if (this.cache?.key === key) return this.cache.stories;
    // Only articles new since the last call are signed and matched (VersionIndex).
    const added = entries.filter((e) => !this.index.has(e.id));
    await this.loadTexts(added);
    this.index.add(added.map((e) => ({ id: e.id, text: this.texts.get(e.id)! })));
    const groups = applyGroupOverrides(this.index.groups(), overrides);
    const order = new Map(entries.map((e, i) => [e.id, i]));
    const byId = new Map(entries.map((e) => [e.id, e]));
    const stories = groups.map((group) => {
      const first = [...group].sort((a, b) => order.get(a)! - order.get(b)!)[0]!;
      const versions = [...group].sort((a, b) => compareVersions(byId.get(a)!, byId.get(b)!, order));
      return { id: `st-${first}`, articleIds: versions, title: byId.get(versions[0]!)!.title };
    });
    const storyOf = new Map(stories.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
    const links = applyRelatedOverrides(
      relatedStories(
        stories.map((s) => ({
          storyId: s.id,
          text: s.articleIds.map((id) => this.texts.get(id)!).join('\n\n'),
        })),
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
    const [x, y] = [await this.firstArticle(a), await this.firstArticle(b)];
    await this.store.setStoryOverrides((o) => ({ ...o, together: [...o.together, [x, y] as const] }));
    return this.list();
  }

  /** Moves one article out of its story, undoing any merge that brought it there. */
  async moveOut(articleId: string): Promise<Story[]> {
    if (!this.store.entry(articleId)) throw new WorkbenchError('not-found', `No article ${articleId}.`);
    await this.store.setStoryOverrides((o) => ({
      ...o,
      apart: [...new Set([...o.apart, articleId])],
      together: o.together.filter(([p, q]) => p !== articleId && q !== articleId),
    }));
    return this.list();
  }

  async setRelated(a: string, b: string, related: boolean): Promise<Story[]> {
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
      const article = await this.store.readArticle(entry.id);
      this.texts.set(entry.id, withoutBoilerplate(article, this.store.boilerplateFor(article.outlet)).text);
    });
  }
}

/** By date where both are known, else by import order. */
function compareVersions(
  a: ArticleIndexEntry,
  b: ArticleIndexEntry,
  order: ReadonlyMap<string, number>,
): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  return order.get(a.id)! - order.get(b.id)!;
}
