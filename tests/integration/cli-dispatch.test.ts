// The CLI reaches the services through dispatch, the gate IPC and HTTP use: what a person types
// is checked by the API's schemas (shared/api.ts) and refused in the schema's words, while a
// valid input that the service cannot answer keeps the service's own sentence.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();

// Each run starts tsx afresh (about a second, more on a busy machine).
describe('crosscheck through dispatch', { timeout: 60_000 }, () => {
  it('refuses a malformed story id with the schema’s message, exit 1 and nothing on stdout', async () => {
    const run = await runCli(['claims', '--story', 'st-nope', '--workspace', temp(), '--json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'crosscheck: Invalid input for listClaims at story: a story id is "st-" and 16 hex digits.\n',
    );
  });

  it('imports a shell glob of many files (more paths than a picker sends) through the same gate', async () => {
    const folder = temp();
    const paths = Array.from({ length: 150 }, (_, i) => {
      const file = join(folder, `note-${i}.txt`);
      writeFileSync(
        file,
        `Harbour board meeting number ${i} in Tessvik\n\nThe board of Tessvik harbour met for the ${i}th time on Tuesday and approved ${i * 7 + 3} new berths for the ferry fleet, its chair said.\n`,
      );
      return file;
    });
    const run = await runCli(['import', ...paths, '--workspace', temp(), '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { imported: unknown[] }).imported).toHaveLength(150);
  });

  it('keeps the service’s sentence for a well-formed id the workspace does not hold', async () => {
    const run = await runCli(['claims', '--story', 'st-0000000000000000', '--workspace', temp()]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('crosscheck: No story st-0000000000000000 in this workspace.\n');
  });

  it('refuses a date that does not exist with the schema’s message', async () => {
    const out = `${temp()}/report.md`;
    const run = await runCli([
      'report',
      '--format',
      'md',
      '--out',
      out,
      '--from',
      '2025-02-30',
      '--workspace',
      temp(),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('crosscheck: Invalid input for getReport at from: no such date.\n');
  });
});
