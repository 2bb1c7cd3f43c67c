// "Who else says this?" for the services: a text (a selection in the reader, a claim) searched
// across the workspace, each wording once with its copies, newest first within each relation.
import type { Claim, SourcesResult, StorySourceCounts } from '../../shared/model';
import { orderMatches, sourceMatches, type MetaOf } from '../../shared/sources';
import type { WorkspaceStore } from '../store/workspace-store';
import type { SourcesService } from './sources-service';
import type { StoriesService } from './stories-service';

export async function findSourcesOf(
  store: WorkspaceStore,
  stories: StoriesService,
  sources: SourcesService,
  text: string,
  articleId: string | null,
  within?: readonly string[],
): Promise<SourcesResult> {
  const list = await stories.list();
  const storyOf = new Map(list.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
  const order = new Map(store.listEntries().map((e, i) => [e.id, i]));
  const meta: MetaOf = (id) => {
    const entry = store.entry(id);
    return {
      outlet: entry?.outlet ?? null,
      date: entry?.date ?? null,
      storyId: storyOf.get(id) ?? null,
      order: order.get(id) ?? -1,
    };
  };
  // A passage of an article: the other sources are outside its own story (its versions say
  // the same text by definition; the compare screen is where they are read).
  const home = articleId ? list.find((s) => s.articleIds.includes(articleId)) : undefined;
  const exclude = new Set(home?.articleIds ?? (articleId ? [articleId] : []));
  const query = text.trim();
  const hits = await sources.find({
    text: query,
    date: articleId ? (store.entry(articleId)?.date ?? null) : null,
    exclude,
    articleId,
    ...(within ? { within: new Set(within) } : {}),
  });
  return { query, matches: orderMatches(sourceMatches(hits, meta), meta) };
}

/** Claims of a story that other stories' articles corroborate or contest. */
export function countSources(storyId: string, claims: readonly Claim[]): StorySourceCounts {
  let corroborated = 0;
  let contested = 0;
  for (const c of claims) {
    const outside = c.matches.filter((m) => m.scope === 'source');
    if (outside.some((m) => m.relation === 'differs')) contested++;
    else if (outside.some((m) => m.relation === 'agrees')) corroborated++;
  }
  return { storyId, claims: claims.length, corroborated, contested };
}
