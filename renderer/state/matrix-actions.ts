// The consistency matrix screen: the story's claims × its versions and related articles,
// loaded from getMatrix; a row's verdict set from the grid (the same setVerdict as the review);
// a cell opens its passage in the reader.
import type { ConsistencyMatrixView, VerdictStatus } from '../../shared/model';
import type { WorkbenchClient } from '../api/client';
import { renderMatrixCsv } from '../../shared/report';
import { download } from './download';
import { messageOf } from './import-actions';
import type { LibraryState } from './library-state';
import type { Store } from './store';

export interface MatrixScreenState {
  readonly storyId: string;
  readonly status: 'loading' | 'ready' | 'error';
  readonly view: ConsistencyMatrixView | null;
  readonly error: string | null;
  /** Show only the rows where some article conflicts. */
  readonly onlyConflicts: boolean;
  /** The row whose verdict is being saved. */
  readonly saving: string | null;
  /** What the last action did, for the status line and screen readers. */
  readonly notice: string;
}

export interface MatrixActions {
  openMatrix(storyId: string): void;
  closeMatrix(): void;
  setOnlyConflicts(only: boolean): void;
  setRowVerdict(claimId: string, status: VerdictStatus | null): Promise<void>;
  /** Opens a cell's passage in the reader, highlighted. */
  openCell(articleId: string, start: number, end: number): void;
  /** Saves the matrix as CSV (a download; the BOM as the report defaults in Settings say). */
  exportMatrixCsv(): void;
}

export function createMatrixActions(
  store: Store<LibraryState>,
  client: WorkbenchClient,
  openPassage: (articleId: string, start: number, end: number) => void,
): MatrixActions {
  let request = 0;
  const update = (patch: (m: MatrixScreenState) => Partial<MatrixScreenState>): void =>
    store.setState((s) => (s.matrix ? { ...s, matrix: { ...s.matrix, ...patch(s.matrix) } } : s));

  async function load(storyId: string): Promise<void> {
    const mine = ++request;
    try {
      const view = await client.api.getMatrix({ storyId });
      if (mine === request) update(() => ({ status: 'ready', view, error: null }));
    } catch (error) {
      if (mine === request) update(() => ({ status: 'error', error: messageOf(error) }));
    }
  }

  return {
    openMatrix(storyId) {
      store.setState((s) => ({
        ...s,
        compare: null,
        review: null,
        reportScreen: null,
        matrix: {
          storyId,
          status: 'loading',
          view: null,
          error: null,
          onlyConflicts: false,
          saving: null,
          notice: '',
        },
      }));
      void load(storyId);
    },
    closeMatrix() {
      request++;
      store.setState((s) => (s.matrix ? { ...s, matrix: null } : s));
    },
    setOnlyConflicts(onlyConflicts) {
      update(() => ({ onlyConflicts }));
    },
    async setRowVerdict(claimId, status) {
      const m = store.getState().matrix;
      const row = m?.view?.rows.find((r) => r.claimId === claimId);
      if (!m || !row || m.saving) return;
      update(() => ({ saving: claimId, notice: '' }));
      try {
        const reviewer = store.getState().settings?.settings.reviewer.trim() || null;
        // The row's note and evidence stay as they are; only the status changes here.
        const verdict = await client.api.setVerdict({
          claimId,
          status,
          ...(row.verdict ? { note: row.verdict.note } : {}),
          ...(row.verdict?.evidence.length
            ? {
                evidence: row.verdict.evidence.map((e) => ({
                  articleId: e.articleId,
                  start: e.start,
                  end: e.end,
                  text: e.text,
                })),
              }
            : {}),
          reviewer,
        });
        update((cur) => ({
          saving: null,
          notice: status ? `Saved: ${status}` : 'Verdict cleared',
          view: cur.view && {
            ...cur.view,
            rows: cur.view.rows.map((r) => (r.claimId === claimId ? { ...r, verdict } : r)),
          },
        }));
      } catch (error) {
        update(() => ({ saving: null, notice: `Not saved: ${messageOf(error)}` }));
      }
    },
    exportMatrixCsv() {
      const m = store.getState().matrix;
      if (!m?.view) return;
      const bom = store.getState().settings?.settings.report.bom ?? false;
      download(
        `crosscheck-matrix-${m.storyId}.csv`,
        'text/csv;charset=utf-8',
        renderMatrixCsv(m.view, { bom }),
      );
      update(() => ({ notice: 'Exported the matrix as CSV' }));
    },
    openCell(articleId, start, end) {
      request++;
      store.setState((s) => ({ ...s, matrix: null }));
      openPassage(articleId, start, end);
    },
  };
}
