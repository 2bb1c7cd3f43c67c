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
        /** The text just before and after it when it was made (a W3C TextQuoteSelector's). */
        readonly prefix?: string;
        readonly suffix?: string;
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

/**
 * The fold, kept open: records are added as they arrive (the journal hands over only what was
 * appended since the last read), so a save costs the same however long the history is.
 */
export class ReviewFolder {
  private readonly verdicts = new Map<string, Verdict>();
  private readonly history = new Map<string, VerdictChange[]>();
  private readonly added = new Map<string, AddedClaim>();
  private readonly deleted = new Set<string>();
  private readonly mergedInto = new Map<string, string>();
  private readonly claimTexts = new Map<string, string>();
  private readonly byId = new Map<string, ReviewRecord>();
  /** Per claim, the verdict before each of its verdict records (what undoing it restores). */
  private readonly before = new Map<string, Verdict | null>();
  // Verdict records that may still be undone, newest last; undo records that may be redone.
  private readonly undoStack: string[] = [];
  private readonly redoStack: string[] = [];

  add(records: Iterable<ReviewRecord>): this {
    for (const r of records) this.apply(r);
    return this;
  }

  private apply(r: ReviewRecord): void {
    this.byId.set(r.id, r);
    switch (r.type) {
      case 'verdict': {
        this.before.set(r.id, this.verdicts.get(r.claimId) ?? null);
        if (r.claimText) this.claimTexts.set(r.claimId, r.claimText);
        if (r.verdict) this.verdicts.set(r.claimId, r.verdict);
        else this.verdicts.delete(r.claimId);
        const list = this.history.get(r.claimId) ?? [];
        list.push({ claimId: r.claimId, action: r.action, verdict: r.verdict, at: r.at });
        this.history.set(r.claimId, list);
        if (r.action === 'undo') {
          removeLast(this.undoStack, r.target);
          this.redoStack.push(r.id);
        } else if (r.action === 'redo') {
          const undo = r.target ? this.byId.get(r.target) : undefined;
          removeLast(this.redoStack, r.target);
          if (undo?.type === 'verdict' && undo.target) this.undoStack.push(undo.target);
        } else {
          this.undoStack.push(r.id);
          // A new decision ends the redo chain, as in every editor.
          this.redoStack.length = 0;
        }
        break;
      }
      case 'claim-add':
        this.added.set(r.claim.id, r.claim);
        // Making a claim of a span brings back a claim deleted or merged away there.
        this.deleted.delete(r.claim.id);
        this.mergedInto.delete(r.claim.id);
        break;
      case 'claim-delete':
        this.deleted.add(r.claimId);
        break;
      case 'claim-merge':
        for (const id of r.claimIds) if (id !== r.into) this.mergedInto.set(id, r.into);
        break;
    }
  }

  /** The verdict a claim had just before verdict record `id` (what undoing it restores). */
  verdictBefore(id: string): Verdict | null {
    return this.before.get(id) ?? null;
  }

  record(id: string): ReviewRecord | undefined {
    return this.byId.get(id);
  }

  state(): ReviewState {
    const undoId = this.undoStack[this.undoStack.length - 1];
    const redoId = this.redoStack[this.redoStack.length - 1];
    const verdictRecord = (id: string | undefined) => {
      const r = id ? this.byId.get(id) : undefined;
      return r?.type === 'verdict' ? r : null;
    };
    return {
      verdicts: this.verdicts,
      history: this.history,
      added: this.added,
      deleted: this.deleted,
      mergedInto: this.mergedInto,
      claimTexts: this.claimTexts,
      undoable: verdictRecord(undoId),
      redoable: verdictRecord(redoId),
    };
  }
}

export function foldReview(records: readonly ReviewRecord[]): ReviewState {
  return new ReviewFolder().add(records).state();
}

function removeLast(stack: string[], id: string | undefined): void {
  const at = id === undefined ? -1 : stack.lastIndexOf(id);
  if (at >= 0) stack.splice(at, 1);
}
