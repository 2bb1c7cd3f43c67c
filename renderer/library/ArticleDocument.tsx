// One article as the reviewer reads it: header (outlet, date, title, byline), the removed-lines
// toggle and table, the cleaned text (ArticleText.tsx) and the details panel. Text is always
// rendered as React text nodes, never as HTML: imported articles are untrusted input.
import { useMemo, type ReactNode } from 'react';
import type { Article } from '../../shared/model';
import { IconCompare, IconReview, IconSources, IconWarning } from '../ui/icons';
import { ArticleMeta } from './ArticleMeta';
import { ArticleText, paragraphsOf } from './ArticleText';
import { fileName, formatLongDate, plural } from './format';
import { RemovedLines, RemovedToggle } from './RemovedLines';
import { useTextSelection } from './use-text-selection';

interface ArticleDocumentProps {
  readonly article: Article;
  readonly showRemoved: boolean;
  readonly onToggleRemoved: () => void;
  /** Opens the compare screen on this article and its neighbour (or another article). */
  readonly onCompare: (() => void) | null;
  /** Opens the review of the claims of this article's story. */
  readonly onReview: () => void;
  /** Makes a claim of a span of the text (the reviewer's selection). */
  readonly onMakeClaim: (start: number, end: number) => void;
  /** "Who else says this?" about selected words of the text. */
  readonly onWhoElse: (text: string) => void;
}

function Kicker(props: { article: Article }): ReactNode {
  const { outlet, date } = props.article;
  if (!outlet && !date) return null;
  return (
    <p className="doc-kicker">
      {outlet ? <span className="doc-outlet">{outlet}</span> : null}
      {outlet && date ? <span aria-hidden="true"> · </span> : null}
      {date ? <time dateTime={date}>{formatLongDate(date)}</time> : null}
    </p>
  );
}

export function ArticleDocument(props: ArticleDocumentProps): ReactNode {
  const { article, showRemoved, onToggleRemoved, onCompare, onReview, onMakeClaim, onWhoElse } = props;
  const selection = useTextSelection();
  const paragraphs = useMemo(() => paragraphsOf(article), [article]);
  const restoredCount = article.restoredLines?.length ?? 0;
  const title = article.title ?? fileName(article.sourcePath);

  return (
    <article className="doc" aria-labelledby="article-title">
      <header className="doc-header">
        <Kicker article={article} />
        <h1
          id="article-title"
          className={article.title ? 'doc-title' : 'doc-title is-untitled'}
          data-testid="article-title"
        >
          {title}
        </h1>
        {article.byline || article.dateline ? (
          <p className="doc-byline">
            {article.byline ? <span>{article.byline}</span> : null}
            {article.byline && article.dateline ? <span aria-hidden="true"> — </span> : null}
            {article.dateline ? <span className="doc-dateline">{article.dateline}</span> : null}
          </p>
        ) : null}
        <div className="doc-actions">
          <span className="doc-stat" data-testid="article-words">
            {plural(article.words, 'word', 'words')}
          </span>
          <span className="doc-stat">{plural(paragraphs.length, 'paragraph', 'paragraphs')}</span>
          {restoredCount > 0 ? (
            <span className="doc-stat" data-testid="restored-count">
              {plural(restoredCount, 'line restored', 'lines restored')}
            </span>
          ) : null}
          <RemovedToggle count={article.removed.length} open={showRemoved} onToggle={onToggleRemoved} />
          {selection ? (
            <button
              type="button"
              className="button primary"
              data-testid="make-claim"
              title="Make a claim of the selected words and review it"
              // Keep the selection: a mouse-down on the button would otherwise clear it first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onMakeClaim(selection.start, selection.end)}
            >
              Make a claim of the selection
            </button>
          ) : null}
          {selection ? (
            <button
              type="button"
              className="button"
              data-testid="who-else"
              title="Every statement in the workspace about the selected words, and whether it agrees (f)"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onWhoElse(article.text.slice(selection.start, selection.end))}
            >
              <IconSources size={14} />
              Who else says this?
            </button>
          ) : null}
          <button
            type="button"
            className="button subtle"
            data-testid="article-review"
            title="Review the claims of this article and the other versions of its story (v)"
            onClick={onReview}
          >
            <IconReview size={14} />
            Review claims
          </button>
          {onCompare ? (
            <button
              type="button"
              className="button subtle"
              data-testid="article-compare"
              title="Compare with the version before it (or any other article)"
              onClick={onCompare}
            >
              <IconCompare size={14} />
              Compare…
            </button>
          ) : null}
        </div>
      </header>
      {article.warnings.length > 0 ? (
        <ul className="doc-warnings" aria-label="Warnings about this article">
          {article.warnings.map((warning, i) => (
            <li key={i}>
              <IconWarning size={14} />
              <span>{warning}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {showRemoved && article.removed.length > 0 ? <RemovedLines article={article} /> : null}
      <ArticleText article={article} />
      <ArticleMeta article={article} />
    </article>
  );
}
