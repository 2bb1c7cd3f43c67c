// More words of page furniture, one table per concept and one row per language, as in
// furniture-words.ts: the footer's legal notices, follow and comment prompts, gallery and
// audio-player controls, feedback polls, news-desk credits and what a note says a writer
// covers. A table never decides alone: the rules that read it (cruft-rules.ts, page-tail.ts,
// page-widgets.ts, author-box.ts) say where the words must stand.
import type { Vocabulary } from './furniture-words';

/**
 * The footer's legal notices: rights reserved, reproduction only with a link, the outlet's
 * registration, publisher and editorial address. A story quotes such words seldom, and the
 * tail rule reads them only below the story's last run of paragraphs.
 */
export const LEGAL_NOTICES: Vocabulary = {
  en: [
    'all rights reserved',
    String.raw`(?:use|reproduction|republication|copying) of (?:\S+ )?(?:materials?|content|articles?)`,
    'may not be (?:reproduced|republished|copied)',
    'registered (?:by|with|as a)',
    'registration (?:number|certificate|no)',
    String.raw`publisher\s*:`,
    String.raw`editor-in-chief\s*:`,
    String.raw`(?:editorial|registered) (?:office|address)\s*:`,
  ],
  de: [
    'alle rechte vorbehalten',
    String.raw`(?:nachdruck|vervielfältigung|verwendung) (?:nur|ist nur|der inhalte)`,
    String.raw`herausgeber(?:in)?\s*:`,
    String.raw`chefredakt(?:eur|eurin|ion)\s*:`,
    'verantwortlich im sinne',
  ],
  fr: [
    'tous droits réservés',
    'reproduction (?:interdite|totale ou partielle|réservée)',
    String.raw`directeur de (?:la )?publication\s*:`,
    String.raw`éditeur\s*:`,
  ],
  es: [
    'todos los derechos reservados',
    'prohibida (?:la|su) reproducción',
    String.raw`editor(?:a)?\s*:`,
    String.raw`director(?:a)?\s*:`,
    'depósito legal',
  ],
  it: ['tutti i diritti riservati', 'riproduzione riservata', 'registrazione (?:del )?tribunale'],
  pt: ['todos os direitos reservados', 'proibida a reprodução'],
  nl: ['alle rechten voorbehouden'],
  pl: ['wszelkie prawa zastrzeżone'],
  sv: ['alla rättigheter förbehållna', String.raw`ansvarig utgivare\s*:`],
  ru: [
    'все права (?:защищены|сохранены)',
    'использование материалов',
    'перепечатка',
    'зарегистрирован[оа]?',
    'свидетельство о регистрации',
    String.raw`учредитель\s*:`,
    String.raw`главный редактор\s*:`,
    String.raw`адрес редакции\s*:`,
  ],
  tr: ['tüm hakları saklıdır', 'her hakkı saklıdır', 'izinsiz kullanılamaz', String.raw`imtiyaz sahibi\s*:`],
  ko: ['무단 ?전재', '재배포 금지', 'all rights reserved', '등록번호'],
  ar: ['جميع الحقوق محفوظة', 'يمنع (?:النسخ|إعادة النشر)'],
  zh: ['版权所有', '未经(?:授权|许可)'],
  ja: ['無断転載', '著作権'],
};

/** "Haber Merkezi", "News desk": a credit to the newsroom rather than a person. */
export const NEWS_DESKS: Vocabulary = {
  en: ['news desk', 'newsdesk', 'staff reporter', 'web desk'],
  de: ['nachrichtenredaktion', 'online-redaktion'],
  fr: ['la rédaction', 'rédaction web'],
  es: ['redacción', 'redacción web'],
  sv: ['nyhetsdesken', 'redaktionen'],
  ru: ['редакция', 'новостная служба'],
  tr: ['haber merkezi', 'dış haberler servisi'],
  ko: ['온라인뉴스팀', '디지털뉴스팀', '뉴스팀'],
  ar: ['المحرر', 'فريق التحرير'],
};

/** "Follow us on Telegram", "Google News'te Takip Et": a prompt to follow the outlet. */
export const FOLLOW_PROMPTS: Vocabulary = {
  en: [
    'follow us',
    String.raw`follow \S+(?: \S+){0,3} on (?:google news|telegram|whatsapp|x|twitter|facebook|instagram)`,
  ],
  de: ['folgen sie uns', String.raw`folgen sie \S+(?: \S+){0,3} auf`],
  fr: ['suivez-nous', String.raw`suivez \S+(?: \S+){0,3} sur`],
  es: ['síguenos', String.raw`sigue a \S+(?: \S+){0,3} en`],
  sv: ['följ oss', String.raw`följ \S+(?: \S+){0,3} på`],
  ru: ['подписывайтесь на', 'подпишитесь на', 'следите за нами'],
  tr: [String.raw`(?:\S+ ){0,3}\S+['’](?:te|ta|de|da) takip et`, 'bizi takip edin'],
  ko: ['구독하기', '채널 추가'],
  ar: ['تابعونا', String.raw`تابع(?:وا)? \S+(?: \S+){0,3} على`],
  uk: ['підписуйтесь на', 'підпишіться на', 'стежте за нами', 'приєднуйтесь до (?:нашого|нас)'],
  it: ['seguici', String.raw`segui \S+(?: \S+){0,3} su`],
  pt: ['siga-nos', String.raw`siga o \S+(?: \S+){0,3} no`, String.raw`acompanhe (?:o|a) \S+(?: \S+){0,3} no`],
  nl: ['volg ons', String.raw`volg \S+(?: \S+){0,3} op`],
  pl: ['obserwuj nas', String.raw`obserwuj \S+(?: \S+){0,3} (?:na|w)`],
  el: ['ακολουθήστε (?:μας|το|τη)'],
  id: ['ikuti (?:kami|berita|kanal)', String.raw`ikuti \S+(?: \S+){0,3} di`],
};

/** "Kommentare (7)", "Comments": a comment section's heading, perhaps with its count. */
export const COMMENT_HEADINGS: Vocabulary = {
  en: ['comments?'],
  de: ['kommentare?'],
  fr: ['commentaires?'],
  es: ['comentarios?'],
  sv: ['kommentarer'],
  ru: ['комментари(?:и|ев)'],
  tr: ['yorumlar', 'yorum'],
  ko: ['댓글'],
  ar: ['التعليقات', 'تعليقات'],
};

/** "Um zu kommentieren, melden Sie sich bitte an.": the comment box asks for a login. */
export const COMMENT_PROMPTS: Vocabulary = {
  en: [
    '(?:sign|log) in to (?:comment|leave a comment|join the conversation)',
    'to comment,? (?:please )?(?:sign|log) in',
    'comments (?:are|have been) (?:now )?closed',
    'commenting (?:is|has been) (?:now )?(?:closed|disabled)',
  ],
  de: [
    'um zu kommentieren',
    'zum kommentieren (?:bitte )?(?:anmelden|einloggen)',
    'die kommentarfunktion (?:ist|wurde) (?:für diesen artikel )?(?:geschlossen|deaktiviert)',
    'kommentare sind geschlossen',
  ],
  fr: ['pour commenter', 'connectez-vous pour (?:commenter|réagir)', 'les commentaires sont (?:fermés|clos)'],
  es: ['para comentar', 'inicia sesión para comentar', 'los comentarios están cerrados'],
  it: ['i commenti sono chiusi'],
  pt: ['os comentários (?:estão|foram) (?:fechados|encerrados)'],
  sv: ['för att kommentera', 'logga in för att kommentera', 'kommentarsfunktionen är (?:stängd|avstängd)'],
  ru: ['чтобы (?:оставить комментарий|комментировать)', 'войдите, чтобы'],
  tr: ['yorum yazmak için', 'yorum yapmak için', 'yorumlar (?:kapatılmıştır|kapalıdır)'],
  ko: ['댓글을 (?:작성|쓰|남기)'],
  ar: ['لإضافة تعليق', 'سجل الدخول للتعليق'],
};

/** "View all 12 photos": a gallery's link to its pictures. */
export const GALLERY_LINKS: Vocabulary = {
  en: [
    String.raw`view all \d+ (?:photos|images|pictures)`,
    String.raw`see all \d+ (?:photos|images)`,
    String.raw`\d+ (?:photos|images|pictures)`,
  ],
  de: [
    String.raw`alle \d+ bilder(?: ansehen| anzeigen)?`,
    String.raw`\d+ bilder`,
    String.raw`zur bildergalerie`,
  ],
  fr: [String.raw`voir les \d+ photos`, String.raw`\d+ photos`],
  es: [String.raw`ver las \d+ fotos`, String.raw`\d+ fotos`],
  sv: [String.raw`se alla \d+ bilder`, String.raw`\d+ bilder`],
  ru: [String.raw`смотреть все \d+ фото`, String.raw`\d+ фото`],
  tr: [String.raw`tüm \d+ fotoğrafı gör`, String.raw`\d+ fotoğraf`],
  ko: [String.raw`사진 \d+장`],
  ar: [String.raw`\d+ صور(?:ة)?`],
};

/** "Listen", "Play episode", "PODCAST": an audio player's label or button. */
export const AUDIO_PLAYER: Vocabulary = {
  en: [
    'listen',
    'listen now',
    'play episode',
    'play',
    'pause',
    'podcast',
    'listen to (?:this )?(?:article|story)',
  ],
  de: [
    'anhören',
    'jetzt anhören',
    'folge abspielen',
    'abspielen',
    'podcast',
    'artikel (?:anhören|vorlesen(?: lassen)?)',
  ],
  fr: ['écouter', "écouter l['’]épisode", 'podcast', "écouter (?:cet |l['’])article"],
  es: ['escuchar', 'reproducir episodio', 'pódcast', 'podcast', 'escuchar (?:este|el) (?:artículo|noticia)'],
  sv: ['lyssna', 'spela avsnitt', 'podd', 'podcast'],
  ru: ['слушать', 'подкаст'],
  tr: ['dinle', 'podcast'],
  ko: ['듣기', '팟캐스트'],
  ar: ['استمع', 'بودكاست'],
  // "Listen to this article": the read-aloud player over a story.
  it: ["ascolta (?:l['’]|questo )articolo", 'podcast'],
  pt: ['ouvir (?:este|o) (?:artigo|texto)', 'podcast'],
  nl: ['beluister (?:dit|het) artikel', 'luister naar dit artikel', 'podcast'],
  pl: ['posłuchaj (?:artykułu|tekstu)', 'podcast'],
  uk: ['прослухати (?:статтю|новину)', 'слухати'],
  el: ['ακούστε το άρθρο'],
  id: ['dengarkan (?:artikel|berita)'],
};

/** "(Archive)", "(أرشيفية)": a caption's note that the photo is an archive picture. */
export const ARCHIVE_CREDITS: Vocabulary = {
  en: ['archive', 'file(?: photo)?'],
  de: ['archiv(?:bild|foto)?'],
  fr: ['archives?'],
  es: ['archivo'],
  sv: ['arkiv(?:bild)?'],
  ru: ['архив(?:ное фото)?'],
  tr: ['arşiv(?: fotoğraf)?'],
  ko: ['자료사진'],
  ar: ['أرشيفية', 'أرشيف'],
};

/** "Was this article helpful?": a feedback poll's question. */
export const FEEDBACK_QUESTIONS: Vocabulary = {
  en: [
    'was this (?:article|story|page) (?:helpful|useful)',
    'did you find this (?:article |story )?(?:helpful|useful)',
  ],
  de: [
    'war (?:dieser|der) (?:artikel|beitrag) hilfreich',
    'fanden sie (?:diesen|den) (?:artikel|beitrag) hilfreich',
  ],
  fr: ['cet article vous a-t-il (?:été utile|plu)', 'cet article vous a été utile'],
  es: ['(?:te|le) (?:ha )?(?:resultado|parecido) útil (?:este|el) artículo', 'fue útil (?:este|el) artículo'],
  sv: ['var (?:artikeln|den här artikeln) till hjälp', 'var artikeln användbar'],
  ru: ['была ли (?:эта )?статья полезной', 'статья была полезной'],
  tr: ['bu (?:haber|içerik|makale) (?:faydalı|yararlı) (?:oldu mu|mıydı)'],
  ko: ['이 기사가 도움이 되었나요', '기사가 유익했나요'],
  ar: ['هل كان هذا (?:المقال|الخبر) مفيدا'],
};

/** "Thanks for your feedback!": what a feedback poll says once answered. */
export const FEEDBACK_THANKS: Vocabulary = {
  en: ['thanks? (?:you )?for your feedback'],
  de: ['danke für ihr feedback', 'vielen dank für ihr feedback'],
  fr: ['merci pour votre (?:avis|retour)'],
  es: ['gracias por (?:tu|su) (?:opinión|valoración|comentario)'],
  sv: ['tack för din feedback', 'tack för ditt svar'],
  ru: ['спасибо за (?:ваш )?отзыв'],
  tr: ['geri bildiriminiz için teşekkürler'],
  ko: ['의견 감사합니다', '피드백 감사합니다'],
  ar: ['شكرا لملاحظاتك'],
};

/** What a note about the writer says the writer does: "covers", "berichtet über", "couvre". */
export const WRITER_BEATS: Vocabulary = {
  en: ['covers', 'writes about', 'reports on', 'has covered', 'has reported on'],
  de: ['berichtet über', 'schreibt über', 'berichtet für'],
  fr: ['couvre', 'écrit sur', 'suit (?:l[ae]s?|les)'],
  es: ['cubre', 'escribe sobre', 'informa sobre'],
  it: ['si occupa di', 'scrive di'],
  sv: ['bevakar', 'skriver om'],
  ru: ['пишет о', 'пишет об', 'освещает'],
  tr: ['haberlerini (?:takip ediyor|yazıyor)'],
  ko: ['취재하고 있다', '담당하고 있다'],
  ar: ['يغطي', 'تغطي', 'يكتب عن', 'تكتب عن'],
};

/** "Read 96 replies": an embedded post's link to its thread. */
export const EMBED_REPLIES: Vocabulary = {
  en: [String.raw`(?:read|view|see) (?:the )?[\d.,]+[KkMm]? (?:replies|comments|reposts)`],
  de: [String.raw`[\d.,]+ antworten (?:lesen|ansehen)`],
  fr: [String.raw`(?:lire|voir) (?:les )?[\d.,]+ réponses`],
  es: [String.raw`(?:leer|ver) [\d.,]+ respuestas`],
  sv: [String.raw`läs [\d.,]+ svar`],
  ru: [String.raw`читать [\d.,]+ ответ\p{L}*`],
  tr: [String.raw`[\d.,]+ yanıtı oku`],
  ko: [String.raw`답글 [\d.,]+개 (?:읽기|보기)`],
  ar: [String.raw`قراءة [\d.,]+ (?:ردود|رد)`],
};

/**
 * "SON DAKİKA", "Breaking news": a ticker of the site's latest headlines. Such a label may also
 * tag the story's own headline, so the rule reading it wants two headlines or more under it.
 */
export const TICKER_LABELS: Vocabulary = {
  en: ['breaking(?: news)?', 'latest news'],
  de: ['eilmeldungen?'],
  fr: ['dernière minute', 'dernière heure'],
  es: ['última hora', 'último minuto'],
  sv: ['senaste nytt', 'just nu'],
  ru: ['срочно', 'главное сейчас'],
  tr: ['son dak[iİ]ka'],
  ko: ['속보'],
  ar: ['عاجل'],
};

/** "Your gift keeps local news free": an appeal for money, in a box or below the story. */
export const DONATION_APPEALS: Vocabulary = {
  en: [
    String.raw`your (?:gift|donation|support) (?:keeps|makes|helps|pays)`,
    'support (?:our|independent|local) (?:journalism|newsroom|reporting)',
    'donate (?:now|today)',
    'become a (?:member|supporter) today',
  ],
  de: ['unterstützen sie (?:unseren|unabhängigen|lokalen) journalismus', 'jetzt spenden'],
  fr: ['soutenez (?:notre|le) journalisme', 'faites un don'],
  es: ['apoya (?:nuestro|el) periodismo', 'haz una donación'],
  sv: ['stöd (?:vår|oberoende) journalistik'],
  ru: ['поддержите (?:нас|редакцию|независимую журналистику)'],
  tr: ['bağımsız gazeteciliğe destek (?:ol|verin)'],
  ko: ['후원하기', '후원해 주세요'],
  ar: ['ادعم(?:وا)? الصحافة'],
};

/** "Email address" alone: the label of a form's field (a newsletter or donation box). */
export const FORM_FIELDS: Vocabulary = {
  en: ['e-?mail address', 'your e-?mail(?: address)?'],
  de: ['e-mail-adresse', 'ihre e-mail-adresse'],
  fr: ['adresse e-?mail', 'votre (?:adresse )?e-?mail'],
  es: ['correo electrónico', 'tu correo(?: electrónico)?'],
  sv: ['e-postadress', 'din e-postadress'],
  ru: ['электронная почта', 'ваш e-mail'],
  tr: ['e-posta adresi(?:niz)?'],
  ko: ['이메일 주소'],
  ar: ['البريد الإلكتروني'],
};
