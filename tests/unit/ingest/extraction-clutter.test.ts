// Clutter that reads as prose after the story: readers' comments, "N days ago" comment blocks,
// video teasers and most-read lists; and breadcrumbs copied as one word ("HomeNewsLocal"). Each
// removed line keeps its reason, so the reviewer can restore it. Pages in
// tests/fixtures/extraction/ with their true bodies.
import { describe, expect, it } from 'vitest';
import { commentSignal } from '../../../shared/ingest/comment-threads';
import { bodyLines, keptParagraphs, parsePage, parseText, reasonFor } from './extraction-helpers';

const story = [
  'Kalvholm council approves new ferry terminal after long debate',
  'The council approved the 60-million-mark ferry terminal on Tuesday by 31 votes to 12, ending three years of argument over where it should stand.',
  'The terminal will have room for two ferries at once and a waiting hall for 400 passengers.',
];

describe('comment threads in plain text', () => {
  it('removes a thread of "Name on <date> at <time> said:" comments and keeps the story', () => {
    expect(keptParagraphs('comments-said')).toEqual(bodyLines('comments-said'));
    const article = parsePage('comments-said');
    expect(reasonFor(article, 'Jonas Rauta on March 3, 2019 at 9:12 am said:')).toEqual([
      'comment author line',
    ]);
    const comment = article.removed.find((r) => r.text.startsWith('Good news, but what about Saturdays?'));
    expect(comment?.reason).toBe('reader comment');
  });

  it('removes "N days ago" comment blocks with their reply counts (Spanish)', () => {
    expect(keptParagraphs('es-comments-days-ago')).toEqual(bodyLines('es-comments-days-ago'));
    const article = parsePage('es-comments-days-ago');
    expect(reasonFor(article, 'Lucía M. hace 2 días')).toEqual(['comment author line']);
    expect(reasonFor(article, 'Responder · 12')).toEqual(['comment buttons']);
  });

  it('reads author lines in several forms and languages, and not a story line that says "said:"', () => {
    expect(commentSignal('Marta K. · 2 days ago')).toBe('comment author line');
    expect(commentSignal('jpierre il y a 5 jours')).toBe('comment author line');
    expect(commentSignal('Karl W. vor 3 Stunden')).toBe('comment author line');
    expect(commentSignal('山田太郎 2時間前')).toBe('comment author line');
    expect(commentSignal('Reply · 12 likes')).toBe('comment buttons');
    expect(commentSignal('The mayor said on Monday at 9:30:')).toBeNull();
    expect(commentSignal('Oslo, 3 March 2025')).toBeNull();
    expect(commentSignal('Updated 3 March 2025 09:14')).toBeNull();
  });

  it('keeps a story that quotes someone with "said:" and has a comments button, but no thread', () => {
    const [headline, ...paragraphs] = story;
    const article = parseText(
      'quote.txt',
      [
        headline,
        '12 comments',
        ...paragraphs,
        'Harbour master Lena Voss said on Tuesday at 10:15:',
        '"We have waited for this since 1990, and the ferries have waited with us."',
      ].join('\n'),
    );
    expect(article.text).toContain('We have waited for this since 1990');
    expect(article.text).toContain('Lena Voss said on Tuesday');
  });
});

describe('teasers and most-read lists', () => {
  it('removes a video teaser and the summaries under "Most read", and the counted headlines', () => {
    expect(keptParagraphs('most-read-video')).toEqual(bodyLines('most-read-video'));
    const article = parsePage('most-read-video');
    expect(reasonFor(article, '2:14')).toEqual(['video teaser']);
    expect(reasonFor(article, 'Parents said they could not find childcare for the fifth day.')).toEqual([
      'related headline',
    ]);
  });

  it('removes a run of headlines with counts in brackets even without a label', () => {
    const article = parseText(
      'counted.txt',
      [
        ...story,
        'Council votes to sell stake in water company (87)',
        'New bike lanes on Quay Street divide opinion (54)',
      ].join('\n'),
    );
    expect(reasonFor(article, 'New bike lanes on Quay Street divide opinion (54)')).toEqual([
      'most-read list',
    ]);
    expect(article.paragraphs).toHaveLength(2);
  });

  it('does not take a paragraph of story length under a "Read more" box', () => {
    const long =
      'Work on the terminal will start in the spring and take two years, during which the ferries will use a temporary quay at the northern end of the harbour, the port said, adding that passengers should allow more time.';
    const article = parseText('inline.txt', [...story, 'Most read', long].join('\n'));
    expect(article.text).toContain(long);
  });
});

describe('breadcrumbs', () => {
  it('removes a breadcrumb glued into one word, or joined by arrows or slashes, as navigation', () => {
    for (const crumb of ['HomeNewsLocal', 'Home > News > Local', 'Inicio / Noticias / Local']) {
      const article = parseText('crumb.txt', [crumb, ...story].join('\n'));
      expect(reasonFor(article, crumb)).toEqual(['navigation or section label']);
      expect(article.title).toBe(story[0]);
    }
  });

  it('keeps a line with a date written with slashes, and a single camel-case name', () => {
    const article = parseText('date.txt', [...story, 'The ferries are run by SkarnLine.'].join('\n'));
    expect(article.text).toContain('SkarnLine');
  });
});

describe('notes about the writer and menus', () => {
  it('removes a note on the writer after the story as "author note", keeping a short last sentence', () => {
    const article = parseText(
      'bio.txt',
      [
        ...story,
        'The vote is due on Friday.',
        "Oona Thessaly is the Courier's transport correspondent.",
      ].join('\n'),
    );
    expect(article.paragraphs.at(-1)!.text).toBe('The vote is due on Friday.');
    expect(reasonFor(article, "Oona Thessaly is the Courier's transport correspondent.")).toEqual([
      'author note',
    ]);
  });

  it('reads "Most read" in the menu above the headline as navigation, not as a list that takes the headline', () => {
    const article = parseText('menu.txt', ['Home', 'Latest', 'Most read', '', ...story].join('\n'));
    expect(article.title).toBe(story[0]);
  });
});

describe('a change of voice after the story', () => {
  it('removes first-person lines after the share box when the story reported in the third person', () => {
    expect(keptParagraphs('voice-change-comments')).toEqual(bodyLines('voice-change-comments'));
  });

  it('keeps first-person reporting when the story goes on in the third person below it', () => {
    const first =
      'I asked the harbour master whether the new terminal would be ready before the winter storms.';
    const article = parseText(
      'column.txt',
      [
        ...story,
        'Share this article',
        first,
        'The port said the work would take two years and cost 60 million marks.',
      ].join('\n'),
    );
    expect(article.text).toContain(first);
  });
});
