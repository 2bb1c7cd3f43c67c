// The report screen: scope and options, a live preview of the report model, and exports that
// arrive as a file download (the desktop app asks where to save it, as for any download).
import type { ApiInput } from '../../shared/api';
import type { ReportFormat } from '../../shared/report';
import type { WorkbenchClient } from '../api/client';
import { messageOf } from './error-message';
import type { LibraryState } from './library-state';
import { leaveScreen, navigate, updateScreen } from './navigation';
import type { ReportOptions, ReportScreenState } from './report-state';
import { screenData, screenWith } from './screen-state';
import type { Store } from './store';
import { downloadBase64 } from './download';

export interface ReportActions {
  openReport(storyId?: string | null): void;
  closeReport(): void;
  setReportOptions(patch: Partial<ReportOptions>): void;
  exportReport(format: ReportFormat): Promise<void>;
}

export function createReportActions(store: Store<LibraryState>, client: WorkbenchClient): ReportActions {
  let request = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (patch: (r: ReportScreenState) => Partial<ReportScreenState>): void =>
    updateScreen(store, 'report', patch);
  const shown = (): ReportScreenState | null => screenData(store.getState().screen, 'report');

  const requestOf = (o: ReportOptions): ApiInput<'getReport'> => ({
    scope: o.storyId ? 'story' : 'workspace',
    ...(o.storyId ? { storyId: o.storyId } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(o.from) ? { from: o.from } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(o.to) ? { to: o.to } : {}),
    ...(o.title.trim() ? { title: o.title.trim() } : {}),
    ...(o.organisation.trim() ? { organisation: o.organisation.trim() } : {}),
    appendix: o.appendix,
  });

  async function refresh(): Promise<void> {
    const screen = shown();
    if (!screen) return;
    const mine = ++request;
    update(() => ({ status: 'loading' }));
    try {
      // The preview shows no matrix, and is asked for again after every edit: none is built.
      const preview = await client.api.getReport({ ...requestOf(screen.options), matrix: false });
      if (mine === request) update(() => ({ status: 'ready', error: null, preview }));
    } catch (error) {
      if (mine === request) update(() => ({ status: 'error', error: messageOf(error) }));
    }
  }

  return {
    openReport(storyId = null) {
      navigate(store, (s) =>
        screenWith('report', {
          // Organisation and the appendix and BOM choices start from Settings' report defaults.
          options: {
            storyId,
            title: '',
            organisation: s.settings?.settings.organisation ?? '',
            from: '',
            to: '',
            appendix: s.settings?.settings.report.appendix ?? false,
            bom: s.settings?.settings.report.bom ?? false,
          },
          status: 'loading',
          error: null,
          preview: null,
          exporting: null,
          notice: '',
        }),
      );
      void refresh();
    },
    closeReport() {
      request++;
      leaveScreen(store, 'report');
    },
    setReportOptions(patch) {
      update((r) => ({ options: { ...r.options, ...patch } }));
      // Typing in a field waits for a pause before the preview is rebuilt.
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), 300);
    },
    async exportReport(format) {
      const screen = shown();
      if (!screen || screen.exporting) return;
      update(() => ({ exporting: format, notice: '' }));
      try {
        // The desktop app prints PDF itself (Electron's printToPDF); elsewhere the server does.
        const file =
          format === 'pdf' && client.printReportPdf
            ? await client.printReportPdf(requestOf(screen.options))
            : await client.api.exportReport({
                format,
                request: requestOf(screen.options),
                bom: screen.options.bom,
              });
        downloadBase64(file.fileName, file.mimeType, file.base64);
        update(() => ({ exporting: null, notice: `Exported ${file.fileName}.` }));
      } catch (error) {
        update(() => ({ exporting: null, notice: `Not exported: ${messageOf(error)}` }));
      }
    },
  };
}
