// `crosscheck show <article>`: one whole article — metadata, cleaned text, sentences and the
// cruft lines the cleaning removed.
import { call } from '../call-api';
import type { CliCommand } from '../command';
import { UsageError } from '../options';
import { renderArticle } from '../render-text';

export const showCommand: CliCommand = {
  name: 'show',
  usage: '  show <article>            print one article: metadata, cleaned text, removed cruft',
  opensWorkspace: true,
  async run({ args, print, api }) {
    if (args.length !== 1)
      throw new UsageError('show needs exactly one article (an id, id prefix or imported path)');
    const article = await call(api, 'getArticle', { ref: args[0]! });
    print(article, renderArticle(article));
    return 0;
  },
};
