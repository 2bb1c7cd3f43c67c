// The preload: exposes exactly the WorkbenchApi (plus the desktop abilities: native pickers,
// PDF printing, the log, menu commands, dropped files' paths) to the page as
// `window.crosscheck`, each a thin ipcRenderer call. Built as one CommonJS file because a
// sandboxed preload can require nothing but electron.
// The api's calls reject with ApiErrorData, not an ApiError: contextBridge rebuilds a thrown
// Error in the page from its message alone, so the page (renderer/api/client.ts) turns the
// data back into its own ApiError, code and all.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { MENU_COMMANDS, type ApiResponse, type CrosscheckBridge, type MenuCommand } from '../../shared/api';
import { createBridgedApi, unwrapResponse, type ApiInvoke } from '../../shared/api-client';
import { API_CHANNEL_PREFIX, DESKTOP_CHANNELS, MAX_LOGGED_ERROR } from '../../shared/desktop-channels';

async function call(channel: string, input?: unknown): Promise<unknown> {
  return unwrapResponse((await ipcRenderer.invoke(channel, input)) as ApiResponse<unknown>);
}

// The main process answers every API channel with an ApiResponse (api-dispatch, ipc.ts); the
// client has already made an absent input `{}`.
const invoke: ApiInvoke = async (method, input) =>
  (await ipcRenderer.invoke(API_CHANNEL_PREFIX + method, input)) as ApiResponse<unknown>;

const bridge: CrosscheckBridge = {
  api: createBridgedApi(invoke),
  desktop: {
    pickFolders: () => ipcRenderer.invoke(DESKTOP_CHANNELS.pickFolders) as Promise<string[] | null>,
    pickWorkspace: () => ipcRenderer.invoke(DESKTOP_CHANNELS.pickWorkspace) as Promise<string | null>,
    printReportPdf: async (request) =>
      (await call(DESKTOP_CHANNELS.printReportPdf, request)) as Awaited<
        ReturnType<CrosscheckBridge['desktop']['printReportPdf']>
      >,
    openLogFolder: async () => {
      await ipcRenderer.invoke(DESKTOP_CHANNELS.openLogFolder);
    },
    logError: (message) =>
      ipcRenderer.send(DESKTOP_CHANNELS.logError, String(message).slice(0, MAX_LOGGED_ERROR)),
    pathForFile: (file) => webUtils.getPathForFile(file),
    onMenuCommand: (listener) => {
      // Only known commands reach the page, and never the IPC event itself (it carries `sender`).
      const handler = (_event: unknown, command: unknown, argument: unknown) => {
        if (!(MENU_COMMANDS as readonly unknown[]).includes(command)) return;
        const arg = typeof argument === 'string' && argument.length <= 4096 ? argument : null;
        listener(command as MenuCommand, arg);
      };
      ipcRenderer.on(DESKTOP_CHANNELS.menuCommand, handler);
      return () => void ipcRenderer.removeListener(DESKTOP_CHANNELS.menuCommand, handler);
    },
  },
};

contextBridge.exposeInMainWorld('crosscheck', bridge);
