// The flags of the `crosscheck` command line, parsed once for every command, the usage error
// they raise (exit 2), and the small checks several commands share. Nothing here touches a
// workspace: a usage error is found before any work is done.
import { parseArgs } from 'node:util';

/** Every flag of every command: parseArgs refuses any other, whatever the command. */
const CLI_OPTIONS = {
  workspace: { type: 'string' },
  json: { type: 'boolean', default: false },
  jsonl: { type: 'boolean', default: false },
  in: { type: 'string' },
  port: { type: 'string' },
  article: { type: 'string' },
  note: { type: 'string' },
  evidence: { type: 'string', multiple: true },
  reviewer: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  story: { type: 'string' },
  claims: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  appendix: { type: 'boolean', default: false },
  title: { type: 'string' },
  organisation: { type: 'string' },
  bom: { type: 'boolean', default: false },
  theme: { type: 'string' },
  'report-appendix': { type: 'string' },
  'report-bom': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/** Throws parseArgs' own error for an unknown flag or a flag missing its value. */
export function parseCliArgs(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: CLI_OPTIONS });
}

export type CliValues = ReturnType<typeof parseCliArgs>['values'];

/** A command used wrongly: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {}

export const CLAIM_ID = /^[0-9a-f]{16}-[0-9a-f]{8}$/;
export const STORY_ID = /^st-[0-9a-f]{16}$/;

export function noArgs(command: string, args: readonly string[]): void {
  if (args.length) throw new UsageError(`${command} takes no arguments, got "${args.join(' ')}"`);
}

/** A comma-separated flag (`--in a,b`, `--claims x,y`): its items, blanks dropped. */
export function listFlag(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
