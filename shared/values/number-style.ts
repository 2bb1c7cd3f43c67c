// One reading of the numbers in a short fragment, whatever their style: digits ("5", "1,240"),
// words ("five", "a dozen", "drei", "vingt et un"), ordinals in words or digits ("nineteenth",
// "19th", "3e", "3º") and ranks ("No. 3", "#3", "third-seeded"). The compare view asks it whether
// a changed pair says the same values in another style (cosmetic: "number style") or other
// values (a figure change), and whether a "No." is a rank rather than a negation.
import { L, pattern } from './letters';
import { AMBIGUOUS_NUMBER_WORDS, parseNumberWords } from './number-words';

/** A value as read: a count, or a position in an order (rank or ordinal). */
export interface StyledValue {
  readonly value: number;
  readonly ordinal: boolean;
  /** An ordinal in words ("first", "second") is also an ordinary word: weaker evidence alone. */
  readonly wordOrdinal?: boolean;
}

const ORDINAL_WORDS = new Map<string, number>();
function ordinals(list: string): void {
  for (const entry of list.split(' ')) {
    const [word, value] = entry.split('=');
    ORDINAL_WORDS.set(word!, Number(value));
  }
}
ordinals(
  'first=1 second=2 third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 tenth=10 eleventh=11 ' +
    'twelfth=12 thirteenth=13 fourteenth=14 fifteenth=15 sixteenth=16 seventeenth=17 eighteenth=18 ' +
    'nineteenth=19 twentieth=20 thirtieth=30 fortieth=40 fiftieth=50 sixtieth=60 seventieth=70 ' +
    'eightieth=80 ninetieth=90 hundredth=100 thousandth=1000 millionth=1000000',
);
// German, French and Spanish ordinals to the twentieth: the forms a wire rewrite uses.
ordinals(
  'erste=1 erster=1 ersten=1 zweite=2 zweiter=2 zweiten=2 dritte=3 dritter=3 dritten=3 vierte=4 ' +
    'vierten=4 fünfte=5 fünften=5 sechste=6 siebte=7 achte=8 neunte=9 zehnte=10 zwanzigste=20 ' +
    'premier=1 première=1 deuxième=2 second=2 seconde=2 troisième=3 quatrième=4 cinquième=5 ' +
    'sixième=6 septième=7 huitième=8 neuvième=9 dixième=10 vingtième=20 ' +
    'primero=1 primera=1 primer=1 segundo=2 segunda=2 tercero=3 tercera=3 tercer=3 cuarto=4 ' +
    'cuarta=4 quinto=5 quinta=5 sexto=6 séptimo=7 octavo=8 noveno=9 décimo=10 vigésimo=20',
);

/** "No. 3", "Nr. 3", "Nº 3", "N° 3", "#3": a rank, read as the ordinal it stands for. */
const RANK = /^(?:no\.|nr\.|n[º°]|#)$/i;
/** Digits with an ordinal ending: "19th", "1er", "2e", "3ème", "4º", "5.º". */
const DIGIT_ORDINAL = pattern('i')`^(\d+)\.?(?:st|nd|rd|th|er|re|e|ème|eme|º|ª)$`;
/** What a rank adds after an ordinal: "third-seeded", "second-ranked", "fifth-placed". */
const RANK_SUFFIX = /^(?:seeded|ranked|placed|rated|seed)$/i;
/** Rank marks, digits with their separators and endings, words with inner hyphens. */
const TOKEN = pattern(
  'gu',
)`[Nn][Oo]\.|[Nn]r\.|[Nn][º°]|#|\d[\d,.\u00a0\u202f]*\d(?:[${L}º]+)?|\d(?:\.?[${L}º]+)?|[${L}]+(?:['’‐‑-][${L}]+)*`;

export interface StyledReading {
  readonly values: readonly StyledValue[];
  /** The fragment's other words, lower case, in order: what must match for a style change. */
  readonly words: readonly string[];
}

/** The values of a short fragment in reading order, and the words that are not part of one. */
export function readStyledValues(fragment: string): StyledReading {
  const tokens = fragment.match(TOKEN) ?? [];
  const values: StyledValue[] = [];
  const words: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    const lower = token.toLowerCase();
    const next = tokens[i + 1];
    if (RANK.test(lower) && next && /^\d+$/.test(next)) {
      values.push({ value: Number(next), ordinal: true });
      i += 2;
      continue;
    }
    const ordinal = ordinalValue(token, lower);
    if (ordinal !== undefined) {
      values.push({ value: ordinal, ordinal: true, wordOrdinal: !/^\d/.test(token) });
      i += 1;
      continue;
    }
    if (/^\d/.test(token)) {
      values.push({ value: Number(token.replace(/[,\u00a0\u202f](?=\d{3}\b)/g, '')), ordinal: false });
      i += 1;
      continue;
    }
    // "no one" is a negation, not a count.
    // "no one" is a negation, not a count; "once" alone is an adverb (AMBIGUOUS_NUMBER_WORDS).
    const parsed = tokens[i - 1]?.toLowerCase() === 'no' ? null : parseNumberWords(tokens.slice(i, i + 12));
    if (parsed && !(parsed.used === 1 && AMBIGUOUS_NUMBER_WORDS.has(lower))) {
      values.push({ value: parsed.value, ordinal: false });
      i += parsed.used;
      continue;
    }
    words.push(lower);
    i += 1;
  }
  return { values, words };
}

/** "19th", "nineteenth", "twenty-first", "third-seeded": the position named, if any. */
function ordinalValue(token: string, lower: string): number | undefined {
  const digits = DIGIT_ORDINAL.exec(token);
  if (digits) return Number(digits[1]);
  const parts = lower.split(/[-‐‑]/);
  let last = parts.length;
  while (last > 1 && RANK_SUFFIX.test(parts[last - 1]!)) last--;
  const named = ORDINAL_WORDS.get(parts[last - 1]!);
  if (named === undefined) return undefined;
  if (last === 1) return named;
  // "twenty-first": tens, then the ordinal of a unit.
  const tens = last === 2 ? parseNumberWords([parts[0]!]) : null;
  return tens && tens.value % 10 === 0 && tens.value >= 20 && named < 10 ? tens.value + named : undefined;
}

/** Equal values, in order, each a count or each a position. */
export function sameStyledValues(a: readonly StyledValue[], b: readonly StyledValue[]): boolean {
  return a.length === b.length && a.every((v, i) => v.value === b[i]!.value && v.ordinal === b[i]!.ordinal);
}
