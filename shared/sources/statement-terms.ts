// The words a statement is retrieved and compared by: folded (case, accents, spelling
// variants), stemmed (declared / declaration, agreed / agreement), without function words,
// acronyms kept however short (EU, UN, UK). Value words — numbers, years, months, weekdays,
// number words — are kept apart from the words that say what the statement is about, so two
// sentences that share only "2013" are not taken for one statement.
import { stemmer } from 'stemmer';
import { shingleTokens } from '../stories';
import { parseNumberWords } from '../values';

export interface StatementTerms {
  /** Stems of the words that say what is stated (subject, predicate, objects). */
  readonly subject: readonly string[];
  /** Folded value words (numbers, years, months, weekdays, number words). */
  readonly values: readonly string[];
}

/** Function words of English and of the dossier languages we see most (de, fr, es). */
const STOP = new Set(
  (
    'a an the and or but nor of to in on at for with from by as is are was were be been being has have had ' +
    'do does did it its this that these those he she they we you i his her their our your him them us me my ' +
    'not no than then there which who whom whose what when where while after before about over into also ' +
    'more most such other some any all only very just so if because though although since until upon onto ' +
    'can could may might must shall should will would said says say told tells according one ' +
    'mr mrs ms per cent percent its it’s there’s s t ' +
    'between during among through against within without under across toward towards around behind beyond ' +
    'despite near off out up down again further once here how why each both few own same too now even still yet ' +
    'der das den dem des ein eine einer eines und oder aber mit von zu im am auf fur für ist sind war ' +
    'wurde wurden hat haben nicht auch sich es er sie wir bei nach aus als wie dass ' +
    'le la les un une des du de et ou mais avec pour par sur dans est sont a ont ete été pas ne qui que ' +
    'il elle ils elles au aux ce cette ces se sa son ses leur ' +
    'el los las una unos unas y o pero con para por en es son fue han ha no que lo su sus al del'
  ).split(' '),
);

const NUMBER_WORDS = new Set(
  'zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens'.split(
    ' ',
  ),
);
/** Units a figure is given in: part of the value, not of what is stated about. */
const UNIT_WORDS = new Set(
  'metre metres meter meters m km kilometre kilometres kilometer kilometers mile miles cm mm kg kilogram kilograms tonne tonnes ton tons percent pct per cent usd eur gbp dollar dollars euro euros pound pounds hectare hectares ha'.split(
    ' ',
  ),
);
const CALENDAR_WORDS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow'.split(
    ' ',
  ),
);

/** Acronyms written in capitals (EU, UN, NATO): short, but as telling as any name. */
const ACRONYM = /\b\p{Lu}{2,5}\b/gu;

const stems = new Map<string, string>();
/** Porter stems, cached: a workspace has a vocabulary of some 100,000 words, not millions. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) && word.length > 3 ? stemmer(word) : word;
    if (stems.size > 500_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/**
 * Stems news copy uses interchangeably for one predicate: "14 dead", "14 died", "killed 14",
 * "14 deaths", "14 fatalities" all state one count. Kept small and general, never per fixture.
 */
const SAME_PREDICATE: Record<string, string> = {
  dead: 'die',
  di: 'die',
  dy: 'die',
  death: 'die',
  kill: 'die',
  fatal: 'die',
  fatality: 'die',
  wound: 'injur',
  injuri: 'injur',
  hurt: 'injur',
  evacue: 'evacu',
  onboard: 'aboard',
  arrest: 'arrest',
  detain: 'arrest',
};
function canonical(s: string): string {
  return SAME_PREDICATE[s] ?? s;
}

export function isValueWord(token: string): boolean {
  return /\d/.test(token) || NUMBER_WORDS.has(token) || CALENDAR_WORDS.has(token) || UNIT_WORDS.has(token);
}

export function statementTerms(text: string): StatementTerms {
  const subject: string[] = [];
  const values: string[] = [];
  const seen = new Set<string>();
  const acronyms = new Set((text.match(ACRONYM) ?? []).map((a) => a.toLowerCase()));
  // "on board" is one word in news copy ("480 people on board" = "480 aboard").
  const source = /\bon[ -]board\b/i.test(text) ? text.replace(/\bon[ -]board\b/gi, 'aboard') : text;
  for (const token of shingleTokens(source)) {
    if (isValueWord(token)) {
      // "Fourteen" and "14" are one value to find each other by.
      const value = NUMBER_WORDS.has(token) ? (parseNumberWords([token])?.value.toString() ?? token) : token;
      if (!seen.has(value)) values.push(value);
      seen.add(value);
      continue;
    }
    if (STOP.has(token) && !acronyms.has(token)) continue;
    if (token.length < 3 && !acronyms.has(token)) continue;
    const s = canonical(stem(token));
    if (seen.has(s)) continue;
    seen.add(s);
    subject.push(s);
  }
  return { subject, values };
}

const wordCache = new Map<string, readonly string[]>();
/**
 * The subject stems of one word as written (statementTerms of it alone), cached: facts read
 * every word around every value, and a workspace's vocabulary is small beside its statements.
 */
export function wordStems(word: string): readonly string[] {
  let s = wordCache.get(word);
  if (s === undefined) {
    s = statementTerms(word).subject;
    if (wordCache.size > 200_000) wordCache.clear();
    wordCache.set(word, s);
  }
  return s;
}

/**
 * The key of a wording: two 32-bit FNV-1a hashes (different offsets) of the folded words, as
 * 16 hex digits. Sentences differing only in case, punctuation, quote style, digit grouping or
 * British/American spelling share a key, so a wire story's copies are one statement.
 */
export function statementKey(text: string): string {
  const folded = shingleTokens(text).join(' ');
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ folded.length;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
