// Registers one IPC handler per WorkbenchApi method. Every handler goes through the same
// gate: the sender must be our own renderer page, and the input is validated by
// api-dispatch against shared/api.ts. Nothing here trusts the renderer.
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type ApiResponse, type WorkbenchApi } from '../../shared/api';
import { dispatch } from '../services/api-dispatch';

export const CHANNEL_PREFIX = 'crosscheck:';
export const PICK_FOLDERS_CHANNEL = 'crosscheck-desktop:pickFolders';
export const PRINT_PDF_CHANNEL = 'crosscheck-desktop:printReportPdf';

export function registerIpc(api: WorkbenchApi, isTrustedUrl: (url: string) => boolean): void {
  const fromUs = (event: IpcMainInvokeEvent) => {
    const url = event.senderFrame?.url ?? '';
    return isTrustedUrl(url) && event.senderFrame === event.sender.mainFrame;
  };
  for (const method of API_METHODS) {
    ipcMain.handle(CHANNEL_PREFIX + method, async (event, input: unknown): Promise<ApiResponse<unknown>> => {
      if (!fromUs(event))
        return { ok: false, error: { code: 'forbidden', message: 'Request from an untrusted page.' } };
      return dispatch(api, method, input);
    });
  }
  ipcMain.handle(PICK_FOLDERS_CHANNEL, async (event): Promise<string[] | null> => {
    if (!fromUs(event)) return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = {
      title: 'Import articles',
      buttonLabel: 'Import',
      properties: ['openDirectory', 'multiSelections'] as Array<'openDirectory' | 'multiSelections'>,
    };
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : result.filePaths;
  });
  ipcMain.handle(PRINT_PDF_CHANNEL, async (event, request: unknown): Promise<ApiResponse<unknown>> => {
    if (!fromUs(event))
      return { ok: false, error: { code: 'forbidden', message: 'Request from an untrusted page.' } };
    // The request goes through the same gate; the HTML is rendered here, never taken from the page.
    const html = await dispatch(api, 'exportReport', { format: 'html', request });
    if (!html.ok) return html;
    const file = html.value as { fileName: string; base64: string };
    try {
      const pdf = await printHtml(Buffer.from(file.base64, 'base64').toString('utf8'));
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
  });
}

/** Prints a page in a hidden window with scripts off, then closes it. */
async function printHtml(html: string): Promise<Buffer> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    window.destroy();
  }
}
