// Registers one IPC handler per WorkbenchApi method plus the desktop abilities. Every handler
// goes through the same gate: the sender must be our own renderer page (its top frame), and
// API input is validated by api-dispatch against shared/api.ts. Nothing here trusts the page.
import { BrowserWindow, dialog, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type ApiResponse, type WorkbenchApi } from '../../shared/api';
import { API_CHANNEL_PREFIX, DESKTOP_CHANNELS, MAX_LOGGED_ERROR } from '../../shared/desktop-channels';
import { dispatch } from '../services/api-dispatch';

export interface IpcOptions {
  readonly api: WorkbenchApi;
  readonly isTrustedUrl: (url: string) => boolean;
  readonly printHtml: (html: string) => Promise<Buffer>;
  readonly openLogFolder: () => Promise<void>;
  readonly log: { error(...args: unknown[]): void };
}

const LOGGED_ERRORS_PER_MINUTE = 20;

const FORBIDDEN: ApiResponse<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Request from an untrusted page.' },
};

export function registerIpc(options: IpcOptions): void {
  const { api, isTrustedUrl } = options;
  const fromUs = (event: IpcMainInvokeEvent | IpcMainEvent) => {
    const url = event.senderFrame?.url ?? '';
    return isTrustedUrl(url) && event.senderFrame === event.sender.mainFrame;
  };
  const windowOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);

  for (const method of API_METHODS) {
    ipcMain.handle(
      API_CHANNEL_PREFIX + method,
      async (event, input: unknown): Promise<ApiResponse<unknown>> => {
        if (!fromUs(event)) return FORBIDDEN;
        return dispatch(api, method, input, (m) => options.log.error(m));
      },
    );
  }

  ipcMain.handle(DESKTOP_CHANNELS.pickFolders, async (event): Promise<string[] | null> => {
    if (!fromUs(event)) return null;
    const result = await showOpenDialog(windowOf(event), {
      title: 'Import articles',
      buttonLabel: 'Import',
      properties: ['openDirectory', 'multiSelections'],
    });
    return result.canceled ? null : result.filePaths;
  });

  ipcMain.handle(DESKTOP_CHANNELS.pickWorkspace, async (event): Promise<string | null> => {
    if (!fromUs(event)) return null;
    const result = await showOpenDialog(windowOf(event), WORKSPACE_DIALOG);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });

  ipcMain.handle(
    DESKTOP_CHANNELS.printReportPdf,
    async (event, request: unknown): Promise<ApiResponse<unknown>> => {
      if (!fromUs(event)) return FORBIDDEN;
      // The request goes through the same gate; the HTML is rendered here, never taken from the page.
      const html = await dispatch(api, 'exportReport', { format: 'html', request });
      if (!html.ok) return html;
      const file = html.value as { fileName: string; base64: string };
      try {
        const pdf = await options.printHtml(Buffer.from(file.base64, 'base64').toString('utf8'));
        return {
          ok: true,
          value: {
            fileName: file.fileName.replace(/\.html$/, '.pdf'),
            mimeType: 'application/pdf',
            base64: pdf.toString('base64'),
          },
        };
      } catch (err) {
        return {
          ok: false,
          error: { code: 'failed', message: `The PDF could not be printed: ${(err as Error).message}` },
        };
      }
    },
  );

  ipcMain.handle(DESKTOP_CHANNELS.openLogFolder, async (event): Promise<void> => {
    if (fromUs(event)) await options.openLogFolder();
  });

  // A page stuck in an error loop must not fill the log (and push the crash out of it): the
  // same message is written once, and at most LOGGED_ERRORS_PER_MINUTE a minute in all.
  let minute = 0;
  let loggedThisMinute = 0;
  const seen = new Set<string>();
  ipcMain.on(DESKTOP_CHANNELS.logError, (event, message: unknown) => {
    if (!fromUs(event) || typeof message !== 'string') return;
    const now = Math.floor(Date.now() / 60_000);
    if (now !== minute) {
      minute = now;
      loggedThisMinute = 0;
      seen.clear();
    }
    const text = message.slice(0, MAX_LOGGED_ERROR);
    if (seen.has(text) || loggedThisMinute > LOGGED_ERRORS_PER_MINUTE) return;
    seen.add(text);
    loggedThisMinute++;
    options.log.error(
      loggedThisMinute > LOGGED_ERRORS_PER_MINUTE
        ? 'renderer: more errors this minute were not logged'
        : `renderer: ${text}`,
    );
  });
}

export const WORKSPACE_DIALOG = {
  title: 'Open workspace',
  buttonLabel: 'Open',
  message: 'Choose a Crosscheck workspace, or an empty folder for a new one.',
  properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
};

export function showOpenDialog(window: BrowserWindow | null, options: Electron.OpenDialogOptions) {
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}
