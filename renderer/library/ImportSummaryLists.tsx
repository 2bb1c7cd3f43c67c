// The per-file lists inside the import summary. Rejected files come first and open (they need
// the reviewer's attention); duplicates and imported articles are collapsible.
import type { ReactNode } from 'react';
import type { ImportResult } from '../../shared/model';
import { fileName, formatCount } from './format';

interface ImportListsProps {
  readonly result: ImportResult;
  /** Article id → title, to say which article a duplicate already is. */
  readonly titles: ReadonlyMap<string, string>;
  /** The import was cancelled: files never read are listed among the rejected. */
  readonly cancelled: boolean;
}

function Section(props: {
  title: string;
  count: number;
  open: boolean;
  testId: string;
  children: ReactNode;
}): ReactNode {
  if (props.count === 0) return null;
  return (
    <details className="import-section" open={props.open} data-testid={props.testId}>
      <summary>
        {props.title} <span className="import-section-count">{formatCount(props.count)}</span>
      </summary>
      <ul className="import-files">{props.children}</ul>
    </details>
  );
}

export function ImportLists(props: ImportListsProps): ReactNode {
  const { result, titles, cancelled } = props;
  return (
    <div className="import-lists">
      <Section
        title={cancelled ? 'Rejected or not read' : 'Rejected'}
        count={result.rejected.length}
        open
        testId="import-rejected"
      >
        {result.rejected.map((r, i) => (
          <li key={`${r.path}-${i}`}>
            <span className="import-path" title={r.path}>
              {r.path}
            </span>
            <span className="import-reason">{r.reason}</span>
          </li>
        ))}
      </Section>
      <Section
        title="Duplicates"
        count={result.duplicates.length}
        open={result.rejected.length === 0}
        testId="import-duplicates"
      >
        {result.duplicates.map((d, i) => (
          <li key={`${d.path}-${i}`}>
            <span className="import-path" title={d.path}>
              {d.path}
            </span>
            <span className="import-reason">
              same as <code>{d.sameAs}</code>
              {titles.has(d.sameAs) ? ` · ${titles.get(d.sameAs)}` : ''}
            </span>
          </li>
        ))}
      </Section>
      <Section title="Imported" count={result.imported.length} open={false} testId="import-imported">
        {result.imported.map((a) => (
          <li key={a.id}>
            <span className="import-title">{a.title ?? fileName(a.sourcePath)}</span>
            <span className="import-reason">
              {[a.outlet, a.date, a.sourcePath].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </Section>
    </div>
  );
}
