// The reviewer's selection inside the article text, as offsets into the cleaned text (each
// paragraph carries its start offset), or null when nothing of the text is selected. Used to
// make a claim of any span.
import { useEffect, useState } from 'react';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

function pointOffset(node: Node | null, offset: number): number | null {
  const paragraph = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>(
    '[data-testid="article-text"] p[data-start]',
  );
  if (!paragraph || !node) return null;
  // Characters from the paragraph's start to the point, across any marks inside it.
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(node, offset);
  return Number(paragraph.dataset.start) + before.toString().length;
}

export function selectionSpan(selection: Selection | null): TextSpan | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = pointOffset(range.startContainer, range.startOffset);
  const end = pointOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end - start < 3) return null;
  return { start, end };
}

export function useTextSelection(): TextSpan | null {
  const [span, setSpan] = useState<TextSpan | null>(null);
  useEffect(() => {
    const update = () => {
      const next = selectionSpan(document.getSelection());
      setSpan((prev) => (prev?.start === next?.start && prev?.end === next?.end ? prev : next));
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, []);
  return span;
}
