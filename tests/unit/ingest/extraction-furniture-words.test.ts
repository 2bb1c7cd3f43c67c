// Lists that go on with the story, furniture vocabulary in several languages (newsletter boxes,
// notes on the writer, share buttons, ad labels, reading times, caption credits), paywall
// prompts, inline "Read more:" links and headlines opening with a quotation: general rules found
// wanting on the held-out pages of tests/fixtures/extraction/, pinned with text of our own.
import { describe, expect, it } from 'vitest';
import { parseText, reasonFor } from './extraction-helpers';
import { story } from './multilingual-stories';

describe('a list that goes on with the story', () => {
  it('keeps bulleted key points after the last paragraph, with or without a heading (English, German)', () => {
    const en = [
      'At a glance',
      '• Single fares go up from 3 to 3.60',
      '• Monthly passes rise from 60 to 72',
      '• The port authority blames fuel and new crew rules',
    ];
    const de = [
      '• Die einfache Fahrt kostet künftig 3,60 Euro',
      '• Die Monatskarte steigt auf 72 Euro',
      '• Die Hafenbehörde nennt Treibstoff als Grund',
    ];
    const a = parseText(
      'en.txt',
      [
        ...story.en,
        ...en,
        'Related',
        'Bridge road to close for repairs in May',
        '© Harbour Gazette 2025',
      ].join('\n'),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([...story.en.slice(1), ...en]);
    const b = parseText('de.txt', [...story.de, ...de, '© Hafenbote 2025'].join('\n'));
    expect(b.paragraphs.map((p) => p.text)).toEqual([...story.de.slice(1), ...de]);
  });

  it('keeps bullet sentences in Chinese, whose words are not spaced, and drops a bulleted teaser list', () => {
    const points = [
      '【要点】',
      '• 单程票价从3元涨至3.6元',
      '• 月票从60元涨至72元',
      '• 港口管理局称燃油价格上涨是主因',
    ];
    const a = parseText('zh.txt', [...story.zh, ...points, '责任编辑：李明'].join('\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual([...story.zh.slice(1), ...points]);
    expect(reasonFor(a, '责任编辑：李明')).toEqual(['author note']);
    const teasers = ['• Council election results', '• Weekend weather', '• Jobs'];
    const b = parseText('en.txt', [...story.en, ...teasers].join('\n'));
    expect(b.paragraphs.map((p) => p.text)).toEqual(story.en.slice(1));
  });
});

describe('page furniture in several languages', () => {
  it('removes a newsletter box inside the story (Spanish, Dutch, French)', () => {
    const boxes = [
      [
        'Boletín del puerto',
        'Recibe cada viernes en tu correo lo más leído de la semana.',
        'Tu correo electrónico',
        'Suscribirme',
        'Al suscribirte aceptas la política de privacidad.',
      ],
      [
        'Nieuwsbrief Haven',
        'Ontvang elke week het havennieuws in je mailbox.',
        'Je e-mailadres',
        'Aanmelden',
      ],
      [
        "Lettre d'information",
        'Recevez chaque matin l’essentiel dans votre boîte mail.',
        'Votre adresse e-mail',
        "Je m'inscris",
      ],
    ];
    for (const box of boxes) {
      const article = parseText('box.txt', [...story.es.slice(0, 3), ...box, story.es[3]].join('\n'));
      expect(article.paragraphs.map((p) => p.text)).toEqual(story.es.slice(1));
      for (const line of box) expect(reasonFor(article, line)).toEqual(['newsletter sign-up box']);
    }
  });

  it('removes notes on the writer, interviewer credits, share buttons and ad labels in other languages', () => {
    const furniture = {
      'Camille Roux est journaliste au service Port du Courrier depuis 2019.': 'author note',
      'Anna Nowak jest dziennikarką działu miejskiego.': 'author note',
      'Lena Vogt ist Redakteurin im Lokalressort.': 'author note',
      'Rozmawiała Anna Nowak': 'byline',
      'Propos recueillis par Camille Roux': 'byline',
      Udostępnij: 'page widget',
      'Kopiuj link': 'page widget',
      'Copier le lien': 'page widget',
      Anzeige: 'advertisement label',
      Publicidad: 'advertisement label',
    } as const;
    for (const [line, reason] of Object.entries(furniture)) {
      const article = parseText('f.txt', [...story.en.slice(0, 3), line, story.en[3]].join('\n'));
      expect(reasonFor(article, line)).toEqual([reason]);
      expect(article.paragraphs.map((p) => p.text)).toEqual(story.en.slice(1));
    }
  });

  it('reads bylines with a reading time, long "published… updated" lines, caption credits and "VIDÉO." teasers', () => {
    const lines = {
      'Eva de Wit · 28 mrt. 2025, 16:12 · Leestijd 3 minuten': 'byline',
      'Publié le 21/05/2025 à 18h45, mis à jour le 22/05/2025 à 08h10': 'date line',
      'Le quai nord au petit matin, mardi. © Jean Martin / Le Courrier': 'photo caption',
      'VIDÉO. Le port de nuit en trois minutes': 'video teaser',
      'FOTOS. Así quedó el muelle tras el temporal': 'video teaser',
    } as const;
    for (const [line, reason] of Object.entries(lines)) {
      const article = parseText('f.txt', [...story.en.slice(0, 3), line, story.en[3]].join('\n'));
      expect(reasonFor(article, line)).toEqual([reason]);
    }
    const nl = parseText(
      'nl.txt',
      [story.en[0], 'Eva de Wit · 28 mrt. 2025, 16:12 · Leestijd 3 minuten', ...story.en.slice(1)].join('\n'),
    );
    expect(nl.byline).toBe('Eva de Wit');
    expect(nl.date).toBe('2025-03-28');
  });

  it('reads dates with Polish, Dutch and Portuguese month names', () => {
    const article = parseText(
      'pl.txt',
      [story.en[0], '12 sierpnia 2025, 07:00', ...story.en.slice(1)].join('\n'),
    );
    expect(article.date).toBe('2025-08-12');
    expect(reasonFor(article, '12 sierpnia 2025, 07:00')).toEqual(['date line']);
  });
});

describe('paywall prompts', () => {
  it('removes a prompt to subscribe that ends in a full stop, in several languages', () => {
    for (const prompt of [
      'Subscribe to continue reading.',
      'Abonnez-vous pour lire la suite.',
      'Jetzt weiterlesen mit Hafenbote+.',
      'Suscríbete para seguir leyendo.',
      'Questo articolo è riservato agli abbonati.',
      '有料会員になると続きをお読みいただけます。',
      '订阅后阅读全文。',
    ]) {
      const article = parseText('p.txt', [...story.en, prompt].join('\n'));
      expect(reasonFor(article, prompt)).toEqual(['paywall prompt']);
      expect(article.paragraphs.map((p) => p.text)).toEqual(story.en.slice(1));
    }
  });
});

describe('a story that speaks of reading on', () => {
  it('keeps a sentence of the story that only mentions reading the rest', () => {
    const line = 'Pour lire la suite du rapport, il faut le demander à la mairie, a-t-il dit.';
    const article = parseText('fr.txt', [...story.en, line].join('\n'));
    expect(article.text).toContain(line);
  });
});

describe('a link to another story on one line with its label', () => {
  it('removes "Read more: <headline>" inside the story, in several languages, and keeps the story around it', () => {
    for (const link of [
      'Read more: Bridge road to close for repairs in May',
      'À lire aussi : Le pont fermé pour travaux en mai',
      'Lesen Sie auch: Brückenstraße wird im Mai gesperrt',
      'Leia também: Ponte fecha para obras em maio',
      'Czytaj też: Most zamknięty w maju',
    ]) {
      const article = parseText('r.txt', [...story.en.slice(0, 2), link, ...story.en.slice(2)].join('\n'));
      expect(reasonFor(article, link)).toEqual(['read-more link']);
      expect(article.paragraphs.map((p) => p.text)).toEqual(story.en.slice(1));
    }
  });
});

describe('headlines opening with a quotation', () => {
  it('takes a headline that opens with „, « or ‚ as the headline', () => {
    for (const headline of [
      '„Die Fähre ist unser Bus“: Pendler wehren sich gegen höhere Preise',
      '« Le bac, c’est notre bus » : les usagers contre la hausse des tarifs',
      '„Prom to nasz autobus”. Rozmowa z kapitanem portu',
    ]) {
      const article = parseText('q.txt', ['Home', 'News', headline, ...story.de.slice(1)].join('\n'));
      expect(article.title).toBe(headline);
    }
  });
});
