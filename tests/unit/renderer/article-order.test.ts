// The article list's order and filter: sorted once, filtered per keystroke without sorting
// again, so a keystroke in a library of 20,000 articles is one pass over folded search keys.
import { describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../../shared/model';
import { filterArticles, sortArticles } from '../../../renderer/state/article-order';

const article = (
  id: string,
  title: string | null,
  date: string | null,
  outlet: string | null = null,
): ArticleSummary => ({
  id,
  title,
  outlet,
  date,
  byline: null,
  dateline: null,
  sourcePath: `/in/${id}.txt`,
  format: 'txt',
  words: 100,
});

const articles = [
  article('a', 'Ferry service resumes', '2025-03-01', 'Harbour Post'),
  article('b', 'Café owners protest rent rise', '2025-03-04'),
  article('c', null, null, 'Ferry Times'),
  article('d', 'Bridge closes for repairs', '2025-03-02'),
];

describe('the article list order and filter', () => {
  it('sorts newest first by default, undated last, and keeps that order when filtering', () => {
    const sorted = sortArticles(articles, { key: 'date', direction: 'desc' });
    expect(sorted.map((a) => a.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(filterArticles(sorted, 'ferry').map((a) => a.id)).toEqual(['a', 'c']);
  });

  it('folds case and accents, matches title or outlet, and gives the sorted list back when cleared', () => {
    const sorted = sortArticles(articles, { key: 'title', direction: 'asc' });
    expect(filterArticles(sorted, 'CAFE').map((a) => a.id)).toEqual(['b']);
    expect(filterArticles(sorted, 'harbour').map((a) => a.id)).toEqual(['a']);
    expect(filterArticles(sorted, '  ')).toBe(sorted);
  });

  it('never sorts on a keystroke', () => {
    const sorted = sortArticles(articles, { key: 'date', direction: 'desc' });
    const sort = vi.spyOn(Array.prototype, 'sort');
    filterArticles(sorted, 'f');
    filterArticles(sorted, 'fe');
    filterArticles(sorted, '');
    expect(sort).not.toHaveBeenCalled();
    sort.mockRestore();
  });
});
