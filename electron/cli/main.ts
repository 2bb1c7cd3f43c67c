// The `crosscheck` command line. It drives the same services as the desktop app and browser
// mode (electron/services), without any UI, through the same dispatch gate (call-api.ts).
// Contract: DESIGN.md "CLI contract" — with --json exactly one JSON document on stdout; errors
// as one sentence on stderr; exit codes 0 done, 1 failed, 2 usage error. This file parses the
// flags, finds the command (command-table.ts, one module each under commands/), opens the
// workspace for the commands that work on it, and turns what a command throws into the exit code.
import { WorkbenchError } from '../../shared/model';
import { openWorkbench } from '../services/open-workbench';
import { chooseWorkspace } from '../services/workspace-location';
import { write, type CliIo } from './command';
import { commandNamed, HELP } from './command-table';
import { keepHeapNearLive } from './heap-growth';
import { parseCliArgs, UsageError } from './options';

export async function runCli(
  argv: readonly string[],
  io: CliIo = { out: process.stdout, err: process.stderr },
): Promise<number> {
  keepHeapNearLive();
  let parsed;
  try {
    parsed = parseCliArgs(argv);
  } catch (err) {
    io.err.write(
      `crosscheck: ${(err as Error).message.replace(/\.$/, '')}. Run "crosscheck --help" for usage.\n`,
    );
    return 2;
  }
  const { values, positionals } = parsed;
  const [name, ...args] = positionals;
  // With --json even help and version are one JSON document on stdout.
  if (values.version) {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    write(io.out, values.json ? JSON.stringify({ version }) : version);
    return 0;
  }
  if (values.help || !name || name === 'help') {
    write(io.out, values.json ? JSON.stringify({ usage: HELP }) : HELP);
    return name || values.help ? 0 : 2;
  }
  const print = (json: unknown, text: string) =>
    write(io.out, values.json ? JSON.stringify(json, null, 2) : text);

  try {
    const command = commandNamed(name);
    if (!command) throw new UsageError(`unknown command "${name}"`);
    const context = { args, values, io, print, choice: chooseWorkspace(values.workspace) };
    if (!command.opensWorkspace) return await command.run(context);
    // One-off commands work on the workspace alone: they neither read nor touch the settings.
    // It is opened before the command checks its arguments, as it always was: a first run
    // fills the default workspace, and a damaged one says so whatever the command.
    const { api, store } = await openWorkbench(context.choice, { mode: 'browser', cwd: process.cwd() });
    for (const warning of store.warnings) io.err.write(`Warning: ${warning}\n`);
    return await command.run({ ...context, api });
  } catch (err) {
    if (err instanceof UsageError) {
      io.err.write(`crosscheck: ${err.message}. Run "crosscheck --help" for usage.\n`);
      return 2;
    }
    if (err instanceof WorkbenchError) {
      io.err.write(`crosscheck: ${err.message}\n`);
      return 1;
    }
    // One sentence for the reviewer (Node's messages name the path at fault); the stack
    // only when asked for, to report a bug.
    io.err.write(`crosscheck: ${(err as Error).message ?? String(err)}\n`);
    if (process.env.CROSSCHECK_DEBUG) io.err.write(`${(err as Error).stack ?? ''}\n`);
    return 1;
  }
}
