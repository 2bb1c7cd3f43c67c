// `crosscheck lineage <claim>`: one claim through every version of its story.
import { call } from '../call-api';
import type { CliCommand } from '../command';
import { CLAIM_ID, UsageError } from '../options';
import { renderLineage } from '../render-claims';

export const lineageCommand: CliCommand = {
  name: 'lineage',
  usage:
    '  lineage <claim>           one claim through every version of its story (unchanged, figure changed, removed…)',
  opensWorkspace: true,
  async run({ args, print, api }) {
    if (args.length !== 1 || !CLAIM_ID.test(args[0]!))
      throw new UsageError('lineage needs one claim id (16 hex digits, "-", 8 hex digits)');
    const view = await call(api, 'getClaimLineage', { claimId: args[0]! });
    print(view, renderLineage(view));
    return 0;
  },
};
