// The extraction pages in tests/fixtures/extraction/ and the measure they are scored by, shared
// by the extraction-quality benchmark and the unit tests that pin each pattern. A page is
// `name.txt` or `name.html` (what a reader saved) beside `name.body.txt` (the article's true
// text, one paragraph a line, written by hand). A `heldout-` page was written by someone who
// had not seen the rules; it is a test set, never edited to make the rules pass.
//
// The score: both texts become tokens — the words Intl.Segmenter finds, lower-cased, so
// punctuation, line breaks and spacing never count and Japanese or Chinese text is tokenised by
// word rather than as one run — and then 4-token shingles (every run of four consecutive
// tokens). Precision is the share of the extracted text's shingles that the true body holds,
// recall the share of the body's shingles the extraction holds, both counted as multisets (a
// paragraph kept twice is counted twice, so a duplicate costs precision). A refused page scores
// 0 and 0. Pages are averaged with equal weight; F1 is the harmonic mean of the averages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../../shared/ingest';

export interface ExtractionPage {
  readonly name: string;
  readonly file: string;
  readonly format: 'html' | 'txt';
  /**
   * Which set it belongs to: written with the rules; `heldout-*`, written blind (the rules were
   * later fixed on what it showed); `blind2-*`, `blind3-*` and `blind4-*`, the second, third
   * and fourth blind sets, written blind to the rules and likewise fixed on afterwards (their
   * blind scores are in docs/decisions/extraction.md).
   */
  readonly set: 'rules' | 'heldout' | 'blind2' | 'blind3' | 'blind4';
  readonly bytes: Uint8Array;
  readonly body: string;
}

export const EXTRACTION_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'extraction');

export function extractionPages(dir = EXTRACTION_DIR): ExtractionPage[] {
  const files = readdirSync(dir).sort();
  return files
    .filter((f) => /\.(txt|html)$/.test(f) && !f.endsWith('.body.txt'))
    .map((file) => {
      const name = file.replace(/\.(txt|html)$/, '');
      return {
        name,
        file,
        format: file.endsWith('.html') ? ('html' as const) : ('txt' as const),
        set: name.startsWith('heldout-')
          ? ('heldout' as const)
          : name.startsWith('blind2-')
            ? ('blind2' as const)
            : name.startsWith('blind3-') // third blind set: written blind, the rules since fixed on it
              ? ('blind3' as const)
              : name.startsWith('blind4-') // fourth blind set: written blind, the rules since fixed on it
                ? ('blind4' as const)
                : ('rules' as const),
        bytes: new Uint8Array(readFileSync(join(dir, file))),
        body: readFileSync(join(dir, `${name}.body.txt`), 'utf8'),
      };
    });
}

export interface PageScore {
  readonly precision: number;
  readonly recall: number;
  readonly refused: string | null;
}

/** Ingests the page and scores its cleaned text against the true body. */
export function scorePage(page: ExtractionPage): PageScore {
  const outcome = ingestFile(page.file, page.bytes);
  if (!outcome.ok) return { precision: 0, recall: 0, refused: outcome.reason };
  return { ...shingleOverlap(outcome.articles[0]!.text, page.body), refused: null };
}

let words: Intl.Segmenter | null = null;

export function tokens(text: string): string[] {
  words ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: string[] = [];
  for (const s of words.segment(text.toLowerCase())) if (s.isWordLike) out.push(s.segment);
  return out;
}

function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const bag = new Map<string, number>();
  // A text shorter than one shingle is one shingle of what it has.
  const last = Math.max(0, t.length - 4);
  for (let i = 0; i <= last && t.length > 0; i++) {
    const key = t.slice(i, i + 4).join(' ');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

export function shingleOverlap(extracted: string, truth: string): { precision: number; recall: number } {
  const got = shingles(extracted);
  const want = shingles(truth);
  let common = 0;
  for (const [key, n] of got) common += Math.min(n, want.get(key) ?? 0);
  const size = (bag: Map<string, number>) => [...bag.values()].reduce((a, b) => a + b, 0);
  const [g, w] = [size(got), size(want)];
  return { precision: g === 0 ? 0 : common / g, recall: w === 0 ? 1 : common / w };
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
