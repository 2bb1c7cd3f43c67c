// What one CLI command is (its name, its lines in --help, how it runs) and what it is given.
// A command prints through `print`, so with --json stdout holds exactly one JSON document;
// it reports failure by throwing (UsageError: exit 2; anything else: exit 1), never by exiting.
import type { WorkspaceApi } from '../../shared/api';
import type { WorkspaceChoice } from '../services/workspace-location';
import type { CliValues } from './options';

export interface CliIo {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
}

export interface CommandContext {
  /** The positionals after the command's name. */
  readonly args: readonly string[];
  readonly values: CliValues;
  readonly io: CliIo;
  /** The workspace named by --workspace, CROSSCHECK_WORKSPACE or the default. */
  readonly choice: WorkspaceChoice;
  /** Prints the JSON document with --json, else the text; one line break after either. */
  print(json: unknown, text: string): void;
}

/** A command on the workspace's services, opened (and its warnings printed) before it runs. */
export interface WorkspaceContext extends CommandContext {
  readonly api: WorkspaceApi;
}

interface CommandInfo {
  readonly name: string;
  /** Its lines under "Commands:" in --help, indented as printed there. */
  readonly usage: string;
}

export type CliCommand =
  | (CommandInfo & { readonly opensWorkspace: true; run(context: WorkspaceContext): Promise<number> })
  // A command that must not open the workspace (a damaged one, the person's settings) or that
  // opens something else around it (browser mode's session).
  | (CommandInfo & { readonly opensWorkspace: false; run(context: CommandContext): Promise<number> });

export function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(`${text}\n`);
}
