// Page furniture found kept on the third blind set (tests/fixtures/extraction/blind3-*), by
// kind: "read also" links in Greek, Ukrainian, Indonesian and Japanese brackets; share buttons
// that name their network; "add to favourites", "listen to this article", subscriber sign-in
// and app prompts; comment counts; tag rows; author boxes under a heading; follow prompts;
// publisher lines; ad-slot labels; newsletter boxes without the word "newsletter"; photo
// credits closing a caption; video buttons and running times; a crosshead that quotes the
// section it opens. Pinned with text of our own, each with a line that must survive.
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../shared/ingest/cruft-rules';
import { parseText, reasonFor } from './extraction-helpers';

const reason = (text: string) => classifyLine(text)?.reason;
const kept = (lines: string[]) => parseText('page.txt', lines.join('\n')).paragraphs.map((p) => p.text);

const uk = [
  'У місті відкрили новий веломіст через річку',
  'Новий веломіст через річку відкрили у вівторок, повідомили в міській раді під час брифінгу для журналістів.',
  'Міст коштував 18 мільйонів гривень і замінив пором, який курсував тут понад сорок років.',
];
const ja = [
  '市営バス、来春から深夜便を新設',
  '北浜市は来年4月から、市営バスの主要3路線で午後11時台の深夜便を新設すると発表した。',
  '利用者アンケートで夜間の便を求める声が多かったためで、運賃は昼間と同じに据え置く。',
];
const nl = [
  'Nieuwe fietsbrug over het kanaal open in mei',
  'De nieuwe fietsbrug over het kanaal gaat in mei open, heeft de gemeente dinsdag laten weten aan de bewoners.',
  'De brug kost 2,4 miljoen euro en vervangt het pontje dat sinds de jaren vijftig over het water vaart.',
];

describe('one-line furniture in more languages', () => {
  it('reads "read also" links in Greek, Ukrainian, Indonesian and in Japanese brackets', () => {
    expect(reason('Διαβάστε επίσης: Κλειστό το λιμάνι λόγω κακοκαιρίας')).toBe('read-more link');
    expect(reason('Читайте також: Місто отримало кредит на нові автобуси')).toBe('read-more link');
    expect(reason('Baca juga: Harga Cabai Naik Jelang Lebaran')).toBe('read-more link');
    expect(reason('【関連記事】市営バスの運転手、5年で1割減')).toBe('read-more link');
    // The story's own sentence that starts with the same words is no link.
    expect(reason('Читайте також уважно умови договору, радять юристи, бо там є пастки.')).toBeUndefined();
  });

  it('reads share buttons that name their network, and "add to favourites"', () => {
    for (const text of [
      'Partager sur Facebook',
      'Partager par mail',
      'Κοινοποίηση στο X',
      'Share on WhatsApp',
      'Teilen per E-Mail',
      'Bagikan ke Telegram',
      'Ajouter à mes favoris',
      'BlogThis!',
    ])
      expect(reason(text), text).toBe('page widget');
    expect(reason('Partager sur Facebook est devenu un réflexe pour les clubs, dit-elle.')).toBeUndefined();
  });

  it('reads "listen to this article", subscriber sign-in and app prompts', () => {
    expect(reason('Écouter cet article')).toBe('audio player');
    expect(reason('Listen to this article')).toBe('audio player');
    expect(reason('Déjà abonné ? Se connecter')).toBe('sign-in or share prompt');
    expect(reason('Bereits Abonnent? Hier anmelden')).toBe('sign-in or share prompt');
    expect(reason('Download onze app')).toBe('sign-in or share prompt');
    expect(reason('Laden Sie unsere App herunter')).toBe('sign-in or share prompt');
    expect(
      reason('Se connecter au réseau de chaleur coûtera 400 euros par foyer, selon la mairie.'),
    ).toBeUndefined();
  });

  it('reads comment counts and tag rows, and keeps a sentence about topics', () => {
    expect(reason('3 commentaires')).toBe('comment count');
    expect(reason('4 σχόλια:')).toBe('comment count');
    expect(reason('12 коментарів')).toBe('comment count');
    expect(reason('Теги: місто, транспорт, велосипеди')).toBe('tags');
    expect(reason('Ετικέτες πλοίο, λιμάνι, δήμος')).toBe('tags');
    expect(reason('Etiquetas: movilidad, barrios')).toBe('tags');
    expect(reason('Topics include housing, transport')).toBeUndefined();
    expect(
      reason('Themen: Die Stadt will 2027 mit dem Bau beginnen, sagte der Bürgermeister.'),
    ).toBeUndefined();
  });

  it('reads a blog\'s "Posted by … at …" in several languages', () => {
    expect(reason('Posted by Anna Reed at 10:42 AM')).toBe('byline');
    expect(reason('Publié par Jean Morel à 09:15')).toBe('byline');
    expect(reason('Eingestellt von Petra K. um 18:03')).toBe('byline');
  });

  it('reads follow prompts in Ukrainian, Dutch and Italian', () => {
    expect(reason('Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини міста!')).toBe(
      'sign-in or share prompt',
    );
    expect(reason('Volg ons op Instagram')).toBe('sign-in or share prompt');
    expect(reason('Seguici su Facebook')).toBe('sign-in or share prompt');
  });

  it('reads a publisher line by its company form, and keeps a story sentence about a group', () => {
    expect(reason('Dagblad Zuidkust is onderdeel van Kustmedia Groep B.V.')).toBe('publisher line');
    expect(reason('Der Kurier ist ein Angebot der Nordmedien GmbH')).toBe('publisher line');
    expect(reason('The hospital is part of the Northern Health group.')).toBeUndefined();
  });

  it('reads an ad slot\'s "SCROLL TO CONTINUE WITH CONTENT" and Indonesian "Iklan"', () => {
    expect(reason('SCROLL TO CONTINUE WITH CONTENT')).toBe('advertisement label');
    expect(reason('Iklan')).toBe('advertisement label');
  });

  it('reads photo credits closing a caption (German, Chinese) and keeps a sentence about a photo', () => {
    expect(reason('Noch ohne Wasser: das Becken des Hallenbads im Mai. Foto: Anna Weber')).toBe(
      'photo caption',
    );
    expect(reason('Фото: Олена Петренко')).toBe('photo caption');
    expect(reason('正在施工的新桥。记者 王晓明 摄')).toBe('photo caption');
    expect(reason('Auf dem Foto: der Bürgermeister mit Schülern der dritten Klasse.')).toBeUndefined();
    expect(reason('剧组上周在老城区拍摄')).toBeUndefined();
  });
});

describe('furniture blocks', () => {
  it('removes an author box under its heading (Japanese, English)', () => {
    const page = [...ja, 'この記事を書いた人', '森本健太', '北浜支局記者。2020年入社。交通と教育を担当。'];
    const article = parseText('ja.txt', page.join('\n'));
    expect(article.paragraphs.map((p) => p.text)).toEqual(ja.slice(1));
    expect(reasonFor(article, '森本健太')).toEqual(['author note']);
    const en = [
      'Harbour ferry fares to rise by a fifth from June',
      'Fares on the harbour ferry will rise by a fifth from June, the port authority said on Tuesday.',
      'A single crossing will cost 3.60 instead of 3, and a monthly pass 72 instead of 60.',
    ];
    expect(
      kept([...en, 'About the author', 'Dana Whitlock', 'Dana reports on transport and the port.']),
    ).toEqual(en.slice(1));
  });

  it('keeps the story under an "About the author" menu item with no name under it', () => {
    const page = [uk[0]!, 'About the author', ...uk.slice(1)];
    expect(kept(page)).toEqual(uk.slice(1));
  });

  it('removes a newsletter box named by what it sends, with a blurb line (Portuguese, English)', () => {
    const pt = [
      'Feira do bairro muda de rua a partir de junho',
      'A feira do bairro vai mudar de rua a partir de junho, informou nesta terça-feira a prefeitura em nota.',
      'Receba as notícias da cidade no seu e-mail',
      'Inscreva-se gratuitamente e receba um resumo diário às 7h.',
      'Os feirantes terão mais espaço e as barracas ficarão a menos de cem metros do ponto de ônibus.',
    ];
    expect(kept(pt)).toEqual([pt[1]!, pt[4]!]);
    const en = [
      'Harbour ferry fares to rise by a fifth from June',
      'Fares on the harbour ferry will rise by a fifth from June, the port authority said on Tuesday.',
      'Sign up for Harbour Weekly',
      'Our port reporter on ships, fares and the waterfront, every Monday.',
      'Enter your email',
      'Sign up',
      'A single crossing will cost 3.60 instead of 3, and a monthly pass 72 instead of 60.',
    ];
    expect(kept(en)).toEqual([en[1]!, en[6]!]);
  });

  it('removes a video button, and a running time under a video label (Spanish)', () => {
    const es = [
      'El autobús nocturno llegará a los barrios del norte en septiembre',
      'El autobús nocturno llegará a los barrios del norte a partir de septiembre, anunció el martes la concejala.',
      'VÍDEO | Así fue la prueba del autobús nocturno',
      '01:42',
      'Reproducir vídeo',
      'La línea hará doce paradas y pasará cada cuarenta minutos entre la medianoche y las cinco de la mañana.',
    ];
    const article = parseText('es.txt', es.join('\n'));
    expect(article.paragraphs.map((p) => p.text)).toEqual([es[1]!, es[5]!]);
    expect(reasonFor(article, '01:42')).toEqual(['video teaser']);
  });

  it('keeps a crosshead that quotes the section below it, and removes a pull quote repeating what came before', () => {
    const fr = [
      'La piscine municipale rouvre après deux ans de travaux',
      'La piscine municipale rouvrira le 1er juillet après deux ans de travaux, a annoncé lundi le maire.',
      '« Un équipement pour tous »',
      "L'opposition a voté contre le budget, qu'elle juge trop élevé pour une commune de cette taille.",
      "Le maire défend le projet : « C'est un équipement pour tous, des écoles aux clubs. » Il promet des tarifs bas.",
    ];
    expect(kept(fr)).toEqual(fr.slice(1));
    const en = [
      'Harbour ferry fares to rise by a fifth from June',
      'The port director defended the rise: "We cannot keep the old fares with fuel at this price," she said on Tuesday.',
      '"We cannot keep the old fares"',
      'A single crossing will cost 3.60 instead of 3, and a monthly pass 72 instead of 60.',
    ];
    const article = parseText('quote.txt', en.join('\n'));
    expect(article.paragraphs.map((p) => p.text)).toEqual([en[1]!, en[3]!]);
    expect(reasonFor(article, en[2]!)).toEqual(['pull quote']);
  });
});

describe('a consent banner whose buttons are "Accept" and "Options"', () => {
  it('removes it, and keeps a story about cookies', () => {
    const page = [
      'Your privacy choices',
      'This site uses cookies and similar technologies. Some help us measure audiences and show you relevant adverts.',
      'Accept',
      'Options',
      ...nl,
    ];
    expect(kept(page)).toEqual(nl.slice(1));
  });
});
