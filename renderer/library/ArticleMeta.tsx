// The reader's details panel: where the article came from and how it was read. Values are
// shown as plain text (the URL too: a fact-checker copies it, the app never opens it), and a
// missing value says so rather than leaving a gap.
import type { ReactNode } from 'react';
import type { Article } from '../../shared/model';
import { IconWarning } from '../ui/icons';
import { ArticleClaims } from './ArticleClaims';
import { formatCount, formatLanguage } from './format';

function Missing(): ReactNode {
  return <span className="is-missing">Not stated</span>;
}

function Field(props: { label: string; children: ReactNode; wide?: boolean }): ReactNode {
  return (
    <div className={props.wide ? 'meta-field is-wide' : 'meta-field'}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

function Warnings(props: { warnings: readonly string[] }): ReactNode {
  if (props.warnings.length === 0) return <span className="is-missing">None</span>;
  return (
    <ul className="meta-warnings">
      {props.warnings.map((warning, i) => (
        <li key={i}>
          <IconWarning size={14} />
          <span>{warning}</span>
        </li>
      ))}
    </ul>
  );
}

export function ArticleMeta(props: { article: Article }): ReactNode {
  const { article } = props;
  return (
    <aside className="doc-meta" aria-label="Article details" data-testid="article-meta">
      <ArticleClaims articleId={article.id} />
      <h2 className="meta-heading">Details</h2>
      <dl className="meta-list">
        <Field label="Outlet">{article.outlet ?? <Missing />}</Field>
        <Field label="Date">
          {article.date ? <time dateTime={article.date}>{article.date}</time> : <Missing />}
        </Field>
        <Field label="Byline">{article.byline ?? <Missing />}</Field>
        <Field label="Dateline">{article.dateline ?? <Missing />}</Field>
        <Field label="Language">{article.language ? formatLanguage(article.language) : <Missing />}</Field>
        <Field label="Words">{formatCount(article.words)}</Field>
        <Field label="Format">{article.format.toUpperCase()}</Field>
        <Field label="Encoding">{article.encoding}</Field>
        <Field label="URL" wide>
          {article.url ? <SourceLink url={article.url} /> : <Missing />}
        </Field>
        <Field label="Source file" wide>
          <span className="meta-code">
            {article.sourcePath}
            {article.sourceIndex > 0 ? ` (item ${article.sourceIndex + 1})` : ''}
          </span>
        </Field>
        <Field label="Article id" wide>
          <span className="meta-code">{article.id}</span>
        </Field>
        <Field label={article.warnings.length ? `Warnings (${article.warnings.length})` : 'Warnings'} wide>
          <Warnings warnings={article.warnings} />
        </Field>
      </dl>
    </aside>
  );
}

/**
 * The article's address. Only an http(s) address is a link, opened outside the app: a new tab
 * in a browser, the OS browser after a confirmation in the desktop app (electron/main/window.ts).
 * Anything else (an article imported before addresses were checked) stays plain text.
 */
function SourceLink(props: { url: string }): ReactNode {
  if (!/^https?:\/\//i.test(props.url)) return <span className="meta-code">{props.url}</span>;
  return (
    <a
      className="meta-code meta-link"
      href={props.url}
      target="_blank"
      rel="noopener noreferrer"
      data-testid="article-url"
      title="Open the original in your browser"
    >
      {props.url}
    </a>
  );
}
