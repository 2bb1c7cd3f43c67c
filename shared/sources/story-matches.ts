// A claim against the other versions of its own story, the way the reviewer reads a story of
// a thousand near-identical copies: each version's corresponding sentence is found as before
// (the sentence sharing the most content words; a version of the same sentence diffed word by
// word, see claims/match-claims.ts), but worked out once per distinct wording and shared by
// every version that carries it, so the cost follows the story's distinct sentences, not
// versions × claims.
import { jaccard, matchClaim, ValueCache } from '../claims';
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
  const mine = cache.get(claim.text).words;
  const ranked: { text: string; carriers: readonly Carrier[]; sim: number }[] = [];
  for (const entry of story.byKey.values()) {
    const sim = jaccard(mine, cache.get(entry.text).words);
    if (sim >= MATCH_MIN) ranked.push({ ...entry, sim });
  }
  ranked.sort((a, b) => b.sim - a.sim);
  const matched = new Set<string>([claim.articleId]);
  const out: ClaimMatch[] = [];
  for (const entry of ranked) {
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
