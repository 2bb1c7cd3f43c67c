// Where a workspace lives. The default is the folder Electron calls userData, computed the
// same way here so the CLI and browser mode open the very workspace the desktop app uses
// (Electron's own app.getPath('userData') gives the same folder for the productName).
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Crosscheck';

export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
  home = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}

export interface WorkspaceChoice {
  readonly dir: string;
  /** Only the default workspace is filled with the sample articles on first run. */
  readonly isDefault: boolean;
}

/** `--workspace` beats CROSSCHECK_WORKSPACE beats the default. */
export function chooseWorkspace(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  userData = userDataDir(env),
): WorkspaceChoice {
  if (flag) return { dir: flag, isDefault: false };
  if (env.CROSSCHECK_WORKSPACE) return { dir: env.CROSSCHECK_WORKSPACE, isDefault: false };
  return { dir: join(userData, 'workspace'), isDefault: true };
}

/**
 * Where the reviewer's settings.json lives: beside the default workspace, in the user-data
 * folder. CROSSCHECK_CONFIG_DIR moves it (tests use it to keep away from the real one).
 */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CROSSCHECK_CONFIG_DIR || userDataDir(env);
}
