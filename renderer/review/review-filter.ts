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
      (filter.articleId === 'all' || c.articleId === filter.articleId) &&
      (text === '' || c.text.toLowerCase().includes(text)),
  );
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

/** The claim just above in the shown list, if it belongs to the same article (merge target). */
export function claimAbove(shown: readonly Claim[], claimId: string): Claim | null {
  const at = shown.findIndex((c) => c.id === claimId);
  const above = at > 0 ? shown[at - 1]! : null;
  return above && above.articleId === shown[at]!.articleId ? above : null;
}
