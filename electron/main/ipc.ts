// Registers one IPC handler per WorkbenchApi method. Every handler goes through the same
// gate: the sender must be our own renderer page, and the input is validated by
// api-dispatch against shared/api.ts. Nothing here trusts the renderer.
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type ApiResponse, type WorkbenchApi } from '../../shared/api';
import { dispatch } from '../services/api-dispatch';

export const CHANNEL_PREFIX = 'crosscheck:';
export const PICK_FOLDERS_CHANNEL = 'crosscheck-desktop:pickFolders';

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
}
