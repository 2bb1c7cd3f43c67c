// Applies the reviewer's corrections to automatic grouping. Overrides name articles, not
// stories, so they keep their meaning when imports change the automatic groups:
//   apart    the article leaves its automatic story (its own story, unless put together again)
//   together the two articles' stories become one
//   notRelated  the two articles' stories are never linked as related
import type { StoryOverrides } from '../model';

export function applyGroupOverrides(groups: readonly string[][], overrides: StoryOverrides): string[][] {
  const apart = new Set(overrides.apart);
  const result: string[][] = [];
  for (const group of groups) {
    const stay = group.filter((id) => !apart.has(id));
    if (stay.length) result.push(stay);
    for (const id of group) if (apart.has(id)) result.push([id]);
  }
  const known = new Set(result.flat());
  const storyOf = new Map<string, number>();
  result.forEach((g, i) => g.forEach((id) => storyOf.set(id, i)));
  const parent = result.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [a, b] of overrides.together) {
    if (!known.has(a) || !known.has(b)) continue; // an article no longer in the workspace
    const [ra, rb] = [find(storyOf.get(a)!), find(storyOf.get(b)!)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const merged = new Map<number, string[]>();
  result.forEach((g, i) => merged.set(find(i), [...(merged.get(find(i)) ?? []), ...g]));
  return [...merged.values()];
}

/** Drops related links between stories the reviewer marked as not related. */
export function applyRelatedOverrides<T extends { a: string; b: string }>(
  links: readonly T[],
  storyOfArticle: ReadonlyMap<string, string>,
  overrides: StoryOverrides,
): T[] {
  const blocked = new Set<string>();
  for (const [x, y] of overrides.notRelated) {
    const [sx, sy] = [storyOfArticle.get(x), storyOfArticle.get(y)];
    if (sx && sy) blocked.add(pairKey(sx, sy));
  }
  return links.filter((l) => !blocked.has(pairKey(l.a, l.b)));
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
