// `crosscheck articles`: the workspace's articles, one line each (--json: [ArticleSummary]).
import { call } from '../call-api';
import type { CliCommand } from '../command';
import { noArgs } from '../options';
import { renderArticles } from '../render-text';

export const articlesCommand: CliCommand = {
  name: 'articles',
  usage: '  articles                  list the articles in the workspace',
  opensWorkspace: true,
  async run({ args, print, api }) {
    noArgs('articles', args);
    const list = await call(api, 'listArticles', {});
    print(list, renderArticles(list));
    return 0;
  },
};
