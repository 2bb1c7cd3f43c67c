// The furniture vocabulary in the languages the second blind set brought (Turkish, Russian,
// Korean, Swedish, Arabic) and the new kinds of widget (follow and comment prompts, news-desk
// credits, gallery counters, audio players, archive captions): one line at a time, with lines
// of our own, and a sentence of a story using the same words kept.
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../shared/ingest/cruft-rules';
import { parseText, reasonFor } from './extraction-helpers';
import { story } from './multilingual-stories';

describe('furniture words in Turkish, Russian, Korean, Swedish and Arabic', () => {
  it.each([
    ['Paylaş', 'page widget'],
    ['Поделиться', 'page widget'],
    ['공유하기', 'page widget'],
    ['Reklam', 'advertisement label'],
    ['Реклама', 'advertisement label'],
    ['광고', 'advertisement label'],
    ['Annons', 'advertisement label'],
    ['إعلان', 'advertisement label'],
    ['İlgili Haberler', 'read-more block'],
    ['HABERİN DEVAMI', 'read-more block'],
    ['Läs också', 'read-more block'],
    ['Читайте также: Паром до острова пойдёт и ночью', 'read-more link'],
    ['Самое читаемое', 'links to other stories'],
    ['Çok Okunanlar', 'links to other stories'],
    ['Haber Merkezi', 'byline'],
    ["Google News'te Takip Et", 'sign-in or share prompt'],
    ['Подписывайтесь на «Гавань» в Telegram — там все новости порта.', 'sign-in or share prompt'],
    ['Um zu kommentieren, melden Sie sich bitte an.', 'comment prompt'],
    ['Yorum yazmak için giriş yapın', 'comment prompt'],
    ['1/12', 'gallery counter'],
    ['View all 12 photos', 'gallery counter'],
    ['Alle 8 Bilder ansehen', 'gallery counter'],
    ['Listen', 'audio player'],
    ['Écouter', 'audio player'],
    ['00:00 / 12:41', 'audio player'],
    ['The new quay at dusk (Archive)', 'photo caption'],
    ['ميناء المدينة عند الغروب (أرشيفية)', 'photo caption'],
    ['Email address', 'form field'],
    ['E-Mail-Adresse', 'form field'],
    ['Harbour Radio is listener-funded. Your gift keeps the station on air.', 'donation appeal'],
    ['Unterstützen Sie unabhängigen Journalismus aus Ihrer Region.', 'donation appeal'],
  ])('%s → %s', (line, reason) => {
    expect(classifyLine(line)?.reason).toBe(reason);
  });

  it.each([
    'The ferry company said the archive of old timetables would go to the museum (Archive).',
    'Um zu sparen, fährt die Fähre nachts seltener.',
    'Paylaşım ekonomisi limanda da büyüyor.',
    '3/4 of the crossings were late in May, the report said.',
    'The radio station raised 40,000 in its spring fund drive, the station said.',
  ])('leaves a sentence of the story alone: %s', (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});

describe('an audio player over a story', () => {
  it('removes the player label, its episode title and its controls (French, English)', () => {
    for (const [text, player] of [
      [story.en, ['PODCAST', 'The Harbour Hour', 'Episode 12: the night ferry', 'Listen', '00:00 / 31:05']],
      [story.de, ['PODCAST', 'Hafen am Morgen', 'Folge 7: Die Nachtfähre', 'Anhören', '00:00 / 18:20']],
    ] as const) {
      const article = parseText('player.txt', [...text.slice(0, 3), ...player, text[3]!].join('\n'));
      expect(article.paragraphs.map((p) => p.text)).toEqual(text.slice(1));
      for (const line of player) expect(reasonFor(article, line)).toEqual(['audio player']);
    }
  });
});

describe('a ticker of latest headlines over the story', () => {
  it('removes the headlines under "Breaking news" and "SON DAKİKA", and finds the real headline', () => {
    for (const [text, ticker] of [
      [
        story.en,
        [
          'Breaking news',
          'Storm closes the coast road for a second day',
          'New bakery opens in the old fish market',
        ],
      ],
      [
        story.es,
        [
          'Última hora',
          'Un incendio cierra la carretera de la costa',
          'Abre una panadería en el viejo mercado',
        ],
      ],
    ] as const) {
      const article = parseText('ticker.txt', [...ticker, 'A', 'A', ...text].join('\n'));
      expect(article.title).toBe(text[0]);
      expect(article.paragraphs.map((p) => p.text)).toEqual(text.slice(1));
      expect(reasonFor(article, ticker[1]!)).toEqual(['news ticker']);
      expect(reasonFor(article, 'A')).toEqual(['font-size widget', 'font-size widget']);
    }
  });

  it('keeps the story headline a "Breaking" label tags, with its standfirst under it', () => {
    const page = [
      'BREAKING',
      story.en[0]!,
      'The port authority said fares rise in June.',
      ...story.en.slice(1),
    ];
    expect(parseText('ticker.txt', page.join('\n')).title).toBe(story.en[0]);
  });
});
