// Readers' comments saved with the page. Their text reads as prose, so the line rules keep it,
// and as they come after the story the tail rule cannot tell them from its last paragraphs.
// A thread is recognised by signals any comment system prints, whatever the site: an author
// line with a timestamp ("Name on March 3, 2019 at 9:12 am said:", "Marta K. · 2 days ago"),
// or a user name on its own line over a relative time on its own ("mumof3carnford", then
// "2 hours ago" — how a copied page lays a comment out), reply and like counts ("Reply · 12
// likes", "赞(36)"), and the thread's own heading ("14 comments", "网友评论") with what sits
// between it and the first comment (sort menus, rules, "sign in to comment"). From the thread's
// start to the end of the page every line goes, each with its reason, so a reviewer can restore
// one. Never fires without an author: a "Comments" button alone is a widget, and a story
// quoting someone who "said:" is not a thread.
import { findDate } from './dates';
import { atLeastWords, atMostWords, endsSentence, isProse, type SourceLine } from './lines';

/** "3 days ago", "hace 2 horas", "il y a 5 jours", "vor 3 Tagen", "2時間前", "3天前". */
const RELATIVE_TIME =
  /(\b(?:just now|à l['’]instant|hace un momento|gerade eben|刚刚|たった今)|\b\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago\b|\b(?:an?|one) (?:minute|hour|day|week|month|year) ago\b|\byesterday\b|\bhace \d+ (?:segundos?|minutos?|horas?|días?|semanas?|meses|años?)\b|\bil y a \d+ (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b|\bvor \d+ (?:Sekunden|Minuten|Stunden|Tagen|Wochen|Monaten|Jahren)\b|\d+\s*(?:秒|分|時間|日|週間|か月|ヶ月|年|分钟|小时|天|周|个月)前|\b\d+\s+(?:seconden|minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar)\s+geleden\b|\bhá \d+\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|anos?)\b|\b\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa\b|\b\d+\s+(?:sekund[ey]?|minut[ey]?|godzin[ey]?|godzinę|dni|tygodni[e]?|miesięcy)\s+temu\b|\d+\s+(?:секунд[иу]?|хвилин[иу]?|годин[иу]?|днів|дні|день|тижн(?:і|ів)|місяц(?:і|ів)|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|недел[иь])\s+(?:тому|назад)|\b\d+\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu\b|\b\d+\s+(?:saniye|dakika|saat|gün|hafta|ay|yıl)\s+önce\b|\bför \d+\s+(?:sekunder|minuter|timmar|timme|dagar|dag|veckor|månader)\s+sedan\b|πριν (?:από )?\d+\s+(?:δευτερόλεπτα|λεπτά|λεπτό|ώρες|ώρα|μέρες|ημέρες|μέρα|εβδομάδες|μήνες))/iu;
/**
 * What every relative time holds: one of the phrases written without a digit, or a digit and
 * the word that makes it relative ("ago", "hace", "vor", "前"…). Tested first because the full
 * pattern, tried at every position of every short line, was one of the costliest of an import;
 * a line without these cannot match it.
 */
const NO_DIGIT_RELATIVE =
  /just now|à l['’]instant|hace un momento|gerade eben|刚刚|たった今| ago\b|yesterday/iu;
const RELATIVE_WORD = /ago|hace|il y a|vor|前|geleden|há|fa|temu|тому|назад|lalu|önce|sedan|πριν/iu;
const mayBeRelative = (text: string) =>
  NO_DIGIT_RELATIVE.test(text) || (/\d/.test(text) && RELATIVE_WORD.test(text));

function relativeTime(text: string): RegExpExecArray | null {
  return mayBeRelative(text) ? RELATIVE_TIME.exec(text) : null;
}

/** The text with its (first) relative time replaced. */
function withoutRelativeTime(text: string, by: string): string {
  return mayBeRelative(text) ? text.replace(RELATIVE_TIME, by) : text;
}
const CLOCK = /\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?!\d)/i;
const SAID = /\b(?:said|says|wrote|writes|commented|replied|dijo|a écrit|schrieb|scrive)\s*:\s*$/i;
/**
 * A blog's comment author line, the comment system's template in each language: "Name said...",
 * "Ανώνυμος είπε...", "Name dijo...", "Name a dit…" — a name and the verb closed by an ellipsis,
 * the time printed under the comment instead. No story quotes anyone that way on a line alone.
 */
const BLOG_SAID =
  /^(.{1,40}?)\s+(?:said|wrote|dijo|escribió|a dit|a écrit|sagte|schrieb|ha detto|ha scritto|disse|escreveu|zei|schreef|είπε|έγραψε|сказав|сказала|написав|написала|сказал|написал|powiedział[a]?|napisał[a]?|dedi|berkata|menulis)\s*(?:\.\.\.|…)$/iu;
/** A line of comment buttons and counts only: "Reply", "Like · 12 likes", "Report", "3 replies". */
const ACTIONS =
  /^(?:(?:\d+\s*)?(?:reply|replies|like|likes|report|flag|share|upvotes?|downvotes?|points?|responder|respuestas?|me gusta|répondre|réponses?|j['’]aime|antworten|melden|返信|回复|点赞|赞|いいね|gefällt mir|vind ik leuk|reageer|rispondi|mi piace|odpowiedz|lubię to|beantwoorden|antwoorden|απάντηση|відповісти|ответить|balas|vastaa|svara|yanıtla)(?:\s*[(（]\d+[)）]|\s+\d+)?\s*(?:[·|•]\s*\d*\s*)?)+$/iu;
/**
 * The thread's heading: "14 comments", "Comments (14)", "Leave a reply", "网友评论"; and what a
 * thread prints between its heading and its first comment — a sort menu ("Sort by", "Newest"),
 * its rules ("Community guidelines", "Normas de participación"), "sign in to comment".
 */
const OPENER = new RegExp(
  '^(?:' +
    [
      String.raw`\d+\s+(?:comments?|responses?|replies|comentarios|comentários|commentaires|kommentare|commenti|reacties|komentarz[ey]?|komentar|σχόλια|σχόλιο|коментар(?:і|ів)?|комментари(?:й|ев|я))(?![\p{L}]).{0,120}`,
      String.raw`(?:reader |user )?comments?\s*(?:\(\d+\))?`,
      String.raw`(?:comentarios|comentários|commentaires?|kommentare|commenti|reacties|komentarze|komentar|σχόλια|коментарі|комментарии|コメント|(?:网友|读者|用户|全部|最新|热门)?评论)\s*(?:[(（]\d+[)）])?`,
      // The button that opens the thread: "Réagir", "Reageer", "Kommentieren".
      String.raw`réagir|reageer|reageren|kommentieren|comentar|commenta|σχολιάστε|коментувати|komentari`,
      String.raw`leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)`,
      String.raw`show (?:more )?comments|load more comments|ver más comentarios|cargar más comentarios|voir plus de commentaires|weitere kommentare|view \d+ (?:more )?replies`,
      String.raw`sort by(?: (?:newest|oldest|best|top))?|newest|oldest|most (?:recommended|liked)|ordenar por|más recientes|más antiguos|trier par|plus récents|sortieren nach|neueste|älteste|ordina per|sorteer op|最新|最早|最热`,
      String.raw`community (?:guidelines|rules|standards)|house rules|normas de participación|règles de (?:la communauté|participation)|charte de modération|netiquette|regole della community|huisregels|regulamin komentarzy|社区规范|评论规则|コメントのルール`,
      String.raw`(?:sign|log) in to (?:comment|reply|join the (?:conversation|discussion))|inicia sesión para comentar|connectez-vous pour commenter|melden sie sich an,? um zu kommentieren|登录后(?:发表)?评论|ログインしてコメント`,
    ].join('|') +
    ')\\s*[:：]?$',
  'iu',
);

export type CommentSignal = 'comment author line' | 'comment buttons' | 'comment thread heading';

/** What a single line says about a comment thread, or null. */
export function commentSignal(text: string): CommentSignal | null {
  if (atMostWords(text, 16) && isAuthorLine(text)) return 'comment author line';
  if (atMostWords(text, 8) && ACTIONS.test(text)) return 'comment buttons';
  if (atMostWords(text, 20) && OPENER.test(text)) return 'comment thread heading';
  return null;
}

/**
 * A comment's author line: a timestamp (a date, a clock time or "2 days ago") and what is left
 * besides it a short name, or the line ends in "said:"/"wrote:". A dated byline of the story
 * itself is caught earlier by the byline rule, and a timestamp alone by the date-line rule.
 */
function isAuthorLine(text: string): boolean {
  const blog = BLOG_SAID.exec(text);
  if (blog) return isPersonName(blog[1]!.trim());
  const relative = relativeTime(text);
  const clock = CLOCK.test(text);
  const said = SAID.test(text);
  // A date alone beside a word is a dateline ("Oslo, 3 March 2025"); a comment gives its time
  // or says who "said:".
  if (relative === null && !clock && !(said && findDate(text) !== null)) return false;
  // Beside a relative time, a user name as the site prints it, digits and all ("mumof3carnford ·").
  if (
    relative !== null &&
    !clock &&
    !said &&
    isUserName(
      withoutRelativeTime(text, ' ')
        .replace(/[·•|,-]/g, ' ')
        .trim(),
    )
  )
    return true;
  // What is left once the time goes: "Marta K. ·", "Jon on … at … said:": a name of a few words.
  const rest = withoutRelativeTime(text.replace(SAID, ' '), ' ')
    .replace(CLOCK, ' ')
    .replace(/\b(?:on|at|posted|um|le|à|el|a las)\b/gi, ' ')
    .replace(/[\d,./:|·•()-]+/g, ' ')
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi, ' ')
    .trim();
  if (rest === '' || !atMostWords(rest, 4) || NOT_A_NAME.test(rest) || /^[A-Z]{2,4}T?$/.test(rest))
    return false;
  // A name ("Marta K.", every word capitalised).
  return rest.split(/\s+/).every((w) => /^[\p{Lu}\p{Lo}@]/u.test(w) || NAME_PARTICLES.has(w));
}

/** A user name: one run of letters, digits and "_.@-" ("pedro_g", "lurker99", "江城小刘"). */
function isUserName(text: string): boolean {
  return (
    /^@?[\p{L}\p{N}][\p{L}\p{N}_.@-]{1,39}$/u.test(text) && !NOT_A_NAME.test(text) && /\p{L}/u.test(text)
  );
}

/** A relative time and nothing else: "2 hours ago", "hace 2 horas", "2小时前". */
function isRelativeTimeOnly(text: string): boolean {
  return text.length <= 40 && withoutRelativeTime(text, '').replace(/[\s·•|,.()-]/g, '') === '';
}

/**
 * A comment laid out over two lines when the page was copied: a user name (one word, or a
 * name of up to three capitalised words) alone on its line, the comment's relative time alone
 * on the next. Whether line i is such a name.
 */
function splitAuthorAt(lines: readonly SourceLine[], i: number): boolean {
  if (i + 1 >= lines.length || !isRelativeTimeOnly(lines[i + 1]!.text)) return false;
  const name = lines[i]!.text;
  return isUserName(name) || isPersonName(name);
}

/**
 * A name of up to three capitalised words, perhaps closed by an initial ("Marie-Christine B.",
 * "Ελένη Κ."): its full stop ends no sentence.
 */
function isPersonName(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length <= 3 &&
    !endsSentence(name.replace(/\s\p{Lu}\.$/u, '')) &&
    words.every((w) => /^[\p{Lu}\p{Lo}@]/u.test(w) || NAME_PARTICLES.has(w))
  );
}

/** Lower-case words inside names: "Jan van Dijk", "Ana de la Cruz". */
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'la',
  'le',
  'del',
  'da',
  'di',
  'du',
  'bin',
  'al',
]);

/**
 * What a timestamp line says besides its time ("Updated", "Tuesday", "Güncelleme",
 * "Aktualisiert"): not an author's name. The story's own "published / updated" line, in the
 * languages the product reads.
 */
const NOT_A_NAME =
  /^(?:updated?|published|posted|last|modified|edited|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|now|am|pm|gmt|utc|aktualisiert|veröffentlicht|stand|actualizado|publicado|actualizada|mis à jour|publié|modifié|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd|uppdaterad|publicerad|oppdatert|publisert|opdateret|güncelleme|güncellendi|yayınlanma|yayınlandı|обновлено|опубликовано|zaktualizowano|opublikowano|aktualizace|publikováno|frissítve|更新|发布|發布|업데이트|수정|입력)/iu;

/**
 * Marks the thread: from its first signal after the body's first paragraph to the end of the
 * page, provided an author is among the signals (a real thread has authors): an author line,
 * or comments by two people whose name and time stand on lines of their own (one such
 * comment with a thread's heading or buttons as well) — a live blog's entries give clock times, not "2 hours
 * ago" under a user name.
 */
export function markCommentThreads(
  lines: readonly SourceLine[],
  verdict: ReadonlyMap<number, string>,
  remove: (l: SourceLine, r: string) => void,
  liveBlogEnd = -1,
): void {
  const bodyStart = lines.findIndex((l) => !verdict.has(l.no) && isProse(l.text));
  if (bodyStart < 0) return;
  // A live blog's entries (live-blog.ts) are the story's: no thread starts before its last entry.
  const from = Math.max(bodyStart, liveBlogEnd);
  const signals: (string | null)[] = lines.map((l, i) => (i > from ? commentSignal(l.text) : null));
  const split: number[] = [];
  for (let i = from + 1; i < lines.length; i++) {
    if (signals[i] !== null || !splitAuthorAt(lines, i)) continue;
    split.push(i);
    signals[i] = 'comment author';
    signals[i + 1] = 'comment time';
  }
  const others = signals.some((s) => s === 'comment buttons' || s === 'comment thread heading');
  const firstLine = signals.indexOf('comment author line');
  // Two comments by different people: a label repeated over each entry ("Post", "Update") is
  // a live blog's, not a user's name.
  const names = new Set(split.map((i) => lines[i]!.text.toLowerCase()));
  const firstSplit = names.size >= 2 || (split.length >= 1 && others) ? split[0]! : -1;
  const firstAuthor =
    firstLine < 0 ? firstSplit : firstSplit < 0 ? firstLine : Math.min(firstLine, firstSplit);
  if (firstAuthor < 0) return;
  // The thread starts at its heading when one stands shortly above the first author, with only
  // page furniture and short lines (a sort menu, a sign-in prompt) between them.
  let start = firstAuthor;
  for (let i = firstAuthor - 1; i > bodyStart && i >= firstAuthor - 10; i--) {
    if (signals[i] === 'comment thread heading') start = i;
    else if (!verdict.has(lines[i]!.no) && isProse(lines[i]!.text)) break;
  }
  // A thread is a run of comments: its signals (authors, buttons) come every few lines. Where
  // they stop, so does the thread — a run of prose with no signal is the page's, never a
  // comment's — and one lone signal is no thread: a story's own "updated" line taken for an
  // author must never take the story with it.
  let end = start;
  let count = 0;
  for (let i = start; i < lines.length; i++) {
    if (signals[i] === null) {
      if (i - end > MAX_COMMENT_LINES) break;
      continue;
    }
    end = i;
    count++;
  }
  if (count < 2) return;
  // The last comment's own lines: up to the next page furniture, within a comment's length.
  let last = end;
  while (last + 1 < lines.length && last - end < MAX_COMMENT_LINES && !verdict.has(lines[last + 1]!.no))
    last++;
  if (last + 1 >= lines.length || lines.slice(last + 1).every((l) => verdict.has(l.no)))
    last = lines.length - 1;
  for (let i = start; i <= last; i++) {
    const line = lines[i]!;
    remove(line, signals[i] ?? (atLeastWords(line.text, 1) ? 'reader comment' : 'comment thread'));
  }
}

/**
 * A thread with no comment yet: "No comments yet. Be the first to comment.", in the languages
 * comment systems print it.
 */
const EMPTY_THREAD =
  /^(?:(?:there are )?no comments yet|be the first to comment|(?:este artículo )?(?:aún|todavía) no (?:tiene|hay) comentarios|sé el primero en comentar|aucun commentaire(?: pour le moment| pour l['’]instant)?|soyez (?:le premier|la première) à (?:commenter|réagir)|(?:es gibt )?noch keine kommentare|schreiben sie den ersten kommentar|(?:non ci sono|nessun) comment[oi](?: ancora)?|sii il primo a commentare|(?:ainda )?não há comentários|seja o primeiro a comentar|(?:er zijn )?nog geen reacties|wees de eerste(?: om te reageren)?|brak komentarzy|(?:ще )?немає коментарів|(?:пока )?нет комментариев|belum ada komentar|δεν υπάρχουν σχόλια)\b/iu;

/**
 * An empty thread: its "no comments yet" line and, just above it, the thread's heading and
 * rules ("Comentarios", "Normas de participación"). Without an author the thread rule above
 * never fires, yet the block is as much page furniture as a full one. Only after the story's
 * first paragraph, and only the thread's own lines: the story above is never reached.
 */
export function markEmptyThreads(
  lines: readonly SourceLine[],
  verdict: ReadonlyMap<number, string>,
  remove: (l: SourceLine, r: string) => void,
): void {
  const bodyStart = lines.findIndex((l) => !verdict.has(l.no) && isProse(l.text));
  if (bodyStart < 0) return;
  for (let i = bodyStart + 1; i < lines.length; i++) {
    if (verdict.has(lines[i]!.no) || !atMostWords(lines[i]!.text, 20) || !EMPTY_THREAD.test(lines[i]!.text))
      continue;
    remove(lines[i]!, 'comment thread');
    for (let k = i - 1; k > bodyStart && k >= i - 4; k--) {
      const line = lines[k]!;
      if (commentSignal(line.text) === 'comment thread heading') remove(line, 'comment thread heading');
      else if (!verdict.has(line.no)) break;
    }
  }
}

/** Lines of one comment at most (its text, between its author line and the next signal). */
const MAX_COMMENT_LINES = 5;

/** The line rules' page furniture that can close a story: what follows it is the page's. */
const CLOSING = new Set([
  'sign-in or share prompt',
  'page widget',
  'links to other stories',
  'related headline',
  'copyright line',
  'comment thread heading',
]);
/** The writer speaking as "I", outside quotation marks ("I", "my", "ich", "je", "yo"…). */
const FIRST_PERSON =
  /(?:^|[\s(])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|My|me|ich|Ich|mein|meine|Meine|je|Je|j'ai|J'ai|moi|mon|Mon|yo|Yo|creo|Creo)(?=[\s,.!?;:]|$)/u;
const QUOTED = /[“"«„‘][^”"»“’]*[”"»“’]/gu;

/**
 * Readers' comments saved without author lines: after the story has ended (a share prompt, a
 * list of other stories), prose in the first person, where the story reported in the third
 * person (its quotes aside), is a reader speaking, not the reporter. Only lines after that
 * closing furniture and after the last third-person paragraph, so a first-person column or a
 * story that goes on below a share box is never touched.
 */
export function markVoiceChange(
  lines: readonly SourceLine[],
  verdict: ReadonlyMap<number, string>,
  remove: (l: SourceLine, r: string) => void,
): void {
  const story: SourceLine[] = [];
  let closed = -1;
  for (let i = 0; i < lines.length; i++) {
    const reason = verdict.get(lines[i]!.no);
    if (reason === undefined) {
      if (isProse(lines[i]!.text)) story.push(lines[i]!);
    } else if (story.length >= 2 && CLOSING.has(reason)) {
      closed = i;
      break;
    }
  }
  if (closed < 0 || story.some((l) => speaksFirstPerson(l.text))) return;
  // Reporting that resumes in the third person after them means the story went on.
  let from = closed + 1;
  for (let i = closed + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!verdict.has(line.no) && isProse(line.text) && !speaksFirstPerson(line.text)) from = i + 1;
  }
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (!verdict.has(line.no) && atLeastWords(line.text, 5) && speaksFirstPerson(line.text))
      remove(line, 'reader comment (a change of voice after the story)');
  }
}

function speaksFirstPerson(text: string): boolean {
  return FIRST_PERSON.test(text.replace(QUOTED, ' '));
}
