// Joins kept paragraphs into the cleaned text and computes the offsets every other part of
// the product points with. Used at import and again when a reviewer restores a removed line,
// so both produce exactly the same shape.
import type { ParagraphSpan, Span } from '../model';
import { wordCount } from './lines';
import { splitSentences } from './sentences';

export interface AssembledText {
  readonly text: string;
  readonly paragraphs: ParagraphSpan[];
  readonly sentences: Span[];
  readonly words: number;
}

export function assembleText(
  parts: readonly { readonly text: string; readonly line: number }[],
): AssembledText {
  const paragraphs: ParagraphSpan[] = [];
  const sentences: Span[] = [];
  let text = '';
  for (const p of parts) {
    if (text) text += '\n\n';
    const start = text.length;
    text += p.text;
    paragraphs.push({ text: p.text, start, end: text.length, line: p.line });
    sentences.push(...splitSentences(p.text, start));
  }
  return { text, paragraphs, sentences, words: wordCount(text) };
}
