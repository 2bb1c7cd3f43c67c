// A workspace that opens with a problem that did not stop it (its start-up backup could not be
// written) says so to every door: the CLI on stderr, the app through getWorkspaceInfo.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbench } from '../../electron/services/open-workbench';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();

describe('warnings the workspace opened with', () => {
  it('reach the app through getWorkspaceInfo, and the CLI on stderr', async () => {
    const dir = temp();
    const first = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    await first.api.importPaths({ paths: [join(PROJECT_ROOT, 'data', 'sample', 'a1-agency.txt')] });
    expect((await first.api.getWorkspaceInfo({})).warnings).toEqual([]);
    // Where the backups go is a file now: the next open's backup cannot be written.
    rmSync(join(dir, 'backups'), { recursive: true, force: true });
    writeFileSync(join(dir, 'backups'), 'not a folder');

    const reopened = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    const info = await reopened.api.getWorkspaceInfo({});
    expect(info.warnings).toHaveLength(1);
    expect(info.warnings![0]).toMatch(/^No backup of .*crosscheck\.json was made .*opened as it is\.$/);
    expect(info.articleCount).toBe(1);
    const run = await runCli(['articles', '--workspace', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Warning: No backup of');
  });
});
