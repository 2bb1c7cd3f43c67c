// Dates resolved against the article date: weekdays by tense, relative days, years without year.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/values';

/** Thursday 13 March 2025. */
const THURSDAY = '2025-03-13';
const resolved = (sentence: string, articleDate = THURSDAY) =>
  findDates(sentence, articleDate).map((d) => [d.text, d.kind, d.value, d.resolved]);
const value = (sentence: string, articleDate = THURSDAY) => {
  const found = findDates(sentence, articleDate);
  expect(found, sentence).toHaveLength(1);
  return found[0]!.value;
};

describe('resolving weekdays', () => {
  it.each([
    ['The minister arrived on Tuesday.', '2025-03-11'],
    ['The minister arrived on Monday.', '2025-03-10'],
    ['The minister arrived on Thursday.', '2025-03-13'],
    ['The minister arrived on Friday.', '2025-03-07'],
    ["Tuesday's talks ended early.", '2025-03-11'],
    ['On Sunday, the ferry sank.', '2025-03-09'],
    ['The ferry sank last Thursday.', '2025-03-06'],
    ['The ferry sank last Wednesday.', '2025-03-12'],
  ])('puts a past %s on the day on or before the article date', (sentence, day) => {
    expect(value(sentence)).toBe(day);
  });

  it.each([
    ['Talks will resume on Friday.', '2025-03-14'],
    ['Talks will resume Thursday in Brussels.', '2025-03-13'],
    ['The vote is due on Monday.', '2025-03-17'],
    ['The council plans to vote on Tuesday.', '2025-03-18'],
    ['The summit, to be held on Wednesday, is in doubt.', '2025-03-19'],
    ['The vote is scheduled for Saturday.', '2025-03-15'],
    ['Ministers are expected to meet on Monday.', '2025-03-17'],
    ['On Friday, the minister will meet the unions.', '2025-03-14'],
    ['They meet next Thursday.', '2025-03-20'],
    ['They meet next Monday.', '2025-03-17'],
  ])('puts a future %s on the day on or after the article date', (sentence, day) => {
    expect(value(sentence)).toBe(day);
  });

  it('reads the tense of each clause, not of the whole sentence', () => {
    expect(
      resolved('The minister said on Tuesday that talks will resume Thursday.').map((d) => d[2]),
    ).toEqual(['2025-03-11', '2025-03-13']);
    expect(resolved('The minister, who arrived Tuesday, will speak Friday.').map((d) => d[2])).toEqual([
      '2025-03-11',
      '2025-03-14',
    ]);
  });

  it('marks a resolved weekday as a day that needed the article date', () => {
    expect(resolved('They met on Tuesday.')).toEqual([['on Tuesday', 'day', '2025-03-11', true]]);
  });

  it('crosses month and year ends', () => {
    expect(value('They met on Friday.', '2025-03-03')).toBe('2025-02-28');
    expect(value('They met on Tuesday.', '2025-01-01')).toBe('2024-12-31');
    expect(value('They will meet on Monday.', '2024-12-30')).toBe('2024-12-30');
    expect(value('They will meet on Thursday.', '2024-12-30')).toBe('2025-01-02');
  });
});

describe('resolving relative days', () => {
  it.each([
    ['It happened today.', 'day', '2025-03-13'],
    ['It happened yesterday.', 'day', '2025-03-12'],
    ['It happens tomorrow.', 'day', '2025-03-14'],
    ['It happened last night.', 'day', '2025-03-12'],
    ['A vigil is planned for this evening.', 'day', '2025-03-13'],
    ['It happened the day before yesterday.', 'day', '2025-03-11'],
    ['It happens the day after tomorrow.', 'day', '2025-03-15'],
    ['It happened last week.', 'relative', '2025-W10'],
    ['It happens this week.', 'relative', '2025-W11'],
    ['It happens next week.', 'relative', '2025-W12'],
    ['It happened last month.', 'month', '2025-02'],
    ['It happened earlier this month.', 'month', '2025-03'],
    ['It happens next month.', 'month', '2025-04'],
    ['It happened last year.', 'year', '2024'],
    ['It happened earlier this year.', 'year', '2025'],
    ['It happens next year.', 'year', '2026'],
    ['It happened two years ago.', 'year', '2023'],
    ['It happened three months ago.', 'month', '2024-12'],
    ['It happened 10 days ago.', 'day', '2025-03-03'],
    ['It must end by the end of the month.', 'day', '2025-03-31'],
    ['It must end by the end of the year.', 'day', '2025-12-31'],
    ['Es geschah gestern.', 'day', '2025-03-12'],
    ["C'est arrivé l'an dernier.", 'year', '2024'],
    ['Ocurrió el mes pasado.', 'month', '2025-02'],
  ])('resolves %s', (sentence, kind, day) => {
    const [d] = findDates(sentence, THURSDAY);
    expect([d?.kind, d?.value, d?.resolved]).toEqual([kind, day, true]);
  });

  it('counts "a year earlier" from the year the sentence names, not from the article date', () => {
    expect(resolved('In 2013 exports rose, a year earlier they fell.')).toEqual([
      ['2013', 'year', '2013', false],
      ['a year earlier', 'year', '2012', false],
    ]);
    expect(resolved('Exports fell a year earlier.')).toEqual([
      ['a year earlier', 'relative', 'relative:previous-year', false],
    ]);
  });

  it('crosses the year end for last month and last week', () => {
    expect(value('It happened last month.', '2025-01-10')).toBe('2024-12');
    expect(value('It happened last week.', '2025-01-02')).toBe('2024-W52');
  });
});

describe('resolving days and months without a year', () => {
  it('puts a past date in the year that makes it the latest on or before the article date', () => {
    expect(value('It was signed on March 5.')).toBe('2025-03-05');
    expect(value('It was signed on 20 December.')).toBe('2024-12-20');
    expect(value('It rained in April.')).toBe('2024-04');
    expect(value('It rained in March.')).toBe('2025-03');
  });

  it('puts a future date in the year that makes it the first on or after the article date', () => {
    expect(value('The vote will be held on 20 December.')).toBe('2025-12-20');
    expect(value('Talks are scheduled for January 10.')).toBe('2026-01-10');
    expect(value('Work is due to begin in September.')).toBe('2025-09');
    expect(value('Questions are taken until 30 April.')).toBe('2025-04-30');
  });

  it('leaves dates that carry their year as written', () => {
    expect(resolved('It was signed on 5 March 2019.')).toEqual([
      ['on 5 March 2019', 'day', '2019-03-05', false],
    ]);
    expect(resolved('It was signed in 2019.')).toEqual([['2019', 'year', '2019', false]]);
  });
});

describe('without an article date', () => {
  it('keeps weekdays and relative days unresolved', () => {
    expect(findDates('They met on Tuesday.', null)[0]?.value).toBe('weekday:tue');
    expect(findDates('It happened yesterday.', undefined)[0]?.value).toBe('relative:yesterday');
    expect(findDates('It happened last year.')[0]?.value).toBe('relative:last-year');
  });

  it('ignores an article date it cannot read', () => {
    expect(findDates('They met on Tuesday.', 'last week')[0]?.value).toBe('weekday:tue');
    expect(findDates('They met on Tuesday.', '2025-02-30')[0]?.value).toBe('weekday:tue');
  });
});
