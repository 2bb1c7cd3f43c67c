// `crosscheck restore-backup`: puts the newest backup in place of a damaged crosscheck.json.
// It runs before the workspace is opened — a damaged workspace cannot be opened, which is why
// this command exists — so it calls the store, not the services (no API operation does this).
import { restoreNewestBackup } from '../../store/workspace-store';
import type { CliCommand } from '../command';
import { noArgs } from '../options';

export const restoreBackupCommand: CliCommand = {
  name: 'restore-backup',
  usage:
    '  restore-backup            put the newest backup in place of a damaged crosscheck.json (the damaged file is kept)',
  opensWorkspace: false,
  async run({ args, choice, print }) {
    noArgs('restore-backup', args);
    const done = await restoreNewestBackup(choice.dir);
    print(done, `Restored ${done.restored}.\nThe damaged file was kept as ${done.damagedCopy}.`);
    return 0;
  },
};
