// Known answers for claim extraction, matching and suggestions, on sentences written for one
// behaviour each: figure, year, date, negation, attribution and wording conflicts, and
// restatements in other words that agree.
import { describe, expect, it } from 'vitest';
import { claimId, extractClaims, matchClaim, suggest } from '../../../shared/claims';
import { splitSentences } from '../../../shared/ingest';

const article = (articleId: string, text: string) => ({ articleId, sentences: splitSentences(text) });
const A = '0000000000000001';
const B = '0000000000000002';
const C = '0000000000000003';

const match = (claim: string, other: string) => {
  const [m] = matchClaim({ articleId: A, text: claim }, [article(B, other)]);
  return m ? { relation: m.relation, reasons: m.reasons, text: m.text } : null;
};

describe('extracting claims', () => {
  const text = [
    'The council approved 1,240 new homes on Monday.',
    'It was a long meeting.',
    '"We will not build on the meadow," the mayor told reporters.',
    'The treaty was signed in 1987 after years of talks.',
    'According to the harbour board, traffic fell in April.',
    'Read more.',
  ].join(' ');
  const claims = extractClaims(A, splitSentences(text));

  it('keeps the sentences with a figure, date, quote or attribution, typed by kind', () => {
    expect(claims.map((c) => [c.text, c.kinds])).toEqual([
      ['The council approved 1,240 new homes on Monday.', ['figure', 'date']],
      ['"We will not build on the meadow," the mayor told reporters.', ['quote', 'attribution']],
      ['The treaty was signed in 1987 after years of talks.', ['date']],
      ['According to the harbour board, traffic fell in April.', ['attribution']],
    ]);
  });

  it('gives each claim an id from its article and folded text, stable under cosmetic changes', () => {
    expect(claims[0]!.id).toMatch(/^0000000000000001-[0-9a-f]{8}$/);
    expect(claimId(A, 'The council approved 1240 new homes on monday')).toBe(claims[0]!.id);
    expect(claimId(A, 'The council approved 1,420 new homes on Monday.')).not.toBe(claims[0]!.id);
    expect(claimId(B, claims[0]!.text)).not.toBe(claims[0]!.id);
  });

  it('points into the cleaned text', () => {
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('matching a claim in other articles', () => {
  it('a changed figure in the same sentence differs, with both figures', () => {
    expect(
      match(
        'The council approved 1,240 new homes on Monday.',
        'The council approved 1,420 new homes on Monday.',
      ),
    ).toMatchObject({ relation: 'differs', reasons: ['figure 1,240 vs 1,420'] });
  });

  it('a restated figure that counts the same thing differs when the number does', () => {
    expect(
      match(
        'The authority estimates that 1,860 farms depend on the river.',
        'Some 1,680 farms rely on water from the river, the authority says.',
      ),
    ).toMatchObject({ relation: 'differs', reasons: ['figure 1,860 vs 1,680'] });
  });

  it('a different year differs', () => {
    expect(
      match(
        'The original treaty was signed in 2011 by both governments.',
        'Both governments signed the original treaty in 2013, officials recalled.',
      ),
    ).toMatchObject({ relation: 'differs', reasons: ['year 2011 vs 2013'] });
  });

  it('a different day differs', () => {
    expect(
      match(
        'The board will present its plan to the council on April 14.',
        'The board will present its plan to the council on April 15.',
      ),
    ).toMatchObject({ relation: 'differs', reasons: ['date 14 vs 15'] });
  });

  it('a dropped negation differs', () => {
    expect(
      match(
        'The ministry had not approved the dredging contracts.',
        'The ministry had approved the dredging contracts.',
      ),
    ).toMatchObject({ relation: 'differs', reasons: ['negation'] });
  });

  it('a different source differs, naming both', () => {
    expect(
      match(
        'The new bridge will open in June, a court spokesperson said.',
        'The new bridge will open in June, the minister said.',
      ),
    ).toMatchObject({ relation: 'differs', reasons: ['attribution: court spokesperson vs minister'] });
    expect(
      match(
        'Flooding closed the northern bridge road on Tuesday, said Ilse Marten.',
        'The northern bridge road was closed by flooding on Tuesday, according to Petra Holm.',
      ),
    ).toMatchObject({ relation: 'differs', reasons: ['attribution: ilse marten vs petra holm'] });
  });

  it('a changed word differs as wording', () => {
    expect(
      match(
        'The two sides will set up an autonomous monitoring panel of hydrologists.',
        'The two sides will set up an independent monitoring panel of hydrologists.',
      ),
    ).toMatchObject({ relation: 'differs', reasons: ['wording: autonomous vs independent'] });
  });

  it('a respelled sentence agrees', () => {
    expect(
      match(
        'Officials will analyze the color of the harbor water.',
        'Officials will analyse the colour of the harbour water.',
      ),
    ).toMatchObject({ relation: 'agrees' });
  });

  it('a restatement in other words with the same figure agrees', () => {
    expect(
      match(
        'The authority estimates that 1,860 farms depend on the river for irrigation.',
        'Irrigation from the river supports some 1,860 farms, the authority estimates.',
      ),
    ).toMatchObject({ relation: 'agrees', reasons: ['same figure 1,860'] });
  });

  it('does not call a restatement conflicting for a negation about something else', () => {
    expect(
      match(
        'The company, which has no debt, said profit rose 10% in 2023.',
        'Profit at the company rose 10% in 2023, it said.',
      )?.relation,
    ).toBe('agrees');
  });

  it('pairs figures by value before pairing them by what they count', () => {
    expect(
      match(
        'Of the 300 workers at the plant, 120 workers lost their jobs in the spring.',
        'In the spring 120 workers lost their jobs, out of a workforce of 300 workers at the plant.',
      ),
    ).toMatchObject({ relation: 'agrees' });
  });

  it('takes a named source as the same source when the names share a word', () => {
    expect(
      match(
        'The mayor said the harbour tunnel would close for repairs in the autumn.',
        'Mayor Anna Berg said the tunnel under the harbour would be shut for autumn repairs.',
      )?.relation,
    ).toBe('agrees');
  });

  it('agrees on the same date in other words', () => {
    expect(
      match(
        'The first round of talks opens in Sörenz on June 10.',
        'The first round of the new talks is scheduled for June 10 in Sörenz, with a second round expected later.',
      ),
    ).toMatchObject({ relation: 'agrees', reasons: ['same date 10 jun'] });
  });

  it('reads the day of a date as a date, not as a figure', () => {
    expect(
      extractClaims(A, splitSentences('The first round of talks opens on June 10 in Sörenz.'))[0]!.kinds,
    ).toEqual(['date']);
  });

  it('only relates a related story’s different figure unless the sentences plainly say the same', () => {
    const [m] = matchClaim(
      { articleId: A, text: 'Flow at the Kaldfoss station fell to 118 cubic metres per second in April.' },
      [
        {
          ...article(
            B,
            'Flow at Kaldfoss rose to 104 cubic metres per second on Monday after the releases began.',
          ),
          related: true,
        },
      ],
    );
    expect(m?.relation).toBe('related');
    expect(m?.reasons[0]).toMatch(/^another story: /);
  });

  it('finds nothing in an article about something else', () => {
    expect(
      match(
        'The council approved 1,240 new homes on Monday.',
        'Rain is forecast for the weekend across the north.',
      ),
    ).toBeNull();
  });

  it('picks the best sentence of the other article', () => {
    const m = match(
      'The council approved 1,240 new homes on Monday.',
      'The weather was cold. The council approved 1,240 new homes on Monday. The vote was close.',
    );
    expect(m).toMatchObject({ relation: 'agrees', text: 'The council approved 1,240 new homes on Monday.' });
  });
});

describe('suggestions', () => {
  const outlet = (id: string) => ({ [B]: 'Harbour Post', [C]: 'Coast Wire' })[id] ?? id;
  const claim = { articleId: A, text: 'The council approved 1,240 new homes on Monday.' };

  it('suggests conflicting when a match differs, with the outlet and reason', () => {
    const matches = matchClaim(claim, [
      article(B, 'The council approved 1,240 new homes on Monday.'),
      article(C, 'The council approved 1,420 new homes on Monday.'),
    ]);
    expect(suggest(matches, outlet)).toEqual({
      suggestion: 'conflicting',
      reasons: ['Coast Wire: figure 1,240 vs 1,420'],
    });
  });

  it('suggests consistent when every match agrees', () => {
    const matches = matchClaim(claim, [
      article(B, 'The council approved 1,240 new homes on Monday.'),
      article(C, 'On Monday the council approved 1240 new homes.'),
    ]);
    expect(suggest(matches, outlet).suggestion).toBe('consistent');
  });

  it('suggests nothing without matches, or when a match is only related', () => {
    expect(suggest([], outlet)).toEqual({ suggestion: null, reasons: ['no other article states this'] });
    const related = matchClaim(
      { articleId: A, text: 'Residents protested outside the council hall on Monday.' },
      [article(B, 'The council hall was closed to residents for repairs.')],
    );
    expect(related.map((m) => m.relation)).toEqual(['related']);
    expect(suggest(related, outlet).suggestion).toBeNull();
  });
});
