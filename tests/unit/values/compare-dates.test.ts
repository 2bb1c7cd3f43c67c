// Whether two dates say the same, at the precision both have; deadlines apart from events.
import { describe, expect, it } from 'vitest';
import { compareDates, findDates, weekdayName, type DateValue } from '../../../shared/values';

/** The one date of a phrase, resolved against an article date when one is given. */
const date = (phrase: string, articleDate?: string): DateValue => {
  const found = findDates(phrase, articleDate);
  expect(found, phrase).toHaveLength(1);
  return found[0]!;
};
const compare = (a: string, b: string, dateA?: string, dateB = dateA) =>
  compareDates(date(a, dateA), date(b, dateB));

describe('compareDates', () => {
  it.each([
    ['It was signed in 2013.', 'It was signed in 2013.'],
    ['It was signed on 5 March 2025.', 'It was signed on March 5, 2025.'],
    ['It was signed on 5 March 2025.', 'It was signed in 2025.'],
    ['It was signed in 2025.', 'It was signed on 2025-03-05.'],
    ['It was signed on 5 March 2025.', 'It was signed in March 2025.'],
    ['It was signed on 5 March.', 'It was signed on March 5, 2025.'],
    ['It was signed in March.', 'It was signed on 5 March 2025.'],
    ['It was signed in the 1990s.', 'It was signed in 1994.'],
    ['The 1998-99 season.', 'It was signed in 1999.'],
    ['They met on Tuesday.', 'They met on Tuesday.'],
  ])('calls "%s" and "%s" the same', (a, b) => {
    expect(compare(a, b).relation).toBe('same');
  });

  it.each([
    ['It was signed in 2013.', 'It was signed in 2011.', 'year 2013 vs 2011'],
    [
      'It was signed on 5 March 2025.',
      'It was signed on 6 March 2025.',
      'date on 5 March 2025 vs on 6 March 2025',
    ],
    ['It was signed in March 2025.', 'It was signed in April 2025.', 'month March 2025 vs April 2025'],
    ['It was signed on 5 March 2025.', 'It was signed in 2024.', 'date on 5 March 2025 vs 2024'],
    ['It was signed on 5 March.', 'It was signed on 15 March.', 'date on 5 March vs on 15 March'],
    ['They met on Monday.', 'They met on Tuesday.', 'date on Monday vs on Tuesday'],
    ['It happened yesterday.', 'It happened today.', 'date yesterday vs today'],
    ['It happened last week.', 'It happens next week.', 'date last week vs next week'],
  ])('calls "%s" and "%s" different: "%s"', (a, b, reason) => {
    expect(compare(a, b)).toEqual({ relation: 'different', reason });
  });

  it('compares resolved dates as dates, across articles of different days', () => {
    // Published Tuesday 15 July and Friday 18 July 2025.
    expect(
      compare(
        'The fire broke out yesterday.',
        'The fire broke out on Monday evening.',
        '2025-07-15',
        '2025-07-18',
      ).relation,
    ).toBe('same');
    expect(
      compare('The fire broke out yesterday.', 'The fire broke out on 14 July.', '2025-07-15', '2025-07-28')
        .relation,
    ).toBe('same');
    expect(
      compare('The fire broke out on Monday.', 'It was found early Tuesday.', '2025-07-16', '2025-07-17'),
    ).toEqual({
      relation: 'different',
      reason: 'date on Monday vs Tuesday',
    });
    expect(compare('It happened last year.', 'It happened in 2024.', '2025-07-15').relation).toBe('same');
    expect(compare('It happened last week.', 'It happened on 9 July 2025.', '2025-07-15').relation).toBe(
      'same',
    );
  });

  it('compares a weekday with a full date by the weekday of that date', () => {
    expect(compare('They met on Monday.', 'They met on 14 July 2025.').relation).toBe('same');
    expect(compare('They met on Tuesday.', 'They met on 14 July 2025.').relation).toBe('different');
  });

  it('never compares a deadline with the date of an event', () => {
    expect(compare('It is due by Thursday.', 'They met on Thursday.')).toEqual({
      relation: 'incomparable',
      reason: 'deadline by Thursday vs date on Thursday (a deadline is not an event date)',
    });
  });

  it('compares two deadlines as deadlines', () => {
    expect(compare('It is due by Thursday.', 'It is due by the end of the month.', '2025-03-11')).toEqual({
      relation: 'different',
      reason: 'deadline by Thursday vs by the end of the month',
    });
    expect(compare('It is due by March.', 'It is due by 31 March.', '2025-03-11').relation).toBe('same');
  });

  it('calls dates of different kinds it cannot line up incomparable', () => {
    expect(compare('They met on Tuesday.', 'They met in 2025.').relation).toBe('incomparable');
    expect(compare('It was signed on 5 March.', 'It was signed in 2025.').relation).toBe('incomparable');
    expect(compare('It happened yesterday.', 'It happened in 2025.').relation).toBe('incomparable');
    expect(compare('It happened last year.', 'It happened yesterday.').relation).toBe('incomparable');
  });
});

describe('weekdayName', () => {
  it('names the weekday of a weekday value', () => {
    expect(weekdayName('weekday:tue')).toBe('Tuesday');
    expect(weekdayName('sun')).toBe('Sunday');
    expect(weekdayName('2025-03-11')).toBeNull();
  });
});
