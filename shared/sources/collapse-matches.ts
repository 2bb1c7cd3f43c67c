// A claim's matches as the reviewer reads them: one line per wording and relation (the 287
// copies of a wire sentence are one line, "agrees — 287 copies, same wording"), each naming
// its newest carrier's outlet and date; differing first, then agreeing, then related, newest
// first within each.
import type { ClaimMatch, MatchRelation, SourceMatch } from '../model';
import type { SourceHit } from './find-sources';

export interface ArticleMeta {
  readonly outlet: string | null;
  readonly date: string | null;
  readonly storyId: string | null;
  /** Import order, the tie-break when dates are equal or missing. */
  readonly order: number;
}

export type MetaOf = (articleId: string) => ArticleMeta;

const RELATION_ORDER: Record<MatchRelation, number> = { differs: 0, agrees: 1, related: 2 };

/**
 * Copies named per match at most (`copies` always counts them all): a wire sentence carried by
 * 5,000 articles must not make every claim that cites it 5,000 ids long.
 */
export const MAX_COPY_IDS = 100;

/** Newest first: by date (undated last), then the later import first. */
export function newestFirst(meta: MetaOf): (a: string, b: string) => number {
  return (a, b) => {
    const [x, y] = [meta(a), meta(b)];
    if (x.date !== y.date) return x.date === null ? 1 : y.date === null ? -1 : x.date < y.date ? 1 : -1;
    return y.order - x.order;
  };
}

/** A sortable key: later dates first, then later imports; undated articles last. */
function recency(meta: MetaOf, id: string): string {
  const m = meta(id);
  return `${m.date ?? '0000-00-00'}|${String(Math.max(0, m.order)).padStart(10, '0')}`;
}

/** Occurrences newest first, each key worked out once (a wording may have thousands). */
function newestOccurrences<T extends { readonly articleId: string }>(list: readonly T[], meta: MetaOf): T[] {
  const keyed = list.map((o) => ({ o, k: recency(meta, o.articleId) }));
  keyed.sort((a, b) => (a.k < b.k ? 1 : a.k > b.k ? -1 : 0));
  return keyed.map((x) => x.o);
}

/** The index's hits as matches of a claim, one per wording, on its newest carrier. */
export function sourceMatches(hits: readonly SourceHit[], meta: MetaOf): SourceMatch[] {
  return hits.map((hit) => {
    const occurrences = newestOccurrences(hit.occurrences, meta);
    const top = occurrences[0]!;
    const m = meta(top.articleId);
    return {
      articleId: top.articleId,
      storyId: m.storyId,
      outlet: m.outlet,
      date: m.date,
      // The newest carrier's own wording, so the text is what its offsets point at.
      text: top.text ?? hit.statement.text,
      start: top.start,
      end: top.end,
      relation: hit.relation,
      reasons: hit.reasons,
      copies: occurrences.length,
      copyArticleIds: occurrences.slice(1, MAX_COPY_IDS + 1).map((o) => o.articleId),
    };
  });
}

/**
 * Matches of one claim made per article (its story's versions) folded into one per wording and
 * relation, each on its newest article, with the others as copies.
 */
export function collapseMatches(matches: readonly ClaimMatch[], meta: MetaOf): ClaimMatch[] {
  const groups = new Map<string, ClaimMatch[]>();
  for (const m of matches) {
    const key = `${m.relation}\u0000${m.text}\u0000${m.reasons.join('\u0000')}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()].map((list) => {
    const sorted = newestOccurrences(list, meta);
    const top = sorted[0]!;
    const m = meta(top.articleId);
    const copyIds = sorted.slice(1).flatMap((x) => [x.articleId, ...(x.copyArticleIds ?? [])]);
    return {
      ...top,
      storyId: top.storyId ?? m.storyId,
      outlet: top.outlet ?? m.outlet,
      date: top.date ?? m.date,
      copies: sorted.reduce((n, x) => n + (x.copies ?? 1), 0),
      copyArticleIds: [...(top.copyArticleIds ?? []), ...copyIds].slice(0, MAX_COPY_IDS),
    };
  });
}

/** Differing first, then agreeing, then related; newest first within each. */
export function orderMatches<M extends ClaimMatch>(matches: readonly M[], meta: MetaOf): M[] {
  const newest = newestFirst(meta);
  return [...matches].sort(
    (a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || newest(a.articleId, b.articleId),
  );
}
