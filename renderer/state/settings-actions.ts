// The reviewer's settings, the workspaces, and the dialogs that show them (command palette,
// settings, workspaces). Switching workspace reloads the page: every list, screen and cache
// then starts from the workspace now open, with nothing of the old one left behind.
import { applySettingsPatch, type SettingsInfo, type SettingsPatch } from '../../shared/settings';
import type { WorkbenchClient } from '../api/client';
import { applyTheme } from '../ui/theme';
import { messageOf } from './error-message';
import type { LibraryState, OpenDialog } from './library-state';
import { patcher } from './problems';
import type { Store } from './store';

export interface SettingsActions {
  loadSettings(): Promise<void>;
  /** Resolves true once saved. */
  saveSettings(patch: SettingsPatch): Promise<boolean>;
  setDialog(dialog: OpenDialog): void;
  /**
   * Closes `which` if it is still the dialog shown. A <dialog>'s close event arrives a moment
   * after it closed, possibly after another dialog was opened by a quick key: that one stays.
   */
  closeDialog(which: Exclude<OpenDialog, null>): void;
  loadWorkspaces(): Promise<void>;
  /** Desktop: the native folder picker, then the folder chosen. Browser: the workspaces dialog. */
  chooseWorkspace(): Promise<void>;
  openWorkspace(path: string): Promise<void>;
  /** Desktop only: shows the log file's folder. */
  openLogFolder(): void;
  dismissRecovered(): void;
  /** Hides the warnings the workspace opened with (they come back when it is opened again). */
  dismissOpenWarnings(): void;
}

export function createSettingsActions(store: Store<LibraryState>, client: WorkbenchClient): SettingsActions {
  const { api, desktop } = client;
  const set = patcher(store, 'settings');
  const fail = (title: string, error: unknown) => set({ problem: { title, message: messageOf(error) } });

  /**
   * Saves run one after another. What the page shows (and signs verdicts with) is the last
   * settings the services confirmed with every save still under way applied on top, so a
   * change is in use at once and a failed save takes back only itself.
   */
  let confirmed: SettingsInfo | null = null;
  const pending: SettingsPatch[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const show = () => {
    if (!confirmed) return;
    const settings = pending.reduce(applySettingsPatch, confirmed.settings);
    set({ settings: { ...confirmed, settings } });
    applyTheme(settings.theme);
  };

  const self: SettingsActions = {
    async loadSettings() {
      try {
        const settings = await api.getSettings({});
        confirmed = settings;
        show();
        set({
          problem: settings.problem
            ? { title: 'Your settings were reset.', message: settings.problem }
            : null,
        });
      } catch (error) {
        fail('Your settings could not be read.', error);
      }
    },
    saveSettings(patch) {
      pending.push(patch);
      set({ problem: null });
      show();
      const done = queue.then(async () => {
        try {
          const saved = await api.saveSettings(patch);
          confirmed = { file: confirmed?.file ?? '', problem: null, settings: saved };
          return true;
        } catch (error) {
          fail('The settings were not saved.', error);
          return false;
        } finally {
          pending.splice(pending.indexOf(patch), 1);
          show();
        }
      });
      queue = done;
      return done;
    },
    closeDialog(which) {
      store.setState((s) => (s.dialog === which ? { ...s, dialog: null } : s));
    },
    setDialog(dialog) {
      // A dialog shows the problems met while it is open, not older ones.
      set({ dialog, ...(dialog === 'settings' || dialog === 'workspaces' ? { problem: null } : {}) });
      // The palette offers the recent workspaces too.
      if (dialog === 'workspaces' || dialog === 'palette') void self.loadWorkspaces();
    },
    async loadWorkspaces() {
      try {
        set({ workspaces: await api.listWorkspaces({}) });
      } catch (error) {
        fail('The workspaces could not be listed.', error);
      }
    },
    async chooseWorkspace() {
      if (!desktop) return self.setDialog('workspaces');
      let path: string | null;
      try {
        path = await desktop.pickWorkspace();
      } catch (error) {
        return fail('The folder picker did not open.', error);
      }
      if (path) await self.openWorkspace(path);
    },
    async openWorkspace(path) {
      if (store.getState().switchingWorkspace) return;
      // The page reloads after a switch, which would cut an upload short.
      if (store.getState().importStatus.phase === 'running')
        return fail(
          'That workspace was not opened.',
          new Error('An import is running; let it finish or cancel it first.'),
        );
      set({ switchingWorkspace: true, problem: null });
      try {
        await api.openWorkspace({ path });
      } catch (error) {
        set({ switchingWorkspace: false });
        return fail('That workspace could not be opened.', error);
      }
      location.reload();
    },
    openLogFolder() {
      desktop?.openLogFolder().catch((error: unknown) => fail('The log folder could not be opened.', error));
    },
    dismissRecovered() {
      set({ recovered: null });
    },
    dismissOpenWarnings() {
      set({ openWarningsDismissed: true });
    },
  };
  return self;
}
