// A damaged crosscheck.json (cut short, or garbage) is reported in one sentence that offers
// the newest backup; the damaged file is never changed; `crosscheck restore-backup` puts the
// backup in place and keeps the damaged file beside it.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbench } from '../../electron/services/open-workbench';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const sample = join(PROJECT_ROOT, 'data', 'sample');

async function workspaceWithBackup(): Promise<string> {
  const dir = temp();
  const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
  await api.importPaths({ paths: [sample] });
  // Opening again takes a rolling backup of the changed document.
  await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
  expect(readdirSync(join(dir, 'backups')).length).toBeGreaterThan(0);
  return dir;
}

const damage = {
  truncated: (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2)),
  garbage: () => Buffer.from([0x00, 0xff, 0x13, 0x37, 0x42, 0x0a, 0x7b]),
  'valid JSON that is no workspace': () => Buffer.from('[1, 2, 3]'),
  'the word null': () => Buffer.from('null'),
  'a broken article index': () => Buffer.from('{"schemaVersion":4,"articles":{"x":1},"articleOrder":null}'),
};

describe('a damaged crosscheck.json', () => {
  for (const [kind, spoil] of Object.entries(damage)) {
    it(`${kind}: reported with the backup offered, left untouched, restorable`, async () => {
      const dir = await workspaceWithBackup();
      const file = join(dir, 'crosscheck.json');
      const damaged = spoil(readFileSync(file));
      writeFileSync(file, damaged);

      await expect(openWorkbench({ dir, isDefault: false }, { mode: 'browser' })).rejects.toThrow(
        /is damaged .*left untouched\. The newest backup is .*backups.*restore-backup/,
      );
      const cli = await runCli(['articles', '--workspace', dir]);
      expect(cli.code).toBe(1);
      expect(cli.stderr).toMatch(/crosscheck\.json is damaged/);
      expect(cli.stderr.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(file).equals(damaged)).toBe(true);

      const restore = await runCli(['restore-backup', '--workspace', dir, '--json']);
      expect(restore.code).toBe(0);
      const { damagedCopy } = JSON.parse(restore.stdout);
      expect(existsSync(damagedCopy)).toBe(true);
      expect(readFileSync(damagedCopy).equals(damaged)).toBe(true);
      const list = JSON.parse((await runCli(['articles', '--workspace', dir, '--json'])).stdout);
      expect(list).toHaveLength(10);
    }, 30_000);
  }

  it('says so plainly when there is no backup to offer', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'crosscheck.json'), '{"schemaVersion": 4, "artic');
    await expect(openWorkbench({ dir, isDefault: false }, { mode: 'browser' })).rejects.toThrow(
      /There is no backup in its backups folder/,
    );
  });
});
