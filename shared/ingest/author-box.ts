// A box about the writer after the story: the writer's name on its own line, perhaps a role
// ("Transport reporter"), a sentence on what the writer covers ("Daniel covers roads, rail and
// buses for the Herald."), perhaps an e-mail address. The sentence reads as prose, so the tail
// rule would keep it; what makes it a box is its structure — a name line above a sentence whose
// subject is that name (or its first name) and whose verb says what the writer covers.
import { WRITER_BEATS } from './footer-words';
import { AUTHOR_BOX_LABELS, phrase } from './furniture-words';
import { atMostWords, endsSentence, isProse, type SourceLine } from './lines';

const BEAT = new RegExp(`^((?:[\\p{Lu}][\\p{L}'’.-]+\\s){1,3})${phrase(WRITER_BEATS)}\\s`, 'u');
const NAME_LINE = /^[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3}$/u;
const EMAIL = /^\S+@\S+\.\p{L}{2,}$/u;

/**
 * A box about the writer under its own heading ("About the author", "この記事を書いた人"): the
 * heading and what it holds — a name, a role, a sentence or two on the writer — up to the next
 * page furniture, three lines at most, each a line or a short sentence (a note on the writer
 * is no paragraph of reporting). Only under the story's first paragraph: it closes the story.
 */
const BOX_LABEL = new RegExp(`^${phrase(AUTHOR_BOX_LABELS)}\\s*[:：]?$`, 'iu');
const BOX_LINES = 3;

export function markAuthorBoxes(
  lines: readonly SourceLine[],
  verdict: ReadonlyMap<number, string>,
  remove: (l: SourceLine, r: string) => void,
): void {
  const bodyStart = lines.findIndex((l) => !verdict.has(l.no) && isProse(l.text));
  for (let i = bodyStart + 1; bodyStart >= 0 && i < lines.length; i++) {
    if (verdict.has(lines[i]!.no) || !BOX_LABEL.test(lines[i]!.text.trim())) continue;
    const held: SourceLine[] = [];
    for (let j = i + 1; j < lines.length && held.length < BOX_LINES; j++) {
      const line = lines[j]!;
      if (verdict.has(line.no) || !atMostWords(line.text, 25)) break;
      held.push(line);
    }
    // A heading with nothing under it is a menu item; under it must stand the writer's name.
    if (held.length === 0 || !atMostWords(held[0]!.text, 5) || endsSentence(held[0]!.text)) continue;
    remove(lines[i]!, 'author note');
    for (const line of held) remove(line, 'author note');
  }
  for (let i = 0; i < lines.length; i++) {
    if (verdict.has(lines[i]!.no)) continue;
    const bio = BEAT.exec(lines[i]!.text);
    if (!bio || !atMostWords(lines[i]!.text, 60)) continue;
    const subject = bio[1]!.trim().split(/\s+/);
    // The name line within two lines above (a role line may stand between).
    let name = -1;
    for (let k = i - 1; k >= Math.max(0, i - 2) && name < 0; k--) {
      const text = lines[k]!.text;
      if (verdict.has(lines[k]!.no) || endsSentence(text) || !atMostWords(text, 4)) break;
      const words = text.split(/\s+/);
      if (NAME_LINE.test(text) && subject.every((w) => words.includes(w))) name = k;
    }
    if (name < 0) continue;
    for (let k = name; k <= i; k++) remove(lines[k]!, 'author note');
    const next = lines[i + 1];
    if (next && !verdict.has(next.no) && EMAIL.test(next.text)) remove(next, 'author note');
  }
}
