// Picks how the UI talks to the services: the preload's IPC bridge inside Electron, or HTTP
// to `crosscheck serve` in a browser. Nothing else in the renderer knows which one it got.
import type {
  ApiInput,
  CrosscheckBridge,
  DesktopBridge,
  ExportedReport,
  WorkbenchApi,
} from '../../shared/api';
import { createApiClient, invokeThrough } from '../../shared/api-client';
import { takeLaunchToken } from './browser-token';
import { createHttpApi } from './http-transport';

export interface WorkbenchClient {
  readonly api: WorkbenchApi;
  readonly mode: 'desktop' | 'browser';
  /** The native folder picker; null in browser mode, where a file input is used instead. */
  readonly pickFolders: (() => Promise<string[] | null>) | null;
  /** Electron's own PDF printing; null in browser mode, where the server prints with Chromium. */
  readonly printReportPdf: ((request: ApiInput<'getReport'>) => Promise<ExportedReport>) | null;
  /** The desktop app's other native abilities (menu, log, dropped paths); null in browser mode. */
  readonly desktop: DesktopBridge | null;
}

function findBridge(): CrosscheckBridge | undefined {
  // Read without augmenting `Window`, so this file does not fight the preload's own declaration.
  return Reflect.get(window, 'crosscheck') as CrosscheckBridge | undefined;
}

export function createClient(): WorkbenchClient {
  const bridge = findBridge();
  if (bridge) {
    return {
      // Rebuilt on this side: the preload's api rejects with ApiErrorData, because contextBridge
      // would cut an Error down to its message; here it becomes this page's own ApiError again.
      api: createApiClient(invokeThrough(bridge.api)),
      mode: 'desktop',
      pickFolders: () => bridge.desktop.pickFolders(),
      printReportPdf: (request) => bridge.desktop.printReportPdf(request),
      desktop: bridge.desktop,
    };
  }
  return {
    api: createHttpApi(takeLaunchToken()),
    mode: 'browser',
    pickFolders: null,
    printReportPdf: null,
    desktop: null,
  };
}
