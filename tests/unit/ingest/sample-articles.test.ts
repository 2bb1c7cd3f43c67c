// The sample workspace doubles as a fixture set with known answers: each article's
// metadata and cleaning are checked against tests/fixtures/sample-expected.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile, type ParsedArticle } from '../../../shared/ingest';

interface Expected {
  file: string;
  index: number;
  story: string;
  title: string;
  outlet: string | null;
  date: string | null;
  byline: string | null;
  dateline: string | null;
  firstSentence: string;
  mustNotContain: string[];
  mustContain: string[];
}

const root = join(import.meta.dirname, '..', '..', '..');
const expected = JSON.parse(
  readFileSync(join(root, 'tests/fixtures/sample-expected.json'), 'utf8'),
) as Expected[];

function parse(e: Expected): ParsedArticle {
  const outcome = ingestFile(e.file, readFileSync(join(root, 'data/sample', e.file)));
  if (!outcome.ok) throw new Error(`${e.file} rejected: ${outcome.reason}`);
  const article = outcome.articles.find((a) => a.sourceIndex === e.index);
  if (!article) throw new Error(`${e.file}#${e.index} missing`);
  return article;
}

describe('sample workspace articles are cleaned and described as a reviewer expects', () => {
  it('covers at least 9 articles in 3 stories', () => {
    expect(expected.length).toBeGreaterThanOrEqual(9);
    expect(new Set(expected.map((e) => e.story)).size).toBeGreaterThanOrEqual(3);
  });

  for (const e of expected) {
    describe(`${e.file}#${e.index}`, () => {
      it('reads title, outlet, date, byline and dateline from the text', () => {
        const a = parse(e);
        expect({
          title: a.title,
          outlet: a.outlet,
          date: a.date,
          byline: a.byline,
          dateline: a.dateline,
        }).toEqual({
          title: e.title,
          outlet: e.outlet,
          date: e.date,
          byline: e.byline,
          dateline: e.dateline,
        });
      });

      it('starts the cleaned text with the first sentence of the article', () => {
        const a = parse(e);
        expect(a.sentences[0]?.text).toBe(e.firstSentence);
        expect(a.text.startsWith(e.firstSentence)).toBe(true);
      });

      it('removes the cruft and keeps the body', () => {
        const a = parse(e);
        for (const s of e.mustNotContain) expect(a.text, `cruft "${s}" left in text`).not.toContain(s);
        for (const s of e.mustContain) expect(a.text).toContain(s);
        expect(a.removed.every((r) => r.reason.length > 0 && r.line > 0)).toBe(true);
      });

      it('gives sentence and paragraph offsets that point into the text', () => {
        const a = parse(e);
        for (const span of [...a.sentences, ...a.paragraphs])
          expect(a.text.slice(span.start, span.end)).toBe(span.text);
      });
    });
  }
});
