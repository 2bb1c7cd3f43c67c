// The general rules that recognise site cruft in a single line. None of them names a site:
// they describe kinds of page furniture (widgets, share prompts, sign-in and subscription
// blocks, captions, agency slugs) so they hold across outlets. Each rule gives the reason
// the reviewer sees next to the removed line.

import { findDate, isMonthName } from './dates';
import { atMostWords, endsSentence } from './lines';
import { ownCopy } from '../own-copy';
import {
  AD_LABELS,
  APP_PROMPTS,
  INTERVIEWER,
  PHOTO_CREDITS,
  PAYWALL,
  PAYWALL_OFFERS,
  READING_TIME,
  READ_MORE_LABELS,
  SHARE_BUTTONS,
  SHARE_NETWORKS,
  SHARE_TO,
  SIGN_IN_PROMPTS,
  TAG_LABELS,
  WRITER_COPULA,
  WRITER_ROLES,
  phrase,
} from './furniture-words';
import { pageAddressOf } from './page-address';
import { widgetReason } from './page-widgets';

/** What a rule found besides "this is cruft": metadata printed in page furniture. */
export interface LineFinding {
  readonly reason: string;
  readonly date?: string;
  readonly byline?: string;
  readonly outlet?: string;
  readonly dateline?: string;
  /** The page's own address, given on a line of its own ("Source: https://…"). */
  readonly url?: string;
  /** The line opens a "Read More" block: related headlines follow. */
  readonly opensRelated?: boolean;
}

const BOILERPLATE =
  /\b(enter your e-?mail( address)?|join us|subscribe|subscription|sign (in|up|out)|log ?in|log out|newsletters?|share (this|on|via)|copy link|already have an account|create (a )?free account|all rights reserved|follow us|recommended (topics|for you|stories)|story saved|saved articles|edit profile|my reads|e-paper|free trial|advertisement|skip to (main )?content|cookie(s| policy| settings)|accept all|privacy policy|terms of (use|service)|listen to (this )?article|\d+ min(ute)? read|get personali[sz]ed|bookmark the stories|unlock exciting|breaking news, latest updates|download (our|the) app|live score)\b/i;

const SOLO_WIDGETS =
  /^(share|copy|print|e-?mail|menu|search|explore|games|home|more|close|next|previous|back to top|following|follow|comments?|reply|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|top stories|trending|latest|video|photos?|watch|listen|sign out|sign in|log in|subscribe now|see more|read more|load more|show more)( \1)?$/i;

const DISCLAIMERS =
  /(this (article|story|report) (was|has been|is) (generated|published|produced|auto-?generated) from|without modifications to (the )?text|website contains only a portion of|please contact us for subscription|(is|was) (auto-)?published from a syndicated feed)/i;

const COPYRIGHT = /^(copyright\b|©)|\bcopyright ©|©\s*\d{4}/i;
/**
 * Every branch of FONT_WIDGET, FOOTER_OUTLET, DISCLAIMERS, COPYRIGHT and CAPTION (but CAPTION's
 * agency credit) contains one of these: keep it so when a pattern changes.
 */
const FURNITURE_WORDS =
  /px|©|copyright|generated|published|produced|without modifications|portion of|contact us for subscription|photo|image|credit|caption/i;
const FOOTER_OUTLET = /^(.{2,60}?) (website|site) contains only a portion of/i;
const READ_MORE_AT = /^read more\s*(?:@|at|on)\s*([\w.-]+\.[a-z]{2,})\b/i;
const READ_MORE =
  /^(read more|see more|see also|also read|read also|related( articles?| stories)?|more on this( story)?|recommended|(à )?lire aussi|voir aussi|lesen sie auch|lee también|leer más|leggi anche)\s*:?$/i;
/**
 * Labels that open a block of links to other stories, in the languages of the pages we see
 * ("À lire aussi", "Mehr zum Thema", "Most read", "関連記事"): what follows them leads elsewhere.
 */
const OTHER_STORIES =
  /^(?:sur le même sujet|mehr zum thema|auch interessant|te puede interesar|more from\b.{0,40}|more stories|les plus lus|meistgelesen|lo más leído|i più letti|most (?:read|popular|viewed|shared|watched|commented)|popular (?:now|stories)|you (?:may|might) also like|editor['’]?s picks|up next|watch next|related (?:news|coverage|topics)|topics|tags|themen|schlagworte|temas|etiquetas|sujets|thèmes|mots-clés|argomenti|onderwerpen|tematy|tagi|标签|相关话题|タグ|関連キーワード|関連記事|関連ニュース|相关新闻|相关阅读|热门文章|ข่าวที่เกี่ยวข้อง|самое (?:читаемое|популярное)|теги|meest gelezen|meest bekeken|mais lid[ao]s|najczęściej czytane|najpopularniejsze|найпопулярніше|найчитаніше|новини за темою|terpopuler|paling banyak dibaca|berita populer|δημοφιλείς αναρτήσεις|τα πιο δημοφιλή|popular posts|(?:en )?çok okunanlar|etiketler|mest lästa|taggar|많이 본 (?:뉴스|기사)|태그|الأكثر (?:قراءة|مشاهدة)|الوسوم)\s*[:：]?$/iu;
/**
 * A share prompt alone on its line, in several languages ("Partager l'article", "Bu haberi
 * paylaşın", "分享到：").
 */
const SHARE_LABEL =
  /^(?:(?:share|partager|teilen|compartir|condividi|dela|delen)(?: (?:this |the )?(?:article|story|l['’]article|den artikel|artikel|el artículo|artículo|l['’]articolo))?|artikel teilen|(?:bu )?haberi paylaş(?:ın)?|paylaş|compartilhe (?:esta|a) (?:notícia|matéria|reportagem)|поделиться (?:новостью|статьёй)|dela artikeln|شارك (?:الخبر|المقال)|この記事をシェアする|シェアする|分享到|分享)\s*[:：]?$/iu;
const FONT_WIDGET = /[+＋]\s*[↺⟲]\s*[−-]\s*\d+\s*px|\b\d{1,2}\s*px\s*$/;
const DATE_LINE = /^date[:\s]+\d{4}-\d{2}-\d{2}\b/i;
const CAPTION =
  /(\/\s*photos?\s*:|^\(?photos?\s*(:|by|credit)|\((photo|image|credit)s?\s*:|\bphoto credit\b|\bimage credit\b|^image\s*:|^caption\s*:|\bfile photo\b|\((reuters|ap|afp|getty images|epa)\)\s*$)/i;
const AGENCY_SLUG = /^[A-Z0-9]+(?:[-/][A-Z0-9]+)+\s*(\([A-Z ,.]+\))?\s*:/;
const BULLET_ITEM = /^(?:[•·▪◦‣]\s*|[*-]\s+)\S+(\s\S+){0,3}$/;
/** A share, copy-link or save button alone on its line, in any language the table knows. */
const SHARE_BUTTON = new RegExp(`^${phrase(SHARE_BUTTONS)}\\s*[:：]?$`, 'iu');
const AD_LABEL = new RegExp(`^${phrase(AD_LABELS)}\\s*[:：]?$`, 'iu');
const READING = new RegExp(phrase(READING_TIME), 'iu');
/**
 * A duration alone on its line ("5 Min.", "4 perc", "3 мин", "5 dk"): the reading time or the
 * audio length printed under the byline without its label. A story never writes a paragraph so.
 */
const BARE_DURATION =
  /^\d{1,3}\s*(?:min(?:s|utes?|uten|utos|uti|uter)?|мин(?:ут[аы]?)?|perc|dk|dakika|分)\.?$/iu;
/**
 * "Associated Press writer X in Omaha contributed to this report.": a contributor's credit, one
 * sentence closing on the phrase. The body holds the reporting, not who helped with it.
 */
const CONTRIBUTOR_CREDIT =
  /^[^.!?]{3,160}\b(?:contributed (?:to (?:this|the) (?:report|story|article)|reporting)|a (?:contribué|collaboré) à (?:cet article|ce reportage)|(?:hat|haben) zu diesem (?:bericht|artikel) beigetragen|contribuy(?:ó|eron) a (?:este|esta) (?:informe|reportaje|información)|(?:ha|hanno) contribuito a questo articolo|contribuí(?:u|ram) para (?:esta|este) (?:reportagem|texto|matéria))\s*\.?$/iu;
const PAYWALL_PROMPT = new RegExp(phrase(PAYWALL), 'iu');
/** A paywall's offer ("Special offer:", "Cancel anytime."): at the start of a short line only. */
const PAYWALL_OFFER = new RegExp(`^${phrase(PAYWALL_OFFERS)}`, 'iu');
/** "Read more: <headline>", "À lire aussi : <headline>", "【関連記事】<headline>" on one line. */
const READ_MORE_INLINE = new RegExp(
  `^(?:${phrase(READ_MORE_LABELS)}\\s*[:：]|[【\\[［〔]${phrase(READ_MORE_LABELS)}[】\\]］〕])\\s*(\\S.*)$`,
  'iu',
);
/** "Читайте также", "İlgili Haberler", "HABERİN DEVAMI" alone: related links follow. */
const READ_MORE_SOLO = new RegExp(`^${phrase(READ_MORE_LABELS)}\\s*[:：]?$`, 'iu');
/** "Share on Facebook", "Partager par mail", "Κοινοποίηση στο X": a share button naming its network. */
const SHARE_TO_NETWORK = new RegExp(
  `^${phrase(SHARE_TO)}\\s+(?:${SHARE_NETWORKS.join('|')})\\s*[:：]?$`,
  'iu',
);
/**
 * A tag row: its label and the tags, short items between commas ("Tags: ferries, transport",
 * "Ετικέτες λιμάνι, δήμος", "Теги: …"). No sentence lists words so under such a label.
 */
const TAG_ROW = new RegExp(`^${phrase(TAG_LABELS)}\\s*[:：]\\s*(\\S.*)$`, 'iu');
/** Without its colon, only a label that can mean nothing but tags ("Ετικέτες λιμάνι, δήμος"). */
const TAG_ROW_BARE =
  /^(?:tags|labels|ετικέτες|etiquetas|etiketler|теги|мітки|метки|mots-clés|schlagw(?:o|ö)rter|schlagworte|trefwoorden|tagi|taggar|marcadores|etichette)\s+(\S.*)$/iu;
const SIGN_IN = new RegExp(`^${phrase(SIGN_IN_PROMPTS)}`, 'iu');
const APP_PROMPT = new RegExp(`^${phrase(APP_PROMPTS)}`, 'iu');
/**
 * "4 comments", "3 commentaires", "4 σχόλια:", "12 коментарів": a thread's count alone on its
 * line, by the byline or over the thread. A story never writes a paragraph so.
 */
const COMMENT_COUNT =
  /^\d+\s+(?:comments?|commentaires?|comentarios?|comentários?|kommentare?|commenti|reacties|reactie|komentarz[ey]?|komentar|σχόλια|σχόλιο|коментар(?:і|ів)?|комментари(?:й|ев|я)|yorum)\s*[:：]?$/iu;
/**
 * A blog's post footer: "Posted by Name at 10:42 AM", in the languages of blog templates
 * ("Αναρτήθηκε από …", "Publicado por …", "Publié par …", "Eingestellt von …").
 */
const POSTED_BY_AT =
  /^(?:posted by|publicado por|publicada por|publié par|publiée par|eingestellt von|gepostet von|veröffentlicht von|pubblicato da|postado por|postada por|geplaatst door|opublikowane przez|αναρτήθηκε από|опубліковано|опубликовано|diposting oleh|dipublikasikan oleh)\s+(.{2,40}?)\s+(?:at|a las|à|um|alle|às|om|o|στις|о|в|pada)\s+\d{1,2}[:.]\d{2}.{0,12}$/iu;
/**
 * A photo credit: "Foto: Thomas Breitner", "Фото: …", alone or closing a caption ("… Foto: Name").
 * The name is a few capitalised words, an agency after a slash perhaps.
 */
const PHOTO_CREDIT = new RegExp(`(?:^|\\s|[(|/])${phrase(PHOTO_CREDITS)}\\s*:\\s*([^:]{2,60})$`, 'iu');
/** The credited name, case-sensitive: a few capitalised words, an agency after a slash perhaps. */
const CREDITED = /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:\s*\/\s*[\p{L}.'’ -]{2,40})?\)?$/u;
/** "…。记者 周晓岚 摄", "（通讯员 王某 摄）": a Chinese photo credit closing a caption. */
/**
 * A caption closed by its credit without a colon, the French and Italian way: "… en 2019. Photo
 * archives L'Écho/Jean-Luc Barral", "… Foto Ansa/Mario Rossi". The credit names a source and a
 * photographer joined by a slash, which no sentence of reporting ends on.
 */
const SLASH_PHOTO_CREDIT =
  /(?:^|[.!?»”]\s+)(?:[Pp]hotos?|[Ff]oto|[Bb]ild)\s+(?:d['’])?(?:archives?\s+|archivio\s+)?[\p{Lu}][\p{L}'’. &-]{1,40}\s?\/\s?[\p{Lu}][\p{L}'’. -]{1,40}$/u;
const HAN_PHOTO_CREDIT =
  /(?:(?:记者|通讯员|摄影)\s*[\p{Script=Han}·]{2,4}\s*摄|[\p{Script=Han}·]{2,4}\s+摄)\s*[)）]?$/u;
/**
 * "X is part of Y Media Group B.V.", "X ist ein Angebot der Y GmbH": the publisher line of a
 * page's footer, a sentence naming the company that owns the title by its legal form (a story
 * names a company so only in such a line, never ending its sentence on "B.V." or "GmbH").
 */
const PUBLISHER_LINE =
  /\b(?:is (?:a )?part of|is (?:een )?onderdeel van|maakt deel uit van|ist (?:ein )?(?:[Tt]eil|[Aa]ngebot) (?:der|des|von)|fait partie d[ue]|(?:forma|es) parte de|fa parte d[ei]|faz parte d[oa]|jest częścią|входить до|входит в)\b.{2,80}\s(?:B\.V\.|N\.V\.|GmbH|AG|Ltd\.?|Limited|plc|Inc\.|S\.A\.|S\.L\.|SAS|S\.p\.A\.|S\.r\.l\.|Sp\. z o\.o\.|ТОВ|ООО)\s*\.?$/u;
/** A company's legal form closing a text (white space and a full stop after it are taken off first). */
const LEGAL_FORM_END =
  /(?:B\.V\.|N\.V\.|GmbH|AG|Ltd\.?|Limited|plc|Inc\.|S\.A\.|S\.L\.|SAS|S\.p\.A\.|S\.r\.l\.|o\.o\.|ТОВ|ООО)$/u;
/**
 * A legal form, then maybe white space and one full stop, ending the line. Read on the line's
 * last characters only (no form is longer than 7): a pattern ending in `$` is tried from every
 * position of every line.
 */
function endsOnLegalForm(text: string): boolean {
  if (LEGAL_FORM_END.test(text.trimEnd().slice(-8))) return true;
  return text.endsWith('.') && LEGAL_FORM_END.test(text.slice(0, -1).trimEnd().slice(-8));
}
const INTERVIEW_BY = new RegExp(`^${phrase(INTERVIEWER)}\\s*[:：]?\\s+(.+)$`, 'iu');
const PERSON = /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}$/u;
/** A credit closing a caption: "… © Yann Le Bihan / Le Journal", "… © Reuters". */
const CAPTION_CREDIT_AFTER = /^\s*[\p{Lu}][\p{L}.'’ -]{1,60}(?:\s*\/\s*[\p{L}.'’ -]{2,60})?$/u;

/**
 * The caption credit pattern `\S.*©` + CAPTION_CREDIT_AFTER, read from each © of the line: as one
 * pattern it tried every start and every length before each ©, 35 µs on a copyright line.
 */
function endsWithCaptionCredit(text: string): boolean {
  for (let at = text.indexOf('©'); at >= 0; at = text.indexOf('©', at + 1))
    if (textBefore(text, at) && CAPTION_CREDIT_AFTER.test(text.slice(at + 1))) return true;
  return false;
}

/** Whether a non-space character stands before `at` on the same line (what `\S.*` needs). */
function textBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') return false;
    if (!/\s/.test(c)) return true;
  }
  return false;
}
const BULLET_MARK = /^(?:[•·▪◦‣]\s*|[*-]\s+)/;
const IDENTIFIER = /^[a-z0-9]+(?:[_-][a-z0-9]+)+$/;
const BYLINE_PIPE = /^(.{2,80}?)\s*\|\s*(.*)$/;
const BY_LINE =
  /^(?:By|BY|by|Von|VON|von|Par|PAR|par|Por|POR|por|Di|DI|di)\s+([\p{Lu}][\p{L}.'’-]*(?:\s+(?:and\s+|und\s+|et\s+|y\s+|&\s+)?[\p{Lu}][\p{L}.'’-]*){0,6})(?:\s*[,|·–—-]\s*(.*))?$/u;
const POSTED_BY =
  /^(?:posted|published|written)\s+(?:on\s+)?(.{6,40}?)\s+by\s+([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})$/iu;
const STANDALONE_DATELINE =
  /^([\p{Lu}][\p{Lu} .'’-]{2,40}),\s*(?:[-–—]\s*)?([\p{Lu}][\p{L}]+(?:[ -][\p{Lu}][\p{L}]+){0,3})?\s*[-–—]?$/u;

export function classifyLine(text: string): LineFinding | null {
  if (text.length > MAX_REMEMBERED_LENGTH) return classifyAnew(text);
  const known = remembered.get(text);
  if (known !== undefined) return known;
  const found = classifyAnew(text);
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  // Copies: a line cut from a page would keep the whole page alive in the map.
  remembered.set(ownCopy(text), found && oneShape(JSON.parse(JSON.stringify(found)) as LineFinding));
  return found;
}

function classifyAnew(text: string): LineFinding | null {
  const found = findFurniture(text);
  return found && oneShape(found);
}

/**
 * The findings of recent short lines, the oldest forgotten first. A site prints the same
 * furniture on every page ("Read More", its copyright line, share buttons, the newsletter box)
 * and an import reads many pages of a site in a row; the rules are many patterns in many
 * languages, so a line met again is answered from here. Findings are never changed by their
 * readers, so one object serves every copy of the line.
 */
const remembered = new Map<string, LineFinding | null>();
const MAX_REMEMBERED = 4096;
const MAX_REMEMBERED_LENGTH = 300;

/**
 * Every finding with the same fields in the same order. The layout reads these fields in its
 * hottest loops, and findings of many shapes made V8 throw away and recompile those loops'
 * optimised code each time a new shape turned up (measured: layoutLines compiled five times).
 */
function oneShape(f: LineFinding): LineFinding {
  return {
    reason: f.reason,
    date: f.date,
    byline: f.byline,
    outlet: f.outlet,
    dateline: f.dateline,
    url: f.url,
    opensRelated: f.opensRelated ?? false,
  };
}

function findFurniture(text: string): LineFinding | null {
  // First: an address line holds words ("photo", "read-more") that other rules would take.
  const url = pageAddressOf(text);
  if (url !== null) return { reason: 'page address', url };
  // The patterns below that can match anywhere in a line are tried only when one scan finds a
  // word one of them needs: most lines are reporting, and each pattern ran over all of them.
  const mayBeFurniture = FURNITURE_WORDS.test(text);
  const at = READ_MORE_AT.exec(text);
  if (at) return { reason: 'read-more link', outlet: at[1]!.replace(/\.$/, '') };
  if (READ_MORE.test(text)) return { reason: 'read-more block', opensRelated: true };
  const inline = READ_MORE_INLINE.exec(text);
  if (inline && atMostWords(inline[1]!, 25)) return { reason: 'read-more link' };
  if (READ_MORE_SOLO.test(text)) return { reason: 'read-more block', opensRelated: true };
  if (OTHER_STORIES.test(text)) return { reason: 'links to other stories', opensRelated: true };
  if (atMostWords(text, 12) && SHARE_TO_NETWORK.test(text)) return { reason: 'page widget' };
  if (COMMENT_COUNT.test(text)) return { reason: 'comment count' };
  const tags = TAG_ROW.exec(text) ?? TAG_ROW_BARE.exec(text);
  if (tags && isTagList(tags[1]!)) return { reason: 'tags' };
  const posted = POSTED_BY_AT.exec(text);
  if (posted) return { reason: 'byline', byline: posted[1]!.trim() };
  if (atMostWords(text, 8) && (SIGN_IN.test(text) || APP_PROMPT.test(text)))
    return { reason: 'sign-in or share prompt' };
  // The two unanchored patterns run only on a line that has what they need (a colon, 摄, a
  // company's legal form at its end): most lines are reporting.
  const credit =
    (text.includes(':') && atMostWords(text, 50) && isPhotoCredit(text)) ||
    (text.length <= 80 && text.includes('摄') && HAN_PHOTO_CREDIT.test(text)) ||
    (text.includes('/') && atMostWords(text, 40) && SLASH_PHOTO_CREDIT.test(text));
  if (credit) return { reason: 'photo caption' };
  if (endsOnLegalForm(text) && atMostWords(text, 20) && PUBLISHER_LINE.test(text))
    return { reason: 'publisher line' };
  const fontWidget = mayBeFurniture && FONT_WIDGET.test(text);
  if (fontWidget || DATE_LINE.test(text)) {
    const date = findDate(text);
    return { reason: fontWidget ? 'font-size widget' : 'date line', ...(date ? { date } : {}) };
  }
  const footer = mayBeFurniture ? FOOTER_OUTLET.exec(text) : null;
  if (footer) return { reason: 'agency footer', outlet: footer[1]!.trim() };
  if (mayBeFurniture && DISCLAIMERS.test(text)) return { reason: 'syndication notice' };
  if (mayBeFurniture && COPYRIGHT.test(text)) return { reason: 'copyright line' };
  if (mayBeFurniture && endsWithCaptionCredit(text)) return { reason: 'photo caption' };
  // CAPTION's one branch without such a word: an agency's credit in brackets closing the line.
  if ((mayBeFurniture || text.trimEnd().endsWith(')')) && CAPTION.test(text))
    return { reason: 'photo caption' };
  if (AGENCY_SLUG.test(text)) return { reason: 'agency slug' };
  const byline = bylineOf(text);
  if (byline) return byline;
  if (isAuthorNote(text)) return { reason: 'author note' };
  const dateline = STANDALONE_DATELINE.exec(text);
  if (dateline && atMostWords(text, 6))
    return { reason: 'dateline', dateline: text.replace(/[\s,–—-]+$/, '') };
  const widget = widgetReason(text);
  // A player's label ("PODCAST") opens the episode's title lines (teaser-blocks.ts).
  if (widget)
    return {
      reason: widget,
      opensRelated:
        (widget === 'audio player' && !/\d/.test(text)) ||
        widget === 'feedback poll' ||
        widget === 'news ticker',
    };
  if (SOLO_WIDGETS.test(text) || SHARE_LABEL.test(text) || SHARE_BUTTON.test(text))
    return { reason: 'page widget' };
  // An ad label opens a block of sponsored teasers (teaser-blocks.ts reads what follows).
  if (AD_LABEL.test(text)) return { reason: 'advertisement label', opensRelated: true };
  if (isPipeMenu(text) || isBreadcrumb(text)) return { reason: 'navigation or section label' };
  // A bullet of a few words is a link; in Chinese or Japanese a bullet sentence has no spaces,
  // so its words are counted by the segmenter.
  if ((BULLET_ITEM.test(text) && atMostWords(text.replace(BULLET_MARK, ''), 4)) || IDENTIFIER.test(text))
    return { reason: 'link list' };
  if (atMostWords(text, 20) && PAYWALL_PROMPT.test(text)) return { reason: 'paywall prompt' };
  if (atMostWords(text, 14) && PAYWALL_OFFER.test(text)) return { reason: 'paywall prompt' };
  // The shape first: a long sentence is never a prompt, and the phrase list is the costliest test.
  if ((atMostWords(text, 20) || !endsSentence(text)) && BOILERPLATE.test(text))
    return { reason: 'sign-in or share prompt' };
  if (isTimestampLine(text)) {
    const date = findDate(text);
    return { reason: 'date line', ...(date ? { date } : {}) };
  }
  return null;
}

/** "Name | 27.10.2023 - Update : …", "Reuters |", "By Jane Roe, Staff Writer". */
function bylineOf(text: string): LineFinding | null {
  // Most lines have no pipe; the pattern would still try every start up to 80 characters.
  const pipe = text.includes('|') ? BYLINE_PIPE.exec(text) : null;
  if (pipe && atMostWords(pipe[1]!, 6) && !endsSentence(pipe[1]!)) {
    const date = findDate(pipe[2]!);
    // "Agency |" alone on its line credits the outlet the text comes from, not a person.
    if (pipe[2]!.trim() === '') return { reason: 'source credit', outlet: pipe[1]!.trim() };
    if (date) return { reason: 'byline', byline: cleanByline(pipe[1]!), date };
  }
  // "Posted on March 2, 2019 by Hella Saarinen": a blog's dated byline.
  const posted = POSTED_BY.exec(text);
  const postedDate = posted ? findDate(posted[1]!) : null;
  if (posted && postedDate) return { reason: 'byline', byline: posted[2]!, date: postedDate };
  const interview = INTERVIEW_BY.exec(text);
  if (interview && PERSON.test(interview[1]!.trim()))
    return { reason: 'byline', byline: interview[1]!.trim() };
  if (BARE_DURATION.test(text)) return { reason: 'reading time' };
  if (atMostWords(text, 30) && CONTRIBUTOR_CREDIT.test(text)) return { reason: 'contributor credit' };
  // "Eva de Wit · 28 mrt. 2025, 16:12 · Leestijd 3 minuten": name, date and reading time.
  if (atMostWords(text, 16) && READING.test(text)) {
    const date = findDate(text);
    const name = text.split(/\s[·|•]\s/)[0]!;
    const byline = name !== text && !/\d/.test(name) && atMostWords(name, 5) ? name.trim() : undefined;
    return {
      reason: byline ? 'byline' : 'reading time',
      ...(byline ? { byline } : {}),
      ...(date ? { date } : {}),
    };
  }
  const by = BY_LINE.exec(text);
  if (by && atMostWords(text, 12)) {
    const date = by[2] ? findDate(by[2]) : null;
    return { reason: 'byline', byline: by[1]!.trim(), ...(date ? { date } : {}) };
  }
  return null;
}

/**
 * A note about the writer under the story ("Oona Thessaly is the Review's transport
 * correspondent.", "Reporting by Jane Roe; Editing by John Doe"): it says who wrote the story,
 * not what happened, and reads as a sentence, so the tail rule would keep it.
 */
function isAuthorNote(text: string): boolean {
  if (!atMostWords(text, 40)) return false;
  // "Dana Whitcomb covers city government for The Courier. Reach her at dana@…": a writer's
  // note with the address to write to. A story quotes no reporter's e-mail after her beat.
  if (text.includes('@') && WRITER_CONTACT.test(text)) return true;
  if (!atMostWords(text, 30)) return false;
  const bio = AUTHOR_BIO.exec(text);
  // The role may be any of the words after the verb: "is the Review's transport correspondent".
  if (bio && bio[1]!.split(' ').some((_, k, words) => WRITER_ROLE.test(words.slice(0, k + 1).join(' '))))
    return true;
  return AGENCY_CREDIT.test(text) || EDITOR_CREDIT.test(text);
}
/** "责任编辑：王磊", "Redacción: Ana Gil", "Edited by …": who edited the page, a label and a name. */
const EDITOR_CREDIT =
  /^(?:(?:责任编辑|編集|编辑|編輯|editor|redacción|rédaction|redaktion|redactie|redakcja|opracowanie)\s*[:：]|edited by|a cura di)\s*[\p{Lu}\p{Lo}][\p{L}.'’ -]{0,40}(?<![.!?])$/iu;
/**
 * A name, a verb saying what the writer covers, and an e-mail address later on the line:
 * "X covers city hall for …", "X couvre …", "X berichtet über …", "X cubre …".
 */
const WRITER_CONTACT =
  /^(?:[\p{Lu}][\p{L}'’.-]+\s){1,3}(?:covers|reports on|writes about|couvre|suit|berichtet über|schreibt über|cubre|escribe sobre|segue|scrive di|cobre|escreve sobre|bevakar|skriver om|verslaat|schrijft over)\s.*\s\S+@\S+\.\p{L}{2,}/u;
/** A name of one to three capitalised words and the verb "is" in one of the table's languages. */
const AUTHOR_BIO = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}'’.-]+\\s){1,3}${phrase(WRITER_COPULA)}\\s+((?:[\\p{L}'’-]+\\s){0,6}[\\p{L}]+)`,
  'u',
);
/** …then a writer's role within a few words (German capitalises it: "ist Redakteurin"). */
const WRITER_ROLE = new RegExp(`(?:^|\\s)${phrase(WRITER_ROLES)}$`, 'iu');
const AGENCY_CREDIT = /^(?:additional )?reporting by\b.{2,80}\b(?:editing|writing) by\b/i;

function isPhotoCredit(text: string): boolean {
  const credit = PHOTO_CREDIT.exec(text);
  return credit !== null && CREDITED.test(credit[1]!.trim());
}

/** Tags: one to twelve items of up to four words between commas, no sentence's stop. */
function isTagList(text: string): boolean {
  const items = text.split(/\s*[,，、|·•]\s*/).filter((t) => t !== '');
  return (
    items.length >= 1 &&
    items.length <= 12 &&
    !/[.!?。！？]$/.test(text) &&
    items.every((t) => atMostWords(t, 4)) &&
    (items.length >= 2 || atMostWords(text, 3))
  );
}

/** "News | Sport | What's On | Jobs": three or more short items between pipes, no sentence. */
function isPipeMenu(text: string): boolean {
  if (!text.includes('|') && !text.includes('·') && !text.includes('•')) return false;
  const parts = text.split(/\s[|·•]\s/);
  return parts.length >= 3 && !endsSentence(text) && parts.every((p) => atMostWords(p, 3));
}

/**
 * A breadcrumb trail: section names run together when the page was copied ("HomeNewsLocal" —
 * three or more capitalised words with no space, which no sentence or name has), or joined by
 * the arrows and slashes breadcrumbs use ("Home > News > Local", "Inicio / Noticias / Local").
 */
function isBreadcrumb(text: string): boolean {
  if (text.length > 80) return false;
  if (GLUED_SECTIONS.test(text)) return true;
  const parts = text.split(/\s*[>›»/]\s*/);
  return parts.length >= 3 && parts.every((p) => /\p{L}/u.test(p) && atMostWords(p, 3) && !/[.!?]$/.test(p));
}
const GLUED_SECTIONS = /^(?:\p{Lu}[\p{Ll}'’&-]+){3,}$/u;

/** "By Jane Roe" → "Jane Roe" (also "Von", "Par", "Por"): a byline names people. */
export function cleanByline(text: string): string {
  return text.replace(/^(by|von|par|por|di|od)\s+/i, '').trim();
}

/** A line that is only a date and maybe a time and zone: "Mar 11, 2025 09:14 PM IST". */
function isTimestampLine(text: string): boolean {
  if (!atMostWords(text, 16) || endsSentence(text.replace(/\.$/, ''))) return false;
  // A numeric date such as 21/05/2025 is never read as a date (it may be either order), but it
  // still makes the line a timestamp.
  if (!findDate(text) && !/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/.test(text)) return false;
  // What is left once dates, times and "published/updated" words (in several languages) go.
  const rest = text
    .replace(/\b\d{1,2}[:h.]\d{2}\b/gi, '')
    .replace(/\p{L}+/gu, (w) => (TIMESTAMP_WORDS.test(w) || isMonthName(w) ? '' : w))
    .replace(/[\d\s:.,/|+()-]/g, '');
  return rest.length <= 3;
}

const TIMESTAMP_WORDS =
  /^(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|^(updated?|published|posted|last|am|pm|[A-Z]{2,4}T?|GMT|UTC|IST|CET|CEST|EST|on|at|publié|publiée|modifié|modifiée|modified|edited|le|à|mis|jour|geändert|modificado|modificada|actualizada|atualizado|publicada|aggiornata|bijgewerkt|gepubliceerd|uppdaterad|publicerad|oppdatert|publisert|opdateret|güncelleme|güncellendi|yayınlanma|обновлено|опубликовано|zaktualizowano|opublikowano|frissítve|veröffentlicht|aktualisiert|am|um|uhr|publicado|actualizado|el|a|las|pubblicato|aggiornato|il|alle|de|er|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/i;
