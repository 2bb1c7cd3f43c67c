// Word shingles: the units two versions of one text share. Text is folded before shingling
// (case, accents, punctuation, quote styles, digit grouping) so that cosmetic edits — a
// respelled word aside — leave almost every shingle intact.

export const SHINGLE_WORDS = 5;

/** Lower-case words without accents or punctuation; "1,240" and "1240" both become "1240". */
export function shingleTokens(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/(\d)[,.\u00a0\u202f ](?=\d{3}\b)/g, '$1')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** 32-bit hashes of every run of SHINGLE_WORDS words (a short text gives one shingle of all its words). */
export function shingleSet(text: string): Set<number> {
  const words = shingleTokens(text);
  const set = new Set<number>();
  if (words.length === 0) return set;
  const n = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < n; i++) set.add(hashWords(words, i, Math.min(words.length, i + SHINGLE_WORDS)));
  return set;
}

/** FNV-1a over the words with a separator, so "ab c" and "a bc" differ. */
function hashWords(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x20;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
