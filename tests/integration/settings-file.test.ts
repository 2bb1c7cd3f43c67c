// settings.json on disk: defaults when missing, written durably, a damaged file kept aside
// (never overwritten), and two writers (the app and the CLI) that do not undo each other.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { SETTINGS_FILE, SettingsFile } from '../../electron/store/settings-file';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const readBack = (dir: string) => JSON.parse(readFileSync(join(dir, SETTINGS_FILE), 'utf8'));

describe('SettingsFile', () => {
  it('hands out the defaults, with no problem, when there is no settings.json, and writes nothing', async () => {
    const dir = temp();
    const settings = await SettingsFile.open(dir);
    expect(settings.info()).toEqual({
      settings: DEFAULT_SETTINGS,
      file: join(dir, SETTINGS_FILE),
      problem: null,
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('opens on a configuration folder that does not exist yet, and creates it on the first change', async () => {
    const dir = join(temp(), 'not', 'yet');
    const settings = await SettingsFile.open(dir);
    expect(settings.info().settings).toEqual(DEFAULT_SETTINGS);
    expect(existsSync(dir)).toBe(false);
    await settings.update({ reviewer: 'Ana' });
    expect(readBack(dir).reviewer).toBe('Ana');
  });

  it('reads an existing file', async () => {
    const dir = temp();
    const stored = { ...DEFAULT_SETTINGS, reviewer: 'Bo', theme: 'light', recentWorkspaces: ['/a'] };
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify(stored));
    expect((await SettingsFile.open(dir)).info()).toMatchObject({ settings: stored, problem: null });
  });

  it('writes settings.json on update, and returns what it wrote', async () => {
    const dir = temp();
    const settings = await SettingsFile.open(dir);
    const next = await settings.update({ reviewer: '  Ana Novak ', theme: 'dark', report: { bom: true } });
    const expected = {
      ...DEFAULT_SETTINGS,
      reviewer: 'Ana Novak',
      theme: 'dark',
      report: { appendix: false, bom: true },
    };
    expect(next).toEqual(expected);
    expect(readBack(dir)).toEqual(expected);
    expect(settings.info().settings).toEqual(expected);
    // A fresh reader sees the same.
    expect((await SettingsFile.open(dir)).info().settings).toEqual(expected);
    // No temp files left behind by the durable write.
    expect(readdirSync(dir)).toEqual([SETTINGS_FILE]);
  });

  it('remembers workspaces, most recent first', async () => {
    const dir = temp();
    const settings = await SettingsFile.open(dir);
    await settings.rememberWorkspace('/w/one');
    await settings.rememberWorkspace('/w/two');
    await settings.rememberWorkspace('/w/one');
    expect(readBack(dir).recentWorkspaces).toEqual(['/w/one', '/w/two']);
  });

  it('keeps a damaged settings.json aside, byte for byte, says so, and writes a fresh one on the next change', async () => {
    const dir = temp();
    const garbage = Buffer.from('garbage {"reviewer": \u00e9\u0000\n', 'utf8');
    writeFileSync(join(dir, SETTINGS_FILE), garbage);

    const settings = await SettingsFile.open(dir);
    const damaged = readdirSync(dir).filter((n) => /^settings\.damaged-.+\.json$/.test(n));
    expect(damaged).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(damaged); // settings.json itself is gone (renamed, not copied)
    expect(readFileSync(join(dir, damaged[0]!)).equals(garbage)).toBe(true);

    const info = settings.info();
    expect(info.settings).toEqual(DEFAULT_SETTINGS);
    expect(info.problem).toMatch(/not valid JSON/);
    expect(info.problem).toContain(join(dir, damaged[0]!));
    expect(info.problem).toMatch(/default settings are in use/);

    await settings.update({ reviewer: 'Ana' });
    expect(settings.info().problem).toBeNull();
    expect(readBack(dir)).toEqual({ ...DEFAULT_SETTINGS, reviewer: 'Ana' });
    // The damaged copy is still there, untouched.
    expect(readFileSync(join(dir, damaged[0]!)).equals(garbage)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([...damaged, SETTINGS_FILE].sort());
  });

  it('treats JSON that is not an object as damaged too', async () => {
    const dir = temp();
    writeFileSync(join(dir, SETTINGS_FILE), '[1, 2, 3]');
    const settings = await SettingsFile.open(dir);
    expect(settings.info().problem).toMatch(/does not hold an object/);
    const damaged = readdirSync(dir).filter((n) => n.startsWith('settings.damaged-'));
    expect(damaged).toHaveLength(1);
    expect(readFileSync(join(dir, damaged[0]!), 'utf8')).toBe('[1, 2, 3]');
  });

  it('keeps a file with one bad field in place and reads the rest (not damage)', async () => {
    const dir = temp();
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify({ reviewer: 'Ana', theme: 'neon' }));
    const settings = await SettingsFile.open(dir);
    expect(settings.info()).toMatchObject({ settings: { reviewer: 'Ana', theme: 'system' }, problem: null });
    expect(readdirSync(dir)).toEqual([SETTINGS_FILE]);
  });

  it("writes back the keys a newer version added, so saving here does not erase that version's settings", async () => {
    const dir = temp();
    writeFileSync(
      join(dir, SETTINGS_FILE),
      JSON.stringify({ reviewer: 'Ana', fontSize: 14, sidebar: { wide: true } }),
    );
    const settings = await SettingsFile.open(dir);
    await settings.update({ organisation: 'Desk' });
    await settings.rememberWorkspace('/tmp/ws');
    expect(readBack(dir)).toMatchObject({
      reviewer: 'Ana',
      organisation: 'Desk',
      fontSize: 14,
      sidebar: { wide: true },
      recentWorkspaces: ['/tmp/ws'],
    });
  });

  it('keeps reporting a damaged file until the reviewer saves, not just until the next bookkeeping write', async () => {
    const dir = temp();
    writeFileSync(join(dir, SETTINGS_FILE), '{ cut sho');
    const settings = await SettingsFile.open(dir);
    await settings.rememberWorkspace('/tmp/ws');
    expect(settings.info().problem).toMatch(/not valid JSON/);
    await settings.update({ reviewer: 'Ana' });
    expect(settings.info().problem).toBeNull();
  });

  it('does not let one writer undo another: each change re-reads the file first (the app and the CLI)', async () => {
    const dir = temp();
    const app = await SettingsFile.open(dir);
    const cli = await SettingsFile.open(dir);

    await app.update({ reviewer: 'Ana' });
    await cli.update({ theme: 'dark' });
    expect(readBack(dir)).toMatchObject({ reviewer: 'Ana', theme: 'dark' });

    await app.rememberWorkspace('/w/one');
    await cli.update({ report: { appendix: true } });
    await app.update({ organisation: 'Desk' });
    expect(readBack(dir)).toEqual({
      reviewer: 'Ana',
      organisation: 'Desk',
      theme: 'dark',
      report: { appendix: true, bom: false },
      recentWorkspaces: ['/w/one'],
    });
    expect(app.info().settings).toEqual(readBack(dir));
  });

  it('keeps every one of many concurrent changes through one instance', async () => {
    const dir = temp();
    const settings = await SettingsFile.open(dir);
    const folders = Array.from({ length: 6 }, (_, i) => `/w/${i}`);
    await Promise.all([
      settings.update({ reviewer: 'Ana' }),
      settings.update({ organisation: 'Desk' }),
      settings.update({ theme: 'light' }),
      settings.update({ report: { appendix: true } }),
      settings.update({ report: { bom: true } }),
      ...folders.map((f) => settings.rememberWorkspace(f)),
    ]);
    const expected = {
      reviewer: 'Ana',
      organisation: 'Desk',
      theme: 'light',
      report: { appendix: true, bom: true },
      recentWorkspaces: [...folders].reverse(),
    };
    expect(readBack(dir)).toEqual(expected);
    expect(settings.info().settings).toEqual(expected);
  });

  it('refuses to change settings.json when it cannot be read, and leaves it alone', async () => {
    const dir = temp();
    // A folder named settings.json: reading it fails with something other than "missing".
    mkdirSync(join(dir, SETTINGS_FILE));
    const settings = await SettingsFile.open(dir);
    expect(settings.info().settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.info().problem).toMatch(/could not be read/);
    await expect(settings.update({ reviewer: 'Ana' })).rejects.toThrow(
      /could not be read, so it was not changed/,
    );
    expect(readdirSync(dir)).toEqual([SETTINGS_FILE]);
    expect(readdirSync(join(dir, SETTINGS_FILE))).toEqual([]);
  });
});
