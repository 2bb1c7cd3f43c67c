// A claim followed through the versions of its story. The claim keeps a text-quote anchor
// (exact text with a little context before and after, as the W3C Web Annotation
// TextQuoteSelector has it) and is re-anchored in every version through the same sentence
// alignment the compare screen uses: per version it reads unchanged, moved, reworded, figure /
// date / attribution changed, or removed. The lineage says which version first carried the
// claim's wording and which later ones changed, moved or dropped it.
import { compareSentences } from '../compare';
import type { AppearanceStatus, ComparisonRow, Span } from '../model';

/** W3C Web Annotation TextQuoteSelector: the exact text and what surrounds it. */
export interface TextQuoteAnchor {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export type { AppearanceStatus };

/** The claim in one version of its story. */
export interface ClaimAppearance {
  readonly articleId: string;
  readonly status: AppearanceStatus;
  /** The sentence carrying the claim there; null when it was removed. */
  readonly span: Span | null;
  /** The substantive changes that gave the status ("1,680 → 1,860"), empty when none. */
  readonly changes: readonly { readonly before: string; readonly after: string; readonly reason: string }[];
}

export interface ClaimLineage {
  readonly claimId: string;
  readonly anchor: TextQuoteAnchor;
  /** The earliest version (in the story's order) that carries the claim's wording. */
  readonly firstAppearance: string;
  /** One entry per version of the story, in the story's order. */
  readonly appearances: readonly ClaimAppearance[];
}

export interface LineageVersion {
  readonly id: string;
  readonly text: string;
  readonly sentences: readonly Span[];
}

const CONTEXT = 32;

export function textQuoteAnchor(text: string, start: number, end: number): TextQuoteAnchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

/**
 * Finds the anchor in a text: the exact text where its context fits best (most characters of
 * prefix and suffix matching next to it), or null when the exact text is not there. Used when
 * a claim's offsets no longer fit its article (a line restored before it moved them).
 */
export function findAnchor(text: string, anchor: TextQuoteAnchor): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  let bestScore = -1;
  for (let at = text.indexOf(anchor.exact); at >= 0; at = text.indexOf(anchor.exact, at + 1)) {
    const score =
      commonSuffix(text.slice(Math.max(0, at - anchor.prefix.length), at), anchor.prefix) +
      commonPrefix(text.slice(at + anchor.exact.length), anchor.suffix);
    if (score > bestScore) [best, bestScore] = [{ start: at, end: at + anchor.exact.length }, score];
    if (anchor.exact.length === 0) break;
  }
  return best;
}

/**
 * Where `exact` is in `text` now, for a span stored with offsets that a restored (or hidden)
 * line may since have moved: the stored place if the words are still there, else the
 * occurrence nearest to it; null when the words are gone.
 */
export function reanchorSpan(
  text: string,
  exact: string,
  start: number,
): { start: number; end: number } | null {
  if (!exact) return null;
  if (text.startsWith(exact, start)) return { start, end: start + exact.length };
  let best = -1;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1))
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  return best < 0 ? null : { start: best, end: best + exact.length };
}

/**
 * A span whose words crossed a line or paragraph break that now has other text in it (a
 * removed line put back between them): each of its lines is found in order, nearest the old
 * place first, and the span runs from the first to the end of the last. Null when a line is
 * gone or the pieces are further apart than the gap allows.
 */
export function reanchorAcrossBreaks(
  text: string,
  exact: string,
  start: number,
  maxGap = 2_000,
): { start: number; end: number } | null {
  const pieces = exact
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length < 2) return null;
  const first = reanchorSpan(text, pieces[0]!, start);
  if (!first) return null;
  let end = first.end;
  for (const piece of pieces.slice(1)) {
    const at = text.indexOf(piece, end);
    if (at < 0 || at - end > maxGap) return null;
    end = at + piece.length;
  }
  return { start: first.start, end };
}

/** The aligned rows of two versions; a caller following many claims passes a cached one. */
export type AlignRows = (origin: LineageVersion, version: LineageVersion) => readonly ComparisonRow[];
const alignRows: AlignRows = (origin, version) => compareSentences(origin.sentences, version.sentences).rows;

/**
 * The claim (a span of `origin`) in every version. `versions` are the story's articles in
 * its order, `origin` among them; each is aligned with the origin sentence by sentence.
 */
export function claimLineage(
  claim: { readonly id: string; readonly start: number; readonly end: number },
  origin: LineageVersion,
  versions: readonly LineageVersion[],
  align: AlignRows = alignRows,
): ClaimLineage {
  const anchor = textQuoteAnchor(origin.text, claim.start, claim.end);
  const sentence =
    origin.sentences.find((s) => s.start <= claim.start && claim.start < s.end) ??
    origin.sentences.find((s) => s.start < claim.end && claim.end <= s.end) ??
    null;
  const appearances = versions.map((version): ClaimAppearance => {
    if (version.id === origin.id)
      return { articleId: version.id, status: 'unchanged', span: sentence, changes: [] };
    if (!sentence) return { articleId: version.id, status: 'removed', span: null, changes: [] };
    return appearanceIn(version, sentence, align(origin, version));
  });
  // The origin itself carries the wording, so there is always a first appearance.
  const first = appearances.find((a) => a.status === 'unchanged' || a.status === 'moved')!;
  return { claimId: claim.id, anchor, firstAppearance: first.articleId, appearances };
}

function appearanceIn(
  version: LineageVersion,
  sentence: Span,
  rows: readonly ComparisonRow[],
): ClaimAppearance {
  const row = rows.find((r) => r.a !== null && r.a.start === sentence.start);
  if (!row || row.kind === 'removed' || !row.b)
    return { articleId: version.id, status: 'removed', span: null, changes: [] };
  const span = { text: row.b.text, start: row.b.start, end: row.b.end };
  const substantive = row.changes
    .filter((c) => c.kind === 'substantive')
    .map(({ before, after, reason }) => ({ before, after, reason }));
  if (substantive.length === 0)
    return { articleId: version.id, status: row.kind === 'moved' ? 'moved' : 'unchanged', span, changes: [] };
  const reasons = new Set(substantive.map((c) => c.reason));
  const status: AppearanceStatus = reasons.has('figure changed')
    ? 'figure changed'
    : reasons.has('date changed')
      ? 'date changed'
      : reasons.has('attribution changed')
        ? 'attribution changed'
        : 'reworded';
  return { articleId: version.id, status, span, changes: substantive };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
