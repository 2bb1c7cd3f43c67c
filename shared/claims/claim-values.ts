// What a sentence states that can be checked, pulled out as comparable values: figures (with
// the word they count), years, day-and-month dates, quotes, who is said to have said it, and
// whether it is negated. Extraction and matching both read sentences through this one file.
import { shingleTokens } from '../stories';

export interface Figure {
  /** As written ("1,240"). */
  readonly text: string;
  /** Digits only, grouping removed ("1240"), so 1,240 and 1240 are one value. */
  readonly value: string;
  /** The word after the number, folded ("homes" in "1,240 homes"): what is being counted. */
  readonly unit: string;
}

export interface SentenceValues {
  readonly figures: readonly Figure[];
  readonly years: readonly string[];
  /** Day-and-month dates and weekdays, canonical for comparing ("5 mar", "tuesday"). */
  readonly dates: readonly string[];
  /** The same dates as the text writes them ("March 5", "Tuesday"), for display. */
  readonly datesWritten: readonly string[];
  readonly quotes: readonly string[];
  /** Folded names of who the sentence attributes its statement to. */
  readonly sources: readonly string[];
  /** The same names as the text writes them, for display. */
  readonly sourcesWritten: readonly string[];
  readonly attributed: boolean;
  readonly negated: boolean;
  /** Content words a negation governs ("approved" in "had not approved"): what is denied. */
  readonly negatedWords: ReadonlySet<string>;
  /** Folded content words (four letters or more, or a number), for similarity. */
  readonly words: ReadonlySet<string>;
}

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})\\b`, 'gi');
const MONTH_DAY = new RegExp(`\\b(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gi');
const WEEKDAY = /\bon\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const NUMBER =
  /(?<![\p{L}\d])\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?(?!\d)|(?<![\p{L}\d.,])\d+(?:\.\d+)?(?!\d)/gu;
const QUOTE = /["“„«]([^"”“«»]{12,}?)(?:["”»]|'')/g;
const SAYING =
  'said|says|told|tells|announced|stated|reported|claimed|confirmed|denied|added|warned|insisted|argued|noted|explained|wrote';
const ATTRIBUTION = new RegExp(`\\b(${SAYING})\\b|\\baccording to\\b|\\bspokes(?:person|man|woman)\\b`, 'i');
const ACCORDING_TO = /\baccording to\s+((?:the\s+)?[^,.;:"“”]{2,60})/gi;
const NAME = "\\p{Lu}[\\p{L}’'-]+(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}’'-]+){0,3}";
const NAME_SAID = new RegExp(`(${NAME})\\s+(?:${SAYING})\\b`, 'gu');
const SAID_NAME = new RegExp(`\\b(?:${SAYING})\\s+(${NAME})`, 'gu');
const THE_SAID = new RegExp(`\\b((?:the|a|an)\\s+(?:[a-z]+\\s+){0,3}[a-z]+)\\s+(?:${SAYING})\\b`, 'g');
const NEGATION = /\b(not|no|never|none|nor|without|cannot)\b|n't\b/i;
/** Words that open a sentence in capitals without being a name ("The", "It"). */
const NOT_NAMES = new Set(['the', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'a', 'an']);

export function sentenceValues(text: string): SentenceValues {
  const years: string[] = [];
  const figures: Figure[] = [];
  // The day of a date ("June 10") is a date, not a figure: blank dates out before counting.
  const undated = text
    .replace(DAY_MONTH, (m) => ' '.repeat(m.length))
    .replace(MONTH_DAY, (m) => ' '.repeat(m.length));
  for (const m of undated.matchAll(NUMBER)) {
    const value = m[0].replace(/[,\u00a0 ]/g, '');
    if (/^(19|20)\d\d$/.test(m[0])) {
      years.push(m[0]);
      continue;
    }
    const after = shingleTokens(text.slice(m.index + m[0].length, m.index + m[0].length + 40))[0] ?? '';
    figures.push({ text: m[0], value, unit: /^\d/.test(after) ? '' : after });
  }
  const dayMonth = [...text.matchAll(DAY_MONTH)];
  const monthDay = [...text.matchAll(MONTH_DAY)];
  const dates = [
    ...dayMonth.map((m) => `${Number(m[1])} ${m[2]!.toLowerCase().slice(0, 3)}`),
    ...monthDay.map((m) => `${Number(m[2])} ${m[1]!.toLowerCase().slice(0, 3)}`),
  ];
  const datesWritten = [...dayMonth, ...monthDay].map((m) => m[0].trim());
  const weekday = WEEKDAY.exec(text);
  if (weekday) {
    dates.push(weekday[1]!.toLowerCase());
    datesWritten.push(weekday[1]!);
  }
  const quotes = [...text.matchAll(QUOTE)].map((m) => m[1]!.trim()).filter((q) => q.split(/\s+/).length >= 3);
  return {
    figures,
    years,
    dates,
    datesWritten,
    quotes,
    ...sourcesOf(text),
    attributed: ATTRIBUTION.test(text),
    negated: NEGATION.test(text),
    negatedWords: negatedWords(text),
    words: contentWords(text),
  };
}

/** The content words among the three words after each negation, within its clause. */
function negatedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NEGATED)) {
    const after = shingleTokens(m[2]!).slice(0, 3);
    for (const w of after) if ((w.length >= 4 && !STOP.has(w)) || /\d/.test(w)) out.add(w);
  }
  return out;
}
const NEGATED = /\b(not|no|never|none|nor|without|cannot|\w+n[’']t)\b([^,;.:!?"“”]*)/gi;

function sourcesOf(text: string): { sources: string[]; sourcesWritten: string[] } {
  const found: string[] = [];
  const written: string[] = [];
  const add = (raw: string) => {
    const folded = shingleTokens(raw.replace(/^(?:the|a|an)\s+/i, '')).join(' ');
    if (folded && !NOT_NAMES.has(folded) && !found.includes(folded)) {
      found.push(folded);
      written.push(raw.trim());
    }
  };
  for (const m of text.matchAll(ACCORDING_TO)) add(m[1]!);
  for (const m of text.matchAll(NAME_SAID)) add(m[1]!);
  for (const m of text.matchAll(SAID_NAME)) add(m[1]!);
  for (const m of text.matchAll(THE_SAID)) add(m[1]!);
  return { sources: found, sourcesWritten: written };
}

/** Short function words carry no claim; four letters or more, or any number, do. */
const STOP = new Set(
  'that this with from have has had were was been will would their there they them than then also into over after before about which while where when said says told says what some more most such only very just'.split(
    ' ',
  ),
);

export function contentWords(text: string): Set<string> {
  return new Set(shingleTokens(text).filter((w) => (w.length >= 4 && !STOP.has(w)) || /\d/.test(w)));
}

export function jaccard(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared || 1);
}
