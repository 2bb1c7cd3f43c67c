// Playwright fixtures: a browser-mode server on a fresh temporary workspace per test,
// started through the real CLI (`crosscheck serve`), stopped afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { longStory, longStoryFile, type LongStory } from '../../bench/lib/long-story';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Served {
  readonly url: string;
  readonly workspace: string;
  /** The server's settings folder (settings.json), never the real user's. */
  readonly configDir: string;
}

/** Starts a command and resolves with the first line of stdout matching `pattern`. */
export function startAndWaitFor(
  command: string,
  args: string[],
  pattern: RegExp,
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`no "${pattern}" within 120 s; stderr: ${err}`)),
      120_000,
    );
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = out.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before "${pattern}"; stderr: ${err}`));
    });
  });
}

export const test = base.extend<{ served: Served }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none.
  served: async ({}, use) => {
    const workspace = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-'));
    const configDir = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-config-'));
    const { child, match } = await startAndWaitFor(
      process.execPath,
      [join(ROOT, 'bin', 'crosscheck.js'), 'serve', '--workspace', workspace],
      /running in browser mode: (\S+)/,
      { CROSSCHECK_CONFIG_DIR: configDir },
    );
    await use({ url: match[1]!, workspace, configDir });
    await stopAndRemove(child, [workspace, configDir]);
  },
});

/**
 * Stops a server and removes its folders. The server may still be writing as it stops (the
 * story index, a backup), so a removal started at once can race its last file: wait for the
 * process to exit (at most 10 s), then remove with retries.
 */
export async function stopAndRemove(child: ChildProcess | undefined, dirs: readonly string[]): Promise<void> {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

export { expect } from '@playwright/test';

/** Imports the sample workspace through the folder picker and closes the summary. */
/**
 * Writes a long story (bench/lib/long-story.ts: `versions` versions of `claims` sentences, each
 * version editing three figures) as files under `folder` and imports them from the page.
 */
export async function importLongStory(
  page: Page,
  folder: string,
  versions: number,
  claims: number,
): Promise<LongStory> {
  const story = longStory(versions, claims);
  mkdirSync(folder, { recursive: true });
  story.versions.forEach((_, v) =>
    writeFileSync(join(folder, `v${String(v + 1).padStart(2, '0')}.txt`), longStoryFile(story, v)),
  );
  await page.getByTestId('import-input').setInputFiles(folder);
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
  await page.keyboard.press('Escape');
  return story;
}

export async function importSample(page: Page): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(join(ROOT, 'data', 'sample'));
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-summary')).toBeHidden();
}
