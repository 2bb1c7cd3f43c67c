// The figures a sentence states: value, unit or counted noun, hedge, and the phrase as written.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../shared/values';

/** [text, value, unit] of each figure, in order. */
const figures = (sentence: string) => findFigures(sentence).map((f) => [f.text, f.value, f.unit]);
const only = (sentence: string) => {
  const found = findFigures(sentence);
  expect(found, sentence).toHaveLength(1);
  return found[0]!;
};

describe('findFigures: numbers in digits', () => {
  it.each([
    ['The council counted 1,240 homes.', '1,240', 1240, 'home'],
    ['It cost 1240 euros.', '1240 euros', 1240, 'eur'],
    ['Some 12 000 people live there.', 'Some 12 000', 12000, 'people'],
    ['There were 1\u00a0240 claims.', '1\u00a0240', 1240, 'claim'],
    ['The rate is 3.5 percent.', '3.5 percent', 3.5, '%'],
    ['It rose 0.25 points.', '0.25', 0.25, 'point'],
    ['The team scored 3 goals.', '3', 3, 'goal'],
    ['A total of 1,240,000 votes were cast.', '1,240,000', 1240000, 'vote'],
    ['The fund holds 12,345.67 dollars.', '12,345.67 dollars', 12345.67, 'usd'],
    ['They planted 40 new trees.', '40', 40, 'tree'],
    ['Police arrested 12 more suspects.', '12', 12, 'suspect'],
    ['Two of the 14 ferries sank.', '14', 14, 'ferry'],
    ['The 5 remaining buses left.', '5', 5, 'bus'],
  ])('reads %s', (sentence, text, value, unit) => {
    const found = findFigures(sentence).find((f) => f.text === text);
    expect(found, sentence).toBeDefined();
    expect([found!.value, found!.unit]).toEqual([value, unit]);
  });

  it.each([
    ['It will cost $1.2 million.', '$1.2 million', 1_200_000, 'usd'],
    ['Profits reached €2.5bn last quarter.', '€2.5bn', 2_500_000_000, 'eur'],
    ['The club paid £3m for him.', '£3m', 3_000_000, 'gbp'],
    ['A $50k grant was approved.', '$50k', 50_000, 'usd'],
    ['Exports fell to 3bn euros.', '3bn euros', 3_000_000_000, 'eur'],
    ['The plan costs 1.5 billion dollars.', '1.5 billion dollars', 1_500_000_000, 'usd'],
    ['The state lent USD 400 million.', 'USD 400 million', 400_000_000, 'usd'],
    ['The deal is worth US$2 billion.', 'US$2 billion', 2_000_000_000, 'usd'],
    ['A 20-million-euro fund was set up.', '20-million-euro', 20_000_000, 'eur'],
    ['Tickets cost 12 pounds.', '12 pounds', 12, 'gbp'],
    ['They bought 12 pounds of beef.', '12 pounds', 12, 'lb'],
    ['The fine was 5,000 Swiss francs.', '5,000 Swiss francs', 5000, 'chf'],
    ['The bill came to ¥800.', '¥800', 800, 'jpy'],
    ['Some 3m people voted.', 'Some 3m', 3_000_000, 'people'],
    ['Rs. 500 crore was spent.', 'Rs. 500 crore', 5_000_000_000, 'inr'],
  ])('reads money and scale words in %s', (sentence, text, value, unit) => {
    const found = findFigures(sentence).find((f) => f.text === text);
    expect(found, JSON.stringify(figures(sentence))).toBeDefined();
    expect([found!.value, found!.unit]).toEqual([value, unit]);
  });

  it.each([
    ['a 15 km stretch', '15 km', 15, 'km'],
    ['it runs for 15 kilometres', '15 kilometres', 15, 'km'],
    ['a 4.6-kilometre bridge', '4.6-kilometre', 4.6, 'km'],
    ['the 11km crossing', '11km', 11, 'km'],
    ['it is 118 metres long', '118 metres', 118, 'm'],
    ['a 118-meter vessel', '118-meter', 118, 'm'],
    ['at 118 m it is the largest', '118 m', 118, 'm'],
    ['a 15m wall', '15m', 15, 'm'],
    ['the 100m sprint', '100m', 100, 'm'],
    ['it weighs 20 kg', '20 kg', 20, 'kg'],
    ['it weighs 20 kilograms', '20 kilograms', 20, 'kg'],
    ['a 40-tonne lorry', '40-tonne', 40, 't'],
    ['500 tons of grain', '500 tons', 500, 't'],
    ['prices rose 8 per cent', '8 per cent', 8, '%'],
    ['prices rose 8 percent', '8 percent', 8, '%'],
    ['prices rose 8%', '8%', 8, '%'],
    ['prices rose 8 %', '8 %', 8, '%'],
    ['prices rose 8pc', '8pc', 8, '%'],
    ['rates rose two percentage points', 'two percentage points', 2, 'pp'],
    ['a cut of 25 basis points', '25 basis points', 25, 'bp'],
    ['it covers 540 hectares', '540 hectares', 540, 'ha'],
    ['a 200-acre farm', '200-acre', 200, 'acre'],
    ['it is 30 miles away', '30 miles', 30, 'mi'],
    ['the flow was 118 cubic metres per second', '118 cubic metres per second', 118, 'm3/s'],
    ['it reached 41 °C', '41 °C', 41, '°c'],
    ['it fell to -5°C overnight', '-5°C', -5, '°c'],
    ['it reached 104 degrees Fahrenheit', '104 degrees Fahrenheit', 104, '°f'],
    ['temperatures hit 40C in Seville', '40C', 40, '°c'],
    ['the ship turned 180 degrees', '180 degrees', 180, '°'],
    ['winds of 120 km/h', '120 km/h', 120, 'km/h'],
    ['winds of 75 mph', '75 mph', 75, 'mph'],
    ['a 400 MW plant', '400 MW', 400, 'mw'],
    ['250 litres of water', '250 litres', 250, 'l'],
    ['a 60-metre corridor', '60-metre', 60, 'm'],
    ['a 30,000 square kilometre area', '30,000 square kilometre', 30000, 'km2'],
  ])('reads the unit in "%s"', (sentence, text, value, unit) => {
    const found = findFigures(sentence).find((f) => f.text === text);
    expect(found, JSON.stringify(figures(sentence))).toBeDefined();
    expect([found!.value, found!.unit]).toEqual([value, unit]);
  });

  it('reads "5,000-strong" with the noun after it', () => {
    expect(figures('A 5,000-strong force crossed the river.')).toEqual([['5,000-strong', 5000, 'force']]);
  });

  it('reads ages and durations joined by hyphens', () => {
    expect(figures('A 45-year-old man was arrested.')).toEqual([['45', 45, 'year-old']]);
    expect(figures('a 10-day strike')).toEqual([['10', 10, 'day']]);
  });

  it('reads negative numbers, but not a range dash as a minus sign', () => {
    expect(figures('It was -5 degrees.')).toEqual([['-5 degrees', -5, '°']]);
    expect(figures('It was minus 5 degrees.')).toEqual([['minus 5 degrees', -5, '°']]);
    expect(figures('It was −12°C.')).toEqual([['−12°C', -12, '°c']]);
    expect(figures('Between 10-15 people.').map((f) => f[1])).toEqual([10, 15]);
    expect(figures('Rates are in a range of 5.25%-5.5%.').map((f) => f[1])).toEqual([5.25, 5.5]);
  });

  it('keeps offsets that point at the figure in the input', () => {
    const sentence = 'Officials said about 500 homes and 12 ferries were lost.';
    for (const f of findFigures(sentence)) expect(sentence.slice(f.start, f.end)).toBe(f.text);
    expect(findFigures(sentence).map((f) => f.text)).toEqual(['about 500', '12']);
  });

  it('marks digits as digits', () => {
    expect(only('There were 12 ferries.').written).toBe('digits');
    expect(only('It cost $1.2 million.').written).toBe('digits');
  });
});

describe('findFigures: the dot and comma between digits', () => {
  it('reads a comma before three digits as grouping, other commas as decimal commas', () => {
    expect(only('It cost 1,240 euros.').value).toBe(1240);
    expect(only('Die Inflation lag bei 2,5 Prozent.').value).toBe(2.5);
    expect(only('Es kostet 3,75 Euro.').value).toBe(3.75);
  });

  it('reads a point before three digits as a decimal point in English text', () => {
    expect(only('Rates rose 1.250 percent.').value).toBe(1.25);
    expect(only('The index stood at 1.240 points.').value).toBe(1.24);
  });

  it('reads a point before three digits as grouping where the number counts whole things', () => {
    expect(only('1.240 Menschen wurden evakuiert.').value).toBe(1240);
    expect(only('About 1.240 homes burned.').value).toBe(1240);
    expect(only('It took 1.250 hours.').value).toBe(1.25);
    expect(only('It was 1.240 km long.').value).toBe(1.24);
    expect(only('It reached 1.240 million people.').value).toBe(1_240_000);
  });

  it('reads a point before three digits as grouping in text written the continental way', () => {
    expect(only('Es wurden 1.240 Menschen evakuiert, und die Lage ist nicht klar.').value).toBe(1240);
    expect(findFigures('Es kostete 2,5 Millionen Euro und 1.240 Euro.').map((f) => f.value)).toEqual([
      2_500_000, 1240,
    ]);
    expect(only('Il y avait 1.240.000 habitants.').value).toBe(1_240_000);
    expect(only('Der Betrag: 1.240,50 Euro.').value).toBe(1240.5);
  });
});

describe('findFigures: numbers in words', () => {
  it.each([
    ['Two ferries sank.', 'Two', 2, 'ferry'],
    ['The company runs three ferries.', 'three', 3, 'ferry'],
    ['Twenty-five people were hurt.', 'Twenty-five', 25, 'people'],
    ['They sent three hundred soldiers.', 'three hundred', 300, 'soldier'],
    ['A dozen journalists waited.', 'A dozen', 12, 'journalist'],
    ['It costs two million euros.', 'two million euros', 2_000_000, 'eur'],
    ['Half a million people marched.', 'Half a million', 500_000, 'people'],
    ['The strike lasted two days.', 'two', 2, 'day'],
    ['Eleven vessels took part.', 'Eleven', 11, 'vessel'],
    ['One ferry sank.', 'One', 1, 'ferry'],
    ['Only one ferry sank.', 'one', 1, 'ferry'],
    ['At least one person died.', 'At least one', 1, 'people'],
    ['It rose five per cent.', 'five per cent', 5, '%'],
    ['They built two new ferries.', 'two', 2, 'ferry'],
    ['Two of the ferries sank.', 'Two', 2, 'ferry'],
    ['It plans two express bus routes.', 'two', 2, 'route'],
    ['Five thousand residents left.', 'Five thousand', 5000, 'resident'],
    ['She spent a two-day visit there.', 'two', 2, 'day'],
    ['There were nine.', 'nine', 9, ''],
  ])('reads %s', (sentence, text, value, unit) => {
    const f = only(sentence);
    expect([f.text, f.value, f.unit, f.written]).toEqual([text, value, unit, 'words']);
  });

  it('reads a one-word number that starts a sentence, but not one inside a name', () => {
    expect(figures('Ten people died.')).toEqual([['Ten', 10, 'people']]);
    expect(figures('He watched Channel Four and Formula One.')).toEqual([]);
    expect(figures('"Three boats," he said.')).toEqual([['Three', 3, 'boat']]);
  });

  it('counts "one" only where it counts something', () => {
    for (const sentence of [
      'No one was hurt.',
      'Someone called the police.',
      'One of the ferries sank.',
      'One day later the bridge opened.',
      'They helped one another.',
      'The one that sank was old.',
      'Every one of them left.',
      'One official said the talks failed.',
      'It is one thing to promise.',
      'One reason is the cost.',
    ])
      expect(figures(sentence), sentence).toEqual([]);
  });

  it('does not count ordinals, fractions or vague quantities', () => {
    for (const sentence of [
      'It was the first ferry to sink.',
      'The third round starts soon.',
      'Two-thirds of the vote went to him.',
      'Three-quarters of the town flooded.',
      'Hundreds of people gathered.',
      'Thousands fled the city.',
      'Dozens were hurt.',
      'A ferry sank.',
      'It was the twenty-first attempt.',
    ])
      expect(figures(sentence), sentence).toEqual([]);
  });

  it('does not read a time in words as a figure', () => {
    expect(figures('They met at nine o’clock.')).toEqual([]);
    expect(figures('The ferry left at ten p.m.')).toEqual([]);
  });
});

describe('findFigures: hedges and bounds', () => {
  it.each([
    ['about 500 homes', 'about', true],
    ['around 500 homes', 'about', true],
    ['roughly 500 homes', 'about', true],
    ['approximately 500 homes', 'about', true],
    ['some 500 homes', 'about', true],
    ['an estimated 500 homes', 'about', true],
    ['an estimated two million people', 'about', true],
    ['nearly 500 homes', 'nearly', true],
    ['almost 500 homes', 'nearly', true],
    ['close to 500 homes', 'nearly', true],
    ['just under 500 homes', 'nearly', true],
    ['more than 500 homes', 'more than', false],
    ['over 500 homes', 'more than', false],
    ['upwards of 500 homes', 'more than', false],
    ['at least 500 homes', 'at least', false],
    ['no fewer than 500 homes', 'at least', false],
    ['fewer than 500 homes', 'less than', false],
    ['less than 500 homes', 'less than', false],
    ['under 500 homes', 'less than', false],
    ['up to 500 homes', 'up to', false],
    ['as many as 500 homes', 'up to', false],
    ['at most 500 homes', 'at most', false],
    ['no more than 500 homes', 'at most', false],
    ['500 or so homes', 'about', true],
    ['500-odd homes', 'about', true],
    ['500 or more homes', 'at least', false],
    ['nearly four hours', 'nearly', true],
    ['more than three hours', 'more than', false],
    ['plus de 500 maisons', 'more than', false],
    ['mehr als 500 Häuser', 'more than', false],
    ['más de 500 casas', 'more than', false],
    ['etwa 500 Häuser', 'about', true],
    ['environ 500 maisons', 'about', true],
    ['casi 500 casas', 'nearly', true],
  ])('reads "%s" as %s', (phrase, qualifier, approximate) => {
    const f = only(`They counted ${phrase} there.`);
    expect([f.qualifier, f.approximate]).toEqual([qualifier, approximate]);
    expect(f.value).toBe(
      /two million/.test(phrase)
        ? 2_000_000
        : /four|three/.test(phrase)
          ? phrase.includes('four')
            ? 4
            : 3
          : 500,
    );
  });

  it('includes the hedge in the figure text and its offsets', () => {
    const sentence = 'Officials said about $5 million was lost.';
    const f = only(sentence);
    expect(f.text).toBe('about $5 million');
    expect(sentence.slice(f.start, f.end)).toBe('about $5 million');
    expect(f.unit).toBe('usd');
  });

  it('gives no hedge to a plain number, and does not read one out of a longer word', () => {
    expect(only('There were 500 homes.').qualifier).toBeNull();
    expect(only('The plan handed over 500 homes.').qualifier).toBe('more than');
    expect(only('A remover 500 metres away.').qualifier).toBeNull();
  });
});

describe('findFigures: ranges', () => {
  it('gives the first number of a range the unit and scale written after the second', () => {
    expect(figures('Between 5 and 10 million people fled.')).toEqual([
      ['5', 5_000_000, 'people'],
      ['10 million', 10_000_000, 'people'],
    ]);
    expect(figures('Prices rose 2 to 3 per cent.')).toEqual([
      ['2', 2, '%'],
      ['3 per cent', 3, '%'],
    ]);
    expect(figures('Two or three ferries sank.')).toEqual([
      ['Two', 2, 'ferry'],
      ['three', 3, 'ferry'],
    ]);
  });

  it('gives the second number the noun the first named: "27 votes to 12"', () => {
    expect(figures('The motion passed by 27 votes to 12.')).toEqual([
      ['27', 27, 'vote'],
      ['12', 12, 'vote'],
    ]);
  });

  it('keeps separate counts separate', () => {
    expect(figures('It killed 5 and injured 12 people.')).toEqual([
      ['5', 5, ''],
      ['12', 12, 'people'],
    ]);
  });
});
