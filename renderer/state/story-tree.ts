// The library's Stories view as data: each story joined with its articles' summaries, the
// filter applied, and the flat order of rows the keyboard moves through. Pure and run by
// actions when stories, articles, the filter or a group's expansion change; never in render.
import type { ArticleSummary, Story } from '../../shared/model';

export interface StoryEntry {
  readonly story: Story;
  /** The story's title, else its first version's, else a placeholder. */
  readonly title: string;
  readonly titleKnown: boolean;
  /** The versions in the story's own order (by date where known, else import order). */
  readonly versions: readonly ArticleSummary[];
  /** Distinct outlets in version order; null stands for an unknown outlet. */
  readonly outlets: readonly (string | null)[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

/** One row of the tree, in the order the arrow keys visit them. */
export type TreeItem =
  | { readonly kind: 'story'; readonly storyId: string }
  | { readonly kind: 'version'; readonly storyId: string; readonly articleId: string };

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

const searchKeys = new WeakMap<StoryEntry, string>();

/** Title and outlet of the story and of every version, so any of them finds the story. */
function searchKey(entry: StoryEntry): string {
  let key = searchKeys.get(entry);
  if (key === undefined) {
    const parts = [entry.title, ...entry.versions.flatMap((v) => [v.title ?? '', v.outlet ?? ''])];
    key = fold(parts.join('\n'));
    searchKeys.set(entry, key);
  }
  return key;
}

function entryOf(story: Story, byId: ReadonlyMap<string, ArticleSummary>): StoryEntry {
  const versions = story.articleIds.flatMap((id) => byId.get(id) ?? []);
  const outlets = [...new Set(versions.map((v) => v.outlet))];
  const dates = versions.flatMap((v) => v.date ?? []).sort();
  const fallback = versions.find((v) => v.title)?.title ?? null;
  return {
    story,
    title: story.title ?? fallback ?? 'Untitled story',
    titleKnown: Boolean(story.title ?? fallback),
    versions,
    outlets,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
  };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Newest story first (by its latest version), undated ones last, then by title. */
function compareEntries(a: StoryEntry, b: StoryEntry): number {
  if (a.lastDate !== b.lastDate) {
    if (a.lastDate === null) return 1;
    if (b.lastDate === null) return -1;
    return a.lastDate < b.lastDate ? 1 : -1;
  }
  return collator.compare(a.title, b.title) || (a.story.id < b.story.id ? -1 : 1);
}

/** Every story with its versions, newest first. Stories whose articles are all unknown are left out. */
export function buildStoryEntries(
  stories: readonly Story[],
  articles: readonly ArticleSummary[],
): readonly StoryEntry[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return stories
    .map((s) => entryOf(s, byId))
    .filter((e) => e.versions.length > 0)
    .sort(compareEntries);
}

export function filterStoryEntries(entries: readonly StoryEntry[], filter: string): readonly StoryEntry[] {
  const needle = fold(filter.trim());
  return needle ? entries.filter((e) => searchKey(e).includes(needle)) : entries;
}

/** Which story each article belongs to. */
export function storyIndex(stories: readonly Story[]): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const story of stories) for (const id of story.articleIds) index.set(id, story.id);
  return index;
}

/** A story of one version is a single row; others list their versions unless collapsed. */
export function isGroup(entry: StoryEntry): boolean {
  return entry.versions.length > 1;
}

export function treeItems(
  entries: readonly StoryEntry[],
  collapsed: ReadonlySet<string>,
): readonly TreeItem[] {
  const items: TreeItem[] = [];
  for (const entry of entries) {
    const storyId = entry.story.id;
    items.push({ kind: 'story', storyId });
    if (!isGroup(entry) || collapsed.has(storyId)) continue;
    for (const v of entry.versions) items.push({ kind: 'version', storyId, articleId: v.id });
  }
  return items;
}

/** The story that now holds most of `articleIds` (after an override reshaped the stories). */
export function storyHolding(stories: readonly Story[], articleIds: readonly string[]): Story | null {
  let best: Story | null = null;
  let bestCount = 0;
  for (const story of stories) {
    const count = articleIds.filter((id) => story.articleIds.includes(id)).length;
    if (count > bestCount) {
      best = story;
      bestCount = count;
    }
  }
  return best;
}
