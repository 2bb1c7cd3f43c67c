// Child process of the cross-source benchmark: `crosscheck claims --jsonl` on the workspace
// given, exactly as the CLI runs it, then its peak resident memory (the kernel's high-water
// mark for this process) on stderr as `CHILD-REPORT {"maxRss":…}`.
import { runCli } from '../../electron/cli/main';

const workspace = process.argv[2];
if (!workspace) {
  console.error('usage: claims-jsonl-child <workspace>');
  process.exit(2);
}
const code = await runCli(['claims', '--jsonl', '--workspace', workspace]);
process.stderr.write(`CHILD-REPORT ${JSON.stringify({ maxRss: process.resourceUsage().maxRSS * 1024 })}\n`);
process.exitCode = code;
