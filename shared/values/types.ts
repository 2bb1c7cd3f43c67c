// The plain data the value normaliser hands out: a figure ("about 500 homes") or a date ("on
// Tuesday", "by the end of the month") found in a sentence, with its offsets, and the verdict of
// comparing two of them. Shared by claim matching, the compare view and the matrix, so every
// screen calls the same two sentences the same thing. Data only: no methods, no I/O.

/** A hedge or bound written before (or after) a number. */
export type Qualifier =
  'about' | 'more than' | 'at least' | 'less than' | 'at most' | 'up to' | 'nearly' | null;

export interface FigureValue {
  /** The figure phrase as written, qualifier included: "about 500", "two", "$1.2 million", "15 km". */
  readonly text: string;
  /** Offsets of `text` in the input string. */
  readonly start: number;
  readonly end: number;
  /** The number after scale words: "1.2 million" → 1200000. */
  readonly value: number;
  /**
   * A canonical unit ('m', 'km', 'kg', 't', '%', 'usd', 'eur', 'gbp' …) or, when there is none, the
   * counted noun after the number, folded to its singular ("ferries" → "ferry"); '' when neither.
   */
  readonly unit: string;
  readonly qualifier: Qualifier;
  /** The figure is a round estimate: about, around, roughly, some, an estimated, nearly, almost … */
  readonly approximate: boolean;
  readonly written: 'digits' | 'words';
}

export interface DateValue {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'year' | 'month' | 'day' | 'weekday' | 'relative';
  /**
   * Canonical and comparable: '2008', '1998/1999' (a year range), '1990s', '2025-03',
   * '2025-03-11', '--03-11' (day and month, no year), '--03' (month, no year), 'weekday:tue',
   * 'relative:today', and '2025-W11' (an ISO week, for a resolved "last week"; kind 'relative').
   */
  readonly value: string;
  /** True when the article date was needed to get `value` (a weekday, "yesterday", "March 5"). */
  readonly resolved: boolean;
  /** "by Thursday", "until March", "no later than": a deadline, not the date of an event. */
  readonly deadline: boolean;
}

export interface FigureComparison {
  readonly relation: 'same' | 'compatible' | 'different';
  readonly reason: string;
}

export interface DateComparison {
  readonly relation: 'same' | 'different' | 'incomparable';
  readonly reason: string;
}
