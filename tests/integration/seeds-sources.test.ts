// Cross-source checking on real scraped articles: the five seed articles in ../shared/seeds
// (four stories on one subject, two copies of one wire story), read from there at run time —
// no text of theirs is copied into the project. The statements that Kosovo declared
// independence in 2008 must agree with each other across the four stories, the 2011 launch of
// the dialogue likewise, the one article that dates the dialogue to 2013 must be linked to the
// 2011 statements with both years named, and the four stories must be related.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceApi } from '../../shared/api';
import type { Claim, Story } from '../../shared/model';
import { openWorkbench } from '../../electron/services/open-workbench';
import { PROJECT_ROOT } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const SEEDS = join(PROJECT_ROOT, '..', 'shared', 'seeds');
// ../shared lies beside every clone (the brief's layout, and CI's): a missing folder fails.
const present = existsSync(SEEDS) && readdirSync(SEEDS).length >= 5;

const temp = tempDirs();

it('finds the five seed articles beside the clone', () => {
  expect(present, `${SEEDS} holds the five seed articles`).toBe(true);
});

describe('cross-source checking on ../shared/seeds', () => {
  let api: WorkspaceApi;
  let stories: Story[];
  let claims: Claim[];
  const storyOf = (articleId: string) => stories.find((s) => s.articleIds.includes(articleId))!.id;

  beforeAll(async () => {
    api = (await openWorkbench({ dir: temp(), isDefault: false }, { mode: 'desktop' })).api;
    const imported = await api.importPaths({ paths: [SEEDS] });
    expect(imported.imported).toHaveLength(5);
    stories = await api.listStories({});
    claims = (await Promise.all(imported.imported.map((a) => api.listClaims({ article: a.id })))).flat();
  });

  /** Each article's claim that matches, by words typical of the statement (any wording). */
  const claimsAbout = (test: (text: string) => boolean) => claims.filter((c) => test(c.text));
  const independence = (t: string) => /2008/.test(t) && /independen/i.test(t) && /declar/i.test(t);
  const launch2011 = (t: string) => /2011/.test(t) && /dialogue/i.test(t);

  it('groups the five articles into four stories, all related to one another', () => {
    expect(stories).toHaveLength(4);
    for (const s of stories)
      expect(s.relatedStoryIds.length, `${s.title ?? s.id} is related to every other story`).toBe(3);
  });

  it('finds the 2008 independence statement in all five articles, agreeing across the four stories', () => {
    const found = claimsAbout(independence);
    expect(new Set(found.map((c) => c.articleId)).size).toBe(5);
    for (const claim of found) {
      const others = found.filter((c) => storyOf(c.articleId) !== storyOf(claim.articleId));
      for (const other of others) {
        const m = claim.matches.find(
          (x) =>
            (x.articleId === other.articleId || x.copyArticleIds?.includes(other.articleId)) &&
            x.text === other.text,
        );
        expect(m, `"${claim.text}" is matched with "${other.text}"`).toBeDefined();
        expect(m!.relation, `"${claim.text}" vs "${m!.text}": ${m!.reasons.join('; ')}`).toBe('agrees');
        expect(m!.reasons.join(' ')).toMatch(/2008|same wording/);
      }
    }
  });

  it('finds the 2011 launch of the dialogue agreeing across stories', () => {
    const found = claimsAbout(launch2011);
    expect(new Set(found.map((c) => storyOf(c.articleId))).size).toBeGreaterThanOrEqual(2);
    for (const claim of found)
      for (const other of found.filter((c) => storyOf(c.articleId) !== storyOf(claim.articleId))) {
        const m = claim.matches.find(
          (x) =>
            (x.articleId === other.articleId || x.copyArticleIds?.includes(other.articleId)) &&
            x.text === other.text,
        );
        expect(m?.relation, `"${claim.text}" vs "${other.text}"`).toBe('agrees');
      }
  });

  it('links the 2013 statement to the 2011 statements as differs or related, naming both years', () => {
    const [claim2013] = claimsAbout((t) => /2013/.test(t) && /dialogue/i.test(t));
    expect(claim2013).toBeDefined();
    const links = claim2013!.matches.filter((m) => /2011/.test(m.text) && /dialogue/i.test(m.text));
    expect(links.length).toBeGreaterThanOrEqual(1);
    for (const m of links) {
      expect(['differs', 'related']).toContain(m.relation);
      expect(m.reasons.join(' ')).toMatch(/2013 vs 2011/);
    }
  });

  it('answers "Who else says this?" for a selection with the statements of the other stories', async () => {
    const reuters = claims.find((c) => independence(c.text) && /decade/.test(c.text))!;
    const result = await api.findSources({
      text: 'Kosovo declared independence in 2008',
      article: reuters.articleId,
    });
    const agreeing = result.matches.filter((m) => m.relation === 'agrees');
    const storiesSeen = new Set(agreeing.map((m) => m.storyId));
    expect(storiesSeen.size).toBe(3);
    expect(storiesSeen.has(storyOf(reuters.articleId))).toBe(false);
  });
});
