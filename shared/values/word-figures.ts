// Figures written in words: "two ferries", "three hundred soldiers", "a dozen", "vingt et un
// morts". A number word is also an ordinary word often ("no one", "one day", "Channel Four",
// "once again", "two-thirds"), so a lone number word counts only where it plainly counts
// something; the rules are below, each with the case it is for.
import { nounAt, readAfter, readBefore, type FigureParts, type Found } from './figure-context';
import { atSentenceStart, isLetter, L, LOWER, pattern } from './letters';
import { NOT_NOUNS, looksPlural, singular } from './nouns';
import { AMBIGUOUS_NUMBER_WORDS, parseNumberParts } from './number-words';
import { unitAt } from './units';

/** What a word "one" must not count: "one day", "one of", "one another", "one reason". */
const NOT_COUNTED_BY_ONE = new Set(
  'another other day time way thing point side hand night morning evening afternoon moment occasion instance example reason kind sort type something last final'.split(
    ' ',
  ),
);
/** Words before "one" that make it a pronoun: "no one", "the one", "every one". */
const PRONOUN_BEFORE_ONE = pattern(
  'i',
)`(?<![${L}])(?:no|any|every|the|this|that|which|each|such|some|only\s+the)[^\S\n]+$`;
const SAYING = /^(?:said|says|told|tells|added|argued|warned|noted|explained|wrote|claimed)$/;
/** Nouns after a hyphen that make no count: "two-thirds", "two-way", "three-fold", "twenty-first". */
const HYPHEN_NOT_COUNTED = pattern(
  '',
)`^(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|half|way|fold|time|sided|off|first|second|[${L}]+th)$`;
const TIME_OR_MEASURE =
  /^(?:day|week|month|year|hour|minute|night|man|woman|person|metre|meter|mile|kilometre|kilometer|year-old|storey|story|seat|room|bedroom)$/;
const CLOCK_AFTER = pattern('i')`^[^\S\n]*(?:o['’]clock|[ap]\.m\.|[ap]m(?![${L}]))`;
const OF_AFTER = pattern('')`^[^\S\n]+of(?![${L}])`;
const LOWER_AFTER = pattern('')`^[^\S\n]+[${LOWER}]`;
const NEXT_WORD = pattern('')`^[^\S\n]+([${L}]+)`;

/** A word, then what joins it to the next: ' ', '-', or '' when the run of words ends. */
const WORD = pattern('y')`([${L}]+)(?:([-‐‑])(?=[${L}])|[^\S\n]+(?=[${L}]))?`;

export function readWords(text: string, masked: string, starts: readonly number[], found: Found[]): void {
  for (const start of starts) {
    // Inside a date ("two years ago"), or glued to a word: "thirty-two" is read from "thirty".
    if (masked[start] === '\u0001' || (text[start - 1] === '-' && isLetter(text[start - 2]))) continue;
    const first = text[start]!;
    const capital = first !== first.toLowerCase();
    // A capitalised number word inside a sentence is a name: "Channel Four", "Formula One".
    if (capital && !atSentenceStart(text, start)) continue;
    const words: string[] = [];
    const ends: number[] = [];
    const hyphenAfter: boolean[] = [];
    WORD.lastIndex = start;
    for (let w = WORD.exec(masked); w && words.length < 12; w = WORD.exec(masked)) {
      words.push(w[1]!.toLowerCase());
      ends.push(w.index + w[1]!.length);
      hyphenAfter.push(w[2] !== undefined);
      if (w[0].length === w[1]!.length) break;
    }
    const parsed = parseNumberParts(words);
    if (!parsed) continue;
    const used = parsed.used;
    const end = ends[used - 1]!;
    const lead = words[0]!;
    const parts = readBefore(text, start, parsed.value);
    // "two-day", "45-year-old": the noun is joined by a hyphen.
    let hyphenNoun = '';
    for (let k = used; hyphenAfter[k - 1] && k < words.length; k++)
      hyphenNoun += (hyphenNoun ? '-' : '') + words[k];
    if (hyphenNoun && HYPHEN_NOT_COUNTED.test(singular(words[used]!))) continue;
    if (CLOCK_AFTER.test(text.slice(end, end + 8))) continue;
    if (!readAfter(text, end, parts, false)) continue;
    if (hyphenNoun) parts.unit = singular(hyphenNoun);
    if (used === 1 && !wordCounts(text, start, end, lead, parts, hyphenNoun)) continue;
    found.push({ ...parts, written: 'words' });
  }
}

/** A single number word counts only where it plainly counts something (see the rules inside). */
function wordCounts(
  text: string,
  start: number,
  end: number,
  lead: string,
  parts: FigureParts,
  hyphenNoun: string,
): boolean {
  const hasUnit = unitAt(text, end) !== null;
  const noun = hyphenNoun ? null : nounAt(text, end, true);
  if (lead === 'one' || lead === 'eins') {
    // "one ferry" counts; "no one", "one of the", "one day", "one official said" do not.
    if (PRONOUN_BEFORE_ONE.test(text.slice(Math.max(0, start - 14), start))) return false;
    if (OF_AFTER.test(text.slice(end, end + 4))) return false;
    if (hyphenNoun) return TIME_OR_MEASURE.test(hyphenNoun);
    if (parts.qualifier !== null || hasUnit) return true;
    if (!noun || NOT_COUNTED_BY_ONE.has(noun.noun)) return false;
    return !SAYING.test(noun.next) && LOWER_AFTER.test(text.slice(end, end + 2));
  }
  if (AMBIGUOUS_NUMBER_WORDS.has(lead)) {
    // "elf", "once", "null", "sept", "dos" are words too: count them only before a plural noun
    // or a capitalised (German) noun, or a unit — "once personas", "elf Menschen", "null Prozent".
    if (hasUnit || hyphenNoun) return true;
    const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
    if (!next || NOT_NOUNS.has(next.toLowerCase())) return false;
    return looksPlural(next) || next[0] !== next[0]!.toLowerCase();
  }
  return true;
}
