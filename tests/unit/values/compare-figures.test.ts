// Whether two figures say the same: same, compatible (a bound or two estimates) or different.
import { describe, expect, it } from 'vitest';
import { compareFigures, findFigures, type FigureValue } from '../../../shared/values';

/** The one figure of a phrase ("about 500 homes"). */
const fig = (phrase: string): FigureValue => {
  const found = findFigures(phrase);
  expect(found, phrase).toHaveLength(1);
  return found[0]!;
};
const compare = (a: string, b: string) => compareFigures(fig(a), fig(b));

describe('compareFigures', () => {
  it.each([
    ['1,240 homes', '1240 homes'],
    ['14 people', 'Fourteen people'],
    ['three ferries', '3 ferries'],
    ['118 metres', '118-meter'],
    ['118 metres', '118 m'],
    ['2.4 km', '2.4 kilometres'],
    ['8 per cent', '8%'],
    ['$1.2 million', '$1,200,000'],
    ['1.2 million passengers', '1,200,000 passengers'],
    ['20 million euros', '€20m'],
    ['about 500 homes', 'around 500 homes'],
    ['more than 400 people', 'over 400 people'],
    ['a dozen eggs', '12 eggs'],
  ])('calls %s and %s the same', (a, b) => {
    expect(compare(a, b).relation).toBe('same');
  });

  it.each([
    ['more than 400 people', '450 people'],
    ['over 400 people', 'about 450 people'],
    ['at least 30 people', '30 people'],
    ['up to 30 troops', '25 troops'],
    ['fewer than 50 boats', '12 boats'],
    ['at most 10 buses', '10 buses'],
    ['more than 400 people', 'more than 450 people'],
    ['up to 30 troops', 'at least 20 troops'],
    ['about 500 homes', 'about 520 homes'],
    ['roughly 6,000 people', 'about 6,100 people'],
    ['about 500 homes', '500 homes'],
    ['nearly 500 homes', '500 homes'],
  ])('calls %s and %s compatible', (a, b) => {
    expect(compare(a, b).relation).toBe('compatible');
  });

  it.each([
    ['1,240 homes', '1,420 homes', 'figure 1,240 vs 1,420'],
    ['two ferries', 'three ferries', 'figure two vs three'],
    ['14 people', '17 people', 'figure 14 vs 17'],
    ['Fourteen people', '17 people', 'figure Fourteen vs 17'],
    ['2.4 km', '3 km', 'figure 2.4 km vs 3 km'],
    ['about 500 homes', '480 homes', 'figure about 500 vs 480 (approximate)'],
    ['480 people', 'About 500 people', 'figure 480 vs About 500 (approximate)'],
    ['about 500 homes', 'about 600 homes', 'figure about 500 vs about 600 (approximate)'],
    ['more than 400 people', '350 people', 'figure more than 400 vs 350'],
    ['up to 30 troops', '45 troops', 'figure up to 30 vs 45'],
    ['up to 30 troops', 'at least 40 troops', 'figure up to 30 vs at least 40'],
    ['fewer than 50 boats', '60 boats', 'figure fewer than 50 vs 60'],
    ['$1.2 million', '$1.5 million', 'figure $1.2 million vs $1.5 million'],
    ['-5 degrees', '5 degrees', 'figure -5 degrees vs 5 degrees'],
  ])('calls %s and %s different: "%s"', (a, b, reason) => {
    expect(compare(a, b)).toEqual({ relation: 'different', reason });
  });

  it('calls the same number in different units of measure different, naming both', () => {
    expect(compare('15 km', '15 miles')).toEqual({ relation: 'different', reason: 'unit 15 km vs 15 miles' });
    expect(compare('£5', '$5')).toEqual({ relation: 'different', reason: 'unit £5 vs $5' });
    expect(compare('5%', '5 people').relation).toBe('different');
  });

  it('compares numbers that count differently named things, but never calls them the same', () => {
    const result = compare('52 vehicles', '52 claims');
    expect(result.relation).toBe('compatible');
    expect(result.reason).toBe('figure 52 vs 52 (counting vehicle and claim)');
    expect(compare('52 vehicles', '60 claims').relation).toBe('different');
  });

  it('compares a number that counts nothing named by its value', () => {
    expect(compare('There were 12.', '12 ferries').relation).toBe('same');
    expect(compare('There were 12.', '13 ferries').relation).toBe('different');
  });

  it('gives the reason for agreeing figures too', () => {
    expect(compare('1,240 homes', '1240 homes').reason).toBe('same figure 1,240');
    expect(compare('more than 400 people', '450 people').reason).toBe(
      'figure more than 400 vs 450 (within the bound)',
    );
    expect(compare('about 500 homes', 'about 520 homes').reason).toBe(
      'figure about 500 vs about 520 (both approximate, within 5%)',
    );
  });

  it('is symmetric in its relation', () => {
    const pairs: [string, string][] = [
      ['more than 400 people', '450 people'],
      ['about 500 homes', '480 homes'],
      ['up to 30 troops', 'at least 40 troops'],
      ['15 km', '15 miles'],
    ];
    for (const [a, b] of pairs) expect(compare(a, b).relation).toBe(compare(b, a).relation);
  });
});
