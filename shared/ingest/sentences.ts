// Sentence boundaries with offsets into the cleaned text. Intl.Segmenter does the heavy
// lifting (quotes, decimals, "?!"), but it ends a sentence after every full stop, so the
// stops of abbreviations and initials ("Mr.", "U.S.", "Jan.", "J. R.") are joined back.
import type { Span } from '../model';

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'nos',
  'vol',
  'approx',
  'est',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'cf',
  'al',
  'fig',
]);

let segmenter: Intl.Segmenter | null = null;

export function splitSentences(text: string, offset = 0): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const raw: { start: number; end: number }[] = [];
  for (const seg of segmenter.segment(text)) {
    const start = seg.index;
    const end = seg.index + seg.segment.length;
    const prev = raw[raw.length - 1];
    if (
      prev &&
      endsWithAbbreviation(text.slice(prev.start, prev.end)) &&
      startsLikeContinuation(seg.segment)
    ) {
      prev.end = end;
    } else {
      raw.push({ start, end });
    }
  }
  const spans: Span[] = [];
  for (const { start, end } of raw) {
    // Offsets exclude the white space Intl.Segmenter attaches to the end of a segment.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ text: text.slice(s, e), start: s + offset, end: e + offset });
  }
  return spans;
}

function endsWithAbbreviation(sentence: string): boolean {
  const m = /(?:^|[\s(“"'])([\p{L}.]+)\.\s*$/u.exec(sentence);
  if (!m) return false;
  const word = m[1]!;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J."
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** After "Jan." a number or a capitalised name continues the sentence; so does lower case. */
function startsLikeContinuation(next: string): boolean {
  return (
    /^\s*([\p{Ll}\p{N}]|\p{Lu}[\p{Ll}]*\b)/u.test(next) &&
    !/^\s*(The|A|An|He|She|It|They|We|I|But|And|In|On|This|That)\b/.test(next)
  );
}
