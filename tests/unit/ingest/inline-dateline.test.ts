// The dateline opening a story's first paragraph, in the wire forms without a comma
// ("LONDON (Reuters) - ", "WASHINGTON — ") as well as "PLACE, Region — ": cut from the text and
// kept without its dash; the agency in brackets stays, as it says whose copy this is.
// A capitalised word before a plain hyphen ("NATO - the alliance said") is a sentence.
import { describe, expect, it } from 'vitest';
import { ingestFile, type ParsedArticle } from '../../../shared/ingest';
import { inlineDateline } from '../../../shared/ingest/inline-dateline';

function read(firstParagraph: string): ParsedArticle {
  const text = [
    'Carmaker to build battery plant near the coast',
    '',
    firstParagraph,
    '',
    'The company said the plant would employ about 1,200 people once it reached full output in 2029.',
  ].join('\n');
  const r = ingestFile('wire.txt', new TextEncoder().encode(text));
  if (!r.ok) throw new Error(r.reason);
  return r.articles[0]!;
}

describe('datelines opening the first paragraph', () => {
  it.each([
    [
      'LONDON (Reuters) - The carmaker said on Tuesday it would build a battery plant on the coast.',
      'LONDON (Reuters)',
      'The carmaker said on Tuesday it would build a battery plant on the coast.',
    ],
    [
      'WASHINGTON — The Senate approved the funding bill late on Thursday by 61 votes to 38.',
      'WASHINGTON',
      'The Senate approved the funding bill late on Thursday by 61 votes to 38.',
    ],
    [
      'VALMAR (EFE) -- Los estibadores volvieron al trabajo el miércoles tras nueve días de huelga.',
      'VALMAR (EFE)',
      'Los estibadores volvieron al trabajo el miércoles tras nueve días de huelga.',
    ],
    [
      'KYIV, Ukraine (AP) — Officials said the bridge would reopen to traffic on Monday morning.',
      'KYIV, Ukraine (AP)',
      'Officials said the bridge would reopen to traffic on Monday morning.',
    ],
    [
      'MARROW BAY, Ostrevia — Firefighters brought the blaze under control on Sunday after three days.',
      'MARROW BAY, Ostrevia',
      'Firefighters brought the blaze under control on Sunday after three days.',
    ],
    [
      'ORVIK, - The city council approved a new tram line to the campus on Thursday evening.',
      'ORVIK',
      'The city council approved a new tram line to the campus on Thursday evening.',
    ],
  ])('%s', (paragraph, dateline, rest) => {
    const a = read(paragraph);
    expect(a.dateline).toBe(dateline);
    expect(a.paragraphs[0]!.text).toBe(rest);
    expect(a.text.startsWith(rest)).toBe(true);
  });

  it.each([
    'NATO - the alliance said on Friday that it would send two more ships to the strait.',
    'BREAKING — The carmaker said on Tuesday it would build a battery plant on the coast.',
    'The carmaker said on Tuesday — a day after the vote — it would build a plant on the coast.',
  ])('leaves "%s" as it is', (paragraph) => {
    const a = read(paragraph);
    expect(a.dateline).toBeNull();
    expect(a.paragraphs[0]!.text).toBe(paragraph);
  });

  it('cuts a dateline from the first paragraph only', () => {
    const text = [
      'Carmaker to build battery plant near the coast',
      '',
      'The company announced the plant on Tuesday after months of talks with the regional government.',
      '',
      'LONDON (Reuters) - A spokesman for the union said members would be consulted next week.',
    ].join('\n');
    const r = ingestFile('wire.txt', new TextEncoder().encode(text));
    const a = r.ok ? r.articles[0]! : null;
    expect(a?.dateline).toBeNull();
    expect(a?.text).toContain('LONDON (Reuters) - A spokesman');
  });

  it('tells the layout how much of the paragraph the dateline takes, dash and space included', () => {
    expect(inlineDateline('LONDON (Reuters) - The carmaker said')).toEqual({
      label: 'LONDON (Reuters)',
      length: 'LONDON (Reuters) - '.length,
    });
    expect(inlineDateline('ORVIK, (AFP) - The council said')).toEqual({
      label: 'ORVIK (AFP)',
      length: 'ORVIK, (AFP) - '.length,
    });
  });
});
