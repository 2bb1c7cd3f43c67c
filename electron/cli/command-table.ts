// Every `crosscheck` command, in the order --help lists them, and the help text made from
// their usage lines: a command added here is runnable and documented in one edit.
import type { CliCommand } from './command';
import { articlesCommand } from './commands/articles';
import { claimsCommand } from './commands/claims';
import { diffCommand } from './commands/diff';
import { importCommand } from './commands/import';
import { lineageCommand } from './commands/lineage';
import { matrixCommand } from './commands/matrix';
import { reportCommand } from './commands/report';
import { restoreBackupCommand } from './commands/restore-backup';
import { serveCommand } from './commands/serve';
import { settingsCommand } from './commands/settings';
import { showCommand } from './commands/show';
import { sourcesCommand } from './commands/sources';
import { storiesCommand } from './commands/stories';
import { verdictCommand } from './commands/verdict';
import { workspacesCommand } from './commands/workspaces';

export const COMMANDS: readonly CliCommand[] = [
  importCommand,
  articlesCommand,
  showCommand,
  storiesCommand,
  diffCommand,
  claimsCommand,
  sourcesCommand,
  matrixCommand,
  lineageCommand,
  verdictCommand,
  serveCommand,
  reportCommand,
  settingsCommand,
  workspacesCommand,
  restoreBackupCommand,
];

const byName = new Map(COMMANDS.map((c) => [c.name, c]));

/** The command of that name; a Map, so "constructor" or "__proto__" is no command. */
export function commandNamed(name: string): CliCommand | undefined {
  return byName.get(name);
}

export const HELP = `crosscheck — find versions of one news story, compare them, record verdicts on claims

Usage: crosscheck <command> [options]

Commands:
${COMMANDS.map((c) => c.usage).join('\n')}

An <article> is an id, a unique id prefix, or the path it was imported from.

Options (every command):
  --workspace DIR   use this workspace (default: $CROSSCHECK_WORKSPACE, else the app's user-data folder)
  --json            print exactly one JSON document on stdout
  -h, --help        show this help
  -v, --version     show the version`;
