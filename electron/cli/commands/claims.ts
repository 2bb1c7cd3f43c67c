// `crosscheck claims [--article <a> | --story <id>] [--jsonl]`: claims with their matches,
// suggestion and verdict, streamed by print-claims.ts so memory stays flat on any workspace.
import type { CliCommand } from '../command';
import { noArgs, UsageError } from '../options';
import { printClaims } from '../print-claims';

export const claimsCommand: CliCommand = {
  name: 'claims',
  usage: [
    '  claims [--article <a> | --story <id>] [--jsonl]',
    '                            list claims (figures, dates, quotes, attributions) with matches, suggestion, verdict;',
    "                            a story's (or the workspace's) claims list each wording once; --jsonl streams one claim a line",
  ].join('\n'),
  opensWorkspace: true,
  async run({ args, values, io, api }) {
    noArgs('claims', args);
    if (values.article !== undefined && values.article.trim() === '')
      throw new UsageError('--article needs an article (an id, id prefix or imported path)');
    if (values.article !== undefined && values.story !== undefined)
      throw new UsageError('name an --article or a --story, not both');
    if (values.jsonl && values.json) throw new UsageError('choose --json or --jsonl, not both');
    await printClaims(api, { article: values.article, story: values.story }, values, io.out);
    return 0;
  },
};
