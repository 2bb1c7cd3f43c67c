// A claim against the other versions of its own story, the way the reviewer reads a story of
// a thousand near-identical copies: each version's corresponding sentence is found as before
// (the sentence sharing the most content words; a version of the same sentence diffed word by
// word, see claims/match-claims.ts), but worked out once per distinct wording and shared by
// every version that carries it, so the cost follows the story's distinct sentences, not
// versions × claims.
import { matchClaim, ValueCache } from '../claims';
import { sortedSharedCount } from '../sorted-shared';
import type { ClaimMatch, Span } from '../model';
import { statementKey } from './statement-terms';

/** The story's sentences by wording: who carries each. */
export interface StorySentences {
  readonly byKey: ReadonlyMap<string, { readonly text: string; readonly carriers: readonly Carrier[] }>;
  readonly articleIds: readonly string[];
}

export interface Carrier {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

/** Below this share of content words a sentence is no match (claims/match-claims.ts agrees). */
const MATCH_MIN = 0.25;

export function storySentences(
  articles: readonly { id: string; sentences: readonly Span[] }[],
): StorySentences {
  const byKey = new Map<string, { text: string; carriers: Carrier[] }>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const s of a.sentences) {
      const key = statementKey(s.text);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = byKey.get(key);
      const carrier = { articleId: a.id, start: s.start, end: s.end };
      if (entry) entry.carriers.push(carrier);
      else byKey.set(key, { text: s.text, carriers: [carrier] });
    }
  }
  return { byKey, articleIds: articles.map((a) => a.id) };
}

/**
 * The claim's match in every other version of its story, one per article, each the version's
 * sentence sharing the most content words with the claim (at least a quarter).
 */
export function versionMatches(
  claim: { articleId: string; text: string },
  story: StorySentences,
  cache: ValueCache = new ValueCache(),
): ClaimMatch[] {
  const { entries, ids, dict } = prepared(story, cache);
  // Every wording of the story is compared with the claim: at 250 versions, 780 wordings by 780
  // claims. Word sets as sorted numbers compare by a merge, with no string hashed and no object
  // made per pair; the similarity is the same Jaccard, to the last bit.
  const mine = cache.get(claim.text).words;
  const known: number[] = [];
  for (const w of mine) {
    const id = dict.get(w);
    if (id !== undefined) known.push(id);
  }
  const claimIds = Uint32Array.from(known).sort();
  const sims = new Float64Array(entries.length);
  const ranked: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    const theirs = ids[i]!;
    const shared = sortedSharedCount(claimIds, theirs);
    const sim = shared / (mine.size + theirs.length - shared || 1);
    if (sim >= MATCH_MIN) {
      sims[i] = sim;
      ranked.push(i);
    }
  }
  // A stable sort, as the wordings came: equal similarities keep the story's order.
  ranked.sort((a, b) => sims[b]! - sims[a]!);
  const matched = new Set<string>([claim.articleId]);
  const out: ClaimMatch[] = [];
  for (const i of ranked) {
    const entry = entries[i]!;
    const carriers = entry.carriers.filter((c) => !matched.has(c.articleId));
    if (carriers.length === 0) continue;
    for (const c of carriers) matched.add(c.articleId);
    // One relation per wording: worked out on its first carrier, shared by the others.
    const first = carriers[0]!;
    const [m] = matchClaim(
      claim,
      [{ articleId: first.articleId, sentences: [{ text: entry.text, start: first.start, end: first.end }] }],
      cache,
    );
    if (!m) continue;
    for (const c of carriers) out.push({ ...m, articleId: c.articleId, start: c.start, end: c.end });
  }
  return out;
}

/** A story's wordings with their content words as sorted numbers of one dictionary. */
interface Prepared {
  readonly cache: ValueCache;
  readonly dict: ReadonlyMap<string, number>;
  readonly entries: readonly { readonly text: string; readonly carriers: readonly Carrier[] }[];
  readonly ids: readonly Uint32Array[];
}

/** Made once per story (and value cache) and kept while the story is: every claim uses it. */
const preparedStories = new WeakMap<StorySentences, Prepared>();

function prepared(story: StorySentences, cache: ValueCache): Prepared {
  const known = preparedStories.get(story);
  if (known && known.cache === cache) return known;
  const dict = new Map<string, number>();
  const entries = [...story.byKey.values()];
  const ids = entries.map((entry) => {
    const out: number[] = [];
    for (const w of cache.get(entry.text).words) {
      let id = dict.get(w);
      if (id === undefined) dict.set(w, (id = dict.size));
      out.push(id);
    }
    return Uint32Array.from(out).sort();
  });
  const made = { cache, dict, entries, ids };
  preparedStories.set(story, made);
  return made;
}
