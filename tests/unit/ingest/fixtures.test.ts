// Ingestion against hand-written fixtures: one small fictional article (or bad file) per kind of
// site cruft, input format, encoding and metadata form, in tests/fixtures/ingest/. Their known
// answers live in tests/fixtures/ingest/expected.json and are what a careful reviewer wants, not
// what the cleaner happens to produce today:
//   - the headline, byline, standalone dateline and standfirst are metadata, not text;
//   - an inline dateline is cut from the first paragraph and kept without its dash;
//   - unknown metadata is null, never a guess.
// Each fixture gets one test per aspect, so a failure names the rule that is missing.
// The byte-exact fixtures (encodings, binaries) are written by make-binary-fixtures.py there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile, type ParsedArticle } from '../../../shared/ingest';

interface Rejected {
  file: string;
  about: string;
  reject: string;
}

interface Described {
  file: string;
  about: string;
  index?: number;
  title: string | null;
  outlet: string | null;
  date: string | null;
  byline: string | null;
  dateline: string | null;
  firstSentence: string;
  mustNotContain: string[];
  mustContain: string[];
  removedReasons?: string[];
  language?: string;
  warningsMatch?: string;
  format?: string;
  paragraphCount?: number;
  sentenceCount?: number;
  sentencesInclude?: string[];
}

type Expected = Rejected | Described;

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'ingest');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected[];

const isRejected = (e: Expected): e is Rejected => 'reject' in e;
const idOf = (e: Expected) =>
  e.file.replace(/\.[a-z0-9]+$/, '') + ('index' in e && e.index !== undefined ? `#${e.index}` : '');
const show = (v: string | null) => (v === null ? 'unknown (null)' : `"${v}"`);

const cache = new Map<string, ReturnType<typeof ingestFile>>();
function ingest(file: string) {
  if (!cache.has(file)) cache.set(file, ingestFile(file, new Uint8Array(readFileSync(join(dir, file)))));
  return cache.get(file)!;
}

function article(e: Described): ParsedArticle {
  const outcome = ingest(e.file);
  if (!outcome.ok) throw new Error(`${e.file} was rejected: ${outcome.reason}`);
  const found = outcome.articles.find((a) => a.sourceIndex === (e.index ?? 0));
  if (!found) throw new Error(`${e.file}#${e.index ?? 0} is missing from the result`);
  return found;
}

describe('the ingest fixture set', () => {
  it('has at least 20 fixture files, each listed with a known answer and present on disk', () => {
    const files = new Set(expected.map((e) => e.file));
    expect(files.size).toBeGreaterThanOrEqual(20);
    for (const f of files) expect(() => readFileSync(join(dir, f))).not.toThrow();
  });
});

for (const e of expected) {
  const id = idOf(e);

  if (isRejected(e)) {
    describe(id, () => {
      it(`${id}: rejects ${e.about} with a reason mentioning "${e.reject}"`, () => {
        const outcome = ingest(e.file);
        expect(outcome.ok, `${e.file} was imported`).toBe(false);
        if (!outcome.ok) expect(outcome.reason).toContain(e.reject);
      });
    });
    continue;
  }

  describe(id, () => {
    it(`${id}: is imported${e.format ? ` as ${e.format}` : ''}`, () => {
      const outcome = ingest(e.file);
      expect(outcome.ok ? null : outcome.reason).toBeNull();
      if (e.format) expect(article(e).format).toBe(e.format);
    });

    it(`${id}: reads the title ${show(e.title)}`, () => {
      expect(article(e).title).toBe(e.title);
    });

    it(`${id}: ${e.outlet === null ? 'leaves the outlet unknown' : `names the outlet ${show(e.outlet)}`}`, () => {
      expect(article(e).outlet).toBe(e.outlet);
    });

    it(`${id}: ${e.date === null ? 'leaves the date unknown' : `reads the date ${e.date}`}`, () => {
      expect(article(e).date).toBe(e.date);
    });

    it(`${id}: ${e.byline === null ? 'leaves the byline unknown' : `reads the byline ${show(e.byline)}`}`, () => {
      expect(article(e).byline).toBe(e.byline);
    });

    it(`${id}: ${e.dateline === null ? 'finds no dateline' : `reads the dateline ${show(e.dateline)}`}`, () => {
      expect(article(e).dateline).toBe(e.dateline);
    });

    it(`${id}: starts the cleaned text with the first sentence of the body`, () => {
      const a = article(e);
      expect(a.sentences[0]?.text).toBe(e.firstSentence);
      expect(a.text.startsWith(e.firstSentence)).toBe(true);
    });

    it(`${id}: drops ${e.about}`, () => {
      const text = article(e).text;
      const left = e.mustNotContain.filter((s) => text.includes(s));
      expect(left, 'cruft left in the cleaned text').toEqual([]);
    });

    it(`${id}: keeps the body phrases intact`, () => {
      const text = article(e).text;
      const lost = e.mustContain.filter((s) => !text.includes(s));
      expect(lost, 'body phrases missing from the cleaned text').toEqual([]);
    });

    it(`${id}: gives sentence and paragraph offsets that point into the text`, () => {
      const a = article(e);
      for (const span of [...a.sentences, ...a.paragraphs])
        expect(a.text.slice(span.start, span.end)).toBe(span.text);
      expect(a.removed.every((r) => r.reason.length > 0 && r.line > 0)).toBe(true);
    });

    if (e.removedReasons) {
      const reasons = e.removedReasons;
      it(`${id}: lists the removed lines with the reasons ${reasons.join(', ')}`, () => {
        const got = new Set(article(e).removed.map((r) => r.reason));
        expect(
          reasons.filter((r) => !got.has(r)),
          `reasons given: ${[...got].join(', ')}`,
        ).toEqual([]);
      });
    }

    if (e.paragraphCount !== undefined) {
      const n = e.paragraphCount;
      it(`${id}: keeps the body as ${n} paragraphs`, () => {
        expect(article(e).paragraphs.map((p) => p.text)).toHaveLength(n);
      });
    }

    if (e.sentenceCount !== undefined) {
      const n = e.sentenceCount;
      it(`${id}: splits the body into ${n} sentences, not after abbreviations or initials`, () => {
        expect(article(e).sentences.map((s) => s.text)).toHaveLength(n);
      });
    }

    if (e.sentencesInclude) {
      const want = e.sentencesInclude;
      it(`${id}: keeps each abbreviation inside its sentence`, () => {
        const got = article(e).sentences.map((s) => s.text);
        expect(
          want.filter((s) => !got.includes(s)),
          'sentences not found whole',
        ).toEqual([]);
      });
    }

    if (e.language) {
      const lang = e.language;
      it(`${id}: detects the language as ${lang}`, () => {
        expect(article(e).language).toBe(lang);
      });
    }

    if (e.warningsMatch) {
      const re = new RegExp(e.warningsMatch);
      it(`${id}: warns with a message matching /${e.warningsMatch}/`, () => {
        const warnings = article(e).warnings;
        expect(
          warnings.some((w) => re.test(w)),
          `warnings: ${JSON.stringify(warnings)}`,
        ).toBe(true);
      });
    }
  });
}
