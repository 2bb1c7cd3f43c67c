// Repetition inside one page is not cruft by itself: the repeated-line rule removed every copy of
// a repeated line, so an interview lost every copy of its question and a sentence printed twice
// vanished. Pages in tests/fixtures/extraction/ with their true bodies.
import { describe, expect, it } from 'vitest';
import { ECHO, LATER_COPY } from '../../../shared/ingest/repeated-lines';
import { bodyLines, keptParagraphs, parsePage, parseText, reasonFor } from './extraction-helpers';

describe('a line repeated inside one page', () => {
  it('keeps every copy of a question put to each person interviewed', () => {
    const kept = keptParagraphs('vox-pop-market-hall');
    const question = 'What will you miss most about the market hall?';
    expect(kept.filter((p) => p === question)).toHaveLength(4);
    expect(kept).toEqual(bodyLines('vox-pop-market-hall'));
  });

  it('keeps the first copy of a sentence printed twice and removes the later copy, restorably', () => {
    const article = parsePage('de-bridge-printed-twice');
    const lead = bodyLines('de-bridge-printed-twice')[0]!;
    const quote = bodyLines('de-bridge-printed-twice')[2]!;
    expect(article.paragraphs[0]!.text).toBe(lead);
    expect(article.paragraphs.filter((p) => p.text === quote)).toHaveLength(1);
    expect(reasonFor(article, lead)).toEqual([LATER_COPY]);
    expect(reasonFor(article, quote)).toEqual([LATER_COPY]);
  });

  it('keeps a short line repeated under each item of a list', () => {
    const kept = keptParagraphs('fr-pharmacies-on-duty');
    expect(kept.filter((p) => p === 'Ouverte samedi et dimanche de 9 h à 20 h.')).toHaveLength(3);
    expect(kept).toEqual(bodyLines('fr-pharmacies-on-duty'));
  });

  it('still removes every copy of a headline-shaped line shown twice (a caption or teaser echo)', () => {
    const article = parseText(
      'echo.txt',
      [
        'Dockworkers end strike after pay deal',
        'The port said on Thursday that ships would be unloaded within a week of the deal.',
        'Crane operators at work in the harbour on Thursday',
        'Exporters put their losses at 85 million marks during the eleven days of the strike.',
        'Crane operators at work in the harbour on Thursday',
        'The chamber of commerce asked for a mediation service for disputes at ports.',
      ].join('\n'),
    );
    expect(article.text).not.toContain('Crane operators at work');
    expect(reasonFor(article, 'Crane operators at work in the harbour on Thursday')).toEqual([ECHO, ECHO]);
  });

  it('removes a headline repeated under itself in every copy', () => {
    const headline = 'Dockworkers end strike after pay deal with the port';
    const article = parseText(
      'headline.txt',
      [
        headline,
        headline,
        'The port said on Thursday that ships would be unloaded within a week of the deal.',
        headline,
        'Exporters put their losses at 85 million marks during the eleven days of the strike.',
      ].join('\n'),
    );
    expect(article.title).toBe(headline);
    expect(article.text).not.toContain(headline);
  });
});
