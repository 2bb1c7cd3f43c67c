// Comment threads laid out over several lines, consent banners, live blogs and a masthead named
// again in the copyright line: general rules found wanting on pages written blind to them (the
// held-out pages of tests/fixtures/extraction/), pinned here with text of our own in several
// languages, so a rule holds on any newsroom's pages and never on one page's words.
import { describe, expect, it } from 'vitest';
import { parseText, reasonFor } from './extraction-helpers';
import { story } from './multilingual-stories';

describe('comment threads laid out over several lines', () => {
  it('removes comments whose user name and relative time stand on lines of their own (English)', () => {
    const article = parseText(
      'split.txt',
      [
        ...story.en,
        'Comments (12)',
        'Sort by',
        'Newest',
        'Most recommended',
        'ferrygirl2',
        '3 hours ago',
        'Another rise and the boats are still late every morning.',
        'Reply',
        '14',
        'Harbour Watcher',
        '1 hour ago',
        'At least the night crossings are staying.',
      ].join('\n'),
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual(story.en.slice(1));
    expect(reasonFor(article, 'ferrygirl2')).toEqual(['comment author']);
    expect(reasonFor(article, '3 hours ago')).toEqual(['comment time']);
    expect(reasonFor(article, 'Comments (12)')).toEqual(['comment thread heading']);
  });

  it('does the same in Spanish, German and Chinese, with their buttons and headings', () => {
    const threads = {
      es: [
        'Comentarios',
        'Normas de participación',
        'vecina_44',
        'hace 2 horas',
        'Ya era hora de que lo explicaran.',
        'Responder',
        'Me gusta 3',
        'Juan P.',
        'hace 1 hora',
        'Pues yo no lo veo tan claro.',
      ],
      de: [
        'Kommentare',
        'pendler77',
        'vor 2 Stunden',
        'Das war zu erwarten, leider.',
        'Antworten',
        'Gefällt mir 4',
        'Anna K.',
        'vor 1 Stunde',
        'Und die Parkplätze werden auch teurer.',
      ],
      zh: [
        '网友评论',
        '登录后发表评论',
        '渡口老王',
        '3小时前',
        '又涨价了，工资可没涨。',
        '回复',
        '赞(12)',
        '海边小李',
        '1小时前',
        '早上的船还是经常晚点。',
      ],
    } as const;
    for (const lang of ['es', 'de', 'zh'] as const) {
      const article = parseText(`${lang}.txt`, [...story[lang], ...threads[lang]].join('\n'));
      expect(article.paragraphs.map((p) => p.text)).toEqual(story[lang].slice(1));
    }
  });

  it('keeps a story whose short lines merely precede a time, with one such pair and nothing else', () => {
    const article = parseText(
      'one.txt',
      [
        ...story.en,
        'Update',
        '2 hours ago',
        'The authority later said season tickets bought before June will be honoured.',
      ].join('\n'),
    );
    expect(article.text).toContain('season tickets bought before June');
  });

  it('keeps live blog entries stamped "Post · 2 hours ago", a label repeated over each entry', () => {
    const entries = [
      'Post',
      '2 hours ago',
      'The port says the evening crossings will run to the old timetable until the end of May.',
      'Post',
      '3 hours ago',
      'Season tickets bought before June will be honoured at the old price, the authority said.',
    ];
    const article = parseText('live.txt', [...story.en, ...entries].join('\n'));
    expect(article.text).toContain(entries[2]);
    expect(article.text).toContain(entries[5]);
  });

  it('removes a "Topics" block of tags after the story', () => {
    const article = parseText(
      'topics.txt',
      [...story.en, 'Topics', 'Transport', 'Ferries', 'Harbour'].join('\n'),
    );
    expect(reasonFor(article, 'Topics')).toEqual(['links to other stories']);
    expect(article.paragraphs.map((p) => p.text)).toEqual(story.en.slice(1));
  });
});

describe('cookie and consent banners', () => {
  const banners = {
    en: [
      'Your privacy choices',
      'We and our 80 partners store and access information on your device and use cookies to show personalised ads and measure the audience.',
      'Accept all',
      'Reject all',
      'Manage preferences',
    ],
    de: [
      'Ihre Privatsphäre ist uns wichtig',
      'Wir und unsere Partner verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und Daten über Ihre Nutzung auszuwerten, sofern Sie einwilligen.',
      'Alle akzeptieren',
      'Ablehnen',
      'Einstellungen',
    ],
    es: [
      'Tu privacidad es importante',
      'Con tu consentimiento, nosotros y nuestros socios usamos cookies para ofrecer anuncios personalizados y medir la audiencia.',
      'Más información →',
      'Rechazar',
      'Aceptar y cerrar',
    ],
  } as const;

  it('removes the banner at the top of the page as one block, and takes the headline under it', () => {
    for (const lang of ['en', 'de', 'es'] as const) {
      const article = parseText(`${lang}.txt`, [...banners[lang], ...story[lang]].join('\n'));
      expect(article.title).toBe(story[lang][0]);
      expect(article.paragraphs.map((p) => p.text)).toEqual(story[lang].slice(1));
      for (const line of banners[lang]) expect(reasonFor(article, line)).toEqual(['cookie consent banner']);
    }
  });

  it('keeps a story about cookie rules, which has no buttons under it', () => {
    const text =
      'The regulator said on Monday that news sites must let readers refuse cookies as easily as they accept them, and ask their partners for consent before showing personalised ads.';
    const article = parseText('law.txt', [...story.en, text].join('\n'));
    expect(article.text).toContain(text);
  });
});

describe('live blogs', () => {
  it('keeps the first entry with its time and title under the headline', () => {
    const entries = [
      '16:05 GMT',
      'Crossings resume after the storm',
      'The first ferry left the north quay at four o’clock, an hour after the port reopened, the operator said.',
      '15:30 GMT',
      'Port closed',
      'All crossings were halted at midday as gusts reached 70mph over the harbour mouth.',
    ];
    const article = parseText(
      'live.txt',
      ['Harbour live: ferries halted as storm hits', 'LIVE', ...entries].join('\n'),
    );
    expect(article.title).toBe('Harbour live: ferries halted as storm hits');
    expect(article.paragraphs.map((p) => p.text)).toEqual(entries);
  });
});

describe('a time of day under the headline', () => {
  it("is the story's publication time, not a live entry, when it is the only one", () => {
    const article = parseText('one-time.txt', [story.en[0], '14:32', ...story.en.slice(1)].join('\n'));
    expect(article.paragraphs.map((p) => p.text)).toEqual(story.en.slice(1));
  });
});

describe('a masthead named again in the copyright line', () => {
  it('takes the headline, not the site name, when the page has no blank lines', () => {
    for (const lang of ['en', 'es', 'de'] as const) {
      const site = { en: 'The Harbour Gazette', es: 'La Gaceta del Puerto', de: 'Der Hafenbote Online' }[
        lang
      ];
      const article = parseText(
        `${lang}.txt`,
        [site, 'News', 'Local', ...story[lang], `© ${site} 2025`].join('\n'),
      );
      expect(article.title).toBe(story[lang][0]);
      expect(article.outlet).toBe(site);
    }
  });
});
