// The right pane: the selected article (under a line naming its story), or why there is none
// yet (nothing selected, loading, failed). It is the scroll region the arrow keys scroll once it
// has focus.
import { useEffect, useRef, type ReactNode } from 'react';
import { IconError, IconImport, IconRefresh } from '../ui/icons';
import { useActions, useLibrary } from '../state/library-context';
import { StoryBar } from '../stories/StoryBar';
import { ArticleDocument } from './ArticleDocument';
import { PassageBar } from './PassageBar';

function ReaderSkeleton(): ReactNode {
  return (
    <div className="reader-skeleton" aria-hidden="true">
      <span className="skeleton-bar is-thin" style={{ width: '28%' }} />
      <span className="skeleton-bar is-title" style={{ width: '82%' }} />
      <span className="skeleton-bar is-title" style={{ width: '54%' }} />
      {[96, 100, 91, 98, 64, 0, 99, 94, 100, 72].map((width, i) =>
        width ? <span key={i} className="skeleton-bar" style={{ width: `${width}%` }} /> : <br key={i} />,
      )}
    </div>
  );
}

function ReaderMessage(props: { title: string; children?: ReactNode }): ReactNode {
  return (
    <div className="reader-message">
      <h2>{props.title}</h2>
      {props.children}
    </div>
  );
}

export function ArticleView(): ReactNode {
  const actions = useActions();
  const selectedId = useLibrary((s) => s.selectedId);
  const article = useLibrary((s) => s.article);
  const status = useLibrary((s) => s.articleStatus);
  const error = useLibrary((s) => s.articleError);
  const showRemoved = useLibrary((s) => s.showRemoved);
  const hasArticles = useLibrary((s) => s.articles.length > 0);
  const articleCount = useLibrary((s) => s.articles.length);
  const regionRef = useRef<HTMLElement>(null);
  // Whether the reader is scrolled away from its top, as its scroll events said: asking the
  // element (or scrolling it) forces the browser to lay the new article out there and then.
  const scrolled = useRef(false);

  const shownId = article?.id === selectedId ? selectedId : null;
  // A new article starts at its top, not where the previous one was scrolled to. Only a
  // reader that was scrolled is scrolled back: at the first article, laying it out inside
  // this effect made one long task of the render and the layout (40 ms on a slow machine).
  useEffect(() => {
    if (!scrolled.current) return;
    regionRef.current?.scrollTo({ top: 0 });
    scrolled.current = false;
  }, [shownId]);

  let content: ReactNode;
  if (!selectedId) {
    content = hasArticles ? (
      <ReaderMessage title="Nothing selected">
        <p>
          Choose a story or an article in the list, or move through it with <kbd>↑</kbd> <kbd>↓</kbd>.
        </p>
      </ReaderMessage>
    ) : null;
  } else if (status === 'error') {
    content = (
      <ReaderMessage title="This article could not be opened">
        <p className="reader-error">
          <IconError />
          <span>{error}</span>
        </p>
        <div className="reader-actions">
          <button type="button" className="button" onClick={actions.reloadArticle}>
            <IconRefresh /> Try again
          </button>
          <button
            type="button"
            className="button"
            data-testid="reimport-article"
            title="Import the file this article came from again: a damaged article file is written afresh"
            onClick={() => void actions.reimportArticle()}
          >
            <IconImport /> Import again from its source
          </button>
        </div>
      </ReaderMessage>
    );
  } else if (article && shownId) {
    content = (
      <>
        <StoryBar articleId={article.id} />
        <PassageBar articleId={article.id} />
        <ArticleDocument
          article={article}
          showRemoved={showRemoved}
          onToggleRemoved={actions.toggleRemoved}
          onCompare={articleCount > 1 ? () => actions.compareFromArticle(article.id) : null}
          onReview={() => actions.openReview(article.id)}
          onMakeClaim={(start, end) => void actions.makeClaim(article.id, start, end)}
          onWhoElse={(text) => actions.askWhoElse({ text, articleId: article.id })}
        />
      </>
    );
  } else {
    content = <ReaderSkeleton />;
  }

  return (
    <section
      ref={regionRef}
      onScroll={(e) => {
        scrolled.current = e.currentTarget.scrollTop > 0;
      }}
      className="reader"
      data-region="reader"
      aria-label="Article reader"
      aria-busy={status === 'loading'}
      tabIndex={0}
    >
      {content}
    </section>
  );
}
