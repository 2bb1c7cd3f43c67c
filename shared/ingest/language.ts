// A cheap language guess from function words: enough to label an article and to warn
// when a folder mixes languages. Returns null rather than guess on short or mixed text.

const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'said', 'was'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit', 'sich', 'auf', 'für', 'dem', 'den'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'pour', 'dans', 'que', 'qui', 'du'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'por', 'una', 'para', 'con', 'según'],
  it: ['il', 'la', 'che', 'di', 'e', 'per', 'una', 'del', 'della', 'non', 'sono', 'con'],
  sr: ['je', 'i', 'da', 'u', 'na', 'se', 'su', 'za', 'od', 'koji', 'sa', 'nije'],
};
const LANGUAGES = Object.keys(FUNCTION_WORDS);
/** word → indexes of the languages it marks; built once. */
const MARKS = new Map<string, number[]>();
LANGUAGES.forEach((lang, index) => {
  for (const word of FUNCTION_WORDS[lang]!) MARKS.set(word, [...(MARKS.get(word) ?? []), index]);
});
/** The first few thousand characters decide; a news article does not change language midway. */
const SAMPLE_CHARS = 800;

export function guessLanguage(text: string): string | null {
  const words =
    text
      .slice(0, SAMPLE_CHARS)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return null;
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  for (const w of words) for (const index of MARKS.get(w) ?? []) hits[index]!++;
  const ranked = hits.map((h, i) => [i, h / words.length] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 0.08 || (second && best[1] < second[1] * 1.5)) return null;
  return LANGUAGES[best[0]]!;
}
