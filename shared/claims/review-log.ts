// The reviewer's work as an append-only log of records — verdicts set and cleared, undone and
// redone, claims added from a selected span, deleted or merged — and the pure fold that turns
// the log into the current state. Nothing is ever rewritten: undo is a new record, so the
// history of every claim is the log itself.
import type { ClaimKind, Verdict, VerdictChange } from '../model';

interface RecordBase {
  /** Unique per record (random), so undo and redo can name the record they reverse. */
  readonly id: string;
  readonly at: string;
}

export type ReviewRecord =
  | (RecordBase & {
      readonly type: 'verdict';
      readonly claimId: string;
      readonly action: 'set' | 'clear' | 'undo' | 'redo';
      /** The claim's verdict after this record; null: none. */
      readonly verdict: Verdict | null;
      /** For undo/redo: the record reversed. */
      readonly target?: string;
      /** The claim's text when the verdict was given, so a verdict that outlives its claim still reads. */
      readonly claimText?: string;
    })
  | (RecordBase & {
      readonly type: 'claim-add';
      readonly claim: {
        readonly id: string;
        readonly articleId: string;
        readonly start: number;
        readonly end: number;
        readonly text: string;
        readonly kinds: readonly ClaimKind[];
      };
    })
  | (RecordBase & { readonly type: 'claim-delete'; readonly claimId: string })
  | (RecordBase & {
      readonly type: 'claim-merge';
      readonly claimIds: readonly string[];
      readonly into: string;
    });

export type AddedClaim = Extract<ReviewRecord, { type: 'claim-add' }>['claim'];

export interface ReviewState {
  readonly verdicts: ReadonlyMap<string, Verdict>;
  readonly history: ReadonlyMap<string, readonly VerdictChange[]>;
  readonly added: ReadonlyMap<string, AddedClaim>;
  readonly deleted: ReadonlySet<string>;
  /** Claim id → the claim it was merged into. */
  readonly mergedInto: ReadonlyMap<string, string>;
  /** The last known text of each claim with a verdict record. */
  readonly claimTexts: ReadonlyMap<string, string>;
  /** The verdict record `undo` would reverse, and the undo record `redo` would reverse. */
  readonly undoable: Extract<ReviewRecord, { type: 'verdict' }> | null;
  readonly redoable: Extract<ReviewRecord, { type: 'verdict' }> | null;
}

export function foldReview(records: readonly ReviewRecord[]): ReviewState {
  const verdicts = new Map<string, Verdict>();
  const history = new Map<string, VerdictChange[]>();
  const added = new Map<string, AddedClaim>();
  const deleted = new Set<string>();
  const mergedInto = new Map<string, string>();
  const claimTexts = new Map<string, string>();
  const byId = new Map<string, Extract<ReviewRecord, { type: 'verdict' }>>();
  // Verdict records that may still be undone, newest last; undo records that may be redone.
  const undoStack: string[] = [];
  const redoStack: string[] = [];
  for (const r of records) {
    switch (r.type) {
      case 'verdict': {
        byId.set(r.id, r);
        if (r.claimText) claimTexts.set(r.claimId, r.claimText);
        if (r.verdict) verdicts.set(r.claimId, r.verdict);
        else verdicts.delete(r.claimId);
        const list = history.get(r.claimId) ?? [];
        list.push({ claimId: r.claimId, action: r.action, verdict: r.verdict, at: r.at });
        history.set(r.claimId, list);
        if (r.action === 'undo') {
          removeLast(undoStack, r.target);
          redoStack.push(r.id);
        } else if (r.action === 'redo') {
          const undo = r.target ? byId.get(r.target) : undefined;
          removeLast(redoStack, r.target);
          if (undo?.target) undoStack.push(undo.target);
        } else {
          undoStack.push(r.id);
          // A new decision ends the redo chain, as in every editor.
          redoStack.length = 0;
        }
        break;
      }
      case 'claim-add':
        added.set(r.claim.id, r.claim);
        deleted.delete(r.claim.id);
        break;
      case 'claim-delete':
        deleted.add(r.claimId);
        break;
      case 'claim-merge':
        for (const id of r.claimIds) if (id !== r.into) mergedInto.set(id, r.into);
        break;
    }
  }
  const undoId = undoStack[undoStack.length - 1];
  const redoId = redoStack[redoStack.length - 1];
  return {
    verdicts,
    history,
    added,
    deleted,
    mergedInto,
    claimTexts,
    undoable: undoId ? (byId.get(undoId) ?? null) : null,
    redoable: redoId ? (byId.get(redoId) ?? null) : null,
  };
}

function removeLast(stack: string[], id: string | undefined): void {
  const at = id === undefined ? -1 : stack.lastIndexOf(id);
  if (at >= 0) stack.splice(at, 1);
}

/** The verdict a claim had just before record `id` (what undoing that record restores). */
export function verdictBefore(records: readonly ReviewRecord[], id: string): Verdict | null {
  const target = records.find((r) => r.id === id);
  if (!target || target.type !== 'verdict') return null;
  let before: Verdict | null = null;
  for (const r of records) {
    if (r.id === id) return before;
    if (r.type === 'verdict' && r.claimId === target.claimId) before = r.verdict;
  }
  return before;
}
