// How two statements relate, one behaviour per case: a short restatement inside a long
// sentence agrees, a value about the same slot differs (figures, figures in words, hedged
// figures, years, relative days, sources), and values about another time or another thing are
// never a conflict. Weights come from a small workspace index, as in the product.
import { describe, expect, it } from 'vitest';
import { indexedSentences, relateStatements, statementFacts, StatementIndex } from '../../../shared/sources';
import { splitSentences } from '../../../shared/ingest';

/**
 * A background of sentences on the subjects, so the shared names weigh little, and of everyday
 * news copy, so everyday words ("new", "long", "people") weigh what they weigh in a workspace.
 */
const background = new StatementIndex();
[
  'Kosovo and Serbia met in Brussels for talks on Thursday.',
  'Kosovo and Serbia failed to agree on normalising relations.',
  'Serbia still regards Kosovo as part of its territory.',
  'The ferry fire on the sound shocked the whole country.',
  'Relatives of the ferry passengers gathered at the port.',
  'The ferry operator said the ship had been refitted.',
  'Officials said the ferry had left the port on time.',
  'The new school will open next year, the council said.',
  'People waited for a long time under the new roof of the station.',
  'A new road under the river took a long time to build.',
  'Many people said the long winter had been hard on the town.',
  'The new minister said people would be told in the coming days.',
  'It was a long night for the people of the island.',
].forEach((text, i) => background.add(String(i).padStart(16, '0'), indexedSentences(splitSentences(text))));
const weight = (t: string) => background.idf(t);

const relate = (a: string, b: string, dateA: string | null = null, dateB: string | null = null) =>
  relateStatements(statementFacts(a, dateA), statementFacts(b, dateB), weight);

describe('statements that agree', () => {
  it('a short restatement inside a longer sentence, by the year both give', () => {
    const r = relate(
      'For those unfamiliar with the region, it is worth noting that Kosovo declared independence from Serbia in 2008.',
      'Kosovo declared independence in 2008, almost a decade after NATO bombed Serb forces.',
    );
    expect(r?.relation).toBe('agrees');
    expect(r?.reasons.join(' ')).toMatch(/2008/);
  });

  it('pairs each year of a two-year sentence with the year of the same clause', () => {
    const r = relate(
      'The dialogue, launched in 2011, aims to normalise ties following Kosovo’s 2008 declaration of independence.',
      'Kosovo declared its independence from Serbia in 2008, with most UN member states recognising it.',
    );
    expect(r?.relation).toBe('agrees');
    expect(r?.reasons.join(' ')).not.toMatch(/2011 vs 2008|2008 vs 2011/);
  });

  it('a figure in words and in digits', () => {
    const r = relate(
      'Fourteen people were killed in the ferry fire.',
      'Police said 14 people died in the ferry fire.',
    );
    expect(r?.relation).toBe('agrees');
  });
});

describe('statements that differ', () => {
  it('a death toll', () => {
    const r = relate(
      'Police said 14 people died in the ferry fire.',
      'The fire aboard the ferry killed 17 people.',
    );
    expect(r?.relation).toBe('differs');
    expect(r?.reasons.join(' ')).toMatch(/14 vs 17/);
  });

  it('a figure in words', () => {
    const r = relate(
      'Two rescue helicopters were sent to the burning ferry.',
      'Three rescue helicopters were sent to the burning ferry.',
    );
    expect(r?.relation).toBe('differs');
    expect(r?.reasons.join(' ')).toMatch(/two vs three|Two vs Three/i);
  });

  it('a hedged figure, saying it is approximate', () => {
    const r = relate(
      'About 500 passengers were aboard the ferry when the fire started.',
      'The ferry was carrying 480 passengers when the fire started.',
    );
    expect(r?.relation).toBe('differs');
    expect(r?.reasons.join(' ')).toMatch(/approximate/);
  });

  it('the year of one event', () => {
    const r = relate(
      'The bridge over the sound opened in 1998.',
      'The bridge over the sound was opened in 1996.',
    );
    expect(r?.relation).toBe('differs');
    expect(r?.reasons.join(' ')).toMatch(/1998 vs 1996/);
  });

  it('a weekday that resolves to another date', () => {
    const r = relate(
      'The fire broke out on the ferry on Monday night.',
      'The fire broke out on the ferry early on Tuesday.',
      '2025-07-16',
      '2025-07-17',
    );
    expect(r?.relation).toBe('differs');
  });

  it('the same quote given to another person', () => {
    const r = relate(
      '"This is the darkest night our coast has known," the Interior Minister said.',
      '"This is the darkest night our coast has known," the Prime Minister said.',
    );
    expect(r?.relation).toBe('differs');
    expect(r?.reasons.join(' ')).toMatch(/attribution/);
  });

  it('a negation', () => {
    const r = relate(
      'The ferry had not been inspected by the safety authority this year.',
      'The ferry had been inspected by the safety authority this year.',
    );
    expect(r?.relation).toBe('differs');
    expect(r?.reasons).toContain('negation');
  });
});

describe('values about another time or thing are not a conflict', () => {
  it('last year’s figure against this year’s', () => {
    const r = relate(
      'Last year the ferry line carried 1.2 million passengers.',
      'This year the ferry line has carried 900,000 passengers so far.',
      '2025-07-20',
      '2025-07-20',
    );
    expect(r?.relation).not.toBe('differs');
  });

  it('the dead and the injured', () => {
    const r = relate(
      'Fourteen people died in the ferry fire.',
      'Fourteen people were injured in the ferry fire.',
    );
    expect(r?.relation).not.toBe('differs');
    expect(r?.relation).not.toBe('agrees');
  });

  it('the length of a bridge and of a tunnel', () => {
    const r = relate('The new bridge is 2.4 km long.', 'The new tunnel under the sound is 3 km long.');
    expect(r?.relation ?? 'none').not.toBe('differs');
  });

  it('a same-year event on another subject is not linked at all', () => {
    expect(
      relate(
        'In 2013 the museum reopened after renovation.',
        'In 2013 the parties agreed to an EU sponsored dialogue.',
      ),
    ).toBeNull();
  });

  it('the 2013 agreement and the 2011 launch of the dialogue: linked, years named, never the same slot by accident', () => {
    const r = relate(
      'In 2013 the parties agreed to an EU sponsored dialogue, but little progress has been made.',
      'The EU-facilitated Belgrade-Pristina dialogue, launched in 2011, aims to normalise ties.',
    );
    expect(r).not.toBeNull();
    expect(['differs', 'related']).toContain(r!.relation);
    expect(r!.reasons.join(' ')).toMatch(/2013 vs 2011/);
  });
});
