// `crosscheck matrix <story>`: a story's consistency matrix, printed or written as CSV.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { WorkbenchError } from '../../../shared/model';
import { renderMatrixCsv } from '../../../shared/report';
import { writeFileDurable } from '../../store/durable-write';
import { call } from '../call-api';
import type { CliCommand } from '../command';
import { STORY_ID, UsageError } from '../options';
import { renderMatrix } from '../render-claims';

export const matrixCommand: CliCommand = {
  name: 'matrix',
  usage: [
    '  matrix <story> [--format csv --out <file>] [--bom]',
    "                            a story's consistency matrix: each claim as every version and related article gives it",
  ].join('\n'),
  opensWorkspace: true,
  async run({ args, values, print, api }) {
    if (args.length !== 1 || !STORY_ID.test(args[0]!))
      throw new UsageError('matrix needs one story id ("st-" and 16 hex digits; see "crosscheck stories")');
    const matrix = await call(api, 'getMatrix', { storyId: args[0]! });
    if (values.format === undefined && values.out === undefined) {
      print(matrix, renderMatrix(matrix));
      return 0;
    }
    if (values.format !== 'csv' || !values.out)
      throw new UsageError('matrix writes a file with --format csv --out <file>');
    const path = resolve(values.out);
    if (!existsSync(dirname(path)))
      throw new WorkbenchError('not-found', `The folder of ${path} does not exist.`);
    await writeFileDurable(path, renderMatrixCsv(matrix, { bom: values.bom }));
    print(
      { path, format: 'csv', rows: matrix.rows.length },
      `Wrote ${path}: ${matrix.rows.length} claims × ${matrix.columns.length} articles.`,
    );
    return 0;
  },
};
