// Aligns the sentences of two versions. Sentences are compared folded (case, punctuation,
// spelling variants), so re-paragraphed or respelled text still lines up; the longest common
// sequence (jsdiff's diffArrays, Myers O(ND)) gives the anchors; between anchors, removed and
// added sentences that share most words are one changed sentence; a sentence that left one
// place and appears unchanged at another is "moved", linked to where it went.
import { diffArrays } from 'diff';
import type { Span } from '../model';
import { shingleTokens } from '../stories';

export interface AlignedPair {
  readonly kind: 'same' | 'changed' | 'added' | 'removed' | 'moved';
  readonly a: Span | null;
  readonly b: Span | null;
}

const CHANGED_JACCARD = 0.4;

export function alignSentences(a: readonly Span[], b: readonly Span[]): AlignedPair[] {
  const keyA = a.map((s) => shingleTokens(s.text).join(' '));
  const keyB = b.map((s) => shingleTokens(s.text).join(' '));
  const rows: AlignedPair[] = [];
  let i = 0;
  let j = 0;
  const removed: number[] = [];
  const added: number[] = [];
  const flush = () => {
    pairChanged(removed, added, a, b, rows);
    removed.length = 0;
    added.length = 0;
  };
  for (const part of diffArrays(keyA, keyB)) {
    const n = part.count ?? part.value.length;
    if (part.removed) for (let k = 0; k < n; k++) removed.push(i++);
    else if (part.added) for (let k = 0; k < n; k++) added.push(j++);
    else {
      flush();
      for (let k = 0; k < n; k++)
        rows.push({ kind: a[i]!.text === b[j]!.text ? 'same' : 'changed', a: a[i++]!, b: b[j++]! });
    }
  }
  flush();
  return markMoved(rows, keyA, keyB, a, b);
}

/** Between two anchors: pair removed and added sentences that share most words, in order. */
function pairChanged(
  removed: number[],
  added: number[],
  a: readonly Span[],
  b: readonly Span[],
  rows: AlignedPair[],
): void {
  const words = (s: Span) => new Set(shingleTokens(s.text));
  let next = 0;
  for (const r of removed) {
    const wr = words(a[r]!);
    let match = -1;
    for (let k = next; k < added.length; k++) {
      if (jaccard(wr, words(b[added[k]!]!)) >= CHANGED_JACCARD) {
        match = k;
        break;
      }
    }
    if (match < 0) {
      rows.push({ kind: 'removed', a: a[r]!, b: null });
      continue;
    }
    for (; next < match; next++) rows.push({ kind: 'added', a: null, b: b[added[next]!]! });
    rows.push({ kind: 'changed', a: a[r]!, b: b[added[match]!]! });
    next = match + 1;
  }
  for (; next < added.length; next++) rows.push({ kind: 'added', a: null, b: b[added[next]!]! });
}

/** A removed sentence whose exact (folded) text was added elsewhere has moved. */
function markMoved(
  rows: AlignedPair[],
  keyA: string[],
  keyB: string[],
  a: readonly Span[],
  b: readonly Span[],
): AlignedPair[] {
  const addedAt = new Map<string, number[]>();
  rows.forEach((row, index) => {
    if (row.kind === 'added') {
      const key = keyB[b.indexOf(row.b!)]!;
      addedAt.set(key, [...(addedAt.get(key) ?? []), index]);
    }
  });
  const drop = new Set<number>();
  const out = rows.map((row) => {
    if (row.kind !== 'removed') return row;
    const key = keyA[a.indexOf(row.a!)]!;
    const target = addedAt.get(key)?.shift();
    if (target === undefined || key === '') return row;
    drop.add(target);
    return { kind: 'moved' as const, a: row.a, b: rows[target]!.b };
  });
  return out.filter((_, index) => !drop.has(index));
}

function jaccard(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared || 1);
}
