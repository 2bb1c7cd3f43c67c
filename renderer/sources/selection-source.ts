// The words the reviewer has selected in an article's text — in the reader, either side of the
// compare screen, a claim or a match in the review — and which article they come from. Text
// that can be asked about carries `data-source-article="<article id>"`; a selection anywhere
// else (a button, a heading) is not a question.
import { useEffect, useState } from 'react';
import type { SourceQuery } from '../state/sources-state';

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

export function readSelectionSource(
  selection: Selection | null = document.getSelection(),
): SourceQuery | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const text = selection.toString().replace(/\s+/g, ' ').trim();
  if (text.length < 3) return null;
  const from = elementOf(selection.getRangeAt(0).startContainer)?.closest<HTMLElement>(
    '[data-source-article]',
  );
  if (!from) return null;
  return { text, articleId: from.dataset.sourceArticle || null };
}

/** The selection as a question, kept up to date while the reviewer selects. */
export function useSelectionSource(): SourceQuery | null {
  const [query, setQuery] = useState<SourceQuery | null>(null);
  useEffect(() => {
    const update = () => {
      const next = readSelectionSource();
      setQuery((prev) => (prev?.text === next?.text && prev?.articleId === next?.articleId ? prev : next));
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, []);
  return query;
}
