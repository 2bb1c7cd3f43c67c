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

export function guessLanguage(text: string): string | null {
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, 2000) ?? [];
  if (words.length < 20) return null;
  const scores = Object.entries(FUNCTION_WORDS).map(([lang, list]) => {
    const set = new Set(list);
    return [lang, words.filter((w) => set.has(w)).length / words.length] as const;
  });
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || best[1] < 0.08 || (second && best[1] < second[1] * 1.5)) return null;
  return best[0];
}
