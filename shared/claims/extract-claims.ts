// Finds the checkable statements of an article: every sentence that holds a figure, a date, a
// quote or an attribution becomes a claim, typed by those kinds. A claim's id is the article
// id and a hash of the sentence's folded text, so re-cleaning that leaves the sentence's words
// alone keeps the id, and a verdict stays attached.
import type { ClaimKind, Span } from '../model';
import { shingleTokens } from '../stories';
import { sentenceValues } from './claim-values';

export interface ExtractedClaim {
  readonly id: string;
  readonly articleId: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kinds: readonly ClaimKind[];
}

/** Sentences shorter than this say too little to check ("Read more."). */
const MIN_WORDS = 4;

export function extractClaims(articleId: string, sentences: readonly Span[]): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    if (s.text.split(/\s+/).filter(Boolean).length < MIN_WORDS) continue;
    const kinds = claimKinds(s.text);
    if (kinds.length === 0) continue;
    const id = claimId(articleId, s.text);
    // A sentence repeated word for word in one article is one claim.
    if (seen.has(id)) continue;
    seen.add(id);
    claims.push({ id, articleId, text: s.text, start: s.start, end: s.end, kinds });
  }
  return claims;
}

export function claimKinds(text: string): ClaimKind[] {
  const v = sentenceValues(text);
  const kinds: ClaimKind[] = [];
  if (v.figures.length) kinds.push('figure');
  if (v.years.length || v.dates.length) kinds.push('date');
  if (v.quotes.length) kinds.push('quote');
  if (v.attributed) kinds.push('attribution');
  return kinds;
}

/** The article id, "-", and 8 hex digits of FNV-1a over the folded text. */
export function claimId(articleId: string, text: string): string {
  const folded = shingleTokens(text).join(' ');
  let h = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), 0x01000193);
  return `${articleId}-${(h >>> 0).toString(16).padStart(8, '0')}`;
}

export const CLAIM_ID = /^[0-9a-f]{16}-[0-9a-f]{8}$/;
