// `crosscheck settings` and `crosscheck workspaces` through the real executable. Every run
// gets its own CROSSCHECK_CONFIG_DIR, so the real user's settings.json is never read or touched.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { SETTINGS_FILE } from '../../electron/store/settings-file';
import { runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();

/** Runs the CLI with a configuration folder of its own (and no workspace from the environment). */
const cli = (config: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(args, { env: { CROSSCHECK_CONFIG_DIR: config, CROSSCHECK_WORKSPACE: '', ...env } });

const readBack = (config: string) => JSON.parse(readFileSync(join(config, SETTINGS_FILE), 'utf8'));

/** A usage error: exit 2, nothing on stdout, one line on stderr. */
function expectUsageError(run: { code: number; stdout: string; stderr: string }, pattern: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(/^crosscheck: /);
  expect(run.stderr).toMatch(pattern);
}

// Each run starts tsx afresh (about a second, more on a busy machine).
describe('crosscheck settings', { timeout: 120_000 }, () => {
  it('prints the settings, and with --json {settings, file, problem}, without writing anything', async () => {
    const config = temp();
    const text = await cli(config, ['settings']);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toMatch(/^Reviewer: +\(none: verdicts are unsigned\)$/m);
    expect(text.stdout).toMatch(/^Theme: +system$/m);
    expect(text.stdout).toMatch(/appendix: no; CSV with BOM: no/);
    expect(text.stdout).toContain(join(config, SETTINGS_FILE));
    expect(text.stdout).not.toMatch(/Problem:/);

    const json = await cli(config, ['settings', '--json']);
    expect(json.code).toBe(0);
    const info = JSON.parse(json.stdout);
    expect(Object.keys(info).sort()).toEqual(['file', 'problem', 'settings']);
    expect(info).toEqual({ settings: DEFAULT_SETTINGS, file: join(config, SETTINGS_FILE), problem: null });
    expect(readdirSync(config)).toEqual([]);
  });

  it('changes the settings given and keeps the others, in the file the app reads', async () => {
    const config = temp();
    const run = await cli(config, [
      'settings',
      '--reviewer',
      'Ana',
      '--theme',
      'dark',
      '--report-appendix',
      'yes',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const expected = {
      ...DEFAULT_SETTINGS,
      reviewer: 'Ana',
      theme: 'dark',
      report: { appendix: true, bom: false },
    };
    expect(JSON.parse(run.stdout)).toEqual({
      settings: expected,
      file: join(config, SETTINGS_FILE),
      problem: null,
    });
    expect(readBack(config)).toEqual(expected);

    // A second change keeps the first.
    const more = await cli(config, ['settings', '--organisation', '  Desk of Facts ', '--report-bom', 'yes']);
    expect(more.code).toBe(0);
    expect(more.stdout).toMatch(/^Organisation: +Desk of Facts$/m);
    expect(more.stdout).toMatch(/^Reviewer: +Ana$/m);
    expect(readBack(config)).toEqual({
      ...expected,
      organisation: 'Desk of Facts',
      report: { appendix: true, bom: true },
    });

    const off = await cli(config, ['settings', '--report-appendix', 'no', '--reviewer', '']);
    expect(off.code).toBe(0);
    expect(readBack(config)).toMatchObject({ reviewer: '', report: { appendix: false, bom: true } });
  });

  it('keeps the recent workspaces the app wrote', async () => {
    const config = temp();
    const recent = [temp(), temp()];
    writeFileSync(
      join(config, SETTINGS_FILE),
      JSON.stringify({ ...DEFAULT_SETTINGS, recentWorkspaces: recent }),
    );
    expect((await cli(config, ['settings', '--theme', 'light'])).code).toBe(0);
    expect(readBack(config)).toMatchObject({ theme: 'light', recentWorkspaces: recent });
  });

  it('refuses bad values with exit 2 and one line on stderr, and changes nothing', async () => {
    const config = temp();
    // Independent runs (none of them writes), so side by side.
    const [theme, bom, appendix, reviewer, organisation, extra] = await Promise.all([
      cli(config, ['settings', '--theme', 'neon']),
      cli(config, ['settings', '--report-bom', 'maybe']),
      cli(config, ['settings', '--report-appendix', 'true']),
      cli(config, ['settings', '--reviewer', 'Ana\nNovak']),
      cli(config, ['settings', '--organisation', 'x'.repeat(301)]),
      cli(config, ['settings', 'extra']),
    ]);
    expectUsageError(theme, /--theme: .*"system"\|"light"\|"dark"/);
    expectUsageError(bom, /--report-bom takes yes or no, not "maybe"/);
    expectUsageError(appendix, /--report-appendix takes yes or no/);
    expectUsageError(reviewer, /--reviewer: .*no line breaks/);
    expectUsageError(organisation, /--organisation/);
    expectUsageError(extra, /settings takes no arguments/);
    expect(readdirSync(config)).toEqual([]);
  });

  it('writes none of the flags when one of them is bad', async () => {
    const config = temp();
    writeFileSync(join(config, SETTINGS_FILE), JSON.stringify({ ...DEFAULT_SETTINGS, reviewer: 'Bo' }));
    expectUsageError(await cli(config, ['settings', '--reviewer', 'Ana', '--theme', 'neon']), /--theme/);
    expect(readBack(config).reviewer).toBe('Bo');
  });

  it('reports a damaged settings.json and keeps it aside', async () => {
    const config = temp();
    writeFileSync(join(config, SETTINGS_FILE), 'garbage');
    const run = await cli(config, ['settings', '--json']);
    expect(run.code).toBe(0);
    const info = JSON.parse(run.stdout);
    expect(info.settings).toEqual(DEFAULT_SETTINGS);
    expect(info.problem).toMatch(/not valid JSON/);
    const kept = readdirSync(config).filter((n) => n.startsWith('settings.damaged-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(config, kept[0]!), 'utf8')).toBe('garbage');
    expect(existsSync(join(config, SETTINGS_FILE))).toBe(false);

    const text = await cli(config, ['settings']);
    expect(text.stdout).not.toMatch(/Problem:/); // reported once; the next run finds no file
  });
});

describe('crosscheck workspaces', { timeout: 120_000 }, () => {
  it('--json lists the workspace in use and the recent ones, each said to exist or not', async () => {
    const config = temp();
    const current = temp();
    const existing = temp();
    const gone = join(temp(), 'gone');
    // An existing workspace: made by the CLI itself.
    expect((await cli(config, ['articles', '--workspace', existing])).code).toBe(0);
    writeFileSync(
      join(config, SETTINGS_FILE),
      JSON.stringify({ ...DEFAULT_SETTINGS, recentWorkspaces: [current, existing, gone] }),
    );

    const run = await cli(config, ['workspaces', '--workspace', current, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      current,
      recent: [
        { path: existing, name: basename(existing), exists: true },
        { path: gone, name: 'gone', exists: false },
      ],
    });
    // Listing does not open the workspace, so nothing is created there.
    expect(readdirSync(current)).toEqual([]);

    const text = await cli(config, ['workspaces', '--workspace', current]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`In use: ${current}`);
    expect(text.stdout).toContain(`  ${gone}  (missing)`);
    expect(text.stdout).toMatch(new RegExp(`^  ${existing}$`, 'm'));
  });

  it('says so when there are no other recent workspaces, and uses CROSSCHECK_WORKSPACE', async () => {
    const config = temp();
    const ws = temp();
    const run = await cli(config, ['workspaces', '--json'], { CROSSCHECK_WORKSPACE: ws });
    expect(JSON.parse(run.stdout)).toEqual({ current: ws, recent: [] });
    const text = await cli(config, ['workspaces'], { CROSSCHECK_WORKSPACE: ws });
    expect(text.stdout).toMatch(/No other recent workspaces\./);
  });

  it('one-off commands leave no trace in the recent workspaces', async () => {
    const config = temp();
    const ws = temp();
    expect((await cli(config, ['articles', '--workspace', ws, '--json'])).code).toBe(0);
    expect(readdirSync(config)).toEqual([]);
    expect(
      JSON.parse((await cli(config, ['workspaces', '--workspace', temp(), '--json'])).stdout).recent,
    ).toEqual([]);
  });
});
