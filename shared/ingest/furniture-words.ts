// The words page furniture prints, one table per concept and each table by language, so a rule
// reads the same concept in every language we meet and adding a language is one row. The rules
// that use them (cruft-rules.ts, newsletter-box.ts) say where the words must stand on the line;
// a table never decides alone. Patterns are case-insensitive fragments of a regular expression.

export type Vocabulary = Readonly<Record<string, readonly string[]>>;

/** One alternation of every language's phrases. */
function anyOf(table: Vocabulary): string {
  return Object.values(table).flat().join('|');
}

/** "Share", "Copy link", "Save": a share or save button alone on its line. */
export const SHARE_BUTTONS: Vocabulary = {
  en: [
    'share',
    'copy link',
    'save',
    'print',
    'email this',
    'blogthis!',
    'add to (?:my )?favou?rites',
    'save for later',
    'gift (?:this )?(?:article|story)',
  ],
  fr: [
    'partager',
    'copier le lien',
    'enregistrer',
    'imprimer',
    'ajouter à (?:mes|vos) favoris',
    "offrir (?:cet |l['’])article",
  ],
  de: [
    'teilen',
    'link kopieren',
    'merken',
    'drucken',
    'zu (?:meinen )?favoriten hinzufügen',
    '(?:artikel|beitrag) verschenken',
  ],
  es: [
    'compartir',
    'copiar enlace',
    'copiar el enlace',
    'guardar',
    'imprimir',
    'añadir a (?:mis )?favoritos',
  ],
  it: ['condividi', 'copia link', 'copia il link', 'salva', 'stampa', 'aggiungi ai preferiti'],
  pt: ['partilhar', 'compartilhar', 'copiar link', 'guardar', 'salvar', 'adicionar aos favoritos'],
  nl: ['delen', 'deel', 'kopieer link', 'link kopiëren', 'bewaren', 'opslaan', 'toevoegen aan favorieten'],
  el: ['κοινοποίηση', 'μοιραστείτε', 'αποστολή με μήνυμα ηλεκτρονικού ταχυδρομείου', 'αντιγραφή συνδέσμου'],
  uk: ['поділитися', 'скопіювати посилання', 'зберегти'],
  id: ['bagikan', 'salin tautan', 'simpan'],
  pl: ['udostępnij', 'kopiuj link', 'skopiuj link', 'zapisz', 'drukuj'],
  sv: ['dela', 'kopiera länk', 'spara'],
  ru: ['поделиться', 'скопировать ссылку', 'сохранить'],
  tr: ['paylaş', 'bağlantıyı kopyala', 'kaydet'],
  ko: ['공유(?:하기)?', '링크 복사', '스크랩'],
  ar: ['شارك', 'مشاركة', 'نسخ الرابط'],
  zh: ['分享', '复制链接', '收藏'],
  ja: ['シェア', 'リンクをコピー', '保存'],
};

/** "Advertisement", "Anzeige", "Publicité": an advertising slot's label. */
export const AD_LABELS: Vocabulary = {
  en: [
    'advertisement',
    'advert',
    'ad',
    'sponsored',
    'sponsored content',
    'paid content',
    // The label over an ad slot inside the story on Indonesian and other sites' templates.
    'scroll to continue with content',
  ],
  fr: ['publicité', 'contenu sponsorisé'],
  de: ['anzeige', 'werbung', 'gesponsert'],
  es: ['publicidad', 'contenido patrocinado'],
  it: ['pubblicità', 'contenuto sponsorizzato'],
  pt: ['publicidade'],
  nl: ['advertentie', 'gesponsord'],
  pl: ['reklama', 'materiał sponsorowany'],
  sv: ['annons', 'sponsrat(?: innehåll)?'],
  ru: ['реклама', 'партнёрский материал', 'на правах рекламы'],
  tr: ['reklam', 'sponsorlu(?: içerik)?'],
  ko: ['광고', '후원 콘텐츠'],
  ar: ['إعلان', 'إعلانات', 'محتوى (?:مدفوع|برعاية)'],
  hu: ['hirdetés', 'szponzorált(?: tartalom)?'],
  el: ['διαφήμιση'],
  uk: ['реклама'],
  id: ['iklan', 'advertisement'],
  zh: ['广告', '推广'],
  ja: ['広告', 'PR'],
};

/** "3 min read", "Leestijd 3 minuten", "Temps de lecture : 4 min". */
export const READING_TIME: Vocabulary = {
  en: [String.raw`\d+\s*min(?:ute)?s?\s+read`, String.raw`reading time:?\s*\d+`],
  fr: [String.raw`temps de lecture\s*:?\s*\d+`, String.raw`lecture\s*:?\s*\d+\s*min`],
  de: [String.raw`lesezeit\s*:?\s*\d+`, String.raw`\d+\s*min(?:uten)?\.?\s+lesezeit`],
  es: [String.raw`tiempo de lectura\s*:?\s*\d+`, String.raw`\d+\s*min(?:utos)?\.? de lectura`],
  it: [String.raw`tempo di lettura\s*:?\s*\d+`, String.raw`\d+\s*min(?:uti)?\.? di lettura`],
  pt: [String.raw`tempo de leitura\s*:?\s*\d+`, String.raw`\d+\s*min(?:utos)?\.? de leitura`],
  nl: [String.raw`leestijd\s*:?\s*\d+`],
  pl: [String.raw`czas (?:czytania|lektury)\s*:?\s*\d+`],
  zh: [String.raw`阅读时间\s*[:：]?\s*\d+`],
  ja: [String.raw`\d+分で読めます`],
  sv: [String.raw`lästid\s*:?\s*\d+`, String.raw`\d+\s*min(?:uter)?\.? läsning`],
  hu: [String.raw`olvasási idő\s*:?\s*(?:kb\.\s*|körülbelül\s*)?\d+`],
  ru: [String.raw`время чтения\s*:?\s*\d+`, String.raw`\d+\s*мин(?:ут[аы]?)?\.? чтения`],
  tr: [String.raw`okuma süresi\s*:?\s*\d+`, String.raw`\d+\s*(?:dk\.?|dakika) (?:okuma|okunma)`],
  ko: [String.raw`읽는 (?:데 )?(?:시간|걸리는 시간)\s*:?\s*\d+`],
  ar: [String.raw`(?:مدة|وقت) القراءة\s*:?\s*\d+`],
};

/**
 * A paywall's prompt: the story goes on for subscribers ("Subscribe to continue reading.",
 * "Abonnez-vous pour lire la suite.", "有料会員になると続きをお読みいただけます。").
 */
export const PAYWALL: Vocabulary = {
  en: [
    String.raw`subscribe (?:now )?to (?:continue|keep) reading`,
    String.raw`to (?:continue|keep) reading,? (?:subscribe|sign in|log in|become a)`,
    String.raw`this (?:article|story|content) is (?:only )?(?:for|available to|reserved for) (?:paying )?subscribers`,
    String.raw`(?:the rest of this|read the full) (?:article|story) (?:is )?(?:for|with) (?:subscribers|a subscription)`,
    String.raw`subscribers only`,
  ],
  fr: [
    String.raw`abonnez-vous pour (?:lire|continuer|poursuivre)`,
    String.raw`(?:la suite|cet article) est réservée? aux abonnés`,
    String.raw`article réservé aux abonnés`,
    String.raw`pour lire la suite,? (?:abonnez|connectez|inscrivez)`,
  ],
  de: [
    String.raw`jetzt weiterlesen mit`,
    String.raw`weiterlesen mit (?:\S+ )?(?:abo|plus|\+)`,
    String.raw`dieser (?:artikel|beitrag|inhalt) ist (?:nur )?für (?:abonnenten|abonnentinnen|abonnierende)`,
    String.raw`um (?:den|diesen) (?:artikel|beitrag) (?:vollständig )?weiterzulesen`,
  ],
  es: [
    String.raw`suscríbete para (?:seguir leyendo|continuar|leer)`,
    String.raw`(?:contenido|artículo) (?:exclusivo )?para suscriptores`,
    String.raw`para seguir leyendo,? (?:suscríbete|hazte|inicia sesión|regístrate)`,
  ],
  it: [
    String.raw`abbonati per (?:continuare a leggere|leggere)`,
    String.raw`articolo (?:è )?riservato agli abbonati`,
    String.raw`per continuare a leggere,? (?:abbonati|accedi|registrati)`,
  ],
  pt: [
    String.raw`assine para (?:continuar a ler|continuar lendo|ler)`,
    String.raw`exclusivo para assinantes`,
  ],
  nl: [
    String.raw`lees verder met`,
    String.raw`om verder te lezen,? (?:word|log|neem|sluit)`,
    String.raw`alleen voor abonnees`,
  ],
  pl: [
    String.raw`pozostało \d+\s*% (?:artykułu|tekstu)`,
    String.raw`(?:wykup|kup) (?:subskrypcję|dostęp),? (?:aby|by) (?:czytać|przeczytać)`,
    String.raw`dostępny tylko dla (?:subskrybentów|prenumeratorów)`,
  ],
  ja: [
    String.raw`有料会員になると続きを`,
    String.raw`この記事は有料(?:会員限定)?記事です`,
    String.raw`残り\d+文字`,
    String.raw`続きを読むには`,
  ],
  zh: [
    String.raw`订阅后(?:阅读|查看)全文`,
    String.raw`付费(?:内容|阅读)`,
    String.raw`登录后阅读全文`,
    String.raw`剩余\d+字`,
  ],
};

/** "Read more: <headline>": a link to another story printed on one line with its label. */
export const READ_MORE_LABELS: Vocabulary = {
  en: ['read more', 'read also', 'also read', 'see also', 'related', 'more on this story', 'more on this'],
  fr: ['(?:à )?lire aussi', 'à lire également', 'voir aussi', 'lire la suite'],
  de: ['lesen sie auch', 'auch interessant', 'mehr zum thema', 'zum thema', 'siehe auch'],
  es: ['lee también', 'leer más', 'ver también', 'te puede interesar', 'noticias? relacionadas?'],
  it: ['leggi anche', 'vedi anche'],
  pt: ['leia também', 'leia mais', 'veja também', 'ler mais'],
  nl: ['lees ook', 'lees meer', 'zie ook'],
  pl: ['czytaj (?:też|także|więcej)', 'zobacz (?:też|także|również)', 'przeczytaj (?:też|także)'],
  sv: ['läs också', 'läs även', 'läs mer'],
  ru: ['читайте (?:также|тоже|ещё|еще)', 'по теме', 'смотрите также'],
  tr: [
    '[iİ]lg[iİ]l[iİ] haber(?:ler)?',
    'haber[iİ]n devam[ıI]',
    'bunlar da ilginizi çekebilir',
    'ayrıca bakınız',
  ],
  ko: ['관련 ?기사', '함께 (?:읽으면 좋은|볼만한) 기사'],
  el: ['διαβάστε (?:επίσης|ακόμη|περισσότερα)', 'δείτε επίσης'],
  uk: ['читайте (?:також|ще)', 'дивіться також', 'по темі', 'на тему'],
  id: ['baca (?:juga|pula)', 'simak juga', 'lihat juga', 'berita terkait'],
  ar: ['اقرأ أيضا[ًً]?', 'اقرأ أيضاً', 'أخبار ذات صلة', 'مواضيع ذات صلة'],
  zh: ['相关阅读', '延伸阅读', '推荐阅读'],
  ja: ['関連記事', 'あわせて読みたい'],
};

/** A newsletter box's heading word ("Newsletter", "Boletín", "Nieuwsbrief"). */
export const NEWSLETTER: Vocabulary = {
  en: [
    'newsletters?',
    'sign up (?:to|for)',
    'get our',
    String.raw`(?:get|receive) .{0,40}\b(?:in|to) your inbox`,
  ],
  fr: [
    'newsletters?',
    "lettre d[e’']information",
    'infolettre',
    String.raw`recevez .{0,40}\b(?:par e-?mail|dans votre boîte)`,
  ],
  // No leading `.{0,40}`: the pattern is only tested, and a leading run that may be empty
  // made the engine try forty lengths at every position of every line.
  de: ['newsletter', String.raw`\bin ihr(?:em)? postfach`],
  es: ['boletín(?:es)?', 'newsletters?', String.raw`recibe .{0,40}\ben tu (?:correo|bandeja)`],
  it: ['newsletter', String.raw`ricevi .{0,40}\b(?:via e-?mail|nella tua casella)`],
  pt: ['newsletters?', 'boletim', String.raw`receba .{0,40}\b(?:no|em) (?:seu|teu) e-?mail`],
  nl: ['nieuwsbrie(?:f|ven)', String.raw`ontvang .{0,40}\bin (?:je|uw) (?:mailbox|inbox)`],
  pl: ['newsletter', 'biuletyn'],
  zh: ['新闻简报', '订阅邮件'],
  ja: ['ニュースレター', 'メールマガジン', 'メルマガ'],
};

/**
 * What a newsletter box says around its heading: the mail box, the e-mail field, the sign-up
 * button and the consent under it ("Tu correo electrónico", "Suscribirme", "Al suscribirte…").
 */
export const NEWSLETTER_BOX: Vocabulary = {
  en: ['e-?mail', 'inbox', 'subscribe', 'sign up', 'by signing up', 'by subscribing'],
  fr: [
    'e-?mail',
    'courriel',
    'boîte (?:mail|de réception)',
    "s['’]inscrire",
    "je m['’]inscris",
    'en vous inscrivant',
    "s['’]abonner",
  ],
  de: ['e-?mail', 'postfach', 'abonnieren', 'anmelden', 'mit (?:der|ihrer) anmeldung'],
  es: ['correo', 'bandeja de entrada', 'suscri(?:bir|birme|birse|birte|pción)', 'al suscribirte', 'apúntate'],
  it: ['e-?mail', 'posta', 'iscriviti', 'iscrivendoti'],
  pt: ['e-?mail', 'caixa de (?:entrada|correio)', 'subscrever', 'inscreva-se', 'assinar'],
  nl: ['e-?mail(?:adres)?', 'mailbox', 'inschrijven', 'aanmelden', 'schrijf (?:je|u) in'],
  pl: ['e-?mail', 'skrzynk\\p{L}*', 'zapisz się', 'subskrybuj'],
  zh: ['邮箱', '订阅'],
  ja: ['メール', '登録'],
};

/** An interview's credit: "Rozmawiał …", "Propos recueillis par …", "Interview: …". */
export const INTERVIEWER: Vocabulary = {
  en: ['interview by', 'interviewed by'],
  fr: ['propos recueillis par', 'entretien réalisé par'],
  de: ['das interview führte', 'interview von'],
  es: ['entrevista de', 'entrevista realizada por'],
  it: ['intervista di', 'intervista a cura di'],
  pt: ['entrevista de', 'entrevista por'],
  nl: ['interview door', 'gesprek door'],
  pl: ['rozmawiał(?:a)?', 'rozmowę przeprowadził(?:a)?', 'wywiad przeprowadził(?:a)?'],
};

/** What a note about the writer calls the writer: "X is a reporter", "X est journaliste". */
export const WRITER_ROLES: Vocabulary = {
  en: [
    'correspondent',
    'reporter',
    'editor',
    'writer',
    'journalist',
    'columnist',
    'contributor',
    'photographer',
    'producer',
  ],
  fr: [
    'journaliste',
    'rédact(?:eur|rice)',
    'correspondante?',
    'reporter',
    'chroniqueu(?:r|se)',
    'photographe',
  ],
  de: [
    'journalist(?:in)?',
    'redakteur(?:in)?',
    'korrespondent(?:in)?',
    'reporter(?:in)?',
    'kolumnist(?:in)?',
    'fotograf(?:in)?',
  ],
  es: ['periodista', 'redactor(?:a)?', 'corresponsal', 'reporter[oa]', 'columnista', 'fotógraf[oa]'],
  it: ['giornalista', 'redattore', 'redattrice', 'corrispondente', 'inviat[oa]', 'fotograf[oa]'],
  pt: ['jornalista', 'repórter', 'redator(?:a)?', 'correspondente', 'colunista'],
  nl: ['journalist', 'verslaggever', 'redacteur', 'correspondent', 'columnist', 'fotograaf'],
  pl: [
    'dziennikar\\p{L}*',
    'reporter\\p{L}*',
    'redaktor\\p{L}*',
    'korespondent\\p{L}*',
    'publicyst\\p{L}*',
    'fotoreporter\\p{L}*',
  ],
};

/** The verb of a note about the writer: "is", "est", "ist", "es", "è", "jest", "é". */
export const WRITER_COPULA: Vocabulary = {
  en: ['is', 'was'],
  fr: ['est', 'était'],
  de: ['ist', 'war'],
  es: ['es', 'era'],
  it: ['è', 'era'],
  pt: ['é', 'era'],
  nl: ['is', 'was'],
  pl: ['jest', 'był(?:a)?'],
};

/** A live blog's label over its headline or entries: "LIVE", "En direct", "Liveticker". */
export const LIVE_BLOG_LABELS: Vocabulary = {
  en: ['live', 'live blog', 'live updates', 'live coverage', 'as it happened'],
  fr: ['en direct', 'direct', 'live'],
  de: ['live', 'liveblog', 'live-?ticker', 'ticker'],
  es: ['en directo', 'en vivo', 'directo'],
  it: ['in diretta', 'diretta', 'live'],
  pt: ['ao vivo', 'em direto'],
  nl: ['live', 'liveblog'],
  pl: ['na żywo', 'relacja na żywo'],
  uk: ['наживо', 'онлайн'],
  ru: ['онлайн', 'прямая трансляция'],
  tr: ['canlı', 'canlı blog'],
  zh: ['直播', '实时更新'],
  ja: ['ライブ', '速報中'],
};

/** The label over a live blog's summary of its main entries ("Key events"). */
export const KEY_EVENTS_LABELS: Vocabulary = {
  en: ['key events', 'key moments', 'key updates', 'highlights'],
  fr: ['les moments clés', 'moments clés', "l['’]essentiel"],
  de: ['die wichtigsten ereignisse', 'wichtigste ereignisse', 'das wichtigste'],
  es: ['momentos clave', 'lo más destacado'],
  it: ['momenti chiave', 'i momenti salienti'],
  pt: ['momentos-chave', 'destaques'],
  nl: ['belangrijkste momenten', 'hoogtepunten'],
  pl: ['najważniejsze wydarzenia'],
  uk: ['головні події', 'ключові події'],
};

/** A live blog's buttons: "Show key events only", "Refresh", "Load new posts". */
export const LIVE_BLOG_CONTROLS: Vocabulary = {
  en: [
    'show key events only',
    'key events only',
    'refresh',
    'auto-?refresh(?: on| off)?',
    'auto update(?: on| off)?',
    String.raw`(?:show|load) (?:\d+ )?new (?:posts|updates|entries)`,
    'latest first',
    'oldest first',
  ],
  fr: ['actualiser', 'rafraîchir', 'afficher uniquement les moments clés', 'voir les nouveaux messages'],
  de: ['aktualisieren', 'neu laden', 'nur wichtige ereignisse anzeigen', 'neue beiträge (?:laden|anzeigen)'],
  es: ['actualizar', 'ver solo momentos clave', 'cargar nuevas entradas'],
  it: ['aggiorna', 'mostra solo i momenti chiave'],
  pt: ['atualizar', 'mostrar apenas os destaques'],
  nl: ['vernieuwen', 'toon alleen (?:de )?belangrijkste momenten'],
};

/**
 * A share button that names its network ("Share on Facebook", "Partager par mail",
 * "Κοινοποίηση στο X"): the verb and its preposition, one row per language.
 */
export const SHARE_TO: Vocabulary = {
  en: ['share (?:on|to|via|by)', 'post (?:on|to)', 'send (?:by|via)'],
  fr: ['partager (?:sur|par|via)', 'envoyer par'],
  de: ['teilen (?:auf|per|via|über)', 'senden per'],
  es: ['compartir (?:en|por|vía)', 'enviar por'],
  it: ['condividi (?:su|via|per)', 'invia per'],
  pt: ['(?:partilhar|compartilhar) (?:no|na|por|via)', 'enviar por'],
  nl: ['(?:delen|deel) (?:op|via|per)'],
  pl: ['udostępnij (?:na|przez)', 'wyślij przez'],
  el: ['κοινοποίηση (?:στο|στη|μέσω)', 'μοιραστείτε το (?:στο|στη)'],
  uk: ['поділитися (?:в|у|через)'],
  ru: ['поделиться (?:в|через)'],
  id: ['bagikan (?:ke|di|via|lewat)'],
};
/** The networks and channels a share button names. */
export const SHARE_NETWORKS = [
  'facebook',
  'x',
  'twitter',
  'whatsapp',
  'linkedin',
  'telegram',
  'pinterest',
  'reddit',
  'bluesky',
  'threads',
  'mastodon',
  'viber',
  'messenger',
  'e-?mail',
  'mail',
  'courriel',
  'correo(?: electrónico)?',
  'sms',
];

/** A tag row's label: "Tags: a, b", "Ετικέτες …", "Теги: …", "Etiquetas: …", "Labels: …". */
export const TAG_LABELS: Vocabulary = {
  en: ['tags', 'tagged', 'labels', 'topics'],
  fr: ['mots-clés', 'tags', 'thèmes', 'sujets'],
  de: ['schlagworte', 'schlagwörter', 'themen', 'tags'],
  es: ['etiquetas', 'temas'],
  it: ['tag', 'argomenti', 'etichette'],
  pt: ['etiquetas', 'tags', 'temas', 'marcadores'],
  nl: ['tags', 'onderwerpen', 'trefwoorden'],
  pl: ['tagi', 'tematy'],
  el: ['ετικέτες', 'θέματα'],
  uk: ['теги', 'мітки', 'теми'],
  ru: ['теги', 'метки', 'темы'],
  id: ['tag', 'topik', 'label'],
  tr: ['etiketler'],
  sv: ['taggar', 'ämnen'],
};

/**
 * "Déjà abonné ? Se connecter", "Already a subscriber? Sign in": the sign-in prompt for
 * subscribers, a line that opens with one of these.
 */
export const SIGN_IN_PROMPTS: Vocabulary = {
  en: ['already (?:a )?(?:subscriber|subscribed|registered|a member)', 'already have an account'],
  fr: ['déjà abonnée?', 'vous êtes déjà abonnée?', 'se connecter$', 'déjà inscrite?'],
  de: ['bereits (?:abonnent(?:in)?|abonniert|registriert)', 'schon (?:abonnent(?:in)?|registriert)'],
  es: ['¿?ya (?:eres|es|soy) (?:suscriptor|suscriptora|usuario)', 'iniciar sesión$'],
  it: ['sei già abbonat[oa]', 'già abbonat[oa]'],
  pt: ['já (?:é|és|sou) (?:assinante|subscritor)'],
  nl: ['al (?:abonnee|een account)', 'heb je al een account'],
  pl: ['masz już (?:konto|subskrypcję)'],
  el: ['είστε ήδη συνδρομητής'],
  uk: ['вже (?:маєте акаунт|передплатник)'],
};

/** "Download our app": the app's advert in the page's footer or between paragraphs. */
export const APP_PROMPTS: Vocabulary = {
  en: ['download (?:our|the) app', 'get (?:our|the) app'],
  fr: ["télécharge[zr] (?:notre|l['’])application", "téléchargez l['’]appli"],
  de: ['laden sie (?:unsere|die) app', '(?:unsere|die) app herunterladen', 'jetzt (?:die )?app laden'],
  es: ['descarga (?:nuestra|la) app', 'descárgate (?:nuestra|la) app'],
  it: ["scarica (?:la nostra |l['’])app"],
  pt: ['baixe (?:o nosso|nosso|o) app', 'descarregue a (?:nossa )?app'],
  nl: ['download (?:onze|de) app'],
  pl: ['pobierz (?:naszą )?aplikację'],
  el: ['κατεβάστε την εφαρμογή'],
  uk: ['завантажуйте (?:наш(?:у|ий) )?(?:застосунок|додаток)'],
  id: ['unduh aplikasi'],
};

/**
 * "Photo: Name", "Foto: Name", "Фото: Name": a photo credit, alone or closing a caption.
 */
export const PHOTO_CREDITS: Vocabulary = {
  en: ['photo', 'photos', 'photograph', 'image', 'picture'],
  de: ['foto', 'fotos', 'bild'],
  fr: ['photo', 'crédit photo'],
  es: ['foto', 'fotografía', 'imagen'],
  it: ['foto'],
  pt: ['foto', 'fotografia', 'imagem'],
  nl: ['foto', 'beeld'],
  pl: ['fot\\.?', 'zdjęcie'],
  el: ['φωτογραφία', 'φωτ\\.'],
  uk: ['фото'],
  ru: ['фото'],
  id: ['foto'],
  sv: ['foto', 'bild'],
};

/** The heading of a box about the writer under the story: "About the author", "この記事を書いた人". */
export const AUTHOR_BOX_LABELS: Vocabulary = {
  en: ['about the (?:author|writer)', 'about the reporter'],
  fr: ["à propos de l['’](?:auteur|autrice)"],
  de: ['über (?:den autor|die autorin|die autoren)', 'zum autor', 'zur autorin'],
  es: ['sobre (?:el autor|la autora)', 'acerca del autor'],
  it: ["(?:sull['’]|l['’])autore", "(?:sull['’]|l['’])autrice"],
  pt: ['sobre (?:o autor|a autora)'],
  nl: ['over de (?:auteur|schrijver)'],
  pl: ['o autorze', 'o autorce'],
  el: ['σχετικά με τον συντάκτη', 'ο συντάκτης'],
  uk: ['про автора'],
  ru: ['об авторе'],
  id: ['tentang penulis'],
  ja: ['この記事を書いた人', '執筆者', '筆者紹介', '記者紹介'],
  zh: ['作者简介', '关于作者'],
};

/** A video player's button alone on its line: "Play video", "Regarder la vidéo". */
export const VIDEO_BUTTONS: Vocabulary = {
  en: ['play video', 'watch video', 'watch the video', 'replay'],
  fr: ['regarder la vidéo', 'lire la vidéo', 'voir la vidéo'],
  de: ['video abspielen', 'video ansehen', 'video starten'],
  es: ['reproducir (?:el )?v[ií]deo', 'ver (?:el )?v[ií]deo'],
  it: ['guarda il video', 'riproduci (?:il )?video'],
  pt: ['assistir (?:ao )?v[ií]deo', 'reproduzir v[ií]deo', 'ver v[ií]deo'],
  nl: ['video afspelen', 'bekijk de video', 'speel video af'],
  pl: ['odtwórz (?:wideo|film)', 'zobacz wideo'],
  el: ['αναπαραγωγή βίντεο', 'δείτε το βίντεο'],
  uk: ['відтворити відео', 'дивитися відео'],
  id: ['putar video', 'tonton video'],
};

/**
 * The heading of a fact box set beside the story ("Fakta: …", "Key facts", "Les repères",
 * "X in numbers"): the box holds the story's own facts, so it stays in the text. Matched at the
 * start of the heading, or (for the "… in numbers" kind) at its end.
 */
export const FACT_BOX_LABELS: Vocabulary = {
  en: [
    'facts?',
    'fact ?box',
    'key facts',
    'the facts',
    'fact file',
    'at a glance',
    'by the numbers',
    'in numbers',
    'timeline',
    'key dates',
    'background',
  ],
  sv: ['fakta', 'faktaruta', 'bakgrund', 'tidslinje'],
  no: ['fakta', 'bakgrunn'],
  da: ['fakta', 'baggrund'],
  fi: ['faktat?', 'taustaa'],
  de: ['fakten', 'zahlen und fakten', 'auf einen blick', 'hintergrund', 'chronologie', 'in zahlen'],
  fr: ['les faits', 'repères', 'en chiffres', 'chronologie', "l['’]essentiel"],
  es: ['datos', 'claves', 'en cifras', 'cronología', 'ficha'],
  it: ['i numeri', 'in cifre', 'la scheda', 'scheda', 'cronologia'],
  pt: ['em números', 'os números', 'cronologia', 'ficha', 'entenda'],
  nl: ['feiten', 'in cijfers', 'tijdlijn', 'achtergrond'],
  pl: ['fakty', 'w liczbach', 'kalendarium'],
  ru: ['факты', 'в цифрах', 'справка', 'хронология'],
  uk: ['факти', 'у цифрах', 'довідка', 'хронологія'],
  tr: ['rakamlarla', 'kronoloji', 'künye'],
  hu: ['tények', 'számokban', 'háttér'],
  ar: ['في أرقام', 'بالأرقام', 'حقائق'],
  ko: ['한눈에 보기', '주요 내용'],
};

/**
 * A paywall's offer under the cut: "Continue reading with unlimited access", "Special offer:",
 * "Subscribe for $1 the first month", "Cancel anytime." Read at the start of a short line only:
 * a story about subscriptions reports such offers inside longer sentences.
 */
export const PAYWALL_OFFERS: Vocabulary = {
  en: [
    'continue reading with',
    'keep reading with',
    String.raw`subscribe (?:for|from) (?:only |just )?\p{Sc}`,
    'special offer',
    'limited[- ]time offer',
    '(?:an )?exclusive offer for new subscribers',
    'cancel any ?time',
  ],
  pt: [
    'continue lendo com',
    'aproveite (?:esta|nossa|a) oferta',
    String.raw`assine (?:por|a partir de|já por) (?:apenas )?r\$`,
    'oferta exclusiva para (?:novos )?assinantes',
    'cancele quando quiser',
  ],
  es: [
    'sigue leyendo con',
    'oferta especial',
    String.raw`suscríbete por (?:solo )?(?:\p{Sc}|\d)`,
    'oferta exclusiva para nuevos suscriptores',
    'cancela cuando quieras',
  ],
  fr: [
    'continuez (?:votre lecture|à lire) avec',
    'offre spéciale',
    String.raw`abonnez-vous (?:pour|à partir de|dès) \d`,
    'offre réservée aux nouveaux abonnés',
    'résiliable à tout moment',
    'sans engagement',
  ],
  de: ['angebot für neukunden', 'sonderangebot', 'jederzeit kündbar', String.raw`jetzt (?:für|ab) \d`],
  it: [
    'continua a leggere con',
    'offerta speciale',
    String.raw`abbonati a (?:soli )?\d`,
    'disdici quando vuoi',
  ],
  nl: ['lees verder met', 'speciale aanbieding', 'altijd opzegbaar', 'maandelijks opzegbaar'],
  sv: ['läs vidare med', 'erbjudande', 'ingen bindningstid'],
};

/** "Skip to main content", "Pular para o conteúdo": a screen-reader link saved with the page. */
export const SKIP_LINKS: Vocabulary = {
  en: ['skip to (?:main )?(?:content|article|navigation)', 'skip navigation', 'jump to (?:main )?content'],
  fr: ['aller au contenu(?: principal)?', 'passer au contenu(?: principal)?', 'accéder au contenu'],
  de: ['zum inhalt(?: springen| wechseln)?', 'direkt zum inhalt', 'zum hauptinhalt(?: springen)?'],
  es: ['saltar al contenido(?: principal)?', 'ir al contenido(?: principal)?'],
  it: ['vai al contenuto(?: principale)?', 'salta al contenuto'],
  pt: ['pular para o conteúdo(?: principal)?', 'saltar para o conteúdo', 'ir para o conteúdo'],
  nl: ['naar de inhoud', 'ga naar (?:de )?(?:hoofd)?inhoud', 'direct naar inhoud'],
  pl: ['przejdź do (?:treści|zawartości)'],
  sv: ['hoppa till (?:huvud)?innehåll(?:et)?', 'gå till innehållet'],
  ru: ['перейти к (?:основному )?содержани[юя]', 'к основному содержанию'],
  uk: ['перейти до (?:основного )?(?:змісту|вмісту)'],
  tr: ['içeriğe (?:geç|atla)', 'ana içeriğe (?:geç|atla)'],
  hu: ['ugrás a tartalomhoz', 'ugrás a fő tartalomra'],
  ar: ['انتقل إلى المحتوى(?: الرئيسي)?', 'تخطى إلى المحتوى'],
  ko: ['본문 바로가기', '본문으로 바로가기'],
  ja: ['本文へ(?:スキップ|移動)?', 'メインコンテンツへ'],
  zh: ['跳到主要内容', '跳至正文', '跳转到主要内容'],
};

export function phrase(table: Vocabulary): string {
  return `(?:${anyOf(table)})`;
}
