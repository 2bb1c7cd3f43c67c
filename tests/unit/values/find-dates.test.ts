// Dates as written, before any article date resolves them: kind, canonical value, deadline.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/values';

/** [text, kind, value] of each date, in order. */
const dates = (sentence: string) => findDates(sentence).map((d) => [d.text, d.kind, d.value]);
const only = (sentence: string) => {
  const found = findDates(sentence);
  expect(found, sentence).toHaveLength(1);
  return found[0]!;
};

describe('findDates: years', () => {
  it.each([
    ['The treaty was signed in 2008.', '2008', '2008'],
    ["2008's crisis hit the region.", "2008's", '2008'],
    ['It was built in 1961.', '1961', '1961'],
    ['It was founded in 1850.', '1850', '1850'],
    ['The 2010 elections were close.', '2010', '2010'],
    ['It opened in mid-2008.', '2008', '2008'],
    ['The plan runs to 2030.', '2030', '2030'],
  ])('reads %s', (sentence, text, value) => {
    expect(dates(sentence)).toEqual([[text, 'year', value]]);
  });

  it.each([
    ['The 1998-99 season was the last.', '1998-99', '1998/1999'],
    ['The 1999-00 season was the last.', '1999-00', '1999/2000'],
    ['The 2019–2020 budget passed.', '2019–2020', '2019/2020'],
    ['The 2020/21 season starts soon.', '2020/21', '2020/2021'],
    ['Building it took 2008-10.', '2008-10', '2008/2010'],
  ])('reads the year range in %s', (sentence, text, value) => {
    expect(dates(sentence)).toEqual([[text, 'year', value]]);
  });

  it('reads a decade', () => {
    expect(dates('It happened in the 1990s.')).toEqual([['1990s', 'year', '1990s']]);
  });

  it('reads "2012-08" (a later month than the year allows as a range) as a month', () => {
    expect(dates('It was filed 2012-08.')).toEqual([['2012-08', 'month', '2012-08']]);
  });

  it('leaves out a number that counts something, though it looks like a year', () => {
    expect(dates('2000 people fled.')).toEqual([]);
    expect(dates('About 2000 people fled.')).toEqual([]);
    expect(dates('It cost $2008.')).toEqual([]);
    expect(dates('A road of 2010 km.')).toEqual([]);
    expect(dates('They counted 1850 sheep.')).toEqual([]);
  });

  it('reads two years when a sentence names two', () => {
    expect(dates('Between 2008 and 2012 exports fell.').map((d) => d[2])).toEqual(['2008', '2012']);
    expect(dates('From 2019 to 2021 prices rose.').map((d) => d[2])).toEqual(['2019', '2021']);
  });
});

describe('findDates: months and days', () => {
  it.each([
    ['It was signed on Sept. 20, 2021.', 'on Sept. 20, 2021', 'day', '2021-09-20'],
    ['It was signed on 20 September 2021.', 'on 20 September 2021', 'day', '2021-09-20'],
    ['It was signed on September 20th, 2021.', 'on September 20th, 2021', 'day', '2021-09-20'],
    ['It was signed on the 20th of September 2021.', '20th of September 2021', 'day', '2021-09-20'],
    ['The vote is on March 5.', 'on March 5', 'day', '--03-05'],
    ['The vote is on 5 March.', 'on 5 March', 'day', '--03-05'],
    ['The vote is on 5 Mar.', 'on 5 Mar.', 'day', '--03-05'],
    ['Talks resume on 14-15 March.', 'on 14-15 March', 'day', '--03-14'],
    ['The vote was on 2025-03-11.', 'on 2025-03-11', 'day', '2025-03-11'],
    ['The vote was on 27.10.2023.', 'on 27.10.2023', 'day', '2023-10-27'],
    ['The vote was on 10/27/2023.', 'on 10/27/2023', 'day', '2023-10-27'],
    ['The vote was on 27/10/2023.', 'on 27/10/2023', 'day', '2023-10-27'],
    ['The vote was on 5/5/2023.', 'on 5/5/2023', 'day', '2023-05-05'],
    ['It rained in March 2025.', 'March 2025', 'month', '2025-03'],
    ['It rained in Sept 2025.', 'Sept 2025', 'month', '2025-09'],
    ['It rained in March.', 'March', 'month', '--03'],
    ['It rained in early March.', 'March', 'month', '--03'],
    ['It rained in mid-March.', 'March', 'month', '--03'],
    ['It rained since May.', 'May', 'month', '--05'],
    ['The talks, held in Brussels on Tuesday, March 11, ended.', 'on Tuesday, March 11', 'day', '--03-11'],
    ['Er kam am 3. Oktober 2023.', '3. Oktober 2023', 'day', '2023-10-03'],
    ['Im März 2024 regnete es.', 'März 2024', 'month', '2024-03'],
    ['Il est arrivé le 5 mars.', '5 mars', 'day', '--03-05'],
    ['Il est arrivé le 1er mai 2024.', '1er mai 2024', 'day', '2024-05-01'],
    ['Llegó el 5 de marzo de 2024.', '5 de marzo de 2024', 'day', '2024-03-05'],
  ])('reads %s', (sentence, text, kind, value) => {
    expect(dates(sentence)).toEqual([[text, kind, value]]);
  });

  it('does not read a date that could be either day-month or month-day', () => {
    expect(dates('The letter is dated 10/11/2023.')).toEqual([]);
  });

  it('does not read impossible dates', () => {
    expect(dates('It happened on 31 February.')).toEqual([]);
    expect(dates('It happened on 2023-13-01.').filter((d) => d[1] === 'day')).toEqual([]);
  });

  it('does not take verbs and names for months', () => {
    for (const sentence of [
      'She may go.',
      'They march on the capital.',
      'May said the plan was fair.',
      'He told June that he would stay.',
      'She spoke to April Smith.',
      'Jan Kowalski resigned.',
      'The Mars rover landed.',
      'An august institution.',
    ])
      expect(dates(sentence), sentence).toEqual([]);
  });
});

describe('findDates: weekdays', () => {
  it.each([
    ['They met on Tuesday.', 'on Tuesday', 'weekday:tue'],
    ["Tuesday's talks ended early.", "Tuesday's", 'weekday:tue'],
    ['Talks resume Thursday in Brussels.', 'Thursday', 'weekday:thu'],
    ['They met last Friday.', 'last Friday', 'weekday:fri'],
    ['They meet next Monday.', 'next Monday', 'weekday:mon'],
    ['Am Dienstag sagte er nichts.', 'Dienstag', 'weekday:tue'],
    ['Il est venu mardi.', 'mardi', 'weekday:tue'],
    ['Vino el martes pasado.', 'martes pasado', 'weekday:tue'],
    ['Vino el domingo.', 'domingo', 'weekday:sun'],
  ])('reads %s', (sentence, text, value) => {
    expect(dates(sentence)).toEqual([[text, 'weekday', value]]);
  });

  it('does not read named days, newspapers or habits as dates', () => {
    for (const sentence of [
      'Shops close on Good Friday.',
      'The Sunday Times reported it.',
      'She works on Mondays.',
      'Black Friday sales rose.',
      'Plácido Domingo sang.',
      'tuesday was written in lower case.',
    ])
      expect(dates(sentence), sentence).toEqual([]);
  });
});

describe('findDates: relative days', () => {
  it.each([
    ['It happened today.', 'today', 'relative:today'],
    ['It happened yesterday.', 'yesterday', 'relative:yesterday'],
    ['It happens tomorrow.', 'tomorrow', 'relative:tomorrow'],
    ['It happened last night.', 'last night', 'relative:yesterday'],
    ['It happened this morning.', 'this morning', 'relative:today'],
    ['It happened the day before yesterday.', 'the day before yesterday', 'relative:day-before-yesterday'],
    ['It happened last week.', 'last week', 'relative:last-week'],
    ['It happens next week.', 'next week', 'relative:next-week'],
    ['It happened earlier this month.', 'earlier this month', 'relative:this-month'],
    ['It happens next month.', 'next month', 'relative:next-month'],
    ['It happened this year.', 'this year', 'relative:this-year'],
    ["Last year's harvest was poor.", "Last year's", 'relative:last-year'],
    ['It happened a year earlier.', 'a year earlier', 'relative:previous-year'],
    ['It was worse the previous year.', 'the previous year', 'relative:previous-year'],
    ['It happened two years ago.', 'two years ago', 'relative:2-years-ago'],
    ['It happened a week ago.', 'a week ago', 'relative:1-weeks-ago'],
    ['Es geschah gestern.', 'gestern', 'relative:yesterday'],
    ['Es geschieht morgen.', 'morgen', 'relative:tomorrow'],
    ['Es geschah letzte Woche.', 'letzte Woche', 'relative:last-week'],
    ["C'est arrivé hier.", 'hier', 'relative:yesterday'],
    ["C'est arrivé l'année dernière.", "l'année dernière", 'relative:last-year'],
    ['Ocurrió ayer.', 'ayer', 'relative:yesterday'],
    ['Ocurrirá mañana.', 'mañana', 'relative:tomorrow'],
    ['Ocurrió el año pasado.', 'el año pasado', 'relative:last-year'],
  ])('reads %s', (sentence, text, value) => {
    expect(dates(sentence)).toEqual([[text, 'relative', value]]);
  });

  it('reads "this morning" in Spanish and German mornings as no day', () => {
    expect(dates('Ocurrió esta mañana.')).toEqual([['esta mañana', 'relative', 'relative:today']]);
    expect(dates('Am Morgen regnete es.')).toEqual([]);
    expect(dates('Trabaja por la mañana.')).toEqual([]);
    expect(dates('USA Today reported it.')).toEqual([]);
  });
});

describe('findDates: deadlines', () => {
  it.each([
    ['Payments are due by Thursday.', 'by Thursday'],
    ['It must end by the end of the month.', 'by the end of the month'],
    ['The bridge is closed until March.', 'until March'],
    ['Reply no later than Friday.', 'no later than Friday'],
    ['Submit it by 30 April.', 'by 30 April'],
    ['Emissions must fall by 2030.', 'by 2030'],
    ['It must be done by the end of March.', 'by the end of March'],
    ['Questions are taken until 30 April.', 'until 30 April'],
    ['Die Frist läuft bis Freitag.', 'bis Freitag'],
  ])('marks %s as a deadline', (sentence, text) => {
    const d = only(sentence);
    expect([d.text, d.deadline]).toEqual([text, true]);
  });

  it('does not call an event date or a possessive a deadline', () => {
    expect(only('They met on Thursday.').deadline).toBe(false);
    expect(only("The town was hit by Thursday's storm.").deadline).toBe(false);
    expect(only('Prices rose by 5% in 2024.').deadline).toBe(false);
  });
});

describe('findDates: offsets and empty input', () => {
  it('gives offsets that point at the date text in the input', () => {
    const sentence = 'The vote, due on 5 March 2025, was moved to next week and then to 2026.';
    const found = findDates(sentence);
    expect(found.map((d) => d.text)).toEqual(['on 5 March 2025', 'next week', '2026']);
    for (const d of found) expect(sentence.slice(d.start, d.end)).toBe(d.text);
  });

  it('finds nothing where there is nothing', () => {
    expect(findDates('')).toEqual([]);
    expect(findDates('The council met and voted.')).toEqual([]);
    expect(findDates('It cost 1,240 euros.')).toEqual([]);
  });
});
