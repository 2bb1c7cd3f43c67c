// The noun a number counts, folded to one singular so "ferries" and "ferry", "persons" and
// "people", "Menschen" and "people" name the same thing; and the words that are never such a
// noun (function words, auxiliaries, verbs of saying). Plain tables and small rules: no
// dictionary, so a word it does not know keeps its spelling and still compares with itself.

/**
 * Words that are never the thing a number counts: function words, auxiliaries, common verbs.
 * "12 were killed" counts nothing named; "12 ferries" counts ferries.
 */
export const NOT_NOUNS = new Set(
  (
    'a an the and or but nor of to in on at by for from with as than that this these those which who whom ' +
    'whose when where while after before since until per into onto over under about around up down out off ' +
    'among between through during against within without across behind beyond toward towards upon via plus ' +
    'minus times ago it its they them their he she his her we our you your i my me us is are ' +
    'was were be been being has have had do does did will would could should may might can must shall not no ' +
    'so if also only just each every all some any both either such more most less least said says told added ' +
    'again vs versus too very there here then what how why yet still even instead according alone apiece altogether ' +
    'und oder der die das den dem des ein eine im am auf mit von zu für bei nach vor aus um ist sind war waren ' +
    'et ou le la les de du en à au aux dans pour par sur avec est sont était ' +
    'y o el los las del al con por para que sobre es son era fue'
  ).split(' '),
);

/** Irregular plurals, and words that look plural but are not. */
const IRREGULAR: Record<string, string> = {
  people: 'people',
  menschen: 'people',
  personen: 'people',
  leute: 'people',
  personnes: 'people',
  personne: 'people',
  gens: 'people',
  personas: 'people',
  persona: 'people',
  persons: 'people',
  person: 'people',
  children: 'child',
  men: 'man',
  women: 'woman',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  wolves: 'wolf',
  halves: 'half',
  shelves: 'shelf',
  leaves: 'leaf',
  thieves: 'thief',
  loaves: 'loaf',
  police: 'police',
  staff: 'staff',
  series: 'series',
  species: 'species',
  news: 'news',
  movies: 'movie',
  cookies: 'cookie',
  calories: 'calorie',
  zombies: 'zombie',
  heroes: 'hero',
  potatoes: 'potato',
  tomatoes: 'tomato',
  vetoes: 'veto',
  echoes: 'echo',
  bias: 'bias',
  atlas: 'atlas',
  canvas: 'canvas',
  alias: 'alias',
  data: 'data',
  criteria: 'criterion',
  media: 'media',
};
const PLURAL_ONLY = new Set([
  'people',
  'police',
  'children',
  'men',
  'women',
  'staff',
  'cattle',
  'personnel',
  'feet',
]);

/** Folds an English plural to its singular; other words come back lower-cased. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  const hyphen = w.lastIndexOf('-');
  // "year-olds" → "year-old": only the last part of a compound is plural.
  if (hyphen > 0) return w.slice(0, hyphen + 1) + singular(w.slice(hyphen + 1));
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3 || !w.endsWith('s')) return w;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:sses|shes|ches|xes|zzes)$/.test(w)) return w.slice(0, -2);
  // "buses", "viruses" drop "es"; "houses", "causes", "focuses" keep the e.
  if (/[^aeiou]uses$/.test(w) && !/(?:cuses|fuses)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** A word that reads as an English plural (or a German noun, which has a capital). */
export function looksPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (PLURAL_ONLY.has(w) || IRREGULAR[w] !== undefined) return true;
  return w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w) && !NOT_NOUNS.has(w);
}
