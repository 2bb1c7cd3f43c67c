// One change at a time: what counts as cosmetic, and the reason a substantive change is given.
import { describe, expect, it } from 'vitest';
import { wordChanges } from '../../../shared/compare';

const only = (a: string, b: string) => {
  const { changes } = wordChanges(a, b);
  expect(changes, `${a} → ${b}`).toHaveLength(1);
  return [changes[0]!.kind, changes[0]!.reason];
};

describe('classifying a change', () => {
  it('calls form-only differences cosmetic, each with its reason', () => {
    expect(only('They analyze the data.', 'They analyse the data.')).toEqual([
      'cosmetic',
      'spelling variant',
    ]);
    expect(only('The crew travelled far.', 'The crew traveled far.')).toEqual([
      'cosmetic',
      'spelling variant',
    ]);
    expect(only('It cost 1,240 euros.', 'It cost 1240 euros.')).toEqual(['cosmetic', 'number formatting']);
    expect(only('The Council met.', 'The council met.')).toEqual(['cosmetic', 'case']);
    const quotes = wordChanges('He said "yes" today.', 'He said “yes” today.').changes;
    expect(quotes.map((c) => [c.kind, c.reason])).toEqual([
      ['cosmetic', 'quote style'],
      ['cosmetic', 'quote style'],
    ]);
    expect(only('The  council met.', 'The council met.')).toEqual(['cosmetic', 'white space']);
  });

  it('keeps signs, currencies, decimal points and look-alike words substantive', () => {
    expect(only('It was -5 degrees.', 'It was 5 degrees.')[0]).toBe('substantive');
    expect(only('It cost £5 a day.', 'It cost $5 a day.')[0]).toBe('substantive');
    expect(only('Rates rose 1.250 percent.', 'Rates rose 1250 percent.')[0]).toBe('substantive');
    expect(only('The papers were filed on time.', 'The papers were filled on time.')[0]).toBe('substantive');
  });

  it('names dates only where the change is a date', () => {
    expect(only('By 14 March it had 1,240 homes.', 'By 14 March it had 1,420 homes.')).toEqual([
      'substantive',
      'figure changed',
    ]);
    expect(only('The vote is on 14 March.', 'The vote is on 15 March.')[1]).toBe('date changed');
    expect(only('The vote is due in May.', 'The vote is due in June.')[1]).toBe('date changed');
    expect(only('It was signed in 2011.', 'It was signed in 2013.')[1]).toBe('date changed');
    expect(only('The minister said talks end in March.', 'The minister said talks end in April.')[1]).toBe(
      'date changed',
    );
  });

  it('calls a number written in words a figure, like one in digits', () => {
    expect(only('Two ferries sank.', 'Three ferries sank.')).toEqual(['substantive', 'figure changed']);
    expect(only('The company runs two ferries.', 'The company runs three ferries.')).toEqual([
      'substantive',
      'figure changed',
    ]);
    expect(only('One ferry sank.', 'Two ferries sank.')[1]).toBe('figure changed');
    expect(only('It took a dozen boats.', 'It took two dozen boats.')[1]).toBe('figure changed');
    expect(only('Fünf Menschen starben.', 'Sechs Menschen starben.')[1]).toBe('figure changed');
    expect(only('Twenty people came.', 'Thirty people came.')[1]).toBe('figure changed');
  });

  it('does not call ordinary words that hold number words a figure change', () => {
    expect(only('Someone called.', 'Everyone called.')[1]).toBe('wording changed');
    expect(only('Once again it failed.', 'Yet again it failed.')[1]).toBe('wording changed');
    expect(only('It was the first ferry.', 'It was the last ferry.')[1]).toBe('wording changed');
  });

  it('names modal verbs only in lower case, and attribution only beside a verb of saying', () => {
    expect(only('The dam will open.', 'The dam may open.')[1]).toBe('modal verb changed');
    expect(only('Will Smith opened the bridge.', 'Jack Smith opened the bridge.')[1]).toBe('wording changed');
    expect(only('The minister said he visited Paris.', 'The minister said he visited London.')[1]).toBe(
      'wording changed',
    );
    expect(only('The bridge opens, Marten said.', 'The bridge opens, Holm said.')[1]).toBe(
      'attribution changed',
    );
    expect(only('The bridge opens in June.', 'The bridge opens in June, officials said.')[1]).toBe(
      'attribution changed',
    );
  });
});
