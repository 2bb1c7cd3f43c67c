// One article as the reviewer reads it: header (outlet, date, title, byline), the removed-lines
// toggle, the cleaned text as paragraphs and the details panel. Text is always rendered as
// React text nodes, never as HTML: imported articles are untrusted input.
import { useMemo, type ReactNode } from 'react';
import type { Article, Span } from '../../shared/model';
import { IconWarning } from '../app/icons';
import { ArticleMeta } from './ArticleMeta';
import { fileName, formatLongDate, plural } from './format';
import { RemovedLines, RemovedToggle } from './RemovedLines';

interface ArticleDocumentProps {
  readonly article: Article;
  readonly showRemoved: boolean;
  readonly onToggleRemoved: () => void;
}

/** The services split paragraphs; older articles without them fall back to blank lines. */
function paragraphsOf(article: Article): readonly Span[] {
  if (article.paragraphs.length > 0) return article.paragraphs;
  const spans: Span[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of article.text.matchAll(pattern)) {
    const text = match[0].trim();
    if (text) spans.push({ text, start: match.index, end: match.index + match[0].length });
  }
  return spans;
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
  const { article, showRemoved, onToggleRemoved } = props;
  const paragraphs = useMemo(() => paragraphsOf(article), [article]);
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
          <span className="doc-stat">{plural(article.words, 'word', 'words')}</span>
          <span className="doc-stat">{plural(paragraphs.length, 'paragraph', 'paragraphs')}</span>
          <RemovedToggle count={article.removed.length} open={showRemoved} onToggle={onToggleRemoved} />
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
      {showRemoved && article.removed.length > 0 ? <RemovedLines lines={article.removed} /> : null}
      <div className="doc-text" data-testid="article-text">
        {paragraphs.length > 0 ? (
          paragraphs.map((p) => <p key={p.start}>{p.text}</p>)
        ) : (
          <p className="is-missing">Cleaning left no text in this article.</p>
        )}
      </div>
      <ArticleMeta article={article} />
    </article>
  );
}
