// One way to save a verdict, for every screen that saves one (the review, the matrix): the
// input is the claim's verdict as it stands with one part changed, and the services answer
// with everything the screen shows after the save (SavedVerdict), so a save is one round trip.
import type { ApiInput } from '../../shared/api';
import type { Evidence, Verdict, VerdictStatus } from '../../shared/model';

export interface VerdictEdit {
  /** The new status (null clears the verdict); left out, the status stays (or 'unclear'). */
  readonly status?: VerdictStatus | null;
  readonly note?: string;
  readonly evidence?: readonly Evidence[];
}

/**
 * The setVerdict input for one change to a claim's verdict, the rest as it stands. Cited
 * evidence goes back with its text, so a passage whose offsets moved (a restored line) stays
 * on its words.
 */
export function verdictInput(
  claimId: string,
  current: Verdict | null,
  change: VerdictEdit,
  reviewer: string | null,
): ApiInput<'setVerdict'> {
  const evidence = change.evidence ?? current?.evidence ?? [];
  return {
    claimId,
    status: change.status === undefined ? (current?.status ?? 'unclear') : change.status,
    note: change.note ?? current?.note ?? '',
    evidence: evidence.map(({ articleId, start, end, text }) => ({ articleId, start, end, text })),
    reviewer,
  };
}
