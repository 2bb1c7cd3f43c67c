// Numbers written in words — English first, plus the cheap part of German, French and Spanish
// (0–20, the tens, hundred, thousand, million, billion) — parsed into a value. findFigures reads
// sentences with it, and the compare view uses it so "two" → "three" is a figure change.
// It never guesses: a word sequence that is not a well-formed number ends the parse where it
// breaks ("two three" is 2, then a new number), and ordinals ("first", "third") are not numbers.
import { germanNumber } from './german-numbers';
import { L, pattern } from './letters';

export type NumberWordKind =
  'unit' | 'teen' | 'tens' | 'hundred' | 'hundreds' | 'compound' | 'scale' | 'dozen' | 'digits';
export interface NumberWord {
  readonly value: number;
  readonly kind: NumberWordKind;
}

const WORDS = new Map<string, NumberWord>();
/** `list` is "word=value word=value …"; several spellings may share a value. */
function define(kind: NumberWordKind, list: string): void {
  for (const entry of list.split(' ')) {
    const [word, value] = entry.split('=');
    WORDS.set(word!, { value: Number(value), kind });
  }
}
// English
define('unit', 'zero=0 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9');
define(
  'teen',
  'ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19',
);
define('tens', 'twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90');
define('hundred', 'hundred=100');
define('scale', 'thousand=1e3 million=1e6 billion=1e9 trillion=1e12');
define('dozen', 'dozen=12');
// German (compounds such as "fünfundzwanzig" or "dreihundert" are read by german-numbers.ts)
define('unit', 'null=0 eins=1 zwei=2 drei=3 vier=4 fünf=5 fuenf=5 sechs=6 sieben=7 acht=8 neun=9');
define(
  'teen',
  'zehn=10 elf=11 zwölf=12 zwoelf=12 dreizehn=13 vierzehn=14 fünfzehn=15 sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19',
);
define(
  'tens',
  'zwanzig=20 dreißig=30 dreissig=30 vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90',
);
define('hundred', 'hundert=100');
define('scale', 'tausend=1e3 millionen=1e6 milliarde=1e9 milliarden=1e9');
// French ("quatre-vingt" is handled in the parse: four twenties)
define('unit', 'zéro=0 deux=2 trois=3 quatre=4 cinq=5 sept=7 huit=8 neuf=9');
define('teen', 'dix=10 onze=11 douze=12 treize=13 quatorze=14 quinze=15 seize=16');
define('tens', 'vingt=20 vingts=20 trente=30 quarante=40 cinquante=50 soixante=60');
define('hundred', 'cent=100 cents=100');
define('scale', 'mille=1e3 millions=1e6 milliard=1e9 milliards=1e9');
// Spanish
define('unit', 'cero=0 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9');
define(
  'teen',
  'diez=10 once=11 doce=12 trece=13 catorce=14 quince=15 dieciséis=16 dieciseis=16 diecisiete=17 dieciocho=18 diecinueve=19',
);
define('tens', 'veinte=20 treinta=30 cuarenta=40 cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90');
define(
  'compound',
  'veintiuno=21 veintiún=21 veintidós=22 veintidos=22 veintitrés=23 veintitres=23 veinticuatro=24 veinticinco=25 veintiséis=26 veintiseis=26 veintisiete=27 veintiocho=28 veintinueve=29',
);
define('hundred', 'cien=100 ciento=100');
define(
  'hundreds',
  'doscientos=200 doscientas=200 trescientos=300 trescientas=300 cuatrocientos=400 cuatrocientas=400 quinientos=500 quinientas=500 seiscientos=600 seiscientas=600 setecientos=700 setecientas=700 ochocientos=800 ochocientas=800 novecientos=900 novecientas=900',
);
define('scale', 'mil=1e3 millón=1e6 millon=1e6 millones=1e6');

const EDGE_PUNCTUATION = pattern('g')`^[^${L}\d]+|[^${L}\d]+$`;

/** Words that stand for 1 only before hundred/thousand/million/dozen: "a dozen", "eine Million". */
const ARTICLES = new Set(['a', 'an', 'ein', 'eine', 'einen', 'einer', 'einem', 'un', 'une', 'uno', 'una']);
/** Joining words inside a number: "one hundred and five", "vingt et un", "treinta y cinco". */
const JOINERS = new Set(['and', 'et', 'y', 'und']);
/** Scale words that start a number on their own ("mil personas", "mille euros"). */
const SELF_STARTING = new Set(['mil', 'mille', 'cien', 'ciento', 'cent', 'hundert']);

const ONE: NumberWord = { value: 1, kind: 'unit' };
/** After a joiner, "un"/"uno" is one: "vingt et un", "treinta y uno". */
function joinedWord(word: string): NumberWord | undefined {
  return word === 'un' || word === 'une' || word === 'uno' || word === 'una' ? ONE : numberWord(word);
}

/** The number word `word` (lower case) stands for, if any. */
export function numberWord(word: string): NumberWord | undefined {
  const known = WORDS.get(word);
  if (known || word.length <= 6) return known;
  const german = germanNumber(word);
  return german === undefined ? undefined : { value: german, kind: 'compound' };
}

/** Whether `last` (the previous word's kind and value) may be followed by a word of `next`. */
function fits(last: NumberWordKind | null, lastValue: number, next: NumberWord, frenchTen = false): boolean {
  switch (next.kind) {
    case 'unit':
      // French "dix-sept" (17), "soixante-dix-neuf" (79): ten and a unit.
      if (last === 'teen') return lastValue === 10 && frenchTen;
      return (
        last === null || last === 'tens' || last === 'hundred' || last === 'hundreds' || last === 'scale'
      );
    case 'teen':
      // French counts 70 and 90 as 60+10 and 80+10: "soixante-dix", "quatre-vingt-douze".
      return (
        last === null ||
        last === 'hundred' ||
        last === 'hundreds' ||
        last === 'scale' ||
        (last === 'tens' && (lastValue === 60 || lastValue === 80))
      );
    case 'tens':
    case 'compound':
    case 'hundreds':
      return last === null || last === 'hundred' || last === 'hundreds' || last === 'scale';
    case 'hundred':
      return last !== 'hundred' && last !== 'hundreds' && last !== 'dozen';
    case 'dozen':
      return last === null || last === 'unit' || last === 'teen' || last === 'tens' || last === 'digits';
    case 'scale':
      return true;
    default:
      return false;
  }
}

/**
 * Reads one number from already split words (no hyphens, lower case): the value and how many
 * words it used, or null when the first word does not start a number.
 */
function parseParts(parts: readonly string[]): { value: number; used: number } | null {
  let total = 0;
  let current = 0;
  let last: NumberWordKind | null = null;
  let lastValue = 0;
  let used = 0;
  let i = 0;
  const first = parts[0];
  if (first === undefined) return null;
  if (first === 'half' && ARTICLES.has(parts[1] ?? '')) {
    const scale = numberWord(parts[2] ?? '');
    if (!scale || (scale.kind !== 'scale' && scale.kind !== 'dozen' && scale.kind !== 'hundred')) return null;
    return { value: scale.value / 2, used: 3 };
  }
  if (ARTICLES.has(first)) {
    const next = numberWord(parts[1] ?? '');
    if (!next || (next.kind !== 'scale' && next.kind !== 'hundred' && next.kind !== 'dozen')) return null;
    current = 1;
    last = 'unit';
    lastValue = 1;
    i = 1;
  } else if (/^\d+(?:\.\d+)?$/.test(first)) {
    current = Number(first);
    last = 'digits';
    used = i = 1;
  }
  for (; i < parts.length; i++) {
    const part = parts[i]!;
    if (JOINERS.has(part)) {
      // A joiner belongs to the number only when a number word follows and the grammar allows
      // it there: "and" after hundred or thousand, "et"/"y"/"und" after the tens.
      const next = joinedWord(parts[i + 1] ?? '');
      const afterScale = last === 'hundred' || last === 'hundreds' || last === 'scale';
      const ok = part === 'and' ? afterScale : last === 'tens' || (part === 'et' && afterScale);
      if (!next || !ok || !fits(last, lastValue, next)) break;
      continue;
    }
    const word = JOINERS.has(parts[i - 1] ?? '') ? joinedWord(part) : numberWord(part);
    if (!word) break;
    if ((part === 'vingt' || part === 'vingts') && last === 'unit' && lastValue === 4) {
      // "quatre-vingt(s)": four twenties.
      current += 76;
      last = 'tens';
      lastValue = 80;
      used = i + 1;
      continue;
    }
    if (last === null && word.kind === 'scale' && !SELF_STARTING.has(part)) break;
    if (last === null && word.kind === 'hundred' && !SELF_STARTING.has(part)) break;
    if (!fits(last, lastValue, word, parts[i - 1] === 'dix')) break;
    if (word.kind === 'hundred') {
      if (current >= 100) break;
      current = (current || 1) * 100;
    } else if (word.kind === 'scale') {
      const base = total + current || 1;
      if (base < word.value) total = base * word.value;
      else total += (current || 1) * word.value;
      current = 0;
    } else if (word.kind === 'dozen') {
      current = (current || 1) * 12;
    } else {
      current += word.value;
    }
    last = word.kind;
    lastValue = word.value;
    used = i + 1;
  }
  return used ? { value: total + current, used } : null;
}

/**
 * The number at the start of `words` ("twenty-five", "three hundred", "a dozen", "1.2 million",
 * "zwei Millionen", "vingt et un", "treinta y cinco") and how many of the words it used; null
 * when the first word does not start one. A hyphenated word counts as used only when every part
 * of it is part of the number ("twenty-five" yes, "two-thirds" no).
 */
export function parseNumberWords(words: readonly string[]): { value: number; used: number } | null {
  const parts: string[] = [];
  const owner: number[] = [];
  for (let w = 0; w < words.length && parts.length < 24; w++) {
    const folded = words[w]!.toLowerCase().replace(EDGE_PUNCTUATION, '');
    for (const part of folded.split(/[-‐‑]/)) {
      parts.push(part);
      owner.push(w);
    }
  }
  const parsed = parseParts(parts);
  if (!parsed) return null;
  const lastWord = owner[parsed.used - 1]!;
  // Whole words only: a word whose parts the number did not all use ends it before that word.
  if (owner[parsed.used] !== lastWord) return { value: parsed.value, used: lastWord + 1 };
  if (lastWord === 0) return null;
  const again = parseParts(parts.slice(0, owner.indexOf(lastWord)));
  return again ? { value: again.value, used: lastWord } : null;
}

/** Words that are also ordinary words elsewhere ("elf", "once", "null", "sept", "dos"). */
export const AMBIGUOUS_NUMBER_WORDS = new Set([
  'elf',
  'null',
  'neuf',
  'once',
  'sept',
  'dos',
  'tres',
  'mil',
  'mille',
]);

const STARTING_KINDS = new Set<NumberWordKind>(['unit', 'teen', 'tens', 'compound', 'hundreds']);
/** Words that may start a number ("two", "veinte", "mil"); "cent" alone is the coin. */
export const START_WORDS: readonly string[] = [...WORDS]
  .filter(([w, n]) => STARTING_KINDS.has(n.kind) || (SELF_STARTING.has(w) && w !== 'cent'))
  .map(([w]) => w);
/** Scale words, which start a number after "a", "eine", "un", "half a": "a dozen", "half a million". */
export const SCALE_WORDS: ReadonlySet<string> = new Set(
  [...WORDS]
    .filter(([, n]) => n.kind === 'scale' || n.kind === 'hundred' || n.kind === 'dozen')
    .map(([w]) => w),
);
export { ARTICLES as NUMBER_ARTICLES, SELF_STARTING };

/** Split-word form for callers that already split hyphens (findFigures). */
export { parseParts as parseNumberParts };
