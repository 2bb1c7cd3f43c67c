// The cleaned text as paragraphs. A paragraph the reviewer restored (its source line is in
// `article.restoredLines`) is marked so it can be told apart from what the cleaning kept —
// a rule at its side, an icon and the words "Restored · line N", never colour alone — and
// carries the button that takes it out again. Text is rendered as React text nodes, never as
// HTML: imported articles are untrusted input.
import { useEffect, useMemo, type ReactNode } from 'react';
import type { Article, ParagraphSpan } from '../../shared/model';
import { IconRestore } from '../ui/icons';
import { useActions, useLibrary } from '../state/library-context';
import { focusSoon } from './focus-soon';

/** The services split paragraphs; older articles without them fall back to blank lines. */
export function paragraphsOf(article: Article): readonly ParagraphSpan[] {
  if (article.paragraphs.length > 0) return article.paragraphs;
  const spans: ParagraphSpan[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of article.text.matchAll(pattern)) {
    const text = match[0].trim();
    // Line 0 matches no restored line: such an article predates restoring.
    if (text) spans.push({ text, start: match.index, end: match.index + match[0].length, line: 0 });
  }
  return spans;
}

function RestoredParagraph(props: {
  paragraph: ParagraphSpan;
  pending: boolean;
  busy: boolean;
  onRemove: () => void;
}): ReactNode {
  const { paragraph, pending, busy, onRemove } = props;
  return (
    <div className="restored" data-testid="restored-paragraph" data-line={paragraph.line}>
      <div className="restored-tag">
        <IconRestore size={13} />
        <span className="restored-label">Restored</span>
        <span className="restored-source">line {paragraph.line} of the original</span>
        <button
          type="button"
          className="restored-undo"
          data-testid="unrestore-line"
          aria-label={`Remove line ${paragraph.line} from the text again`}
          aria-disabled={busy}
          title="Take this line out of the text again, as the cleaning had it"
          onClick={() => {
            if (!busy) onRemove();
          }}
        >
          {pending ? 'Removing…' : 'Remove again'}
        </button>
      </div>
      <p>{paragraph.text}</p>
    </div>
  );
}

export function ArticleText(props: { article: Article }): ReactNode {
  const { article } = props;
  const actions = useActions();
  const pending = useLibrary((s) => (s.pendingLine?.articleId === article.id ? s.pendingLine.line : null));
  const notice = useLibrary((s) => s.lineNotice);
  const paragraphs = useMemo(() => paragraphsOf(article), [article]);
  const restored = useMemo(() => new Set(article.restoredLines ?? []), [article]);
  const passage = useLibrary((s) => (s.passage?.articleId === article.id ? s.passage : null));
  // An opened passage is brought into view.
  useEffect(() => {
    if (passage)
      document
        .querySelector('[data-testid="passage"]')
        ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [passage]);

  async function remove(line: number): Promise<void> {
    if (!(await actions.setLineRestored(line, false))) return;
    // The paragraph has gone: offer the line's Restore button if the table is open.
    focusSoon(`[data-testid="removed-row"][data-line="${line}"] [data-testid="restore-line"]`, () =>
      document.querySelector<HTMLElement>('[data-region="reader"]'),
    );
  }

  return (
    <>
      <div className="doc-text" data-testid="article-text" data-source-article={article.id}>
        {paragraphs.length === 0 ? (
          <p className="is-missing">Cleaning left no text in this article.</p>
        ) : null}
        {paragraphs.map((p) =>
          restored.has(p.line) ? (
            <RestoredParagraph
              key={`${p.line}-${p.start}`}
              paragraph={p}
              pending={pending === p.line}
              busy={pending !== null}
              onRemove={() => void remove(p.line)}
            />
          ) : (
            // data-start lets a selection be turned into offsets of the cleaned text.
            <p key={`${p.line}-${p.start}`} data-start={p.start}>
              {passage && passage.start >= p.start && passage.start < p.end ? (
                <>
                  {p.text.slice(0, passage.start - p.start)}
                  <mark className="passage" data-testid="passage">
                    {p.text.slice(passage.start - p.start, passage.end - p.start)}
                  </mark>
                  {p.text.slice(passage.end - p.start)}
                </>
              ) : (
                p.text
              )}
            </p>
          ),
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
    </>
  );
}
