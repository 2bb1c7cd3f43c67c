// Compares two cleaned articles: aligned sentence rows, each changed pair diffed word by word
// (jsdiff's diffArrays over word tokens) and every change classified. The `diff` CLI contract
// of DESIGN.md, plus `parts` on changed rows: the pair's words in order, so a view can mark
// exactly the words of each change without diffing again.
import { diffArrays } from 'diff';
import type { Span } from '../model';
import { alignSentences } from './align-sentences';
import { leadingDateline } from '../ingest/dateline';
import { classifyChange, type ClassifiedChange } from './classify-change';

/** A run of words in a changed pair: in both sentences, only in A (removed) or only in B (added). */
export interface DiffPart {
  readonly op: 'same' | 'removed' | 'added';
  readonly text: string;
  /** Index into the row's `changes` of the change this run belongs to; null for unchanged text. */
  readonly change: number | null;
}

export interface CompareRow {
  readonly kind: 'same' | 'changed' | 'added' | 'removed' | 'moved';
  readonly a: Span | null;
  readonly b: Span | null;
  readonly changes: readonly ClassifiedChange[];
  /**
   * Changed rows, and moved rows whose two copies differ. Joining the same+removed runs gives
   * `a.text`; same+added gives `b.text`.
   */
  readonly parts?: readonly DiffPart[];
}

export interface CompareSummary {
  readonly substantive: number;
  readonly cosmetic: number;
  readonly added: number;
  readonly removed: number;
  readonly moved: number;
}

const NO_CHANGES: readonly ClassifiedChange[] = Object.freeze([]);

export function compareSentences(
  a: readonly Span[],
  b: readonly Span[],
): { rows: CompareRow[]; summary: CompareSummary } {
  const rows: CompareRow[] = [];
  const summary = { substantive: 0, cosmetic: 0, added: 0, removed: 0, moved: 0 };
  for (const { kind, a: left, b: right } of alignSentences(a, b)) {
    // A moved sentence may also have been edited: its changes count like any other.
    const edited = kind === 'changed' || (kind === 'moved' && left!.text !== right!.text);
    if (!edited) {
      rows.push({ kind, a: left, b: right, changes: NO_CHANGES });
      // Named, not summary[kind]: a keyed update per row cost as much as the row.
      if (kind === 'added') summary.added++;
      else if (kind === 'removed') summary.removed++;
      else if (kind === 'moved') summary.moved++;
      continue;
    }
    // A dateline opens only an article's first sentence.
    const opening = left!.start === 0 || right!.start === 0;
    const { changes, parts } = wordChanges(left!.text, right!.text, opening);
    rows.push({ kind, a: left, b: right, changes, parts });
    if (kind === 'moved') summary.moved++;
    for (const change of changes) summary[change.kind]++;
  }
  return { rows, summary };
}

/**
 * Runs of removed/added words between unchanged words, each run one change. Words are
 * tokenised so a number stays whole ("1,860" → "1,680" is one change, not "860" → "680"), and
 * white space between two edited words joins them into one change ("council spokesperson" →
 * "deputy mayor").
 */
export function wordChanges(
  before: string,
  after: string,
  opening = false,
): { changes: ClassifiedChange[]; parts: DiffPart[] } {
  const changes: ClassifiedChange[] = [];
  const parts: DiffPart[] = [];
  const dateline = opening ? datelineChange(before, after) : null;
  if (dateline) {
    if (dateline.change.before) parts.push({ op: 'removed', text: dateline.prefixA, change: 0 });
    if (dateline.change.after) parts.push({ op: 'added', text: dateline.prefixB, change: 0 });
    changes.push(dateline.change);
    before = before.slice(dateline.prefixA.length);
    after = after.slice(dateline.prefixB.length);
  }
  let pending: { op: DiffPart['op']; text: string }[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (!removed && !added) return;
    // White space held while waiting for more edits, and none came, is unchanged text.
    const trailing: DiffPart[] = [];
    while (pending.length && pending[pending.length - 1]!.op === 'same')
      trailing.unshift({ ...pending.pop()!, change: null });
    for (const p of pending) parts.push({ ...p, change: changes.length });
    parts.push(...trailing);
    changes.push(classifyChange(removed.trim(), added.trim(), before, after));
    pending = [];
    removed = '';
    added = '';
  };
  for (const part of diffArrays(tokens(before), tokens(after))) {
    const value = part.value.join('');
    if (part.removed) {
      removed += value;
      pending.push({ op: 'removed', text: value });
    } else if (part.added) {
      added += value;
      pending.push({ op: 'added', text: value });
    } else if (/^\s*$/.test(value) && (removed || added)) {
      removed += value;
      added += value;
      pending.push({ op: 'same', text: value });
    } else {
      flush();
      parts.push({ op: 'same', text: value, change: null });
    }
  }
  flush();
  return { changes, parts };
}

/**
 * A dateline added, removed or rewritten at the head of the opening sentence is its own change,
 * read apart from the sentence: "LONDON (Reuters) - The carmaker" → "The 40-year-old carmaker"
 * is a dateline removed and an age added, not "LONDON (Reuters) → The 40".
 */
function datelineChange(
  before: string,
  after: string,
): { prefixA: string; prefixB: string; change: ClassifiedChange } | null {
  const [a, b] = [leadingDateline(before), leadingDateline(after)];
  if (!a && !b) return null;
  if (a && b && a.label === b.label) return null; // the same dateline: diffed as words, if at all
  const [prefixA, prefixB] = [a?.prefix ?? '', b?.prefix ?? ''];
  const [labelA, labelB] = [a?.label ?? '', b?.label ?? ''];
  const change: ClassifiedChange =
    a && b
      ? a.place.toLowerCase() === b.place.toLowerCase()
        ? { kind: 'cosmetic', before: labelA, after: labelB, reason: 'dateline reworded' }
        : { kind: 'substantive', before: labelA, after: labelB, reason: 'dateline changed' }
      : {
          kind: 'cosmetic',
          before: labelA,
          after: labelB,
          reason: a ? 'dateline removed' : 'dateline added',
        };
  return { prefixA, prefixB, change };
}

/** Numbers with their separators, words with inner apostrophes and hyphens, spaces, single marks. */
function tokens(text: string): string[] {
  return text.match(/\d[\d,.\u00a0]*\d|\d|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\s+|[^\s]/gu) ?? [];
}
