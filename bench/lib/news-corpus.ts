// Writes a synthetic corpus of scraped news files for benchmarks: stories in 1–3 versions
// (republications with different site cruft, a changed figure, a spelling variant), saved as
// .txt (80%), .md (10%) and .json (10%) in outlet/year/month folders, the way a reviewer's
// scrape folder looks. Deterministic for a given seed and size, so runs can be compared.
// Every file is distinct in its bytes (no duplicates) and holds real paragraphs, so a correct
// importer imports every one of them.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { seededRandom, type Random } from './prng';
import * as V from './news-vocabulary';

export type CorpusFormat = 'txt' | 'md' | 'json';

export interface CorpusFile {
  /** Relative to the corpus folder, with forward slashes. */
  readonly path: string;
  readonly format: CorpusFormat;
  readonly storyId: number;
  readonly bytes: number;
  readonly words: number;
}

export interface Corpus {
  readonly dir: string;
  readonly files: readonly CorpusFile[];
  readonly stories: number;
  readonly bytes: number;
}

interface Story {
  readonly id: number;
  readonly headline: string;
  readonly subhead: string;
  readonly related: string;
  readonly city: string;
  readonly country: string;
  readonly date: Date;
  readonly paragraphs: readonly string[];
}

type Outlet = (typeof V.OUTLETS)[number];

export async function writeNewsCorpus(dir: string, fileCount: number, seed = 20250514): Promise<Corpus> {
  const r = seededRandom(seed);
  const files: CorpusFile[] = [];
  const folders = new Set<string>();
  const seen = new Set<string>();
  let stories = 0;
  let bytes = 0;
  while (files.length < fileCount) {
    const story = makeStory(r, stories++);
    const versions = Math.min(r.int(1, 3), fileCount - files.length);
    for (let v = 0; v < versions; v++) {
      const outlet = r.pick(V.OUTLETS);
      const paragraphs = v === 0 ? story.paragraphs : editVersion(r, story.paragraphs);
      const format: CorpusFormat = r.chance(0.8) ? 'txt' : r.chance(0.5) ? 'md' : 'json';
      const date = new Date(story.date.getTime() + v * r.int(0, 3) * 86_400_000);
      const render = () =>
        format === 'txt'
          ? renderText(r, story, paragraphs, outlet, date)
          : format === 'md'
            ? renderMarkdown(r, story, paragraphs, outlet)
            : renderJson(r, story, paragraphs, outlet, date);
      // Renders draw random cruft, so a rare byte-identical version is simply drawn again:
      // the benchmark counts on every file being imported, none as a duplicate.
      let text = render();
      for (let tries = 0; seen.has(digest(text)); tries++) {
        if (tries > 20) throw new Error(`corpus generator keeps repeating story ${story.id}`);
        text = render() + (format === 'md' ? `Updated ${tries + 1} times.\n` : '');
      }
      seen.add(digest(text));
      const slug = story.headline
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')
        .split('-')
        .filter(Boolean)
        .slice(0, 5);
      const path = `${outlet.slug}/${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${slug.join('-')}-${files.length}.${format}`;
      const folder = dirname(join(dir, path));
      if (!folders.has(folder)) await mkdir(folder, { recursive: true });
      folders.add(folder);
      const data = Buffer.from(text, 'utf8');
      await writeFile(join(dir, path), data);
      bytes += data.length;
      files.push({ path, format, storyId: story.id, bytes: data.length, words: countWords(text) });
    }
  }
  return { dir, files, stories, bytes };
}

function makeStory(r: Random, id: number): Story {
  const topic = r.pick(V.TOPICS);
  const country = r.pick(V.COUNTRIES);
  const city = r.pick(V.CITIES);
  const cast = Array.from({ length: 3 }, () => `${r.pick(V.FIRST_NAMES)} ${r.pick(V.LAST_NAMES)}`);
  const roles = cast.map(() => r.pick(V.ROLES));
  const date = new Date(Date.UTC(2024, 0, 1) + r.int(0, 730) * 86_400_000);
  const headline = `${country} ${r.pick(V.HEADLINE_VERBS)} ${city} ${topic.thing}`;
  const ctx: SentenceContext = { r, topic, country, city, cast, roles };
  const target = r.int(280, 640); // body words; cruft lines bring a file to roughly 300–700
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    const p = paragraph(ctx);
    paragraphs.push(p);
    words += countWords(p);
  }
  return {
    id,
    headline: headline[0]!.toUpperCase() + headline.slice(1),
    subhead: `${cast[0]} says ${topic.thing} ${r.pick(['cannot wait', 'will cost more', 'needs a new vote', 'is on track'])}`,
    related: `${r.pick(V.COUNTRIES)} ${r.pick(V.HEADLINE_VERBS)} ${r.pick(V.CITIES)} ${r.pick(V.TOPICS).thing}`,
    city,
    country,
    date,
    paragraphs,
  };
}

interface SentenceContext {
  readonly r: Random;
  readonly topic: (typeof V.TOPICS)[number];
  readonly country: string;
  readonly city: string;
  readonly cast: readonly string[];
  readonly roles: readonly string[];
}

/** 30–80 words of agency-style copy: figures, dates, quotes and attributions. */
function paragraph(c: SentenceContext): string {
  const target = c.r.int(30, 80);
  const sentences: string[] = [];
  const used = new Set<number>();
  let words = 0;
  while ((words < 30 || (words < target && words + 12 <= 80)) && used.size < SENTENCE_KINDS) {
    // One sentence of each kind per paragraph at most, as a reporter would write it.
    let kind = c.r.int(0, SENTENCE_KINDS - 1);
    while (used.has(kind)) kind = (kind + 1) % SENTENCE_KINDS;
    used.add(kind);
    const s = sentence(c, kind);
    const n = countWords(s);
    if (words >= 30 && words + n > 80) break;
    sentences.push(s);
    words += n;
  }
  return sentences.join(' ');
}

const SENTENCE_KINDS = 7;

function sentence(c: SentenceContext, kind: number): string {
  const { r, topic } = c;
  const who = r.int(0, 2);
  const person = c.cast[who]!;
  const role = c.roles[who]!;
  const quote = r.chance(0.5) ? ['“', '”'] : ['"', '"'];
  switch (kind) {
    case 0:
      return `According to ${r.pick(V.ORGANISATIONS)}, ${topic.metric} ${r.pick(V.TREND_VERBS)} to ${figure(r)} ${topic.unit} in ${r.pick(V.MONTHS)}, ${r.pick(V.BACKGROUND)}.`;
    case 1:
      return `${quote[0]}${r.pick(V.QUOTES)},${quote[1]} ${person} ${r.pick(V.REPORT_VERBS)}.`;
    case 2: {
      const cost = r.int(4, 480);
      return `${person}, the ${role}, said the ${topic.thing} would cost €${cost}.${r.int(0, 9)} million, of which €${r.int(1, Math.ceil(cost / 3))} million would come from ${r.pick(V.ORGANISATIONS)}.`;
    }
    case 3:
      return `The next round is scheduled for ${r.pick(V.MONTHS)} ${r.int(1, 28)} in ${c.city}, with a decision expected before the end of ${r.pick(V.MONTHS)}.`;
    case 4:
      return `The ${topic.thing}, first proposed in ${r.int(1987, 2023)}, is meant to prioritize ${r.pick(['safety', 'cost control', 'local jobs', 'supply'])} in ${c.country}, ${r.pick(V.BACKGROUND)}.`;
    case 5:
      return `A petition against the plan gathered ${figure(r)} signatures in ${r.int(2, 9)} weeks, according to its organizers, and ${r.int(3, 40)}% of residents said they opposed it.`;
    default:
      return `${c.country} has long argued that the ${topic.thing} no longer reflects ${r.pick(['falling rainfall', 'rising costs', 'the growth of the city', 'new safety rules'])}, while ${r.pick(V.COUNTRIES.filter((x) => x !== c.country))} says it is needed to keep ${figure(r)} households supplied.`;
  }
}

/** A republication: one figure changed, a spelling normalised, maybe a paragraph dropped or added. */
function editVersion(r: Random, paragraphs: readonly string[]): string[] {
  const out = paragraphs.map((p) =>
    r.chance(0.5) ? p.replace(/prioritize/g, 'prioritise').replace(/organizers/g, 'organisers') : p,
  );
  const at = r.int(0, out.length - 1);
  out[at] = out[at]!.replace(/\d[\d,]*/, (n) => String(Number(n.replace(/,/g, '')) + r.int(1, 90)));
  if (out.length > 4 && r.chance(0.4)) out.pop();
  if (r.chance(0.3))
    out.unshift(
      `${out[0]!.split(' ').slice(0, 12).join(' ')}, officials confirmed on ${r.pick(V.WEEKDAYS)}.`,
    );
  return out;
}

function renderText(r: Random, s: Story, paragraphs: readonly string[], outlet: Outlet, date: Date): string {
  const lines: string[] = [];
  if (r.chance(0.6)) lines.push(` date ${iso(date)} + ↺ − 16 px`, '');
  if (r.chance(0.5)) lines.push(...Array.from({ length: r.int(2, 6) }, () => r.pick(V.CRUFT_NAV)), '');
  lines.push(s.headline, '');
  if (r.chance(0.5)) lines.push(s.subhead, '');
  const author = `${r.pick(V.FIRST_NAMES)} ${r.pick(V.LAST_NAMES)}`;
  if (r.chance(0.5)) lines.push(`${author}  | ${dmy(date)} - Update : ${dmy(date)}`, '');
  else lines.push(`By ${author}`, '');
  if (r.chance(0.5)) {
    const caption = `${r.pick(V.CAPTION_SCENES)}, ${s.city}, ${V.WEEKDAYS[date.getUTCDay()]}, ${V.MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}.  / Photo: ${outlet.name}`;
    lines.push(caption, '', caption, '');
  }
  const readMoreAt = r.chance(0.5) ? r.int(1, paragraphs.length - 1) : -1;
  paragraphs.forEach((p, i) => {
    if (i === readMoreAt) lines.push('Read More', 'Read More', '', s.related, '', '');
    lines.push(i === 0 && r.chance(0.4) ? `${s.city.toUpperCase()}, ${s.country} — ${p}` : p, '');
  });
  lines.push(...Array.from({ length: r.int(2, 6) }, () => r.pick(V.CRUFT_FOOTER)));
  lines.push(`Copyright © ${date.getUTCFullYear()} ${outlet.name} Ltd. All Rights Reserved.`, '');
  return lines.join('\n');
}

function renderMarkdown(r: Random, s: Story, paragraphs: readonly string[], outlet: Outlet): string {
  const lines = [`**${s.headline}**`, `Read More @ ${outlet.site}`];
  const subheadAt = Math.floor(paragraphs.length / 2);
  paragraphs.forEach((p, i) => {
    if (i === subheadAt && r.chance(0.6)) lines.push(`**${s.subhead}**`);
    lines.push(p);
  });
  return lines.join('\n') + '\n';
}

function renderJson(r: Random, s: Story, paragraphs: readonly string[], outlet: Outlet, date: Date): string {
  const body = [...paragraphs];
  if (r.chance(0.5)) body.splice(Math.min(3, body.length), 0, 'Share this article');
  const slug = s.headline.toLowerCase().replace(/[^a-z]+/g, '-');
  const article = {
    title: s.headline,
    body: body.join('\n\n'),
    url: `https://${outlet.site}/news/${iso(date).replace(/-/g, '/')}/${slug}`,
    outlet: outlet.name,
    date: `${iso(date)}T${pad(r.int(6, 22))}:${pad(r.int(0, 59))}:00+02:00`,
    author: `${r.pick(V.FIRST_NAMES)} ${r.pick(V.LAST_NAMES)}`,
  };
  return JSON.stringify(article, null, 2) + '\n';
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A figure as agencies print them: 118, 1,860, 400,000. */
function figure(r: Random): string {
  return r.int(12, [999, 9_999, 999_999][r.int(0, 2)]!).toLocaleString('en-US');
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function dmy(d: Date): string {
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}
