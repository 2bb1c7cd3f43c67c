// Compares two cleaned articles: aligned sentence rows, each changed pair diffed word by word
// (jsdiff's diffArrays over word tokens) and every change classified. The `diff` CLI contract of DESIGN.md.
import { diffArrays } from 'diff';
import type { Span } from '../model';
import { alignSentences } from './align-sentences';
import { classifyChange, type ClassifiedChange } from './classify-change';

export interface CompareRow {
  readonly kind: 'same' | 'changed' | 'added' | 'removed' | 'moved';
  readonly a: Span | null;
  readonly b: Span | null;
  readonly changes: readonly ClassifiedChange[];
}

export interface CompareSummary {
  readonly substantive: number;
  readonly cosmetic: number;
  readonly added: number;
  readonly removed: number;
  readonly moved: number;
}

export function compareSentences(
  a: readonly Span[],
  b: readonly Span[],
): { rows: CompareRow[]; summary: CompareSummary } {
  const rows = alignSentences(a, b).map((pair): CompareRow => {
    if (pair.kind !== 'changed') return { ...pair, changes: [] };
    return { ...pair, changes: wordChanges(pair.a!.text, pair.b!.text) };
  });
  const changes = rows.flatMap((r) => r.changes);
  return {
    rows,
    summary: {
      substantive: changes.filter((c) => c.kind === 'substantive').length,
      cosmetic: changes.filter((c) => c.kind === 'cosmetic').length,
      added: rows.filter((r) => r.kind === 'added').length,
      removed: rows.filter((r) => r.kind === 'removed').length,
      moved: rows.filter((r) => r.kind === 'moved').length,
    },
  };
}

/**
 * Runs of removed/added words between unchanged words, each run one change. Words are
 * tokenised so a number stays whole ("1,860" → "1,680" is one change, not "860" → "680").
 */
function wordChanges(before: string, after: string): ClassifiedChange[] {
  const out: ClassifiedChange[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed || added) out.push(classifyChange(removed.trim(), added.trim(), before));
    removed = '';
    added = '';
  };
  for (const part of diffArrays(tokens(before), tokens(after))) {
    const value = part.value.join('');
    if (part.removed) removed += value;
    else if (part.added) added += value;
    else if (/^\s*$/.test(value) && (removed || added)) {
      removed += value;
      added += value;
    } else flush();
  }
  flush();
  return out;
}

/** Numbers with their separators, words with inner apostrophes and hyphens, spaces, single marks. */
function tokens(text: string): string[] {
  return text.match(/\d[\d,.\u00a0]*\d|\d|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\s+|[^\s]/gu) ?? [];
}
