// The preload: exposes exactly the WorkbenchApi (plus the desktop abilities: native pickers,
// PDF printing, the log, menu commands, dropped files' paths) to the page as
// `window.crosscheck`, each a thin ipcRenderer call. Built as one CommonJS file because a
// sandboxed preload can require nothing but electron.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  API_METHODS,
  MENU_COMMANDS,
  type ApiResponse,
  type CrosscheckBridge,
  type MenuCommand,
  type WorkbenchApi,
} from '../../shared/api';
import { API_CHANNEL_PREFIX, DESKTOP_CHANNELS, MAX_LOGGED_ERROR } from '../../shared/desktop-channels';

async function call(channel: string, input?: unknown): Promise<unknown> {
  const response = (await ipcRenderer.invoke(channel, input)) as ApiResponse<unknown>;
  if (!response.ok) throw new Error(response.error.message);
  return response.value;
}

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (input: unknown) => call(API_CHANNEL_PREFIX + method, input ?? {})]),
) as unknown as WorkbenchApi;

const bridge: CrosscheckBridge = {
  api,
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
