// In-memory corpus for the story-grouping benchmark: cleaned article texts (no files, no
// cruft to strip) with planted versions and distractors. Subjects (a country, a town, three
// people, an organisation, a topic) carry 1–3 different stories each — the distractors: same
// names and subject words, new sentences. Every story comes in 1–4 versions made by the edits
// newsrooms make: an added lead paragraph, a trimmed ending (60–70% kept), US→UK respelling, a
// changed figure, a reordered paragraph, a few words changed. Sentences are built from slots
// filled from word pools, so unrelated texts share few five-word runs, as real articles do.
// Deterministic for a given seed and size.
import { seededRandom, type Random } from './prng';

export interface PlantedArticle {
  readonly id: string;
  readonly text: string;
  /** The planted story: articles with one storyId are versions of one text. */
  readonly storyId: number;
  /** The subject: stories with one subjectId are about the same thing (related, not versions). */
  readonly subjectId: number;
  /** How this version was made from the story's first text ("original" for that one). */
  readonly edits: string;
}

type Edit = 'lead' | 'trim' | 'respell' | 'figure' | 'reorder' | 'words';
const EDITS: readonly Edit[] = ['lead', 'trim', 'respell', 'figure', 'reorder', 'words'];

const words = (s: string) => s.split(' ');
/** US spellings the texts use; the respelling edit turns them into the UK ones. */
const US_UK: readonly [string, string][] = words(
  'program:programme center:centre labor:labour harbor:harbour neighbors:neighbours defense:defence license:licence theater:theatre catalog:catalogue organize:organise organized:organised analyze:analyse favor:favour traveled:travelled meters:metres color:colour behavior:behaviour modeling:modelling fiber:fibre',
).map((p) => p.split(':') as [string, string]);
/** The US nouns, mixed into the noun pool so most texts have a few words to respell. */
const US_NOUNS = words('program center harbor');
const NOUNS = words(
  'budget plan bridge school clinic tunnel reservoir ferry quota airport library railway depot market station hospital pipeline dam canal port warehouse stadium museum prison factory mine refinery orchard vineyard forest river coastline highway junction terminal shelter kitchen archive laboratory college campus dormitory playground pool park garden farm dairy bakery brewery fleet tram bus subway lighthouse pier marina observatory barracks courthouse embassy consulate',
).concat(US_NOUNS);
const ADJECTIVES = words(
  'new old regional national municipal private public temporary permanent costly delayed revised ambitious modest controversial popular disputed shared northern southern eastern western coastal rural urban historic modern cheaper larger smaller second third final',
);
const VERBS = words(
  'expand delay approve review fund close reopen cut raise extend rebuild replace sell buy protect inspect audit suspend renew cancel restore move double halve freeze limit widen shorten repair insure redesign organize analyze',
);
const NOUNS_PLURAL = words(
  'jobs homes seats beds flights crossings trains pupils patients visitors tonnes households licences shifts routes stalls berths contracts permits loans grants vehicles containers passengers workers',
);
const AUDIENCES = words(
  'reporters lawmakers residents farmers students traders shareholders parents nurses commuters volunteers pensioners',
);
const PLACES_WHERE = words('capital harbour valley suburbs uplands delta plateau islands border coast');
const WEEKDAYS = words('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');
const MONTHS = words('January February March April May June July August September October November December');
const SYLLABLES = words(
  'ka ri lo ve ma to sa ne di bo ha li ru el an or mi te su va ko re na pi da go fe lu ser mar tan vik hol bren dra len tor kas nor',
);
const PLACE_ENDS = words('holm vik grad fors ton burg by stad mere wick dal haven');

interface Subject {
  readonly id: number;
  readonly country: string;
  readonly town: string;
  readonly people: readonly string[];
  readonly org: string;
  readonly topic: string;
}

export function generateStoryCorpus(articleCount: number, seed = 20251124): PlantedArticle[] {
  const r = seededRandom(seed);
  const out: PlantedArticle[] = [];
  let storyId = 0;
  for (let subjectId = 0; out.length < articleCount; subjectId++) {
    const subject = makeSubject(r, subjectId);
    const stories = r.chance(0.4) ? r.int(2, 3) : 1;
    for (let s = 0; s < stories && out.length < articleCount; s++, storyId++) {
      const original = makeBody(r, subject);
      const versions = Math.min(r.pick([1, 1, 2, 2, 3, 4]), articleCount - out.length);
      let previous = { paragraphs: original, edits: 'original', trimmed: false };
      for (let v = 0; v < versions; v++) {
        const version =
          v === 0 ? previous : makeVersion(r, subject, r.chance(0.3) ? previous : null, original);
        out.push({
          id: `a${out.length}`,
          text: version.paragraphs.join('\n\n'),
          storyId,
          subjectId,
          edits: version.edits,
        });
        previous = version;
      }
    }
  }
  return out;
}

interface Version {
  readonly paragraphs: string[];
  readonly edits: string;
  readonly trimmed: boolean;
}

/** One or two edits, applied to the original or (a later edit of a page) to the previous version. */
function makeVersion(r: Random, subject: Subject, from: Version | null, original: string[]): Version {
  const kinds = new Set<Edit>([r.pick(EDITS)]);
  if (r.chance(0.4)) kinds.add(r.pick(EDITS));
  if (from?.trimmed) kinds.delete('trim'); // a trim of a trim keeps under half: not one version
  let paragraphs = [...(from?.paragraphs ?? original)];
  for (const kind of kinds) paragraphs = applyEdit(r, subject, kind, paragraphs);
  const edits = [...kinds].join('+') || 'copy';
  return {
    paragraphs,
    edits: from && from.edits !== 'original' ? `${from.edits} then ${edits}` : edits,
    trimmed: (from?.trimmed ?? false) || kinds.has('trim'),
  };
}

function applyEdit(r: Random, subject: Subject, kind: Edit, paragraphs: string[]): string[] {
  switch (kind) {
    case 'lead':
      return [paragraph(r, subject, 2), ...paragraphs];
    case 'trim': {
      // Whole paragraphs while they fit in 60–70% of the words, then sentences up to 60%.
      const total = countWords(paragraphs.join(' '));
      const target = total * (0.6 + r.next() * 0.1);
      const out: string[] = [];
      let kept = 0;
      for (const p of paragraphs) {
        if (kept + countWords(p) <= target) {
          out.push(p);
          kept += countWords(p);
          continue;
        }
        const sentences: string[] = [];
        for (const s of p.split(/(?<=[.!?]"?) /)) {
          if (kept >= total * 0.6) break;
          sentences.push(s);
          kept += countWords(s);
        }
        if (sentences.length > 0) out.push(sentences.join(' '));
        break;
      }
      return out;
    }
    case 'respell':
      return paragraphs.map((p) => p.replace(RESPELL, (w) => respelled(w)));
    case 'figure': {
      const at = paragraphs.findIndex((p) => /\d/.test(p));
      if (at < 0) return paragraphs;
      const out = [...paragraphs];
      out[at] = out[at]!.replace(/\d[\d,]*/, (n) =>
        (Number(n.replace(/,/g, '')) + r.int(1, 90)).toLocaleString('en-US'),
      );
      return out;
    }
    case 'reorder': {
      if (paragraphs.length < 3) return paragraphs;
      const out = [...paragraphs];
      const [moved] = out.splice(r.int(1, out.length - 1), 1);
      out.splice(r.int(1, out.length - 1), 0, moved!);
      return out;
    }
    case 'words':
      return paragraphs.map((p) =>
        r.chance(0.35) ? p.replace(/\b(said|would|about|new|more)\b/, (w) => SWAPS[w] ?? w) : p,
      );
  }
}

const UK_OF = new Map(US_UK);
const RESPELL = new RegExp(`\\b(${US_UK.map(([us]) => us).join('|')})\\b`, 'gi');

function respelled(word: string): string {
  const uk = UK_OF.get(word.toLowerCase()) ?? word;
  return word[0] === word[0]!.toUpperCase() ? uk[0]!.toUpperCase() + uk.slice(1) : uk;
}

const SWAPS: Record<string, string> = {
  said: 'stated',
  would: 'will',
  about: 'roughly',
  new: 'fresh',
  more: 'further',
};

function makeSubject(r: Random, id: number): Subject {
  return {
    id,
    country: name(r, 2, r.pick(['ia', 'land', 'mark', 'ova'])),
    town: name(r, 2, r.pick(PLACE_ENDS)),
    people: Array.from({ length: 3 }, () => `${name(r, 2, '')} ${name(r, r.int(2, 3), '')}`),
    org: `the ${name(r, 2, '')} ${r.pick(['Authority', 'Trust', 'Union', 'Council', 'Group', 'Institute'])}`,
    topic: `${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}`,
  };
}

function name(r: Random, syllables: number, end: string): string {
  const s = Array.from({ length: syllables }, () => r.pick(SYLLABLES)).join('') + end;
  return s[0]!.toUpperCase() + s.slice(1);
}

/** 5–9 paragraphs of 2–3 sentences: 250–450 words. */
function makeBody(r: Random, subject: Subject): string[] {
  return Array.from({ length: r.int(5, 9) }, () => paragraph(r, subject, r.int(2, 3)));
}

function paragraph(r: Random, subject: Subject, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(r, subject)).join(' ');
}

function sentence(r: Random, s: Subject): string {
  const person = r.pick(s.people);
  const figure = r.int(12, r.pick([999, 99_999, 9_999_999])).toLocaleString('en-US');
  const n = () => r.pick(NOUNS);
  const a = () => r.pick(ADJECTIVES);
  const v = () => r.pick(VERBS);
  const pl = () => r.pick(NOUNS_PLURAL);
  const when = () => `${r.pick(MONTHS)} ${r.int(1, 28)}`;
  switch (r.int(0, 10)) {
    case 0:
      return `${person} said on ${r.pick(WEEKDAYS)} that the ${s.topic} would ${v()} ${figure} ${pl()} by ${when()}.`;
    case 1:
      return `According to ${s.org}, the ${a()} ${n()} in ${s.town} handled ${figure} ${pl()} last year, ${r.int(3, 60)}% ${r.pick(['more', 'fewer'])} than the ${n()} in the ${r.pick(PLACES_WHERE)}.`;
    case 2:
      return `"We will ${v()} the ${a()} ${n()} before we ${v()} a single ${n()}," ${person} told ${r.pick(AUDIENCES)} in ${s.town}.`;
    case 3:
      return `${s.country} plans to ${v()} its ${n()} ${r.pick(['program', 'budget', 'center', 'license', 'plan', 'fund', 'tax', 'levy'])} and to ${v()} ${r.int(2, 40)} ${pl()} near the ${a()} ${n()}.`;
    case 4:
      return `The ${s.topic}, first ${r.pick(['proposed', 'organized', 'planned', 'costed', 'drafted'])} in ${r.int(1961, 2024)}, was meant to ${v()} the ${n()} and ${v()} the ${a()} ${n()}.`;
    case 5:
      return `Critics of ${s.org} say its ${a()} ${n()} ${r.pick(['will', 'could', 'may'])} ${v()} ${figure} ${pl()} and leave the ${n()} ${r.pick(['empty', 'idle', 'unfinished', 'crowded'])}.`;
    case 6:
      return `${person}, who ${r.pick(['chairs', 'runs', 'advises', 'founded'])} ${s.org}, ${r.pick(['warned', 'argued', 'insisted', 'conceded'])} that ${r.pick(AUDIENCES)} in ${s.town} had ${r.int(2, 9)} ${r.pick(['weeks', 'months', 'years'])} to ${v()} their ${n()}.`;
    case 7:
      return `A ${r.pick(['vote', 'hearing', 'review', 'decision', 'meeting'])} on the ${s.topic} is due on ${when()} in ${s.town}, ${r.pick(['after', 'before', 'weeks after', 'days before'])} ${s.country} ${r.pick(['holds', 'publishes', 'debates'])} its ${a()} ${n()} ${r.pick(['report', 'budget', 'census', 'plan'])}.`;
    case 8:
      return `Costs for the ${a()} ${n()} rose to ${r.int(2, 900)}.${r.int(0, 9)} million, said ${r.pick(s.people)}, who wants ${s.org} to ${v()} the ${n()} ${r.pick(['first', 'instead', 'as well', 'by spring'])}.`;
    case 9:
      return `Inspectors ${r.pick(['traveled', 'walked', 'drove'])} ${r.int(40, 900)} ${r.pick(['meters', 'yards', 'miles'])} along the ${n()} and found ${r.pick(['cracks', 'leaks', 'rust'])} in its ${r.pick(['color', 'steel', 'modeling', 'fiber', 'concrete', 'timber'])} ${n()}, ${person} said.`;
    default:
      return `${r.pick(['Residents', 'Traders', 'Unions', 'Neighbors', 'Drivers', 'Farmers'])} near the ${n()} in ${s.town} ${r.pick(['oppose', 'support', 'question', 'welcome'])} the ${s.topic}, ${r.pick(['citing', 'despite', 'because of'])} its ${a()} ${n()} and ${r.int(2, 30)} ${pl()}.`;
  }
}

/**
 * One long article of about `words` words (paragraphs of 2–4 sentences about one subject),
 * for benchmarks that need a single large text rather than a corpus.
 */
export function longArticle(words: number, seed: number): string[] {
  const r = seededRandom(seed);
  const subject = makeSubject(r, 0);
  const paragraphs: string[] = [];
  for (let total = 0; total < words;) {
    const p = paragraph(r, subject, r.int(2, 4));
    paragraphs.push(p);
    total += countWords(p);
  }
  return paragraphs;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
