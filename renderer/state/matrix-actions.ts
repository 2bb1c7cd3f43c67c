// The consistency matrix screen: the story's claims × its versions and related articles,
// loaded from getMatrix; a row's verdict set from the grid (the same setVerdict as the review);
// a cell opens its passage in the reader.
import type { VerdictStatus } from '../../shared/model';
import type { WorkbenchClient } from '../api/client';
import { renderMatrixCsv } from '../../shared/report';
import { download } from './download';
import { messageOf } from './error-message';
import type { LibraryState } from './library-state';
import type { MatrixScreenState } from './matrix-state';
import { leaveScreen, navigate, updateScreen } from './navigation';
import { screenData, screenWith } from './screen-state';
import type { Store } from './store';
import { verdictInput } from './verdict-save';

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
    updateScreen(store, 'matrix', patch);
  /** The matrix shown, or null on any other screen. */
  const shown = () => screenData(store.getState().screen, 'matrix');

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
      navigate(
        store,
        screenWith('matrix', {
          storyId,
          status: 'loading',
          view: null,
          error: null,
          onlyConflicts: false,
          saving: null,
          notice: '',
        }),
      );
      void load(storyId);
    },
    closeMatrix() {
      request++;
      leaveScreen(store, 'matrix');
    },
    setOnlyConflicts(onlyConflicts) {
      update(() => ({ onlyConflicts }));
    },
    async setRowVerdict(claimId, status) {
      const m = shown();
      const row = m?.view?.rows.find((r) => r.claimId === claimId);
      if (!m || !row || m.saving) return;
      update(() => ({ saving: claimId, notice: '' }));
      try {
        const reviewer = store.getState().settings?.settings.reviewer.trim() || null;
        // The row's note and evidence stay as they are; only the status changes here.
        const saved = await client.api.setVerdict(verdictInput(claimId, row.verdict, { status }, reviewer));
        const verdict = saved.change.verdict;
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
      const m = shown();
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
      // Opening the passage leaves the matrix for the reader.
      openPassage(articleId, start, end);
    },
  };
}
