// The consistency matrix of a story: rows are claim slots (a claim followed through every
// version by the sentence alignment, and matched in the related stories' articles), columns
// are the articles, and each cell is the value that article gives — the figure with what it
// counts, the date, the quote, the source — flagged when it conflicts with the row's claim,
// empty where the article is silent.
import type { Claim, ClaimKind, MatrixCellStatus, Span } from '../model';
import { compareSentences } from '../compare';
import type { SentenceValues } from './claim-values';
import { claimLineage, type AlignRows, type LineageVersion } from './lineage';
import { matchClaim, ValueCache } from './match-claims';

export interface MatrixColumn {
  readonly articleId: string;
  /** From a related story (another text on the subject), not a version of this one. */
  readonly related: boolean;
}

export type CellStatus = MatrixCellStatus;

export interface MatrixCell {
  readonly articleId: string;
  readonly status: CellStatus;
  /** What the article says for this slot ("1,420 households", "March 2026", a quote); null when silent. */
  readonly value: string | null;
  readonly span: Span | null;
  readonly conflicting: boolean;
}

export interface MatrixRow {
  /** The claim the row follows (in the first version that carries it). */
  readonly claimId: string;
  readonly articleId: string;
  readonly kinds: readonly ClaimKind[];
  readonly text: string;
  readonly cells: readonly MatrixCell[];
  /** Some article gives a conflicting value. */
  readonly conflicting: boolean;
}

/** What the matrix needs of a claim. */
export type MatrixClaim = Pick<Claim, 'id' | 'articleId' | 'text' | 'start' | 'end' | 'kinds'>;

const CONFLICTING: ReadonlySet<CellStatus> = new Set([
  'figure changed',
  'date changed',
  'attribution changed',
  'differs',
]);

/**
 * Rows in the story's order: the first version's claims, then each later version's claims
 * that no earlier row already follows (a sentence new in that version).
 */
export function buildMatrix(
  versions: readonly LineageVersion[],
  related: readonly LineageVersion[],
  claimsOf: (articleId: string) => readonly MatrixClaim[],
  align: AlignRows = cachedAlign(),
): { columns: MatrixColumn[]; rows: MatrixRow[] } {
  const columns: MatrixColumn[] = [
    ...versions.map((v) => ({ articleId: v.id, related: false })),
    ...related.map((v) => ({ articleId: v.id, related: true })),
  ];
  const cache = new ValueCache();
  const targets = related.map((r) => ({ articleId: r.id, sentences: r.sentences, related: true }));
  // Sentence (article:start) → the index of the version whose row follows it. A later version's
  // claim in a sentence an earlier row follows needs no row of its own.
  const followed = new Map<string, number>();
  const rows: MatrixRow[] = [];
  versions.forEach((version, index) => {
    // A version whose every sentence an earlier row follows brings no row: its claims are not
    // even looked for (finding them is most of the cost in a long story).
    if (
      index > 0 &&
      version.sentences.every((s) => (followed.get(`${version.id}:${s.start}`) ?? index) < index)
    )
      return;
    for (const claim of claimsOf(version.id)) {
      const sentence = version.sentences.find((s) => s.start <= claim.start && claim.start < s.end);
      const earlier = followed.get(`${version.id}:${sentence?.start ?? claim.start}`);
      if (earlier !== undefined && earlier < index) continue;
      const lineage = claimLineage(claim, version, versions, align);
      const facets = rowFacets(claim.kinds, new Set(lineage.appearances.map((a) => a.status)));
      const own = lineage.appearances.find((a) => a.articleId === claim.articleId);
      const ownValue = own?.span ? valueOf(cache.get(own.span.text), facets, own.span.text) : null;
      const cells: MatrixCell[] = lineage.appearances.map((a) => {
        if (a.span && !followed.has(`${a.articleId}:${a.span.start}`))
          followed.set(`${a.articleId}:${a.span.start}`, index);
        // A version without the sentence is silent on it, whether it came before or after.
        if (!a.span)
          return { articleId: a.articleId, status: 'silent', value: null, span: null, conflicting: false };
        let value = valueOf(cache.get(a.span.text), facets, a.span.text);
        // What changed lies outside what the cells show ("May 2026" → "June 2026" reads "2026"
        // in both): the changed words are added, so a flagged cell never reads like the claim's.
        if (CONFLICTING.has(a.status) && value === ownValue && a.changes.length)
          value = `${value} · ${a.changes.map((c) => c.after || '(dropped)').join(', ')}`;
        return {
          articleId: a.articleId,
          status: a.status,
          value,
          span: a.span,
          conflicting: CONFLICTING.has(a.status),
        };
      });
      const matches = new Map(matchClaim(claim, targets, cache).map((m) => [m.articleId, m]));
      const mine = cache.get(claim.text);
      for (const r of related) {
        const m = matches.get(r.id);
        if (!m) {
          cells.push({ articleId: r.id, status: 'silent', value: null, span: null, conflicting: false });
          continue;
        }
        // Another text on the subject rarely restates a sentence closely enough for the match
        // to call it different; in the grid its values decide: another count of the same thing,
        // or another date, is a conflict.
        const theirs = cache.get(m.text);
        const conflicting = m.relation === 'differs' || valuesConflict(mine, theirs, claim.kinds);
        cells.push({
          articleId: r.id,
          status: conflicting ? 'differs' : m.relation,
          value: valueOf(theirs, facets, m.text),
          span: { text: m.text, start: m.start, end: m.end },
          conflicting,
        });
      }
      rows.push({
        claimId: claim.id,
        articleId: claim.articleId,
        kinds: claim.kinds,
        text: claim.text,
        cells,
        conflicting: cells.some((c) => c.conflicting),
      });
    }
  });
  return { columns, rows };
}

/** Aligns each pair of versions once: every claim of one version shares its alignments. */
export function cachedAlign(): AlignRows {
  const done = new Map<string, ReturnType<AlignRows>>();
  return (origin, version) => {
    const key = `${origin.id}>${version.id}`;
    let rows = done.get(key);
    if (!rows) done.set(key, (rows = compareSentences(origin.sentences, version.sentences).rows));
    return rows;
  };
}

/** A figure counting the same thing with another value, or (for a date claim) another date. */
function valuesConflict(mine: SentenceValues, theirs: SentenceValues, kinds: readonly ClaimKind[]): boolean {
  for (const f of mine.figures) {
    if (!f.unit) continue;
    const same = theirs.figures.filter((g) => g.unit === f.unit);
    if (same.length && !same.some((g) => g.value === f.value)) return true;
  }
  if (kinds.includes('date') && mine.dates.length && theirs.dates.length)
    return !mine.dates.some((d) => theirs.dates.includes(d));
  return false;
}

/** What a cell shows of its sentence. */
export type CellFacet = 'figure' | 'date' | 'quote' | 'source';

/**
 * What a row's cells show: what the claim is about (its figures, else its date, else its
 * quote), plus whatever some version changed — a changed date or source shows in every cell
 * of the row, so a flagged cell never reads the same as the cell it conflicts with.
 */
export function rowFacets(kinds: readonly ClaimKind[], statuses: ReadonlySet<string>): CellFacet[] {
  const out: CellFacet[] = [];
  if (kinds.includes('figure')) out.push('figure');
  else if (kinds.includes('date')) out.push('date');
  else if (kinds.includes('quote')) out.push('quote');
  if (statuses.has('figure changed') && !out.includes('figure')) out.push('figure');
  if (statuses.has('date changed') && !out.includes('date')) out.push('date');
  if (statuses.has('attribution changed')) out.push('source');
  return out;
}

/**
 * The part of a sentence the row is about, for its cell: each facet the sentence has (dates
 * with their years, as written), joined; when it has none of them (an attribution, or a claim
 * of the reviewer's own), the sentence itself, shortened.
 */
export function valueOf(values: SentenceValues, facets: readonly CellFacet[], text: string): string {
  const parts: string[] = [];
  for (const facet of facets) {
    const part =
      facet === 'figure'
        ? values.figures.map((f) => (f.unit ? `${f.text} ${f.unit}` : f.text)).join('; ')
        : facet === 'date'
          ? [values.datesWritten.join('; '), values.years.join('; ')].filter(Boolean).join(', ')
          : facet === 'quote'
            ? values.quotes.map((q) => `“${q}”`).join(' ')
            : values.sourcesWritten.join('; ');
    if (part) parts.push(part);
  }
  if (parts.length) return parts.join(' · ');
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
