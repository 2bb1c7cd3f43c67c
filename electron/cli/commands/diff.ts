// `crosscheck diff <a> <b>`: two articles compared sentence by sentence, each change marked
// substantive or cosmetic. Colour only on a terminal, and never with NO_COLOR or --json.
import { call } from '../call-api';
import type { CliCommand } from '../command';
import { UsageError } from '../options';
import { renderComparison } from '../render-diff';

export const diffCommand: CliCommand = {
  name: 'diff',
  usage:
    '  diff <a> <b>              compare two articles sentence by sentence; changes marked substantive or cosmetic',
  opensWorkspace: true,
  async run({ args, values, io, print, api }) {
    if (args.length !== 2)
      throw new UsageError('diff needs two articles (ids, id prefixes or imported paths)');
    const comparison = await call(api, 'compareArticles', { a: args[0]!, b: args[1]! });
    const color = !values.json && Boolean((io.out as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR;
    // `parts` serve the compare view; the CLI prints DESIGN.md's row shape exactly.
    const rows = comparison.rows.map(({ parts: _parts, ...row }) => row);
    print({ ...comparison, rows }, renderComparison(comparison, color));
    return 0;
  },
};
