// A child process for the crash test: opens a workspace through the same services the CLI
// uses and saves verdicts as fast as it can, printing "ack <note>" only after each save has
// returned (the moment the app or the CLI would tell the reviewer "saved"). The test kills it
// with SIGKILL at random moments.
import { openWorkbench } from '../../electron/services/open-workbench';
import { dispatch } from '../../electron/services/api-dispatch';

const [dir, trial, article] = process.argv.slice(2) as [string, string, string];
const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
const claims = await api.listClaims({ article });
const statuses = ['consistent', 'conflicting', 'unclear'] as const;
process.stdout.write('ready\n');
for (let n = 0; ; n++) {
  const claim = claims[n % claims.length]!;
  const note = `trial ${trial} save ${n}`;
  const answer = await dispatch(api, 'setVerdict', { claimId: claim.id, status: statuses[n % 3], note });
  if (!answer.ok) {
    process.stderr.write(`${answer.error.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`ack ${note}\n`);
}
