// One-line rules for page widgets found wanting on pages written blind to the rules: follow
// and comment prompts, news-desk credits, gallery counters, audio players, archive-photo
// captions, feedback polls. Each reads a table of footer-words.ts anchored to the whole line
// or its start, so a sentence of the story that merely uses such a word is never taken.
import {
  ARCHIVE_CREDITS,
  AUDIO_PLAYER,
  COMMENT_PROMPTS,
  DONATION_APPEALS,
  FEEDBACK_QUESTIONS,
  FEEDBACK_THANKS,
  FOLLOW_PROMPTS,
  FORM_FIELDS,
  GALLERY_LINKS,
  NEWS_DESKS,
  TICKER_LABELS,
} from './footer-words';
import { phrase, SKIP_LINKS } from './furniture-words';
import { atMostWords, endsSentence } from './lines';

const NEWS_DESK = new RegExp(`^${phrase(NEWS_DESKS)}\\s*[:：]?$`, 'iu');
const FOLLOW = new RegExp(`^${phrase(FOLLOW_PROMPTS)}`, 'iu');
const COMMENT_PROMPT = new RegExp(`^${phrase(COMMENT_PROMPTS)}`, 'iu');
const GALLERY = new RegExp(`^${phrase(GALLERY_LINKS)}\\s*[›»→]?$`, 'iu');
/** "1/12", "3 of 12": a gallery's counter alone on its line. */
const GALLERY_COUNTER = /^(\d{1,3})\s*(?:\/|of|von|sur|de|av|из)\s*(\d{1,3})$/iu;
const AUDIO = new RegExp(`^${phrase(AUDIO_PLAYER)}\\s*[:：]?$`, 'iu');
/** "00:00 / 12:41", "12 min 30 s": a player's position and length. */
const PLAYER_TIME = /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/;
const ARCHIVE = new RegExp(`\\(\\s*${phrase(ARCHIVE_CREDITS)}\\s*\\)$`, 'iu');
const FEEDBACK = new RegExp(`^¿?${phrase(FEEDBACK_QUESTIONS)}\\s*[?？؟]?$`, 'iu');
const THANKS = new RegExp(`^${phrase(FEEDBACK_THANKS)}\\s*[.!]*$`, 'iu');

const TICKER = new RegExp(`^${phrase(TICKER_LABELS)}\\s*[:：]?$`, 'iu');
const DONATION = new RegExp(phrase(DONATION_APPEALS), 'iu');
const FORM_FIELD = new RegExp(`^${phrase(FORM_FIELDS)}\\s*[:：*]?$`, 'iu');
/** "Skip to main content", "Перейти к основному содержанию": a screen-reader link, alone. */
const SKIP_LINK = new RegExp(`^${phrase(SKIP_LINKS)}\\s*[›»→]?$`, 'iu');
/** "A", "A+", "A-": a font-size button alone on its line. */
const FONT_BUTTON = /^(?:A[+−-]?|[+−-]A)$/u;

/** The reason a widget's line is page furniture, or null. */
export function widgetReason(text: string): string | null {
  if (NEWS_DESK.test(text)) return 'byline';
  if (SKIP_LINK.test(text)) return 'skip link';
  if (FONT_BUTTON.test(text)) return 'font-size widget';
  if (TICKER.test(text)) return 'news ticker';
  if (atMostWords(text, 20) && FOLLOW.test(text)) return 'sign-in or share prompt';
  if (atMostWords(text, 20) && COMMENT_PROMPT.test(text)) return 'comment prompt';
  if (GALLERY.test(text) || galleryCounter(text)) return 'gallery counter';
  if (AUDIO.test(text) || PLAYER_TIME.test(text)) return 'audio player';
  // A caption closed by the note that its photo is from the archive: no sentence ends so.
  if (atMostWords(text, 25) && !endsSentence(text) && ARCHIVE.test(text)) return 'photo caption';
  if (FEEDBACK.test(text) || THANKS.test(text)) return 'feedback poll';
  if (FORM_FIELD.test(text)) return 'form field';
  // An appeal names the giving; a story about a fund drive reports it in other words.
  if (atMostWords(text, 40) && DONATION.test(text)) return 'donation appeal';
  return null;
}

function galleryCounter(text: string): boolean {
  const m = GALLERY_COUNTER.exec(text);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) && Number(m[2]) > 1;
}
