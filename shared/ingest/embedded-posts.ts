// The chrome of a social-media post embedded in a story: the author's display name over an
// "@handle", like and repost counts ("1.2K"), "Read 96 replies", and the signature line a
// copied embed ends with ("— Name (@handle) May 9, 2025"). The post's own text is a quotation
// the story relies on and stays; only the lines around it that a post always prints go.
import { EMBED_REPLIES } from './footer-words';
import { phrase } from './furniture-words';
import { atMostWords, endsSentence, type SourceLine } from './lines';

const HANDLE = /^@[\p{L}\p{N}_]{1,30}$/u;
const COUNT = /^[\d]{1,3}(?:[.,]\d)?\s*[KkMm]$/u;
const REPLIES = new RegExp(`^${phrase(EMBED_REPLIES)}$`, 'iu');
/** "— Save Dunmore Road (@SaveDunmoreRd) May 9, 2025": a copied embed's signature. */
const SIGNATURE = /^[—–-]\s*[^()]{1,60}\(@[\p{L}\p{N}_]{1,30}\)\s*.{0,40}$/u;
/** A display name over its handle: a few words, none ending a sentence. */
const DISPLAY_NAME = /^[\p{Lu}\p{Lo}][\p{L}\p{N}.'’ -]{0,50}$/u;

export function markEmbeddedPosts(
  lines: readonly SourceLine[],
  verdict: ReadonlyMap<number, string>,
  remove: (l: SourceLine, r: string) => void,
): void {
  const free = (k: number) => k >= 0 && k < lines.length && !verdict.has(lines[k]!.no);
  for (let i = 0; i < lines.length; i++) {
    if (!free(i)) continue;
    const text = lines[i]!.text;
    if (HANDLE.test(text)) {
      remove(lines[i]!, 'embedded post');
      const above = lines[i - 1]?.text ?? '';
      if (free(i - 1) && atMostWords(above, 5) && !endsSentence(above) && DISPLAY_NAME.test(above))
        remove(lines[i - 1]!, 'embedded post');
    } else if (SIGNATURE.test(text) || REPLIES.test(text) || (COUNT.test(text) && nearPost(lines, i))) {
      remove(lines[i]!, 'embedded post');
    }
  }
}

/** A count alone is a post's when a handle or a post's links stand within a few lines above. */
function nearPost(lines: readonly SourceLine[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (HANDLE.test(lines[k]!.text)) return true;
  return false;
}
