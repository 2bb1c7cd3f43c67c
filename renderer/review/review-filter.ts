// Which claims the review list shows, and how far the review has come. Pure, so it is tested
// without a browser.
import type { Claim } from '../../shared/model';
import type { ReviewFilter } from '../state/review-state';

export function filterClaims(claims: readonly Claim[], filter: ReviewFilter): Claim[] {
  const text = filter.text.trim().toLowerCase();
  return claims.filter(
    (c) =>
      (filter.status === 'all' ||
        (filter.status === 'unreviewed' ? c.verdict === null : c.verdict?.status === filter.status)) &&
      (filter.kind === 'all' || c.kinds.includes(filter.kind)) &&
      (filter.articleId === 'all' || carries(c, filter.articleId)) &&
      (text === '' || c.text.toLowerCase().includes(text)),
  );
}

/**
 * The claim is in this version: listed from it, or one of the other versions carrying the same
 * wording (a story's claims list each wording once, `alsoIn` naming the other versions).
 */
export function carries(claim: Claim, articleId: string): boolean {
  return claim.articleId === articleId || (claim.alsoIn?.includes(articleId) ?? false);
}

/**
 * The listed claim standing for a claim id. An id names an article and a wording (`<article
 * id>-<hash of the words>`): a claim opened from one version's own list is found under the
 * version the story's list shows that wording for.
 */
export function findClaim(claims: readonly Claim[], claimId: string | null): Claim | null {
  if (!claimId) return null;
  const exact = claims.find((c) => c.id === claimId);
  if (exact) return exact;
  const dash = claimId.indexOf('-');
  if (dash < 0) return null;
  const [article, wording] = [claimId.slice(0, dash), claimId.slice(dash)];
  return claims.find((c) => c.id.endsWith(wording) && carries(c, article)) ?? null;
}

export function reviewProgress(claims: readonly Claim[]): { reviewed: number; total: number } {
  return { reviewed: claims.filter((c) => c.verdict !== null).length, total: claims.length };
}

/** The claim `delta` steps from the current one in the shown list (the first when none). */
export function stepClaim(shown: readonly Claim[], currentId: string | null, delta: 1 | -1): string | null {
  if (shown.length === 0) return null;
  const at = shown.findIndex((c) => c.id === currentId);
  if (at < 0) return shown[delta === 1 ? 0 : shown.length - 1]!.id;
  return shown[Math.min(shown.length - 1, Math.max(0, at + delta))]!.id;
}

/**
 * The claim just above in the shown list, if the claim's article carries it too (merge target:
 * claims merge within one article).
 */
export function claimAbove(shown: readonly Claim[], claimId: string): Claim | null {
  const at = shown.findIndex((c) => c.id === claimId);
  const above = at > 0 ? shown[at - 1]! : null;
  return above && carries(above, shown[at]!.articleId) ? above : null;
}

/**
 * The id of `wording`'s claim in the article `articleId` carries it in. A story lists each
 * wording under one version; the same words in another version are that version's own claim,
 * whose id is the article's id with the same hash of the words.
 */
export function claimIdIn(wording: Claim, articleId: string): string {
  if (wording.articleId === articleId) return wording.id;
  return `${articleId}${wording.id.slice(wording.id.indexOf('-'))}`;
}
