// Comment threads and blog chrome found wanting on the third blind set
// (tests/fixtures/extraction/blind3-*): a blog's "Name said..." comments, relative times in
// more languages ("13 uur geleden", "há 2 horas", "3 ore fa"), a name closed by an initial
// ("Marie-Christine B."), an empty thread ("No comments yet"), and the blog's post footer
// ("Posted by … at 10:42 AM", share rows, "Labels: …"). Pinned with text of our own.
import { describe, expect, it } from 'vitest';
import { parseText, reasonFor } from './extraction-helpers';

const el = [
  'Νέο δρομολόγιο για το πλοίο της γραμμής από τον Ιούλιο',
  'Από τον Ιούλιο το πλοίο της γραμμής θα πιάνει και στο μικρό λιμάνι του νησιού, ανακοίνωσε χθες ο δήμος.',
  'Τα εισιτήρια θα κοστίζουν όσο και σήμερα, ενώ το δρομολόγιο θα εκτελείται τρεις φορές την εβδομάδα.',
];
const es = [
  'El autobús nocturno llegará a los barrios del norte en septiembre',
  'El autobús nocturno llegará a los barrios del norte a partir de septiembre, anunció el martes la concejala de Movilidad.',
  'La línea hará doce paradas y pasará cada cuarenta minutos entre la medianoche y las cinco de la mañana.',
];
const nl = [
  'Nieuwe fietsbrug over het kanaal open in mei',
  'De nieuwe fietsbrug over het kanaal gaat in mei open, heeft de gemeente dinsdag laten weten aan de bewoners.',
  'De brug kost 2,4 miljoen euro en vervangt het pontje dat sinds de jaren vijftig over het water vaart.',
];
const fr = [
  'La piscine municipale rouvre après deux ans de travaux',
  'La piscine municipale rouvrira le 1er juillet après deux ans de travaux, a annoncé lundi le maire lors du conseil.',
  'Le bassin extérieur sera chauffé par des panneaux solaires installés sur le toit du gymnase voisin.',
];
const body = (lines: string[]) => lines.slice(1);
const kept = (lines: string[]) => parseText('page.txt', lines.join('\n')).paragraphs.map((p) => p.text);

describe("a blog's comments and post footer", () => {
  it('removes "Name είπε..." comments with their timestamps, and the post footer (Greek)', () => {
    const page = [
      ...el,
      'Αναρτήθηκε από Γιώργος Τ. στις 9:15 π.μ.',
      'BlogThis!',
      'Κοινοποίηση στο Facebook',
      'Ετικέτες πλοίο, λιμάνι',
      '2 σχόλια:',
      'Ανώνυμος είπε...',
      'Επιτέλους, το περιμέναμε χρόνια αυτό το δρομολόγιο.',
      '3 Μαΐου 2026 στις 10:02 π.μ.',
      'Κατερίνα Λ. είπε...',
      'Θα σταματάει και τον χειμώνα ή μόνο το καλοκαίρι;',
      '3 Μαΐου 2026 στις 11:40 π.μ.',
    ];
    const article = parseText('blog.txt', page.join('\n'));
    expect(article.paragraphs.map((p) => p.text)).toEqual(body(el));
    expect(reasonFor(article, 'Κατερίνα Λ. είπε...')).toEqual(['comment author line']);
    expect(reasonFor(article, 'Αναρτήθηκε από Γιώργος Τ. στις 9:15 π.μ.')).toEqual(['byline']);
    expect(reasonFor(article, 'Ετικέτες πλοίο, λιμάνι')).toEqual(['tags']);
  });

  it('does the same for "Name dijo..." and "Publicado por … a las …" (Spanish)', () => {
    const page = [
      ...es,
      'Publicado por Marta G. a las 18:20',
      'Compartir en X',
      'Etiquetas: transporte, barrios',
      'Marta dijo...',
      'Por fin, llevamos años pidiéndolo en la asociación de vecinos.',
      '4 de mayo de 2026, 19:02',
      'Luis Pardo dijo...',
      '¿Se sabe si pasará también por el hospital?',
      '4 de mayo de 2026, 20:15',
    ];
    expect(kept(page)).toEqual(body(es));
  });

  it('keeps a story that quotes someone and a short line that merely ends in an ellipsis', () => {
    const story = [
      ...es,
      'La concejala lo resumió así: «Es un servicio que los vecinos pedían desde hace años».',
      'Y añadió que la línea podría ampliarse si la demanda lo justifica...',
    ];
    expect(kept(story)).toEqual(body(story));
  });
});

describe('comment threads in more languages', () => {
  it('reads Dutch relative times and "Beantwoorden" buttons', () => {
    const page = [
      ...nl,
      'Reacties (2)',
      'Joop V.',
      '13 uur geleden',
      'Eindelijk, dat pontje lag de halve winter stil.',
      'Beantwoorden',
      '4',
      'fietsfan_82',
      '12 uur geleden',
      'En wie betaalt het onderhoud van die brug straks?',
      'Beantwoorden',
    ];
    const article = parseText('nl.txt', page.join('\n'));
    expect(article.paragraphs.map((p) => p.text)).toEqual(body(nl));
    expect(reasonFor(article, '13 uur geleden')).toEqual(['comment time']);
  });

  it('takes a commenter named with an initial ("Marie-Christine B.") with the rest (French)', () => {
    const page = [
      ...fr,
      'Réagir',
      '2 commentaires',
      'Marie-Christine B.',
      'il y a 2 heures',
      'Enfin ! Mes enfants attendent ça depuis deux étés.',
      'Répondre',
      'nageur33',
      'il y a 1 heure',
      'Et les horaires pour les clubs, on les connaît ?',
      'Répondre',
    ];
    const article = parseText('fr.txt', page.join('\n'));
    expect(article.paragraphs.map((p) => p.text)).toEqual(body(fr));
    expect(reasonFor(article, 'Marie-Christine B.')).toEqual(['comment author']);
  });

  it('reads Portuguese "há 2 horas" and Italian "3 ore fa"', () => {
    const pt = [
      'Feira do bairro muda de rua a partir de junho',
      'A feira do bairro vai mudar de rua a partir de junho, informou nesta terça-feira a prefeitura em nota.',
      'Os feirantes terão mais espaço e as barracas ficarão a menos de cem metros do ponto de ônibus.',
    ];
    const ptPage = [
      ...pt,
      'Comentários',
      'Ana Lúcia',
      'há 2 horas',
      'Ótima notícia para quem vai a pé.',
      'joao_s',
      'há 1 hora',
      'E o estacionamento?',
    ];
    const ptArticle = parseText('pt.txt', ptPage.join('\n'));
    expect(ptArticle.paragraphs.map((p) => p.text)).toEqual(body(pt));
    expect(reasonFor(ptArticle, 'há 2 horas')).toEqual(['comment time']);
    const it_ = [
      'Il mercato coperto riapre dopo i lavori',
      'Il mercato coperto di piazza Garibaldi riaprirà lunedì dopo sei mesi di lavori, ha annunciato il Comune.',
      'I banchi saranno ventotto, quattro in più di prima, e il parcheggio sotterraneo resterà gratuito.',
    ];
    const itPage = [
      ...it_,
      'Commenti',
      'Paola R.',
      '3 ore fa',
      'Finalmente!',
      'marco_77',
      '2 ore fa',
      'E gli orari?',
    ];
    const itArticle = parseText('it.txt', itPage.join('\n'));
    expect(itArticle.paragraphs.map((p) => p.text)).toEqual(body(it_));
    expect(reasonFor(itArticle, '3 ore fa')).toEqual(['comment time']);
  });
});

describe('an empty thread', () => {
  it('removes "no comments yet" with the heading and rules above it (Spanish, English, German)', () => {
    const esPage = [
      ...es,
      'Comentarios',
      'Normas de participación',
      'Este artículo aún no tiene comentarios. Sé el primero en comentar.',
    ];
    const article = parseText('es.txt', esPage.join('\n'));
    expect(article.paragraphs.map((p) => p.text)).toEqual(body(es));
    expect(reasonFor(article, 'Normas de participación')).toEqual(['comment thread heading']);
    const en = [
      'Harbour ferry fares to rise by a fifth from June',
      'Fares on the harbour ferry will rise by a fifth from June, the port authority said on Tuesday.',
      'A single crossing will cost 3.60 instead of 3, and a monthly pass 72 instead of 60.',
    ];
    expect(kept([...en, 'Comments', 'No comments yet. Be the first to comment.'])).toEqual(body(en));
    const de = [
      'Hafenfähre wird ab Juni teurer',
      'Die Fahrpreise der Hafenfähre steigen ab Juni um ein Fünftel, teilte die Hafenbehörde am Dienstag mit.',
      'Eine einfache Fahrt kostet dann 3,60 statt 3 Euro, eine Monatskarte 72 statt 60 Euro.',
    ];
    expect(kept([...de, 'Kommentare', 'Noch keine Kommentare. Schreiben Sie den ersten Kommentar!'])).toEqual(
      body(de),
    );
  });

  it('keeps a story paragraph that quotes "no comments yet"', () => {
    const story = [
      ...es.slice(0, 2),
      '"No comments yet," the spokeswoman said when asked about the night line on Tuesday afternoon.',
      ...es.slice(2),
    ];
    expect(kept(story)).toEqual(body(story));
  });
});
