// The CLI's command table against its own --help: every command the help lists has its module
// under electron/cli/commands/ and its usage lines there, and a name not in the table is a
// usage error. Run in process: none of this opens a workspace.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandNamed, HELP } from '../../../electron/cli/command-table';
import { runCli } from '../../../electron/cli/main';

const COMMANDS_DIR = join(import.meta.dirname, '..', '..', '..', 'electron', 'cli', 'commands');

/** Runs the CLI in this process, capturing what it writes. */
async function run(args: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const sink = (add: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        add(chunk.toString());
        done();
      },
    });
  const code = await runCli(args, {
    out: sink((t) => (stdout += t)),
    err: sink((t) => (stderr += t)),
  });
  return { code, stdout, stderr };
}

/** The command names --help lists: the first word of each line under "Commands:". */
function listedCommands(help: string): string[] {
  const section = help.split('\nCommands:\n')[1]!.split('\n\n')[0]!;
  return section
    .split('\n')
    .filter((line) => /^ {2}\S/.test(line))
    .map((line) => line.trim().split(/\s/)[0]!);
}

describe('the CLI command table', () => {
  it('has a module with a usage line for every command --help lists, and nothing else', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(`${HELP}\n`);
    const listed = listedCommands(help.stdout);
    expect(listed).toEqual(COMMANDS.map((c) => c.name));
    for (const name of listed) {
      const command = commandNamed(name);
      expect(command, name).toBeDefined();
      expect(command!.usage.startsWith(`  ${name}`), name).toBe(true);
      expect(help.stdout, name).toContain(`${command!.usage}\n`);
      const file = join(COMMANDS_DIR, `${name}.ts`);
      expect(existsSync(file), file).toBe(true);
      const module = (await import(file)) as Record<string, unknown>;
      expect(Object.values(module), file).toContain(command);
    }
  });

  it('refuses an unknown command with exit 2, nothing on stdout and one sentence on stderr', async () => {
    for (const name of ['frobnicate', 'constructor', '__proto__']) {
      const bad = await run([name]);
      expect(bad.code, name).toBe(2);
      expect(bad.stdout, name).toBe('');
      expect(bad.stderr, name).toBe(
        `crosscheck: unknown command "${name}". Run "crosscheck --help" for usage.\n`,
      );
    }
  });

  it('prints the help with exit 2 when no command is given, and as one JSON document with --json', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe(`${HELP}\n`);
    const json = await run(['help', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ usage: HELP });
  });
});
