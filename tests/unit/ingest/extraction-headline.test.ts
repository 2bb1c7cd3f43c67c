// The headline was the first headline-shaped line above the story, so page chrome ("Send us a
// tip", a section's name) was taken, and everything between it and the first paragraph went as
// "standfirst" — a race calendar with it. A headline glued to its summary when the page was
// copied ("…After 40 YearsThe family-run bakery…") was kept as body text. Pages in
// tests/fixtures/extraction/ with their true bodies.
import { describe, expect, it } from 'vitest';
import { bodyLines, keptParagraphs, parsePage, parseText, reasonFor } from './extraction-helpers';

const body = [
  'The council approved the 60-million-mark ferry terminal on Tuesday by 31 votes to 12, ending three years of argument over where it should stand.',
  'The terminal will have room for two ferries at once and a waiting hall for 400 passengers.',
];

describe('choosing the headline', () => {
  it('passes over a "Send us a tip" box for the line that names the story, and keeps the calendar under it', () => {
    const article = parsePage('tip-box-race-calendar');
    expect(article.title).toBe('Skarn Rally Championship adds two gravel rounds to 2025 calendar');
    expect(reasonFor(article, 'Send us a tip')).toEqual(['page furniture above the headline']);
    expect(keptParagraphs('tip-box-race-calendar')).toEqual(bodyLines('tip-box-race-calendar'));
  });

  it('passes over a headline-shaped section name that shares nothing with the story', () => {
    const article = parseText(
      'section.txt',
      ['Local News From Around The Region', 'Kalvholm council approves new ferry terminal', ...body].join(
        '\n',
      ),
    );
    expect(article.title).toBe('Kalvholm council approves new ferry terminal');
  });

  it('keeps the first of a headline and the deck under it, though the deck shares more words', () => {
    const deck =
      'The council voted by 31 votes to 12 for a terminal with room for two ferries and 400 passengers';
    const article = parseText(
      'deck.txt',
      ['Kalvholm approves ferry terminal', deck, 'By Ada Lind', ...body].join('\n'),
    );
    expect(article.title).toBe('Kalvholm approves ferry terminal');
    expect(reasonFor(article, deck)).toEqual(['standfirst']);
  });

  it('takes the headline under the masthead and its menu when it names the story', () => {
    expect(parsePage('vox-pop-market-hall').title).toBe(
      '"It was the heart of the town": shoppers say goodbye to the old market hall',
    );
    expect(parsePage('comments-said').title).toBe(
      'Skarnby library will stay open late on weekdays after staff deal',
    );
  });
});

describe('a headline glued to the text after it', () => {
  it('splits "…After 40 YearsThe family-run bakery…" and drops the one-sentence summary', () => {
    const article = parsePage('glued-headline-bakery');
    expect(article.title).toBe('Harrow Lane Bakery Closes Its Doors After 40 Years');
    expect(article.byline).toBe('Nils Ekdahl');
    expect(keptParagraphs('glued-headline-bakery')).toEqual(bodyLines('glued-headline-bakery'));
    expect(article.removed.find((r) => r.text.startsWith('Harrow Lane Bakery Closes'))?.reason).toBe(
      'headline glued to its standfirst',
    );
  });

  it('keeps a glued first paragraph of several sentences as the story', () => {
    const article = parseText(
      'glued.txt',
      `Kalvholm Approves New Ferry Terminal${body[0]} ${body[1]}\nWork starts in the spring and will take two years, the port said.`,
    );
    expect(article.title).toBe('Kalvholm Approves New Ferry Terminal');
    expect(article.paragraphs[0]!.text).toBe(`${body[0]} ${body[1]}`);
  });

  it('does not split names with an inner capital (McDonald, iPhone, LaGuardia)', () => {
    const article = parseText(
      'names.txt',
      ['Protesters gather outside McDonald headquarters in Varno', ...body].join('\n'),
    );
    expect(article.title).toBe('Protesters gather outside McDonald headquarters in Varno');
  });
});

describe('what a page marks as its headline', () => {
  it('takes a Markdown "# " title over a byline that shares more words with the first entries', () => {
    const article = parseText(
      'live.md',
      [
        '# Live: Fire on the Holmsey ferry',
        '',
        'Live reporting by Anna Kvist',
        '',
        'Live reporting continues from Brannvik harbour tonight, where police say the rescue will go on until morning.',
      ].join('\n'),
    );
    expect(article.title).toBe('Live: Fire on the Holmsey ferry');
  });
});
