// What is not a figure: dates and the numbers inside them, times, ordinals, names with numbers.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../shared/values';

const texts = (sentence: string) => findFigures(sentence).map((f) => f.text);

describe('findFigures leaves dates to findDates', () => {
  it.each([
    'The treaty was signed in 2008.',
    "2008's crisis hit the region.",
    'The 2010 elections were close.',
    'It happened in the 1990s.',
    'The 1998-99 season was the last.',
    'The 2019–2020 budget passed.',
    'The 2020/21 season starts soon.',
    'The vote is on March 5.',
    'The vote is on 5 March.',
    'The vote was on Sept. 20, 2021.',
    'The vote was on 20 September 2021.',
    'The vote was on 2021-09-20.',
    'The vote was on 27.10.2023.',
    'The vote was on 10/27/2023.',
    'The vote was on 27/10/2023.',
    'The letter is dated 10/11/2023.',
    'The vote is on the 5th.',
    'Er kam am 3. Oktober 2023.',
    'Il est arrivé le 5 mars.',
    'Llegó el 5 de marzo de 2024.',
    'Talks resume on 14-15 March.',
    'It opened in mid-2008.',
    'It opened two years ago.',
    'It was founded in 1850.',
  ])('finds no figure in "%s"', (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it('finds the figures beside a date', () => {
    expect(texts('By 14 March it had 1,240 homes.')).toEqual(['1,240']);
    expect(texts('On May 5 300 people marched.')).toEqual(['300']);
    expect(texts('In 2008 people left; 2000 people fled.')).toEqual(['2000']);
    expect(texts('About 2000 people fled in 2008.')).toEqual(['About 2000']);
    expect(texts('It cost €2019 in 2019.')).toEqual(['€2019']);
    expect(texts('The road is 2010 km long.')).toEqual(['2010 km']);
  });
});

describe('findFigures leaves out times', () => {
  it.each([
    'The alarm sounded at 09:14.',
    'The alarm sounded at 21:42 local time.',
    'The ferry left at 9 p.m.',
    'The ferry left at 9pm.',
    'The ferry left at 9.30pm.',
    'The ferry left at 10 AM.',
    'Die Fähre fuhr um 14 Uhr.',
    'Le ferry est parti à 14h30.',
    'They met at 7 o’clock.',
  ])('finds no figure in "%s"', (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });
});

describe('findFigures leaves out ordinals and numbered names', () => {
  it.each([
    'It was the 21st attempt.',
    'She came 3rd.',
    'Le 1er mai est férié.',
    'He flew an F-35.',
    'She had a COVID-19 test.',
    'The phone has 5G.',
    'The A320 landed safely.',
    'The Boeing 737 Max was grounded.',
    'He lives at No. 10.',
    'He went to No 10 Downing Street.',
    'Article 5 applies.',
    'See page 12.',
    'Flight 370 vanished.',
    'They drove on Route 66.',
    'The G7 met.',
    'It runs 24/7.',
    'The score was 3:1.',
    'He upgraded to Windows 10.',
  ])('finds no figure in "%s"', (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it('still reads an age after a name and a count after a capitalised word', () => {
    expect(texts('Marstrand, 58, was among the last to leave.')).toEqual(['58']);
    expect(texts('He told Reuters 500 people had left.')).toEqual(['500']);
    expect(texts('There were no 5 ferries.')).toEqual(['5']);
  });
});

describe('findFigures on text without figures', () => {
  it('returns nothing for empty text and plain words', () => {
    expect(findFigures('')).toEqual([]);
    expect(findFigures('The council met.')).toEqual([]);
    expect(findFigures('Someone often phones the tenants.')).toEqual([]);
  });

  it('does not take ordinary words that are number words elsewhere', () => {
    expect(texts('Once again the elf said null and void.')).toEqual([]);
    expect(texts('Sept. 20 is the date.')).toEqual([]);
  });
});
