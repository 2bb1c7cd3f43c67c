// Patterns found on the fourth blind set (tests/fixtures/extraction/blind4-*), by kind: cookie
// banners in Russian, Arabic, Turkish, Swedish, Hungarian, Korean and Portuguese (an unread
// banner is prose, so the page's header was taken for the story); skip links; a paywall's offer
// and the paragraph it cuts; fact boxes that Readability drops with every <aside>; the deck and
// the byline-and-date block of an HTML template; bare reading times, "modified" date lines,
// gift-article buttons, slash-joined photo credits, "comments are closed", contributor credits
// and a writer's note with her e-mail. Pinned with text of our own, each with text that must
// survive.
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../shared/ingest/cruft-rules';
import { ingestFile, type ParsedArticle } from '../../../shared/ingest';
import { parseText, reasonFor } from './extraction-helpers';

const reason = (text: string) => classifyLine(text)?.reason;
const kept = (lines: string[]) => parseText('page.txt', lines.join('\n')).paragraphs.map((p) => p.text);

function parseHtml(html: string): ParsedArticle {
  const outcome = ingestFile('page.html', new TextEncoder().encode(html));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.articles[0]!;
}

describe('cookie banners in more languages', () => {
  const ru = [
    'Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с этим.',
    'Понятно',
    'ГОРОДСКИЕ ВЕСТИ',
    'Новости',
    'Общество',
    'В городе открыли новый пешеходный мост через реку',
    'Новый пешеходный мост через реку открыли во вторник, сообщили в городской администрации журналистам.',
    'Мост обошёлся в 90 млн рублей и заменил паром, который ходил здесь больше сорока лет подряд.',
  ];
  const ar = [
    'يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربة التصفح. بمواصلة التصفح فإنك توافق على استخدامها.',
    'موافق',
    'الرئيسية',
    'محليات',
    'افتتاح جسر جديد للمشاة فوق النهر في وسط المدينة',
    'افتتحت البلدية صباح اليوم جسرا جديدا للمشاة فوق النهر في وسط المدينة بتكلفة بلغت عشرة ملايين دولار.',
    'وقال رئيس البلدية إن الجسر سيخدم آلاف السكان يوميا وسيخفف الازدحام على الجسر القديم في ساعات الذروة.',
  ];
  const tr = [
    'Çerez Tercihleri',
    'Sitemizde deneyiminizi iyileştirmek için çerezler kullanıyoruz. Ayrıntılar için KVKK Aydınlatma Metni’ni okuyabilirsiniz.',
    'Kabul Et',
    'Reddet',
    'KENT HABER',
    'Gündem',
    'Nehir üzerine yeni yaya köprüsü açıldı',
    'Nehir üzerine yapılan yeni yaya köprüsü salı günü düzenlenen törenle hizmete açıldı, belediye açıklama yaptı.',
    'Köprü 40 milyon liraya mal oldu ve kırk yıldır çalışan feribotun yerini alacak, yetkililer böyle söyledi.',
  ];

  it('removes the banner, so the header above the story goes and the headline is found', () => {
    for (const page of [ru, ar, tr]) {
      const a = parseText('page.txt', page.join('\n'));
      expect(
        reasonFor(
          a,
          page.find((l) => l.length > 80 && !a.text.includes(l))!,
        ),
      ).toEqual(['cookie consent banner']);
      expect(a.paragraphs.map((p) => p.text)).toEqual(page.slice(-2));
    }
    expect(parseText('page.txt', ru.join('\n')).title).toBe(ru[5]);
  });

  it('reads banner buttons in Swedish, Hungarian, Korean and Portuguese', () => {
    for (const [text, button] of [
      [
        'Vi använder kakor för att ge dig en bättre upplevelse och för att anpassa annonser. Genom att fortsätta godkänner du det.',
        'Godkänn alla',
      ],
      [
        'Sütiket használunk a jobb felhasználói élményért. A további böngészéssel hozzájárul a sütik használatához.',
        'Elfogadom',
      ],
      [
        '이 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주합니다.',
        '확인',
      ],
      [
        'Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa política de privacidade.',
        'Aceitar',
      ],
    ]) {
      const a = parseText('page.txt', [text, button!, ...tr.slice(6)].join('\n'));
      expect(reasonFor(a, button!)).toEqual(['cookie consent banner']);
    }
  });

  it('leaves a story about cookie rules alone: no button under it', () => {
    const story = [
      'Регулятор проверит, как сайты используют файлы cookie',
      'Регулятор проверит, как крупные сайты используют файлы cookie и получают согласие пользователей на обработку данных.',
      'Продолжая проверку, ведомство запросит у компаний документы о согласии пользователей до конца месяца.',
      'Хорошо известно, что многие сайты не спрашивают разрешения, заявили в ведомстве во вторник вечером.',
    ];
    expect(kept(story)).toEqual(story.slice(1));
  });
});

describe('header and paywall furniture', () => {
  it('reads skip links in many languages, never a sentence that starts so', () => {
    for (const t of [
      'Skip to main content',
      'Pular para o conteúdo',
      'Перейти к основному содержанию',
      'Zum Inhalt springen',
      'Aller au contenu principal',
      '본문 바로가기',
    ])
      expect(reason(t)).toBe('skip link');
    expect(reason('Zum Inhalt springen wir gleich, sagte der Moderator zu Beginn der Sendung.')).not.toBe(
      'skip link',
    );
  });

  it('removes a paywall offer and keeps the paragraph the paywall cut mid-sentence', () => {
    const page = [
      'Prefeitura amplia horário das linhas de ônibus noturnas',
      'A prefeitura anunciou nesta segunda-feira que as linhas noturnas passarão a circular até as duas da manhã a partir de maio.',
      'Segundo a secretaria, a mudança atende a um pedido antigo de trabalhadores do comércio e dos hospitais da região, que',
      'Continue lendo com acesso ilimitado.',
      'Aproveite esta oferta especial:',
      'Assine por R$ 1,90 no primeiro mês',
      'Oferta exclusiva para novos assinantes. Cancele quando quiser.',
    ];
    const a = parseText('page.txt', page.join('\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual(page.slice(1, 3));
    for (const line of page.slice(3)) expect(reasonFor(a, line)).toEqual(['paywall prompt']);
    expect(reason('Special offer: subscribe for $1 a week')).toBe('paywall prompt');
    expect(reason('Offre spéciale : 1 € le premier mois')).toBe('paywall prompt');
    // A story reporting an offer says so in a longer sentence that does not open with it.
    expect(
      reason(
        'The operator said the special offer would run until June and that riders could cancel anytime.',
      ),
    ).toBeUndefined();
  });
});

describe('one-line furniture found on the fourth blind set', () => {
  it('reads a bare reading time, but not a figure with a noun', () => {
    for (const t of ['5 Min.', '4 perc', '3 мин', '5 dk', '6 min']) expect(reason(t)).toBe('reading time');
    expect(reason('5 Minuten später')).toBeUndefined();
    expect(reason('Olvasási idő: kb. 4 perc')).toBe('reading time');
  });

  it('reads "modified"/"updated" date lines in more languages', () => {
    expect(reason('Modifié le 4 février 2026 à 09h40')).toBe('date line');
    expect(reason('Güncelleme: 09.01.2026 14:02')).toBe('date line');
    expect(
      reason('Modifié le règlement, le conseil a voté mardi 4 février 2026 à l’unanimité.'),
    ).toBeUndefined();
  });

  it('reads gift-article buttons and "comments are closed"', () => {
    expect(reason('Offrir cet article')).toBe('page widget');
    expect(reason('Gift this article')).toBe('page widget');
    expect(reason('Artikel verschenken')).toBe('page widget');
    expect(reason('Comments are closed on this story.')).toBe('comment prompt');
    expect(reason('Die Kommentarfunktion ist geschlossen.')).toBe('comment prompt');
    expect(reason('Los comentarios están cerrados.')).toBe('comment prompt');
    expect(reason('Offrir cet article à sa fille a été sa dernière joie, raconte son fils.')).toBeUndefined();
  });

  it('reads a caption closed by a slash-joined credit without a colon', () => {
    expect(reason("Le luthier dans son atelier en 2019. Photo archives L'Écho/Jean-Luc Barral")).toBe(
      'photo caption',
    );
    expect(reason('Il sindaco al taglio del nastro. Foto Ansa/Mario Rossi')).toBe('photo caption');
    expect(reason('Der Zug verkehrt künftig stündlich zwischen Ulm/Neu-Ulm und Augsburg.')).toBeUndefined();
  });

  it('reads contributor credits, but not a sentence about contributions', () => {
    expect(reason('Associated Press writer Jordan Pike in Omaha contributed to this report.')).toBe(
      'contributor credit',
    );
    expect(reason('Marie Dupont a contribué à cet article.')).toBe('contributor credit');
    expect(reason('Reuters reporters in Madrid contributed reporting.')).toBe('contributor credit');
    expect(reason('Farmers contributed to the relief fund, the mayor said on Friday.')).toBeUndefined();
  });

  it("reads a writer's note with her e-mail, but not a story quoting an address", () => {
    expect(
      reason('Dana Whitcomb covers city government for The Courier. Reach her at dana@courier.example.'),
    ).toBe('author note');
    expect(reason('Lena Berg bevakar kommunpolitik. Mejla lena@tidning.example.')).toBe('author note');
    expect(
      reason('Residents can send questions to help@city.example, the council said in a statement on Monday.'),
    ).toBeUndefined();
  });

  it('reads "Bu haberi paylaşın" and "Zum Thema" as furniture', () => {
    expect(reason('Bu haberi paylaşın')).toBe('page widget');
    expect(reason('Zum Thema')).toBe('read-more block');
  });
});

const head = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${/<h1>(.*?)<\/h1>/.exec(body)?.[1] ?? 'T'}</title>` +
  `<meta name="description" content="DESC"></head><body><main><article>${body}</article></main></body></html>`;
const paras = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('');

describe('HTML: fact boxes and the template header', () => {
  const sv = [
    'Kommunfullmäktige sade på tisdagskvällen nej till den planerade vindkraftsparken väster om centralorten, med 27 röster mot 22.',
    'Därmed använder kommunen sitt kommunala veto, vilket innebär att länsstyrelsen inte kan ge tillstånd till parken.',
    'Bolaget bakom projektet har tre veckor på sig att överklaga beslutet till förvaltningsrätten, och säger att det ska fatta beslut i juni.',
  ];
  const fact = [
    'Antal verk: 14, med en totalhöjd på upp till 250 meter.',
    'Beräknad produktion: cirka 600 gigawattimmar per år.',
  ];

  it('keeps a fact box the story sets in an <aside>, and drops a "read also" aside', () => {
    const html = head(
      'sv',
      `<h1>Kommunen säger nej till vindkraft i Björkliden</h1>${paras(sv.slice(0, 2))}` +
        `<aside class="box"><h3>Fakta: Vindkraftsparken</h3>${paras(fact)}</aside>` +
        `<aside class="box"><h4>Läs också</h4><ul><li><a href="/a">Samebyn kritisk till parken i norr</a></li><li><a href="/b">Elpriset steg kraftigt i vintras</a></li></ul></aside>` +
        paras(sv.slice(2)),
    );
    const a = parseHtml(html);
    expect(a.text).toContain('Fakta: Vindkraftsparken');
    for (const f of fact) expect(a.text).toContain(f);
    expect(a.text).not.toContain('Samebyn kritisk');
  });

  it('keeps "Key facts" and "… in numbers" boxes in other languages, not a links-only box', () => {
    for (const label of ['Key facts', 'Les repères', 'Auf einen Blick', 'El puerto en cifras']) {
      const html = head(
        'en',
        `<h1>Port</h1>${paras(sv.slice(0, 2))}<aside><h3>${label}</h3>${paras(fact)}</aside>${paras(sv.slice(2))}`,
      );
      expect(parseHtml(html).text).toContain(fact[0]);
    }
    const links = head(
      'en',
      `<h1>Port</h1>${paras(sv)}<aside><h3>Key facts</h3><ul><li><a href="/1">Antal verk: 14 och mer om parken i norr</a></li><li><a href="/2">Beräknad produktion per år i norr</a></li></ul></aside>`,
    );
    expect(parseHtml(links).text).not.toContain('Antal verk');
  });

  const deck = 'Efter två år av utredningar röstade fullmäktige nej till vindkraftsparken.';

  it('removes the deck and the byline-and-date block above the story by their classes', () => {
    const html = head(
      'sv',
      `<h1>Kommunen säger nej till vindkraft i Björkliden</h1><p class="ingress">${deck}</p>` +
        `<div class="byline"><span>Johan Lind</span> och <span>Maja Ek</span> <span>reportrar</span></div>` +
        `<ul class="info"><li>Uppdaterad i går</li><li>Kommentarer 12</li></ul>` +
        paras(sv),
    ).replace('DESC', 'Something else');
    const a = parseHtml(html);
    expect(a.paragraphs.map((p) => p.text)).toEqual(sv);
    expect(reasonFor(a, deck)).toEqual(['standfirst']);
  });

  it("removes a deck that is the page's description even with no byline block under it", () => {
    const html = head(
      'it',
      `<h1>Orto sul balcone in due metri quadri</h1><p class="post-excerpt">${deck}</p>${paras(sv)}`,
    ).replace('DESC', deck);
    expect(parseHtml(html).paragraphs.map((p) => p.text)).toEqual(sv);
  });

  it('keeps a "lead" paragraph that opens the story (no byline block, not the description)', () => {
    const html = head(
      'en',
      `<h1>Orto sul balcone in due metri quadri</h1><p class="lead">${deck}</p>${paras(sv)}`,
    );
    expect(parseHtml(html).paragraphs.map((p) => p.text)).toEqual([deck, ...sv]);
  });

  it('leaves a wrapper whose class looks like a header block: it holds the story', () => {
    const html = head(
      'en',
      `<h1>Orto sul balcone in due metri quadri</h1><div class="article-info">${paras([deck, ...sv])}</div>`,
    );
    expect(parseHtml(html).paragraphs.map((p) => p.text)).toEqual([deck, ...sv]);
  });
});
