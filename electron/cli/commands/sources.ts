// `crosscheck sources "<text>"`: every statement in the workspace that speaks to the text,
// with its relation to it; --in searches only the articles named.
import { call } from '../call-api';
import type { CliCommand } from '../command';
import { listFlag, UsageError } from '../options';
import { renderSources } from '../render-sources';

export const sourcesCommand: CliCommand = {
  name: 'sources',
  usage: [
    '  sources "<text>" [--article <a>] [--in <a,b,…>]',
    '                            every statement in the workspace that speaks to the text, with its relation (agrees,',
    '                            differs, related) and reasons; identical wordings collapsed into one line with their copies;',
    '                            --in searches only the articles named',
  ].join('\n'),
  opensWorkspace: true,
  async run({ args, values, print, api }) {
    // The schema's bounds, said in the CLI's words (and as a usage error) before the call.
    if (args.length === 1 && args[0]!.trim().length > 5_000)
      throw new UsageError('the text to look up is longer than 5,000 characters; choose a passage');
    if (args.length !== 1 || args[0]!.trim().length < 3)
      throw new UsageError(
        'sources needs one text in quotes: crosscheck sources "Kosovo declared independence in 2008"',
      );
    const within = listFlag(values.in);
    const result = await call(api, 'findSources', {
      text: args[0]!,
      ...(values.article !== undefined ? { article: values.article } : {}),
      ...(within?.length ? { within } : {}),
    });
    print(result, renderSources(result));
    return 0;
  },
};
