// What the other articles say, laid out: one section per relation ("Differs", "Agrees",
// "Related", each with its count), one line per wording with its outlet, date and whether it is
// another version of the story or another story. Identical wordings are one line ("= agrees —
// 287 copies, same wording") that expands to list its copies. Long lists are bounded: a group
// shows its first lines and a copy list its first copies, each with a "Show more".
import { useMemo, useState, type ReactNode } from 'react';
import type { ArticleSummary } from '../../shared/model';
import { IconChevron } from '../ui/icons';
import { formatShortDate, plural } from '../library/format';
import { copyRows, groupByRelation, type SourceLine } from './source-lines';

const RELATION = { agrees: '= agrees', differs: '≠ differs', related: '~ related' } as const;
/** Lines a group shows before "Show more", and copies a copy list shows. */
const LINES_SHOWN = 20;
const COPIES_SHOWN = 50;

export interface SourceGroupsProps {
  readonly lines: readonly SourceLine[];
  /** The library's articles by id: the copies are named from it. */
  readonly articles: ReadonlyMap<string, ArticleSummary>;
  readonly storyTitle: (storyId: string) => string | null;
  /** Level of the relation headings under the section's own heading. */
  readonly level: 3 | 4;
  /** Prefix of the element ids, unique on the page. */
  readonly idPrefix: string;
  readonly isCited?: (line: SourceLine) => boolean;
  readonly onOpen: (articleId: string, start: number, end: number) => void;
  readonly onOpenCopy: (articleId: string, wording: string) => void;
}

function When(props: { date: string | null }): ReactNode {
  return props.date ? (
    <time className="src-date" dateTime={props.date}>
      {formatShortDate(props.date)}
    </time>
  ) : (
    <span className="src-date is-missing">no date</span>
  );
}

function Scope(props: { line: SourceLine; storyTitle: (id: string) => string | null }): ReactNode {
  const { line, storyTitle } = props;
  if (line.scope === 'version')
    return (
      <span className="src-scope is-version" title="Another version of this story">
        another version
      </span>
    );
  if (line.scope !== 'source') return null;
  const title = line.storyId ? storyTitle(line.storyId) : null;
  return (
    <span className="src-scope is-source" title={title ? `Another story: ${title}` : 'Another story'}>
      other story{title ? <span className="src-scope-title">: {title}</span> : null}
    </span>
  );
}

function CopyList(props: {
  id: string;
  line: SourceLine;
  articles: ReadonlyMap<string, ArticleSummary>;
  onOpenCopy: (articleId: string, wording: string) => void;
}): ReactNode {
  const { id, line, articles, onOpenCopy } = props;
  const [limit, setLimit] = useState(COPIES_SHOWN);
  const rows = useMemo(() => copyRows(line.copyArticleIds, articles), [line, articles]);
  const rest = rows.length - limit;
  return (
    <div id={id} className="src-copies" data-testid="copy-list">
      <p className="src-copies-title">
        The same words in {plural(rows.length, 'other article', 'other articles')}, newest first
      </p>
      <ul>
        {rows.slice(0, limit).map((r) => (
          <li key={r.articleId} data-testid="source-copy">
            <span className="rv-match-outlet">{r.outlet ?? 'unknown outlet'}</span>
            <When date={r.date} />
            <span className="src-copy-title" title={r.title ?? undefined}>
              {r.known ? (r.title ?? 'Untitled') : 'no longer in the library'}
            </span>
            {r.known ? (
              <button
                type="button"
                className="rv-open"
                data-testid="copy-open"
                onClick={() => onOpenCopy(r.articleId, line.text)}
              >
                Open in the article
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <button
          type="button"
          className="button subtle src-more"
          onClick={() => setLimit((n) => n + COPIES_SHOWN)}
        >
          Show {Math.min(rest, COPIES_SHOWN)} more of {rest}
        </button>
      ) : null}
    </div>
  );
}

function LineItem(
  props: Omit<SourceGroupsProps, 'lines' | 'level'> & {
    line: SourceLine;
    open: boolean;
    onToggle: () => void;
  },
): ReactNode {
  const { line, open, onToggle, idPrefix, isCited, storyTitle, onOpen } = props;
  const copiesId = `${idPrefix}-copies-${line.key.replace(/\W+/g, '-')}`;
  const cited = isCited?.(line) ?? false;
  return (
    <li
      className={`rv-match relation-${line.relation}`}
      data-testid="source-line"
      data-relation={line.relation}
      data-copies={line.copies}
    >
      <div className="src-line-head">
        <p className="rv-match-head">
          <span className="rv-relation">{RELATION[line.relation]}</span>
          {line.copies > 1 ? (
            <>
              <span className="src-dash" aria-hidden="true">
                —
              </span>
              <button
                type="button"
                className={open ? 'src-copies-toggle is-open' : 'src-copies-toggle'}
                aria-expanded={open}
                aria-controls={open ? copiesId : undefined}
                data-testid="copies-toggle"
                title={open ? 'Hide the copies' : 'List the articles carrying these same words'}
                onClick={onToggle}
              >
                <IconChevron size={12} />
                {line.copies} copies, same wording
              </button>
            </>
          ) : null}
          <span className="src-where">
            <span className="rv-match-outlet">{line.outlet ?? 'unknown outlet'}</span>
            <When date={line.date} />
          </span>
          <Scope line={line} storyTitle={storyTitle} />
        </p>
        <p className="src-line-actions">
          {cited ? <span className="rv-cited">cited as evidence</span> : null}
          <button
            type="button"
            className="rv-open"
            data-testid="open-passage"
            onClick={() => onOpen(line.articleId, line.start, line.end)}
          >
            Open in the article
          </button>
        </p>
      </div>
      <p className="rv-match-text" data-source-article={line.articleId}>
        {line.text}
      </p>
      {line.reasons.length ? <p className="rv-match-reasons">{line.reasons.join(' · ')}</p> : null}
      {open ? (
        <CopyList id={copiesId} line={line} articles={props.articles} onOpenCopy={props.onOpenCopy} />
      ) : null}
    </li>
  );
}

export function SourceGroups(props: SourceGroupsProps): ReactNode {
  const { lines, level, idPrefix } = props;
  const groups = useMemo(() => groupByRelation(lines), [lines]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [limits, setLimits] = useState<Readonly<Record<string, number>>>({});
  const Heading = level === 3 ? 'h3' : 'h4';
  const toggle = (key: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <div className="src-groups">
      {groups.map((g) => {
        const headingId = `${idPrefix}-${g.relation}`;
        const limit = limits[g.relation] ?? LINES_SHOWN;
        const rest = g.lines.length - limit;
        return (
          <section
            key={g.relation}
            className={`src-group relation-${g.relation}`}
            aria-labelledby={headingId}
            data-testid="source-group"
            data-relation={g.relation}
          >
            <Heading id={headingId} className="src-group-title">
              {g.title}
              <span className="src-group-count" data-testid="source-group-count">
                {g.lines.length}
              </span>
              {g.articles > g.lines.length ? (
                <span className="src-group-hint">in {plural(g.articles, 'article', 'articles')}</span>
              ) : null}
            </Heading>
            <ul className="rv-matches">
              {g.lines.slice(0, limit).map((line) => (
                <LineItem
                  key={line.key}
                  {...props}
                  line={line}
                  open={expanded.has(line.key)}
                  onToggle={() => toggle(line.key)}
                />
              ))}
            </ul>
            {rest > 0 ? (
              <button
                type="button"
                className="button subtle src-more"
                onClick={() => setLimits((l) => ({ ...l, [g.relation]: limit + LINES_SHOWN }))}
              >
                Show {Math.min(rest, LINES_SHOWN)} more of {rest}
              </button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
