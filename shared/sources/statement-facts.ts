// What one statement says, ready to be compared with another: its words (statement-terms),
// its value slots — each figure and date with the clause it sits in, so "14 … died" and
// "14 … were injured" are seen as counts of different things —, the time it speaks of, the
// negation and who is said to have said it. Built once per wording and cached.
import { sentenceValues } from '../claims/claim-values';
import { findDates, findFigures, type DateValue, type FigureValue } from '../values';
import { statementTerms, wordStems, type StatementTerms } from './statement-terms';

export interface Slot<V> {
  readonly value: V;
  /** For a figure, the year written beside it ("in 2024", "last year"), else null. */
  readonly frame: string | null;
  /** Subject words around the value within its clause (the value's own unit word left out). */
  readonly context: ReadonlySet<string>;
  /** The nearest few of them, either side: what is counted or dated ("died", "bridge"). */
  readonly near: ReadonlySet<string>;
  /** How close each near word is: 1 for the nearest on its side, then 1/2, 1/3. */
  readonly closeness: ReadonlyMap<string, number>;
  /** Names written in the value's clause ("… first proposed in 1991 … in Brask"). */
  readonly names: ReadonlySet<string>;
}

export interface StatementFacts {
  readonly text: string;
  readonly terms: StatementTerms;
  readonly subject: ReadonlySet<string>;
  readonly figures: readonly Slot<FigureValue>[];
  readonly dates: readonly Slot<DateValue>[];
  /** The year of the article it comes from: what a statement with no year of its own speaks of. */
  readonly articleYear: string | null;
  /**
   * Folded names written in capitals inside the sentence (not its first word, not a month or
   * weekday): the ship, the town, the person the statement is about.
   */
  readonly names: ReadonlySet<string>;
  /** The names in its first clause: usually what the statement is about ("The Holm Venture, which …"). */
  readonly subjectNames: ReadonlySet<string>;
  readonly quotes: readonly string[];
  readonly sources: readonly string[];
  readonly sourcesWritten: readonly string[];
  readonly negatedWords: ReadonlySet<string>;
}

/**
 * Where a clause ends: strong punctuation, brackets and dashes, and a comma before a word that
 * opens another clause ("…in 2008, with most states…", "…in 2013, but little…").
 */
const CLAUSE_END =
  /[;:()\u2013\u2014]|,\s+(?=(?:but|while|which|who|whereas|although|though|however|with|as|when|after|before|since|despite|and\s+(?:the|a|an|its|their|his|her)\b)\b)|\s+-\s+/gi;

/** Words either side of a value that tell what it is about. */
const WINDOW = 10;
/** A year this many words from a figure is the time the figure is of. */
const FRAME_WINDOW = 8;
/** Content words either side that name what a value is of. */
const NEAR = 3;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Past this length a "sentence" is a table or a run-on scrape: its values are read from the
 * start only, so one such line cannot stall a claim list (the work per value is linear in it).
 */
const MAX_FACT_CHARS = 2_000;

export function statementFacts(
  fullText: string,
  articleDate: string | null = null,
  /** The text's statementTerms when already known (the index keeps them). */
  known?: StatementTerms,
): StatementFacts {
  const text = fullText.length > MAX_FACT_CHARS ? fullText.slice(0, MAX_FACT_CHARS) : fullText;
  const terms = known && text === fullText ? known : statementTerms(text);
  const bounds = clauseBounds(text);
  const tokens = [...text.matchAll(TOKEN)].map((m, i) => ({
    i,
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  // Each word's stems, worked out once for all the values around it ("on board" is one word,
  // as in the whole text).
  const stems: (readonly string[] | undefined)[] = [];
  const termsAt = (t: (typeof tokens)[number]): readonly string[] =>
    (stems[t.i] ??=
      /^board$/i.test(t.text) && /^on$/i.test(tokens[t.i - 1]?.text ?? '') ? ['aboard'] : wordStems(t.text));
  // The words around a value, within its clause: "launched in 2011" and "following Kosovo's
  // 2008 declaration" in one sentence are two slots with two contexts.
  const slotAt = (start: number, end: number, drop: string) => {
    const [from, to] = bounds.find(([a, b]) => start >= a && end <= b) ?? [0, text.length];
    const beforeTokens = tokens.filter((t) => t.start >= from && t.end <= start).slice(-WINDOW);
    const afterTokens = tokens.filter((t) => t.start >= end && t.end <= to).slice(0, WINDOW);
    // Word by word, keeping their order.
    const termsOf = (list: typeof tokens) => list.flatMap(termsAt);
    const [wordsBefore, wordsAfter] = [termsOf(beforeTokens), termsOf(afterTokens)];
    const context = new Set([...wordsBefore, ...wordsAfter]);
    const before = wordsBefore
      .filter((w) => w !== drop)
      .slice(-NEAR)
      .reverse();
    const after = wordsAfter.filter((w) => w !== drop).slice(0, NEAR);
    const closeness = new Map<string, number>();
    for (const side of [before, after])
      side.forEach((w, i) => closeness.set(w, Math.max(closeness.get(w) ?? 0, 1 / (i + 1))));
    context.delete(drop);
    return { context, near: new Set(closeness.keys()), closeness, names: namesIn(text.slice(from, to)) };
  };
  const dates = findDates(text, articleDate).map((d) => ({
    value: d,
    frame: null,
    ...slotAt(d.start, d.end, ''),
  }));
  /** How many words end at or before an offset (binary search: words are in text order). */
  const tokenAt = (offset: number) => {
    let [lo, hi] = [0, tokens.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const years = dates.filter((d) => /^\d{4}$/.test(d.value.value));
  const figures = findFigures(text).map((f) => {
    const at = tokenAt(f.start);
    const near = years
      .map((y) => ({ year: y.value.value, distance: Math.abs(tokenAt(y.value.start) - at) }))
      .filter((y) => y.distance <= FRAME_WINDOW)
      .sort((p, q) => p.distance - q.distance)[0];
    return { value: f, frame: near?.year ?? null, ...slotAt(f.start, f.end, f.unit ? unitWord(f.unit) : '') };
  });
  return Object.assign(lazyValues(text), {
    text,
    terms,
    subject: new Set(terms.subject),
    figures,
    dates,
    articleYear: articleDate ? articleDate.slice(0, 4) : null,
    names: namesIn(text),
    subjectNames: fullNamesIn(text.slice(0, bounds[0]?.[1] ?? text.length)),
    negatedWords: negatedPredicates(text),
  });
}

/**
 * Quotes and attributions, read only when the other statement has some: worked out on first
 * use, not for every candidate. Made apart from statementFacts so the getters' closure holds
 * the text alone: a closure made there would keep that call's every word object alive for as
 * long as the facts stay cached (some 20 MB for the cache of a 20,000-article workspace).
 */
function lazyValues(text: string): Pick<StatementFacts, 'quotes' | 'sources' | 'sourcesWritten'> {
  let values: ReturnType<typeof sentenceValues> | undefined;
  const v = () => (values ??= sentenceValues(text));
  return {
    get quotes() {
      return v().quotes;
    },
    get sources() {
      return v().sources;
    },
    get sourcesWritten() {
      return v().sourcesWritten;
    },
  };
}

/** The stem a counted noun files under, so it can be left out of its own figure's context. */
export function unitWord(unit: string): string {
  return statementTerms(unit).subject[0] ?? unit;
}

/**
 * What each negation denies: the first word it governs that says something ("had not been
 * *inspected*", "will not *accept* Kosovo's independence" — the acceptance is denied, not the
 * independence), skipping auxiliaries.
 */
function negatedPredicates(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NEGATION)) {
    const [first] = statementTerms(m[1]!.split(/\s+/).slice(0, 4).join(' ')).subject;
    if (first) out.add(first);
  }
  return out;
}
const NEGATION = /\b(?:not|never|no longer|cannot|\w+n[’']t)\s+([^,;.:!?"“”]*)/gi;

/** A capitalised word after a lower-case word or a comma: a name, not a sentence's first word. */
const NAME_WORD = /(?<=[\p{Ll}\p{N},;:] )\p{Lu}[\p{L}'’-]+/gu;

export function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAME_WORD)) {
    const [word] = wordStems(m[0]);
    if (word) out.add(word);
  }
  return out;
}

/** Names of two words or more ("Holm Venture", "Edvin Sallmark"): ships, people, bodies. */
const FULL_NAME = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu;

function fullNamesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(FULL_NAME)) {
    const words = statementTerms(m[0]).subject;
    // "The Holm Venture": the article leaves, two capitalised words stay.
    if (m[0].split(/\s+/).length - (/^(?:The|A|An|In|On|At|For|But|And|When|After)\s/.test(m[0]) ? 1 : 0) < 2)
      continue;
    for (const w of words) out.add(w);
  }
  return out;
}

function clauseBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    if (m.index > from) out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, text.length]);
  return out;
}

/**
 * Facts per wording and article date, the most recently used kept: a claim list asks about
 * one story's neighbourhood at a time, so its statements come back soon or not at all. The
 * bound keeps a process's memory flat however large the workspace (the facts of a statement
 * weigh several times its text), at the cost of working a statement out again when it returns.
 */
export class FactsCache {
  private readonly queries: Lru<string, StatementFacts>;
  /** Statements of the index, by their number in it: no hashing of long texts on every look-up. */
  private readonly statements: Lru<number, { date: string | null; facts: StatementFacts }>;

  constructor(statements = 8_000, queries = 1_000) {
    this.statements = new Lru(statements);
    this.queries = new Lru(queries);
  }

  /** The facts of a statement of the index this cache serves (ids are per index), read as of its article's date. */
  of(
    statement: { readonly id: number; readonly text: string; readonly terms?: StatementTerms },
    articleDate: string | null,
  ): StatementFacts {
    const known = this.statements.get(statement.id);
    if (known && known.date === articleDate) return known.facts;
    const facts = statementFacts(statement.text, articleDate, statement.terms);
    this.statements.set(statement.id, { date: articleDate, facts });
    return facts;
  }

  /** The facts of any text (a claim, a selection), read as of its article's date. */
  get(text: string, articleDate: string | null): StatementFacts {
    const key = `${articleDate ?? ''}|${text}`;
    let f = this.queries.get(key);
    if (!f) this.queries.set(key, (f = statementFacts(text, articleDate)));
    return f;
  }
}

/** A map of at most `limit` entries that forgets the least recently used (Map keeps insertion order). */
class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as K);
  }
}
