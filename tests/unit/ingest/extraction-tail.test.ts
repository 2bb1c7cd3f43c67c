// What follows a story's last paragraph was all removed as "trailing page furniture" unless it
// was a long sentence: tour dates, product and feature lists, a last paragraph wrapped by <br>
// and a short last sentence were lost. Pages in tests/fixtures/extraction/ with their true bodies.
import { describe, expect, it } from 'vitest';
import { bodyLines, keptParagraphs, parsePage, parseText, reasonFor } from './extraction-helpers';

describe('the end of the story, decided by structure', () => {
  it('keeps a list of dates under its heading, and drops the most-read list after it', () => {
    expect(keptParagraphs('tour-dates-list')).toEqual(bodyLines('tour-dates-list'));
    const article = parsePage('tour-dates-list');
    expect(reasonFor(article, 'Festival line-up leaks a week early')).toEqual(['related headline']);
  });

  it('keeps a list of products the story announced with a colon', () => {
    expect(keptParagraphs('es-kettle-test')).toEqual(bodyLines('es-kettle-test'));
  });

  it('keeps a list of features without figures when the story announced it (HTML <ul>)', () => {
    expect(keptParagraphs('bike-share-features')).toEqual(bodyLines('bike-share-features'));
  });

  it('keeps a short last sentence and still takes the outlet name under it as furniture', () => {
    const article = parsePage('short-last-sentence');
    expect(article.paragraphs.at(-1)!.text).toBe('The vote is due on Friday.');
    expect(article.paragraphs.map((p) => p.text)).toEqual(bodyLines('short-last-sentence'));
    expect(article.text).not.toContain('Tallen Today');
  });

  it('joins a last paragraph wrapped into lines that end no sentence, and keeps it', () => {
    const article = parsePage('it-museum-wrapped');
    expect(article.paragraphs.map((p) => p.text)).toEqual(bodyLines('it-museum-wrapped'));
    expect(article.sentences.at(-1)!.text).toMatch(/^Durante la chiusura .* per le scuole\.$/);
    expect(article.byline).toBe('Giulia Ferraro');
  });

  it('does not keep a list of teaser headlines without figures or an introduction', () => {
    const article = parseText(
      'teasers.txt',
      [
        'Harbour authority fines ferry operator for late sailings',
        'The harbour authority fined Skarnline 40,000 marks on Monday for running a third of its sailings late in March.',
        'The operator said it would appeal against the fine.',
        'Ferry passengers face new queues at the terminal',
        'Why the island bridge plan keeps coming back',
        'Skarnline names new chief executive',
      ].join('\n'),
    );
    expect(article.paragraphs.at(-1)!.text).toBe('The operator said it would appeal against the fine.');
    expect(reasonFor(article, 'Skarnline names new chief executive')).toEqual(['trailing page furniture']);
  });

  it('keeps a list of items under each other without joining them into a paragraph', () => {
    const article = parsePage('bike-share-features');
    expect(article.paragraphs.map((p) => p.text)).toContain('reserve a bike for up to fifteen minutes');
  });
});

describe('lines after the story that only look like a list', () => {
  it('does not keep two stray lines with figures (page code, a long sentence) as a list', () => {
    const article = parseText(
      'stray.txt',
      [
        ...[
          'Harbour authority fines ferry operator',
          'The harbour authority fined Skarnline 40,000 marks on Monday for running a third of its sailings late.',
        ],
        'Traders said 40 of the 58 businesses on the quay backed the fine and more were expected to join them soon enough',
        '<meta http-equiv="refresh" content="0;url=https://example.invalid/">',
      ].join('\n'),
    );
    expect(article.text).not.toContain('http-equiv');
  });
});
