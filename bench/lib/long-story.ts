// A long-running story for the matrix: one article of `claims` sentences, every sentence
// holding a figure, then `versions` versions where each edits three figures of the one before.
// Used by the matrix-build benchmark and by the E2E test that scrolls a 50 × 200 matrix, so
// both measure the same shape of story.
import { seededRandom } from './prng';

const TOWNS = ['Keldra', 'Brennholm', 'Tessvik', 'Dravenna', 'Lodmark', 'Sörenz', 'Vessa', 'Kaldfoss'];
const THINGS = ['households', 'homes', 'workers', 'farms', 'passengers', 'tonnes', 'beds', 'schools'];

export interface LongStory {
  /** Each version's sentences, in order (one claim per sentence). */
  readonly versions: readonly (readonly string[])[];
  /** Where a version changed a figure: version index and sentence index, both from 0. */
  readonly planted: readonly { version: number; sentence: number }[];
}

export function longStory(versions: number, claims: number, seed = 20261130): LongStory {
  const r = seededRandom(seed);
  let sentences = Array.from({ length: claims }, (_, i) => {
    const town = TOWNS[i % TOWNS.length]!;
    return `Officials in ${town} said on Tuesday that the plan would reach ${r.int(100, 9999)} ${THINGS[i % THINGS.length]} by the end of the year, item ${i}.`;
  });
  const planted: { version: number; sentence: number }[] = [];
  const out: string[][] = [];
  for (let v = 0; v < versions; v++) {
    if (v > 0) {
      sentences = [...sentences];
      for (let k = 0; k < 3; k++) {
        const i = r.int(0, claims - 1);
        sentences[i] = sentences[i]!.replace(/reach \d+/, `reach ${r.int(10_000, 99_999)}`);
        planted.push({ version: v, sentence: i });
      }
    }
    out.push(sentences);
  }
  return { versions: out, planted };
}

/**
 * Version `v` as a scraped-text file: headline, date line, then paragraphs of five sentences.
 * Dates run one day apart so the versions sort in order.
 */
export function longStoryFile(story: LongStory, v: number): string {
  const date = new Date(Date.UTC(2025, 0, 1 + v)).toISOString().slice(0, 10);
  const sentences = story.versions[v]!;
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
  return `Regional plan sets targets for households across eight towns\n\ndate ${date}\n\n${paragraphs.join('\n\n')}\n`;
}
