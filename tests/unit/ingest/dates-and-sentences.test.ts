import { describe, expect, it } from 'vitest';
import { findDate, splitSentences } from '../../../shared/ingest';

describe('reading dates as ISO YYYY-MM-DD', () => {
  it.each([
    ['date 2025-04-02 + ↺ − 16 px', '2025-04-02'],
    ['Jane Roe | 27.10.2023 - Update : 28.10.2023', '2023-10-27'],
    ['Mar 11, 2025 09:14 PM IST', '2025-03-11'],
    ['Tuesday, March 11, 2025', '2025-03-11'],
    ['published 4 June 2025', '2025-06-04'],
    ['2025-06-03T07:45:00+02:00', '2025-06-03'],
  ])('%s → %s', (input, iso) => expect(findDate(input)).toBe(iso));

  it.each(['03/04/2025', '31.04.2025', 'in 2024', 'no date here'])('does not guess from "%s"', (input) => {
    expect(findDate(input)).toBeNull();
  });
});

describe('splitting sentences', () => {
  const texts = (t: string) => splitSentences(t).map((s) => s.text);

  it('does not split after abbreviations, initials or decimals', () => {
    expect(texts('Mr. Kröger met U.S. officials on Jan. 5 in Brennholm. Flow fell to 3.5 per cent.')).toEqual(
      ['Mr. Kröger met U.S. officials on Jan. 5 in Brennholm.', 'Flow fell to 3.5 per cent.'],
    );
  });

  it('keeps a quoted sentence with its attribution', () => {
    expect(texts('"We are ready," he said. "The river cannot wait." She left.')).toEqual([
      '"We are ready," he said.',
      '"The river cannot wait."',
      'She left.',
    ]);
  });

  it('gives offsets into the text, shifted by the paragraph start', () => {
    const spans = splitSentences('One two. Three four.', 10);
    expect(spans).toEqual([
      { text: 'One two.', start: 10, end: 18 },
      { text: 'Three four.', start: 19, end: 30 },
    ]);
  });
});
