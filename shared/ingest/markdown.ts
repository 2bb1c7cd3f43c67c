// Reads Markdown notes into plain lines for the layout rules: heading and emphasis marks
// go, links keep their text, images (captions) are dropped with a reason, and hard-wrapped
// paragraphs are joined so one paragraph is one line as in scraped text.
import type { RemovedLine } from '../model';
import type { SourceLine } from './lines';
import { pageAddressOf } from './page-address';

export interface MarkdownLines {
  readonly lines: SourceLine[];
  readonly removed: RemovedLine[];
}

// A link's target: CommonMark allows balanced parentheses inside it (Wikipedia-style URLs,
// `javascript:alert('x')`), one level deep here.
const TARGET = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const IMAGE = new RegExp(String.raw`^!\[[^\]]*\]${TARGET}\s*$`);
const INLINE_IMAGE = new RegExp(String.raw`!\[([^\]]*)\]${TARGET}`, 'g');
const INLINE_LINK = new RegExp(String.raw`\[([^\]]+)\]${TARGET}`, 'g');
const HARD_WRAP_WIDTH = 100;

export function markdownToLines(lines: readonly SourceLine[]): MarkdownLines {
  const out: SourceLine[] = [];
  const removed: RemovedLine[] = [];
  let block: SourceLine[] = [];
  const flush = () => {
    if (block.length === 0) return;
    // Widths are measured without link targets: a long URL does not make a line a paragraph.
    const hardWrapped =
      block.length > 1 &&
      block.slice(0, -1).every((l) => inline(l.text).length <= HARD_WRAP_WIDTH && !isBlockStart(l.text));
    // Inline marks are read after joining: a link's text may wrap onto the next line.
    if (hardWrapped) {
      const first = block[0]!;
      const text = inline(block.map((l) => l.text).join(' '));
      out.push({ no: first.no, raw: block.map((l) => l.raw).join('\n'), text });
    } else {
      out.push(...block.map((l) => ({ ...l, text: inline(l.text) })));
    }
    block = [];
  };
  for (const line of lines) {
    if (line.text === '' || /^(-{3,}|\*{3,}|_{3,})$/.test(line.text)) {
      flush();
      out.push({ ...line, text: '' });
      continue;
    }
    if (IMAGE.test(line.text)) {
      removed.push({ line: line.no, text: line.raw.trim(), reason: 'image' });
      continue;
    }
    if (isBlockStart(line.text)) {
      flush();
      out.push({ ...line, text: inline(line.text) });
      continue;
    }
    block.push(line);
  }
  flush();
  return { lines: out, removed };
}

function isBlockStart(text: string): boolean {
  // An address line ("Source: https://…") is never joined to the lines around it: the layout
  // reads it alone.
  return /^(#{1,6}\s|\*\*[^*]+\*\*$|>\s|[-*+]\s|\d+[.)]\s)/.test(text) || pageAddressOf(text) !== null;
}

function inline(text: string): string {
  return text
    .replace(INLINE_IMAGE, '$1')
    .replace(INLINE_LINK, '$1')
    .replace(/^>\s?/, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(^|[^*])\*([^*\n]+)\*(?!\*)/g, '$1$2');
}
