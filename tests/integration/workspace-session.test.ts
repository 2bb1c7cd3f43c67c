// The session behind every door: settings through the API, the recent workspaces, and
// switching to another workspace — what it opens, what it refuses, and what it leaves alone.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkbenchApi } from '../../shared/api';
import type { ImportJob, WorkspaceInfo } from '../../shared/model';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { dispatch } from '../../electron/services/api-dispatch';
import { WorkspaceSession } from '../../electron/services/workspace-session';
import { SETTINGS_FILE } from '../../electron/store/settings-file';
import { PROJECT_ROOT } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const sample = join(PROJECT_ROOT, 'data', 'sample');
const firstTwo = [join(sample, 'a1-agency.txt'), join(sample, 'b1-page.md')];

interface Started {
  readonly session: WorkspaceSession;
  readonly api: WorkbenchApi;
  readonly first: string;
  readonly config: string;
  readonly settingsChanged: Settings[];
  readonly workspaceChanged: WorkspaceInfo[];
}

async function start(options: { remember?: boolean; config?: string } = {}): Promise<Started> {
  const first = temp();
  const config = options.config ?? temp();
  const settingsChanged: Settings[] = [];
  const workspaceChanged: WorkspaceInfo[] = [];
  const session = await WorkspaceSession.start(first, false, config, {
    mode: 'browser',
    remember: options.remember ?? true,
    onSettingsChanged: (s) => settingsChanged.push(s),
    onWorkspaceChanged: (i) => workspaceChanged.push(i),
  });
  return { session, api: session.api, first, config, settingsChanged, workspaceChanged };
}

async function settle(api: WorkbenchApi, job: ImportJob): Promise<ImportJob> {
  let current = job;
  while (current.state === 'running') {
    await new Promise((r) => setTimeout(r, 10));
    current = await api.getImportJob({ jobId: job.id });
  }
  return current;
}

const settingsOnDisk = (config: string) => JSON.parse(readFileSync(join(config, SETTINGS_FILE), 'utf8'));
const titles = async (api: WorkbenchApi) => (await api.listArticles({})).map((a) => a.sourcePath).sort();

/** A folder of `n` small, distinct articles. */
function manyArticles(n: number): string {
  const dir = temp();
  for (let i = 0; i < n; i++)
    writeFileSync(
      join(dir, `article-${String(i).padStart(4, '0')}.txt`),
      `Harbour report number ${i}\n\nThe council of town ${i} voted ${i + 3} to ${i % 7} on the ${i}th budget line. ` +
        `Officials said the figure of ${i * 13} workers was final, and residents of district ${i} will meet again.\n`,
    );
  return dir;
}

describe('WorkspaceSession: settings', () => {
  it('gets and saves settings through the API, and writes them to the config folder', async () => {
    const { api, config, settingsChanged } = await start();
    const before = await api.getSettings({});
    expect(before.file).toBe(join(config, SETTINGS_FILE));
    expect(before.problem).toBeNull();
    expect(before.settings).toMatchObject({ reviewer: '', theme: 'system', report: DEFAULT_SETTINGS.report });

    const calls = settingsChanged.length;
    const saved = await api.saveSettings({ reviewer: ' Ana ', theme: 'dark', report: { appendix: true } });
    expect(saved).toMatchObject({ reviewer: 'Ana', theme: 'dark', report: { appendix: true, bom: false } });
    expect(settingsChanged).toHaveLength(calls + 1);
    expect(settingsChanged.at(-1)).toEqual(saved);
    expect((await api.getSettings({})).settings).toEqual(saved);
    expect(settingsOnDisk(config)).toEqual(saved);
  });

  it('goes through the validation gate: a bad theme or an unknown key is invalid input and changes nothing', async () => {
    const { session, api, config } = await start();
    const before = readFileSync(join(config, SETTINGS_FILE), 'utf8');
    for (const input of [{ theme: 'neon' }, { reviewer: 'Ana\nNovak' }, { reviewer: 'Ana', colour: 'red' }]) {
      const res = await dispatch(session.api, 'saveSettings', input);
      expect(res.ok, JSON.stringify(input)).toBe(false);
      if (!res.ok) expect(res.error.code).toBe('invalid-input');
    }
    expect(readFileSync(join(config, SETTINGS_FILE), 'utf8')).toBe(before);
    expect((await api.getSettings({})).settings.theme).toBe('system');

    const good = await dispatch(session.api, 'saveSettings', { theme: 'light' });
    expect(good).toMatchObject({ ok: true, value: { theme: 'light' } });
  });

  it('reports a damaged settings.json through getSettings (the session does not remember)', async () => {
    const config = temp();
    writeFileSync(join(config, SETTINGS_FILE), 'garbage');
    const { api } = await start({ config, remember: false });
    const info = await api.getSettings({});
    expect(info.settings).toEqual(DEFAULT_SETTINGS);
    expect(info.problem).toMatch(/not valid JSON/);
    const kept = readdirSync(config).filter((n) => n.startsWith('settings.damaged-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(config, kept[0]!), 'utf8')).toBe('garbage');
  });

  it('reports a damaged settings.json through getSettings when the session remembers its workspace (the UIs)', async () => {
    const config = temp();
    writeFileSync(join(config, SETTINGS_FILE), 'garbage');
    const { api } = await start({ config, remember: true });
    const kept = readdirSync(config).filter((n) => n.startsWith('settings.damaged-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(config, kept[0]!), 'utf8')).toBe('garbage');
    const info = await api.getSettings({});
    expect(info.settings.reviewer).toBe('');
    // The session writes the first workspace into the recent list while starting; that
    // bookkeeping must not settle the problem before the page has shown it.
    expect(info.problem).toMatch(/not valid JSON/);
  });
});

describe('WorkspaceSession: workspaces', () => {
  it('lists the current workspace and the recent ones, each said to exist or not, the current one not among them', async () => {
    const config = temp();
    const gone = join(temp(), 'deleted-workspace');
    const existing = temp();
    writeFileSync(join(existing, 'crosscheck.json'), '{}'); // exists: it holds crosscheck.json
    writeFileSync(join(config, SETTINGS_FILE), JSON.stringify({ recentWorkspaces: [gone, existing] }));

    const { api, first } = await start({ config });
    const list = await api.listWorkspaces({});
    expect(list.current).toBe(first);
    expect(list.recent).toEqual([
      { path: gone, name: 'deleted-workspace', exists: false },
      { path: existing, name: basename(existing), exists: true },
    ]);
    // Remembered on start, first in the file, but not listed as "recent".
    expect(settingsOnDisk(config).recentWorkspaces).toEqual([first, gone, existing]);
  });

  it('opens an empty folder as a new workspace, sends later calls there, and switches back', async () => {
    const { session, api, first, config, workspaceChanged, settingsChanged } = await start();
    await api.importPaths({ paths: firstTwo });
    expect(await titles(api)).toEqual([...firstTwo].sort());

    const second = temp();
    const calls = settingsChanged.length;
    const opened = await api.openWorkspace({ path: second });
    expect(opened).toMatchObject({ path: second, articleCount: 0, mode: 'browser' });
    expect(existsSync(join(second, 'crosscheck.json'))).toBe(true);
    expect(session.dir).toBe(second);
    expect(workspaceChanged).toEqual([opened]);
    expect(settingsChanged.length).toBe(calls + 1);
    expect(settingsChanged.at(-1)?.recentWorkspaces).toEqual([second, first]);

    expect(await api.listArticles({})).toEqual([]);
    expect((await api.getWorkspaceInfo({})).path).toBe(second);
    const third = join(sample, 'c1.json');
    await api.importPaths({ paths: [third] });
    expect(await titles(api)).toEqual([third]);
    // The import went into the second workspace only.
    expect(JSON.parse(readFileSync(join(first, 'crosscheck.json'), 'utf8')).articles).not.toEqual(
      JSON.parse(readFileSync(join(second, 'crosscheck.json'), 'utf8')).articles,
    );

    const list = await api.listWorkspaces({});
    expect(list.current).toBe(second);
    expect(list.recent.map((w) => [w.path, w.exists])).toEqual([[first, true]]);

    const back = await api.openWorkspace({ path: first });
    expect(back).toMatchObject({ path: first, articleCount: 2 });
    expect(await titles(api)).toEqual([...firstTwo].sort());
    expect(workspaceChanged.map((w) => w.path)).toEqual([second, first]);
    expect(settingsOnDisk(config).recentWorkspaces).toEqual([first, second]);
  });

  it('creates a missing folder whose parent exists', async () => {
    const { api } = await start();
    const fresh = join(temp(), 'new-review');
    const opened = await api.openWorkspace({ path: fresh });
    expect(opened).toMatchObject({ path: fresh, articleCount: 0 });
    expect(existsSync(join(fresh, 'crosscheck.json'))).toBe(true);
  });

  it('treats opening the current workspace again as nothing to do', async () => {
    const { api, first, workspaceChanged } = await start();
    await api.importPaths({ paths: firstTwo });
    expect(await api.openWorkspace({ path: `${first}/` })).toMatchObject({ path: first, articleCount: 2 });
    expect(workspaceChanged).toEqual([]);
  });

  it('refuses a relative path, a file, a folder of other things, and a folder whose parent is missing', async () => {
    const { session, api, first } = await start();
    const attempt = (path: string) => dispatch(session.api, 'openWorkspace', { path });

    const relative = await attempt('reviews/march');
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!relative.ok) expect(relative.error.message).toMatch(/not a full folder path/);

    const file = join(temp(), 'notes.txt');
    writeFileSync(file, 'just notes');
    const onFile = await attempt(file);
    expect(onFile).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!onFile.ok) expect(onFile.error.message).toMatch(/is a file, not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('just notes');

    // A folder of articles chosen by mistake: refused, and nothing is written into it.
    const articles = temp();
    writeFileSync(join(articles, 'story.txt'), 'An article.');
    mkdirSync(join(articles, 'more'));
    const listing = () => ({ top: readdirSync(articles).sort(), more: readdirSync(join(articles, 'more')) });
    const before = listing();
    const onArticles = await attempt(articles);
    expect(onArticles).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!onArticles.ok) expect(onArticles.error.message).toMatch(/is not a Crosscheck workspace/);
    expect(listing()).toEqual(before);

    const orphan = join(temp(), 'missing-parent', 'review');
    const onOrphan = await attempt(orphan);
    expect(onOrphan).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(existsSync(join(orphan, '..'))).toBe(false);

    // Still on the first workspace after all of that.
    expect((await api.getWorkspaceInfo({})).path).toBe(first);
    expect(session.dir).toBe(first);
  });

  it('refuses a path that is not a string through the gate', async () => {
    const { session } = await start();
    for (const input of [{ path: 42 }, {}, { path: '' }, { path: '/tmp', extra: true }]) {
      const res = await dispatch(session.api, 'openWorkspace', input);
      expect(res, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('refuses a damaged workspace with the damaged message and stays on the current one', async () => {
    const { session, api, first, workspaceChanged, config } = await start();
    await api.importPaths({ paths: firstTwo });
    const recentBefore = settingsOnDisk(config).recentWorkspaces;
    const damaged = temp();
    writeFileSync(join(damaged, 'crosscheck.json'), 'garbage');

    const res = await dispatch(session.api, 'openWorkspace', { path: damaged });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/is damaged/);
    expect(readFileSync(join(damaged, 'crosscheck.json'), 'utf8')).toBe('garbage');

    expect(session.dir).toBe(first);
    expect(await titles(api)).toEqual([...firstTwo].sort());
    expect(workspaceChanged).toEqual([]);
    expect(settingsOnDisk(config).recentWorkspaces).toEqual(recentBefore);
    // Not stuck "switching": another workspace still opens.
    const other = temp();
    expect(await api.openWorkspace({ path: other })).toMatchObject({ path: other });
  });

  it('refuses to switch while an import is running, and switches once it has finished', async () => {
    const { session, api, first } = await start();
    const folder = manyArticles(300);
    const job = await api.startImport({ paths: [folder] });
    const other = temp();

    const res = await dispatch(session.api, 'openWorkspace', { path: other });
    expect(res).toMatchObject({ ok: false, error: { code: 'failed' } });
    if (!res.ok) expect(res.error.message).toMatch(/An import is running/);
    expect(readdirSync(other)).toEqual([]); // nothing written into the folder asked for
    expect(session.dir).toBe(first);

    const done = await settle(api, job);
    expect(done.state).toBe('done');
    expect(done.result?.imported).toHaveLength(300);
    expect(await api.openWorkspace({ path: other })).toMatchObject({ path: other, articleCount: 0 });
  });

  it('refuses to switch while an upload or a direct import (not a job) is writing', async () => {
    const { api, session, first } = await start();
    const importing = api.importPaths({ paths: [sample] });
    await expect(api.openWorkspace({ path: temp() })).rejects.toThrow(/An import is running/);
    expect((await importing).imported).toHaveLength(10);
    expect(session.dir).toBe(first);
    // Once it is done, the switch goes ahead.
    await expect(api.openWorkspace({ path: temp() })).resolves.toMatchObject({ articleCount: 0 });
  });

  it('refuses an import started while a switch is under way (it would land out of sight)', async () => {
    // The switch marks itself before its first await, so a call made right after it is refused
    // rather than started in the workspace being left.
    const { api } = await start();
    const other = temp();
    const switching = api.openWorkspace({ path: other });
    const started = await dispatch(api, 'startImport', { paths: [sample] });
    expect(started).toMatchObject({
      ok: false,
      error: { code: 'failed', message: expect.stringMatching(/being opened/) },
    });
    await switching;
    // Once switched, imports go to the new workspace as usual.
    const job = await dispatch(api, 'startImport', { paths: [sample] });
    expect(job.ok).toBe(true);
    expect(await settle(api, (job as { value: ImportJob }).value)).toMatchObject({ state: 'done' });
    expect((await api.listArticles({})).length).toBe(10);
  });

  it('with remember: false, writes nothing into the config folder', async () => {
    const { api, config, settingsChanged } = await start({ remember: false });
    const other = temp();
    await api.openWorkspace({ path: other });
    expect((await api.getWorkspaceInfo({})).path).toBe(other);
    expect(readdirSync(config)).toEqual([]);
    expect(settingsChanged).toEqual([]);
    expect((await api.listWorkspaces({})).recent).toEqual([]);
  });

  it('fires onSettingsChanged when the first workspace is remembered at start', async () => {
    const { first, settingsChanged } = await start();
    expect(settingsChanged).toHaveLength(1);
    expect(settingsChanged[0]?.recentWorkspaces).toEqual([first]);
  });
});
