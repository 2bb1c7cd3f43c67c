// The year a statement speaks of: "last year's harvest" and "this year's" are different claims.
import { describe, expect, it } from 'vitest';
import { timeFrameOf } from '../../../shared/values';

describe('timeFrameOf', () => {
  it.each([
    ["Last year's harvest was poor.", '2025-03-13', '2024'],
    ["This year's harvest was poor.", '2025-03-13', '2025'],
    ['The ferry carried 1.2 million passengers in 2024.', '2025-07-15', '2024'],
    ['The ferry carried 1.2 million passengers last year.', '2025-07-15', '2024'],
    ['About 900,000 are expected this year.', '2025-07-15', '2025'],
    ['Next year the bridge reopens.', '2025-07-15', '2026'],
    ['It was signed on 5 March 2019.', '2025-07-15', '2019'],
    ['It was signed in March 2019.', null, '2019'],
    ['It was signed in 2019, the company said last year.', '2020-01-10', '2019'],
    ['The fire broke out yesterday.', '2025-01-01', '2024'],
    ['It happened two years ago.', '2025-07-15', '2023'],
    ['In 2013, exports rose from the previous year.', null, null],
  ])('puts "%s" (article of %s) in %s', (text, articleDate, year) => {
    expect(timeFrameOf(text, articleDate)).toBe(year);
  });

  it('knows no year when the sentence names none or several', () => {
    expect(timeFrameOf('The ferry sank.', '2025-07-15')).toBeNull();
    expect(timeFrameOf('Prices rose from 2019 to 2024.', '2025-07-15')).toBeNull();
    expect(timeFrameOf('The 1998-99 season was the last.')).toBeNull();
    expect(timeFrameOf('It happened in the 1990s.')).toBeNull();
    expect(timeFrameOf('The harvest of 2024 beat that of 2023.')).toBeNull();
  });

  it('knows no year for a relative year without an article date', () => {
    expect(timeFrameOf("Last year's harvest was poor.")).toBeNull();
    expect(timeFrameOf('The harvest this year was poor.', null)).toBeNull();
    expect(timeFrameOf('It was signed in 2019 and revised last year.')).toBeNull();
  });

  it('takes the year of a resolved weekday or day', () => {
    expect(timeFrameOf('They met on Tuesday.', '2025-03-13')).toBe('2025');
    expect(timeFrameOf('They met on Tuesday.')).toBeNull();
  });
});
