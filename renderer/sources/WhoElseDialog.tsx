// "Who else says this?": the words asked about, then every statement of the workspace that
// speaks to them, grouped by relation, with outlet, date and reasons, identical wordings
// collapsed and expandable, each openable in the reader. A modal <dialog>: Esc closes it and
// the focus goes back where it was.
import { useMemo, useState, type ReactNode } from 'react';
import { Dialog } from '../ui/Dialog';
import { IconError, IconRefresh } from '../ui/icons';
import { focusSoon } from '../library/focus-soon';
import { formatShortDate } from '../library/format';
import { useActions, useLibrary } from '../state/library-context';
import { SourceGroups } from './SourceGroups';
import { groupByRelation, lineOfSource, summarize } from './source-lines';

/** Where the reviewer was when the dialog opened: the focused control and the selection. */
interface Origin {
  readonly focus: HTMLElement | null;
  readonly range: Range | null;
}

function takeOrigin(): Origin {
  const selection = document.getSelection();
  return {
    focus: document.activeElement instanceof HTMLElement ? document.activeElement : null,
    range: selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null,
  };
}

/**
 * A modal dialog makes the page behind it inert, and Chromium then drops the selection there —
 * and with it the reader's "Who else says this?" button, the one the focus should go back to.
 * Closing puts the selection back (the button returns) and the focus on it.
 */
function returnTo(origin: Origin): void {
  const { focus, range } = origin;
  if (range?.startContainer.isConnected && range.endContainer.isConnected) {
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  if (focus?.isConnected && focus !== document.body) return focus.focus();
  // The button comes back once the page has seen the selection again: a few frames at most.
  let frames = 0;
  const attempt = () => {
    const button = document.querySelector<HTMLElement>('[data-testid="who-else"]:not(:disabled)');
    if (button) return button.focus();
    if (++frames < 6) return void requestAnimationFrame(attempt);
    document.querySelector<HTMLElement>('[data-region="reader"], [data-region="compare"]')?.focus();
  };
  requestAnimationFrame(attempt);
}

export function WhoElseDialog(): ReactNode {
  const actions = useActions();
  // Read while rendering, before the dialog opens and takes the focus and the selection.
  const [origin] = useState(takeOrigin);
  const whoElse = useLibrary((s) => s.whoElse);
  const articles = useLibrary((s) => s.articles);
  const stories = useLibrary((s) => s.stories);
  const storyOfArticle = useLibrary((s) => s.storyOfArticle);
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const query = whoElse?.query ?? null;
  const home = query?.articleId ? (storyOfArticle.get(query.articleId) ?? null) : null;
  const result = whoElse?.result ?? null;
  const lines = useMemo(() => result?.matches.map((m) => lineOfSource(m, home)) ?? [], [result, home]);
  if (!whoElse) return null;

  const from = query?.articleId ? byId.get(query.articleId) : undefined;
  const versions = stories.find((s) => s.id === home)?.articleIds.length ?? 0;
  const storyTitle = (id: string) => stories.find((s) => s.id === id)?.title ?? null;
  const leave = () => focusSoon('[data-region="reader"]');

  return (
    <Dialog
      title="Who else says this?"
      testId="who-else-dialog"
      className="who-else"
      onClose={() => {
        actions.closeWhoElse();
        returnTo(origin);
      }}
      doneLabel="Close"
    >
      {query ? (
        <>
          <blockquote className="src-query" data-testid="who-else-query">
            {query.text}
          </blockquote>
          {from ? (
            <p className="src-query-from">
              From <strong>{from.outlet ?? 'an unknown outlet'}</strong>
              {from.date ? `, ${formatShortDate(from.date)}` : ''}
              {versions === 2
                ? ' — the other version of its story is left out (Compare shows it).'
                : versions > 2
                  ? ` — the other ${versions - 1} versions of its story are left out (Compare shows them).`
                  : ''}
            </p>
          ) : null}
          <p className="src-summary" role="status" data-testid="who-else-status">
            {whoElse.status === 'loading'
              ? 'Searching every article in the workspace…'
              : whoElse.status === 'ready'
                ? lines.length
                  ? summarize(groupByRelation(lines))
                  : ''
                : ''}
          </p>
          {whoElse.status === 'error' ? (
            <div className="src-error">
              <p className="reader-error">
                <IconError />
                <span>{whoElse.error}</span>
              </p>
              <button type="button" className="button" onClick={actions.retryWhoElse}>
                <IconRefresh /> Try again
              </button>
            </div>
          ) : whoElse.status === 'loading' ? (
            <div className="reader-skeleton" aria-hidden="true">
              {[92, 84].map((width, i) => (
                <span key={i} className="skeleton-bar is-card" style={{ width: `${width}%` }} />
              ))}
            </div>
          ) : lines.length === 0 ? (
            <p className="rv-muted" data-testid="who-else-empty">
              No other article in the workspace speaks to this.
            </p>
          ) : (
            <SourceGroups
              lines={lines}
              articles={byId}
              storyTitle={storyTitle}
              level={3}
              idPrefix="who-else"
              onOpen={(id, start, end) => {
                actions.openSource(id, start, end);
                leave();
              }}
              onOpenCopy={(id, wording) => {
                void actions.openCopy(id, wording).then(leave);
              }}
            />
          )}
        </>
      ) : (
        <p className="src-how" data-testid="who-else-how">
          Select a sentence or a few words of an article — in the reader, either side of the compare screen,
          or a claim or a match in the review — then choose <em>Who else says this?</em> or press <kbd>f</kbd>
          .
        </p>
      )}
    </Dialog>
  );
}
