// settings.json in the user's configuration folder: read once, re-read before every change
// (the CLI and the app may both change it, and neither should undo the other), written
// durably. A damaged file is renamed aside, never overwritten, and the problem reported.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  parseSettings,
  rememberWorkspace,
  type Settings,
  type SettingsInfo,
  type SettingsPatch,
} from '../../shared/settings';
import { WorkbenchError } from '../../shared/model';
import { SerialQueue } from '../../shared/serial-queue';
import { writeFileDurable } from './durable-write';

export const SETTINGS_FILE = 'settings.json';

export class SettingsFile {
  private settings: Settings = DEFAULT_SETTINGS;
  private problem: string | null = null;
  private extra: Record<string, unknown> = {};
  private readonly queue = new SerialQueue();
  readonly file: string;

  private constructor(readonly dir: string) {
    this.file = join(dir, SETTINGS_FILE);
  }

  static async open(dir: string): Promise<SettingsFile> {
    const file = new SettingsFile(dir);
    await file.queue.run(() => file.read());
    return file;
  }

  info(): SettingsInfo {
    return { settings: this.settings, file: this.file, problem: this.problem };
  }

  /** The reviewer's own change: once written, an earlier problem is settled. */
  update(patch: SettingsPatch): Promise<Settings> {
    return this.change((s) => applySettingsPatch(s, patch), true);
  }

  /** Bookkeeping: a problem found on reading stays reported until the reviewer saves. */
  rememberWorkspace(path: string): Promise<Settings> {
    return this.change((s) => rememberWorkspace(s, path), false);
  }

  private change(edit: (s: Settings) => Settings, settlesProblem: boolean): Promise<Settings> {
    return this.queue.run(async () => {
      if (!(await this.read()))
        throw new WorkbenchError('failed', `${this.file} could not be read, so it was not changed.`);
      const next = edit(this.settings);
      await mkdir(this.dir, { recursive: true });
      await writeFileDurable(this.file, `${JSON.stringify({ ...this.extra, ...next }, null, 2)}\n`);
      this.settings = next;
      if (settlesProblem) this.problem = null;
      return next;
    });
  }

  /** False when the file exists but cannot be read: then it must not be written over either. */
  private async read(): Promise<boolean> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
      // Unreadable (permissions): defaults for now, and say so; nothing is written over it.
      this.problem = `${this.file} could not be read (${(err as Error).message}); default settings are in use.`;
      return false;
    }
    const { settings, extra, problem } = parseSettings(text);
    if (problem) {
      const stamp = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
      const kept = join(this.dir, `settings.damaged-${stamp}.json`);
      await rename(this.file, kept);
      this.problem = `${problem}; it was kept as ${kept} and default settings are in use.`;
    }
    this.settings = settings;
    this.extra = extra;
    return true;
  }
}
