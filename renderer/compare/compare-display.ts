// Turns a comparison into what the compare screen draws: display rows in reading order (a moved
// sentence appears twice — where it left, on the left, and where it arrived, on the right —
// each linking to the other), the stops `n`/`p` walk through, and the counts the toolbar shows.
// Pure, so the screen's logic is tested without a browser.
import type { ArticleComparison, ComparisonRow, WordChange } from '../../shared/model';

type Part = NonNullable<ComparisonRow['parts']>[number];

export type DisplayRow =
  | { readonly kind: 'same'; readonly a: string; readonly b: string }
  | {
      readonly kind: 'changed';
      readonly a: string;
      readonly b: string;
      readonly parts: readonly Part[];
      readonly changes: readonly WordChange[];
      /** Every change in the row is cosmetic (shown dimmed, or plain when cosmetic is hidden). */
      readonly cosmeticOnly: boolean;
    }
  | { readonly kind: 'removed'; readonly a: string }
  | { readonly kind: 'added'; readonly b: string }
  /** Where a moved sentence left (A's order); `to` is the display row where it arrived. */
  | ({ readonly kind: 'moved-from'; readonly a: string; readonly to: number } & MovedEdits)
  /** Where a moved sentence arrived (B's order); `from` is the display row it left. */
  | ({ readonly kind: 'moved-to'; readonly b: string; readonly from: number } & MovedEdits);

/** A moved sentence that was also edited carries its word runs and changes. */
interface MovedEdits {
  readonly parts: readonly Part[] | null;
  readonly changes: readonly WordChange[];
  readonly cosmeticOnly: boolean;
}

export interface CompareDisplay {
  readonly rows: readonly DisplayRow[];
  /** Display row indexes `n`/`p` stop at, in order. */
  readonly stops: readonly number[];
  readonly counts: ArticleComparison['summary'];
}

export function buildDisplay(comparison: ArticleComparison, hideCosmetic: boolean): CompareDisplay {
  const source = comparison.rows;
  // Where each moved sentence arrives: before the first other row that comes after it in B.
  const arrivals = new Map<number, number[]>();
  const tail: number[] = [];
  const bOrder = source
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.b && row.kind !== 'moved');
  source.forEach((row, index) => {
    if (row.kind !== 'moved') return;
    const before = bOrder.find(({ row: other }) => other.b!.start > row.b!.start);
    const list = before ? (arrivals.get(before.index) ?? []) : tail;
    list.push(index);
    if (before) arrivals.set(before.index, list);
  });
  for (const list of [...arrivals.values(), tail])
    list.sort((x, y) => source[x]!.b!.start - source[y]!.b!.start);

  // First pass: the order of display rows; second: the rows with their cross-links.
  const order: { index: number; arrival: boolean }[] = [];
  source.forEach((_, index) => {
    for (const moved of arrivals.get(index) ?? []) order.push({ index: moved, arrival: true });
    order.push({ index, arrival: false });
  });
  for (const moved of tail) order.push({ index: moved, arrival: true });
  const leftAt = new Map<number, number>();
  const arrivedAt = new Map<number, number>();
  order.forEach(({ index, arrival }, at) => (arrival ? arrivedAt : leftAt).set(index, at));

  const rows: DisplayRow[] = [];
  const stops: number[] = [];
  order.forEach(({ index, arrival }, at) => {
    const row = source[index]!;
    const display = toDisplay(row, arrival, leftAt.get(index)!, arrivedAt.get(index) ?? -1);
    rows.push(display);
    if (isStop(display, hideCosmetic)) stops.push(at);
  });
  return { rows, stops, counts: comparison.summary };
}

function toDisplay(row: ComparisonRow, arrival: boolean, left: number, arrived: number): DisplayRow {
  switch (row.kind) {
    case 'same':
      return { kind: 'same', a: row.a!.text, b: row.b!.text };
    case 'removed':
      return { kind: 'removed', a: row.a!.text };
    case 'added':
      return { kind: 'added', b: row.b!.text };
    case 'moved': {
      const edits = {
        parts: row.parts ?? null,
        changes: row.changes,
        cosmeticOnly: row.changes.every((c) => c.kind === 'cosmetic'),
      };
      return arrival
        ? { kind: 'moved-to', b: row.b!.text, from: left, ...edits }
        : { kind: 'moved-from', a: row.a!.text, to: arrived, ...edits };
    }
    case 'changed':
      return {
        kind: 'changed',
        a: row.a!.text,
        b: row.b!.text,
        parts: row.parts ?? [{ op: 'same', text: row.b!.text, change: null }],
        changes: row.changes,
        cosmeticOnly: row.changes.every((c) => c.kind === 'cosmetic'),
      };
  }
}

/** A change worth stopping at: anything but a same row, a cosmetic row while cosmetic is hidden, or an arrival (its departure is the stop). */
function isStop(row: DisplayRow, hideCosmetic: boolean): boolean {
  if (row.kind === 'same' || row.kind === 'moved-to') return false;
  if (row.kind === 'changed') return !(hideCosmetic && row.cosmeticOnly);
  return true;
}

/** The next stop after (or before) the one at `current` (-1: none yet), staying at the ends. */
export function stepStop(stops: readonly number[], current: number, delta: 1 | -1): number {
  if (stops.length === 0) return -1;
  if (current < 0) return delta === 1 ? 0 : stops.length - 1;
  return Math.min(stops.length - 1, Math.max(0, current + delta));
}

/** How a stop's row is marked on the overview strip. */
export function stopTone(row: DisplayRow): 'substantive' | 'cosmetic' | 'added' | 'removed' | 'moved' {
  if (row.kind === 'changed') return row.cosmeticOnly ? 'cosmetic' : 'substantive';
  if (row.kind === 'added') return 'added';
  if (row.kind === 'removed') return 'removed';
  return 'moved';
}
