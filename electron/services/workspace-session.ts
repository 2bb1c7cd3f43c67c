// The session behind every door: the workspace open now (which can be switched) and the
// reviewer's settings. Its `api` is the whole WorkbenchApi: workspace operations go to the
// workspace open at the moment of the call, session operations are answered here.
import { readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { API_METHODS, SESSION_METHODS, type WorkbenchApi, type WorkspaceApi } from '../../shared/api';
import { WorkbenchError, type WorkspaceInfo } from '../../shared/model';
import type { Settings, WorkspaceList } from '../../shared/settings';
import { SettingsFile } from '../store/settings-file';
import { DOCUMENT_FILE } from '../store/workspace-store';
import { openWorkbench, type OpenedWorkbench } from './open-workbench';
import type { ServiceOptions } from './workbench-service';

export interface SessionOptions extends ServiceOptions {
  readonly appRoot?: string;
  /** Adds each workspace opened to the recent ones (the UIs do; the CLI's one-off commands do not). */
  readonly remember?: boolean;
  /** Called after settings change (the desktop app follows the theme and rebuilds its menu). */
  readonly onSettingsChanged?: (settings: Settings) => void;
  /** Called after another workspace was opened. */
  readonly onWorkspaceChanged?: (info: WorkspaceInfo) => void;
}

const STARTS_IMPORT = new Set<string>(['startImport', 'importPaths', 'importFiles']);

export class WorkspaceSession {
  readonly api: WorkbenchApi;
  private opened: OpenedWorkbench;
  private switching = false;
  /** Imports in progress through importPaths/importFiles (browser mode's uploads), not jobs. */
  private importsInFlight = 0;

  constructor(
    opened: OpenedWorkbench,
    readonly settings: SettingsFile,
    private readonly options: SessionOptions,
  ) {
    this.opened = opened;
    const forward = Object.fromEntries(
      API_METHODS.filter((m) => !(SESSION_METHODS as readonly string[]).includes(m)).map((method) => [
        method,
        // Looked up at call time, so a call after a switch reaches the new workspace.
        async (input: unknown) => {
          // An import started now would write into the workspace being left, out of sight.
          if (this.switching && STARTS_IMPORT.has(method))
            throw new WorkbenchError(
              'failed',
              'Another workspace is being opened; start the import again in a moment.',
            );
          const call = () =>
            (this.opened.api[method as keyof WorkspaceApi] as (i: unknown) => unknown)(input);
          if (method !== 'importPaths' && method !== 'importFiles') return call();
          this.importsInFlight++;
          try {
            return await call();
          } finally {
            this.importsInFlight--;
          }
        },
      ]),
    ) as unknown as WorkspaceApi;
    this.api = {
      ...forward,
      getSettings: async () => this.settings.info(),
      saveSettings: async (patch) => {
        const next = await this.settings.update(patch);
        this.options.onSettingsChanged?.(next);
        return next;
      },
      listWorkspaces: async () => this.listWorkspaces(),
      openWorkspace: async ({ path }) => this.open(path),
    };
  }

  /** Opens the first workspace and the settings (and remembers the workspace as recent). */
  static async start(dir: string, isDefault: boolean, configDir: string, options: SessionOptions) {
    const settings = await SettingsFile.open(configDir);
    const opened = await openWorkbench({ dir, isDefault }, options);
    return WorkspaceSession.around(opened, settings, options);
  }

  /** A session over an already opened workspace (the desktop app opens its first one itself). */
  static async around(opened: OpenedWorkbench, settings: SettingsFile, options: SessionOptions) {
    const session = new WorkspaceSession(opened, settings, options);
    await session.remember();
    return session;
  }

  /** Stops what runs beside the services of the open workspace (the process is stopping). */
  close(): Promise<void> {
    return this.opened.api.close();
  }

  get dir(): string {
    return resolve(this.opened.store.dir);
  }

  listWorkspaces(): WorkspaceList {
    return workspaceList(this.dir, this.settings.info().settings.recentWorkspaces);
  }

  private async remember(): Promise<void> {
    if (!this.options.remember) return;
    // A settings file that cannot be written must not keep a workspace from opening.
    const settings = await this.settings.rememberWorkspace(this.dir).catch(() => null);
    if (settings) this.options.onSettingsChanged?.(settings);
  }

  async open(path: string): Promise<WorkspaceInfo> {
    // Relative to what? The server's working folder means nothing to the person typing.
    if (!isAbsolute(path))
      throw new WorkbenchError(
        'invalid-input',
        `"${path}" is not a full folder path (such as /home/me/review).`,
      );
    const dir = resolve(path);
    if (dir === this.dir) return this.opened.api.getWorkspaceInfo({});
    if (this.switching) throw new WorkbenchError('failed', 'Another workspace is being opened; try again.');
    if (this.opened.api.importRunning() || this.importsInFlight > 0)
      throw new WorkbenchError(
        'failed',
        'An import is running in this workspace; wait for it to finish or cancel it, then switch.',
      );
    this.switching = true;
    try {
      await checkWorkspaceFolder(dir);
      const opened = await openWorkbench({ dir, isDefault: false }, this.options);
      const left = this.opened;
      this.opened = opened;
      await left.api.close();
      await this.remember();
      const info = await opened.api.getWorkspaceInfo({});
      this.options.onWorkspaceChanged?.(info);
      return info;
    } finally {
      this.switching = false;
    }
  }
}

/** The workspace in use and the other recent ones, each said to exist or not. */
export function workspaceList(current: string, recent: readonly string[]): WorkspaceList {
  return {
    current,
    recent: recent
      .filter((p) => p !== current)
      .map((path) => ({ path, name: basename(path) || path, exists: existsSync(join(path, DOCUMENT_FILE)) })),
  };
}

/**
 * A workspace folder holds crosscheck.json, or is empty (or missing: it is created) and
 * becomes a new workspace. Anything else is refused: a folder of articles chosen by mistake
 * must not get a workspace written into it.
 */
export async function checkWorkspaceFolder(dir: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      const parent = resolve(dir, '..');
      if (!existsSync(parent))
        throw new WorkbenchError(
          'not-found',
          `Neither ${dir} nor the folder it would go in (${parent}) exists.`,
        );
      return;
    }
    throw new WorkbenchError('failed', `${dir} cannot be read: ${(err as Error).message}`);
  }
  if (!info.isDirectory()) throw new WorkbenchError('invalid-input', `${dir} is a file, not a folder.`);
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.'));
  if (names.includes(DOCUMENT_FILE) || names.length === 0) return;
  throw new WorkbenchError(
    'invalid-input',
    `${dir} is not a Crosscheck workspace (it has no ${DOCUMENT_FILE}) and is not empty. Choose an empty folder for a new workspace, or import these files into the workspace instead.`,
  );
}
