// The preload: exposes exactly the WorkbenchApi (plus the native folder picker) to the page
// as `window.crosscheck`, each method a thin ipcRenderer.invoke. Built as one CommonJS file
// because a sandboxed preload can require nothing but electron.
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, type ApiResponse, type CrosscheckBridge, type WorkbenchApi } from '../../shared/api';

// Kept in step with electron/main/ipc.ts (the preload cannot import main-process code).
const CHANNEL_PREFIX = 'crosscheck:';
const PICK_FOLDERS_CHANNEL = 'crosscheck-desktop:pickFolders';
const PRINT_PDF_CHANNEL = 'crosscheck-desktop:printReportPdf';

const api = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    async (input: unknown) => {
      const response = (await ipcRenderer.invoke(
        CHANNEL_PREFIX + method,
        input ?? {},
      )) as ApiResponse<unknown>;
      if (!response.ok) throw new Error(response.error.message);
      return response.value;
    },
  ]),
) as unknown as WorkbenchApi;

const bridge: CrosscheckBridge = {
  api,
  desktop: {
    pickFolders: () => ipcRenderer.invoke(PICK_FOLDERS_CHANNEL) as Promise<string[] | null>,
    printReportPdf: async (request) => {
      const response = (await ipcRenderer.invoke(PRINT_PDF_CHANNEL, request)) as ApiResponse<unknown>;
      if (!response.ok) throw new Error(response.error.message);
      return response.value as Awaited<ReturnType<CrosscheckBridge['desktop']['printReportPdf']>>;
    },
  },
};

contextBridge.exposeInMainWorld('crosscheck', bridge);
