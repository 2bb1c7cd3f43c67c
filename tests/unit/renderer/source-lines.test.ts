// What the other articles say, as the review and "Who else says this?" lay it out: grouped by
// relation (differs, agrees, related), copies counted, scope known even when a match does not
// say it, copies named from the library; and a copy's wording found again in its own text.
import { describe, expect, it } from 'vitest';
import type { ArticleSummary, ClaimMatch, SourceMatch } from '../../../shared/model';
import {
  copyRows,
  groupByRelation,
  lineOfMatch,
  lineOfSource,
  summarize,
} from '../../../renderer/sources/source-lines';
import { locateWording } from '../../../renderer/sources/locate-wording';

const match = (
  articleId: string,
  relation: ClaimMatch['relation'],
  extra: Partial<ClaimMatch> = {},
): ClaimMatch => ({
  articleId,
  text: `said in ${articleId}`,
  start: 10,
  end: 30,
  relation,
  reasons: [`reason ${articleId}`],
  ...extra,
});

describe('source lines', () => {
  it('groups by relation, differs first, keeping the order within each and counting copies', () => {
    const lines = [
      match('r1', 'related'),
      match('a1', 'agrees', { copies: 287, copyArticleIds: ['a2', 'a3'] }),
      match('d1', 'differs'),
      match('a4', 'agrees'),
    ].map((m) => lineOfMatch(m, 'home'));
    const groups = groupByRelation(lines);
    expect(groups.map((g) => [g.title, g.lines.map((l) => l.articleId), g.articles])).toEqual([
      ['Differs', ['d1'], 1],
      ['Agrees', ['a1', 'a4'], 288],
      ['Related', ['r1'], 1],
    ]);
    expect(summarize(groups)).toBe('4 statements in 290 articles: 1 differs, 2 agree, 1 related');
    expect(groupByRelation([])).toEqual([]);
    expect(summarize([])).toBe('No statement found.');
  });

  it('knows a match’s scope from its story when the services do not say it', () => {
    expect(lineOfMatch(match('x', 'agrees', { scope: 'source' }), 'home').scope).toBe('source');
    expect(lineOfMatch(match('x', 'agrees', { storyId: 'home' }), 'home').scope).toBe('version');
    expect(lineOfMatch(match('x', 'agrees', { storyId: 'other' }), 'home').scope).toBe('source');
    expect(lineOfMatch(match('x', 'agrees'), 'home').scope).toBeNull();
    const old = lineOfMatch(match('x', 'agrees'), null);
    expect([old.copies, old.copyArticleIds, old.outlet, old.date]).toEqual([1, [], null, null]);
  });

  it('reads a "Who else says this?" answer the same way', () => {
    const found: SourceMatch = {
      articleId: 'w1',
      storyId: 'wire',
      outlet: 'Nordwire',
      date: '2025-03-05',
      text: 'The bridge opened in 1962.',
      start: 5,
      end: 31,
      relation: 'agrees',
      reasons: ['same date 1962'],
      copies: 3,
      copyArticleIds: ['w2', 'w3'],
    };
    const line = lineOfSource(found, 'home');
    expect(line).toMatchObject({
      scope: 'source',
      outlet: 'Nordwire',
      copies: 3,
      copyArticleIds: ['w2', 'w3'],
    });
  });

  it('names copies from the library, and says when one is no longer there', () => {
    const summary = {
      id: 'w2',
      outlet: 'Valley Times',
      date: '2025-03-06',
      title: 'Bridges',
    } as ArticleSummary;
    expect(copyRows(['w2', 'gone'], new Map([['w2', summary]]))).toEqual([
      { articleId: 'w2', outlet: 'Valley Times', date: '2025-03-06', title: 'Bridges', known: true },
      { articleId: 'gone', outlet: null, date: null, title: null, known: false },
    ]);
  });
});

describe('locateWording', () => {
  const text =
    'KELVMARK (Nordwire) - Intro.\n\nThe Harrowgate Bridge over the “Selna”\nRiver opened in 1962.';
  it('finds the words exactly, or word for word across other spaces and quote marks', () => {
    expect(locateWording('one two three', 'two')).toEqual({ start: 4, end: 7 });
    const span = locateWording(text, 'The Harrowgate Bridge over the "Selna" River opened in 1962.');
    expect(span && text.slice(span.start, span.end)).toBe(
      'The Harrowgate Bridge over the “Selna”\nRiver opened in 1962',
    );
  });
  it('finds nothing when a word is missing or another word stands between', () => {
    expect(locateWording(text, 'The Harrowgate Bridge opened in 1962')).toBeNull();
    expect(locateWording(text, '…')).toBeNull();
  });
});
