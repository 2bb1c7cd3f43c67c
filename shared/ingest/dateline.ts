// A dateline opening a story's first paragraph: "LONDON (Reuters) - ", "PARIS, March 3 (AFP) — ",
// "KYIV, Ukraine (AP) — ", "WASHINGTON — ". Ingest cuts it from the text and keeps it as
// metadata; the compare view reads it as its own change ("dateline removed"), never as a figure
// or a wording change of the sentence it opens. Shared so both read one shape.

/**
 * A place in capitals, optionally ", Region" or ", date", optionally an agency in parentheses,
 * then a dash. A bare place with neither needs a wire dash (— – or --), not a hyphen, so
 * "NATO - the alliance said" stays a sentence.
 */
const DATELINE =
  /^([\p{Lu}][\p{Lu} .'’-]{1,40}?)(?:,\s*([\p{Lu}\d][\p{L}\d.]*(?:[ -](?:[\p{Lu}\d][\p{L}\d.]*|\p{Ll}+(?=[ .]))){0,3}))?\s*(\([^()]{1,30}\))?\s*[-–—]{1,2}\s+(?=\S)/u;

const NOT_PLACES =
  /^(?:BREAKING|UPDATE[SD]?|EXCLUSIVE|LIVE|WATCH|OPINION|ANALYSIS|EDITORIAL|CORRECTION|FACT CHECK)\b/;

export interface Dateline {
  /** The dateline as written, with its dash and the space after it. */
  readonly prefix: string;
  /** Place and detail without the dash: "LONDON (Reuters)", "PARIS, March 3 (AFP)". */
  readonly label: string;
  readonly place: string;
}

export function leadingDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const place = m[1]!.trim();
  if (!m[2] && !m[3] && !/(?:[–—]|--)\s+$/.test(m[0])) return null;
  // A place is a word or a few, not a shouted sentence nor a label ("BREAKING NEWS — ").
  if (place.split(/\s+/).length > 4 || NOT_PLACES.test(place)) return null;
  const label = [place, m[2]?.trim()].filter(Boolean).join(', ') + (m[3] ? ` ${m[3]}` : '');
  return { prefix: m[0], label, place };
}
