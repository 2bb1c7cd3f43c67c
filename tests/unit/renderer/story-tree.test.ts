// The Stories view as data (renderer/state/story-tree.ts): what the reviewer sees in the
// left pane — stories newest first, the filter, the rows the arrow keys visit.
import { describe, expect, it } from 'vitest';
import type { ArticleSummary, Story } from '../../../shared/model';
import {
  buildStoryEntries,
  filterStoryEntries,
  storyHolding,
  storyIndex,
  treeItems,
} from '../../../renderer/state/story-tree';

const article = (id: string, date: string | null, outlet: string | null, title: string): ArticleSummary => ({
  id,
  date,
  outlet,
  title,
  byline: null,
  dateline: null,
  sourcePath: `/x/${id}.txt`,
  format: 'txt',
  words: 100,
});
const story = (first: string, ids: string[], title: string | null): Story => ({
  id: `st-${first}`,
  title,
  articleIds: ids,
  relatedStoryIds: [],
});

const articles = [
  article('a1', '2025-05-14', 'Northline Agency', 'Talks reopen'),
  article('a2', '2025-05-15', null, 'Talks resume'),
  article('b1', null, 'Tessvik Herald', 'Bridge closes'),
  article('c1', '2025-06-03', 'Tervania Business Review', 'Grid deal'),
];
const stories = [
  story('a1', ['a1', 'a2'], 'Talks reopen'),
  story('b1', ['b1'], 'Bridge closes'),
  story('c1', ['c1'], 'Grid deal'),
];

describe('the Stories view', () => {
  it('lists stories newest first (by their latest version), undated last, with outlets and date range', () => {
    const entries = buildStoryEntries(stories, articles);
    expect(entries.map((e) => e.story.id)).toEqual(['st-c1', 'st-a1', 'st-b1']);
    const talks = entries[1]!;
    expect(talks.outlets).toEqual(['Northline Agency', null]);
    expect([talks.firstDate, talks.lastDate]).toEqual(['2025-05-14', '2025-05-15']);
  });

  it('leaves out a story none of whose articles is known', () => {
    expect(buildStoryEntries([...stories, story('zz', ['zz'], 'Ghost')], articles)).toHaveLength(3);
  });

  it('filters by any version’s title or outlet, ignoring case and accents', () => {
    const entries = buildStoryEntries(stories, articles);
    expect(filterStoryEntries(entries, 'RESUME').map((e) => e.story.id)).toEqual(['st-a1']);
    expect(filterStoryEntries(entries, 'tessvík').map((e) => e.story.id)).toEqual(['st-b1']);
    expect(filterStoryEntries(entries, '  ')).toHaveLength(3);
  });

  it('visits a story, then its versions unless it is collapsed; a one-version story is one row', () => {
    const entries = buildStoryEntries(stories, articles);
    expect(treeItems(entries, new Set())).toEqual([
      { kind: 'story', storyId: 'st-c1' },
      { kind: 'story', storyId: 'st-a1' },
      { kind: 'version', storyId: 'st-a1', articleId: 'a1' },
      { kind: 'version', storyId: 'st-a1', articleId: 'a2' },
      { kind: 'story', storyId: 'st-b1' },
    ]);
    expect(treeItems(entries, new Set(['st-a1']))).toHaveLength(3);
  });

  it('finds each article’s story, and the story that now holds most of a set after an override', () => {
    expect(storyIndex(stories).get('a2')).toBe('st-a1');
    const merged = [story('a1', ['a1', 'a2', 'c1'], 'Talks reopen'), story('b1', ['b1'], 'Bridge closes')];
    expect(storyHolding(merged, ['c1', 'a2'])?.id).toBe('st-a1');
    expect(storyHolding(merged, ['nope'])).toBeNull();
  });
});
