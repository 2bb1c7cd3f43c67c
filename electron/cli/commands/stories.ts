// `crosscheck stories`: the stories (versions of one text) with their related stories. An
// article in no story is one whose file could not be read: named on stderr, with why.
import { call } from '../call-api';
import type { CliCommand } from '../command';
import { noArgs } from '../options';
import { renderStories } from '../render-text';

export const storiesCommand: CliCommand = {
  name: 'stories',
  usage:
    '  stories                   list stories: the articles that are versions of one text, and related stories',
  opensWorkspace: true,
  async run({ args, io, print, api }) {
    noArgs('stories', args);
    const [stories, articles] = [await call(api, 'listStories', {}), await call(api, 'listArticles', {})];
    print(stories, renderStories(stories, articles));
    const grouped = new Set(stories.flatMap((s) => s.articleIds));
    for (const a of articles.filter((a) => !grouped.has(a.id))) {
      const problem = await call(api, 'getArticle', { ref: a.id }).then(
        () => null,
        (err: Error) => err.message,
      );
      if (problem) io.err.write(`Left out of the stories: ${problem}\n`);
    }
    return 0;
  },
};
