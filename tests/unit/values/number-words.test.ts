// Numbers written in words, read into values: English first, with German, French and Spanish.
import { describe, expect, it } from 'vitest';
import { numberWordValues, parseNumberWords } from '../../../shared/values';

const parse = (phrase: string) => parseNumberWords(phrase.split(' '));

describe('parseNumberWords', () => {
  it.each([
    ['zero', 0, 1],
    ['one', 1, 1],
    ['two', 2, 1],
    ['seven', 7, 1],
    ['ten', 10, 1],
    ['eleven', 11, 1],
    ['fifteen', 15, 1],
    ['nineteen', 19, 1],
    ['twenty', 20, 1],
    ['twenty-five', 25, 1],
    ['twenty five', 25, 2],
    ['Forty-Two', 42, 1],
    ['ninety-nine', 99, 1],
    ['a hundred', 100, 2],
    ['one hundred', 100, 2],
    ['three hundred', 300, 2],
    ['three hundred and twelve', 312, 4],
    ['one hundred and twenty five', 125, 5],
    ['nineteen hundred', 1900, 2],
    ['a thousand', 1000, 2],
    ['two thousand', 2000, 2],
    ['five thousand and twenty', 5020, 4],
    ['one thousand and one', 1001, 4],
    ['three hundred thousand', 300_000, 3],
    ['two million', 2_000_000, 2],
    ['a million', 1_000_000, 2],
    ['half a million', 500_000, 3],
    ['two million three hundred thousand', 2_300_000, 5],
    ['three billion', 3_000_000_000, 2],
    ['a dozen', 12, 2],
    ['two dozen', 24, 2],
    ['1.2 million', 1_200_000, 2],
    ['5 thousand', 5000, 2],
  ])('reads "%s" as %d using %d words', (phrase, value, used) => {
    expect(parse(phrase)).toEqual({ value, used });
  });

  it.each([
    ['zwei', 2],
    ['zwölf', 12],
    ['siebzehn', 17],
    ['zwanzig', 20],
    ['einundzwanzig', 21],
    ['fünfundzwanzig', 25],
    ['neunundneunzig', 99],
    ['hundert', 100],
    ['dreihundert', 300],
    ['dreihundertzwölf', 312],
    ['zweitausend', 2000],
    ['zweitausenddreihundert', 2300],
    ['tausendeins', 1001],
  ])('reads German "%s" as %d', (phrase, value) => {
    expect(parse(phrase)?.value).toBe(value);
  });

  it.each([
    ['zwei Millionen', 2_000_000],
    ['eine Million', 1_000_000],
    ['drei Milliarden', 3_000_000_000],
    ['dreihundert Millionen', 300_000_000],
  ])('reads German "%s" with its scale word', (phrase, value) => {
    expect(parse(phrase)?.value).toBe(value);
  });

  it.each([
    ['deux', 2],
    ['onze', 11],
    ['seize', 16],
    ['dix-sept', 17],
    ['vingt', 20],
    ['vingt et un', 21],
    ['vingt-cinq', 25],
    ['soixante', 60],
    ['soixante-dix', 70],
    ['soixante et onze', 71],
    ['soixante-dix-neuf', 79],
    ['quatre-vingts', 80],
    ['quatre-vingt-deux', 82],
    ['quatre-vingt-dix', 90],
    ['quatre-vingt-dix-neuf', 99],
    ['cent', 100],
    ['deux cents', 200],
    ['trois cent quatre-vingts', 380],
    ['mille', 1000],
    ['deux mille', 2000],
    ['deux millions', 2_000_000],
    ['un million', 1_000_000],
    ['trois milliards', 3_000_000_000],
  ])('reads French "%s" as %d', (phrase, value) => {
    expect(parse(phrase)?.value).toBe(value);
  });

  it.each([
    ['dos', 2],
    ['quince', 15],
    ['dieciséis', 16],
    ['veinte', 20],
    ['veintidós', 22],
    ['treinta y cinco', 35],
    ['cuarenta y uno', 41],
    ['cien', 100],
    ['ciento veinte', 120],
    ['doscientos', 200],
    ['quinientos cincuenta', 550],
    ['mil', 1000],
    ['dos mil', 2000],
    ['un millón', 1_000_000],
    ['tres millones', 3_000_000],
    ['dos mil millones', 2_000_000_000],
  ])('reads Spanish "%s" as %d', (phrase, value) => {
    expect(parse(phrase)?.value).toBe(value);
  });

  it('stops where the words stop being one well-formed number', () => {
    expect(parse('two three')).toEqual({ value: 2, used: 1 });
    expect(parse('twenty twenty')).toEqual({ value: 20, used: 1 });
    expect(parse('two and three')).toEqual({ value: 2, used: 1 });
    expect(parse('twelve five')).toEqual({ value: 12, used: 1 });
    expect(parse('three ferries sank')).toEqual({ value: 3, used: 1 });
    expect(parse('vingt et')).toEqual({ value: 20, used: 1 });
  });

  it('leaves out a hyphenated word it cannot read whole', () => {
    expect(parse('two-thirds')).toBeNull();
    expect(parse('twenty five-year-old')).toEqual({ value: 20, used: 1 });
    expect(parse('one-off')).toBeNull();
  });

  it('does not read ordinals, articles alone or scale words alone as numbers', () => {
    for (const phrase of [
      'first',
      'third',
      'twentieth',
      'a',
      'an',
      'the',
      'million',
      'hundred',
      'thousands',
      'dozens',
      'half',
    ])
      expect(parse(phrase), phrase).toBeNull();
    expect(parse('a ferry')).toBeNull();
    expect(parse('eine Frau')).toBeNull();
  });

  it('ignores punctuation around the words and letter case', () => {
    expect(parse('Three, four')).toEqual({ value: 3, used: 1 });
    expect(parse('"TWELVE"')).toEqual({ value: 12, used: 1 });
  });
});

describe('numberWordValues', () => {
  it('lists every number written in words, once each', () => {
    expect(numberWordValues('two ferries and three hundred and five people')).toEqual([2, 305]);
    expect(numberWordValues('twenty-five')).toEqual([25]);
    expect(numberWordValues('a dozen eggs, half a million euros')).toEqual([12, 500_000]);
  });

  it('finds none in ordinary words that contain number words', () => {
    expect(numberWordValues('someone often phones')).toEqual([]);
    expect(numberWordValues('the first and the second')).toEqual([]);
    expect(numberWordValues('once again')).toEqual([]);
    expect(numberWordValues('')).toEqual([]);
  });
});
