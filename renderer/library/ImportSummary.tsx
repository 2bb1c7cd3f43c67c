// The outcome of an import, shown when it finishes: how many files became articles, which were
// already there (and as which article), and which were rejected and why. Every file sent is
// accounted for in one of the three lists.
import { useMemo, type ReactNode } from 'react';
import type { ImportResult } from '../../shared/model';
import { Dialog } from '../app/Dialog';
import { IconCheck, IconDuplicate, IconReject } from '../app/icons';
import { useActions, useLibrary } from '../state/library-context';
import { fileName, formatCount, plural } from './format';
import { ImportLists } from './ImportSummaryLists';

function Count(props: {
  label: string;
  value: number;
  icon: ReactNode;
  tone: string;
  testId: string;
}): ReactNode {
  return (
    <div className={`import-count is-${props.tone}`}>
      {props.icon}
      <span className="import-count-value" data-testid={props.testId}>
        {formatCount(props.value)}
      </span>
      <span className="import-count-label">{props.label}</span>
    </div>
  );
}

function sentence(result: ImportResult): string {
  const files = result.imported.length + result.duplicates.length + result.rejected.length;
  if (files === 0) return 'The folder held no files to import.';
  const parts = [
    `${plural(result.imported.length, 'new article', 'new articles')} from ${plural(files, 'file', 'files')}.`,
  ];
  if (result.duplicates.length)
    parts.push(`${plural(result.duplicates.length, 'file was', 'files were')} already in the workspace.`);
  if (result.rejected.length)
    parts.push(
      `${plural(result.rejected.length, 'file was', 'files were')} not imported; the reasons are below.`,
    );
  return parts.join(' ');
}

function ImportSummaryDialog(props: { result: ImportResult; onClose: () => void }): ReactNode {
  const { result, onClose } = props;
  const articles = useLibrary((s) => s.articles);
  // Built only while the summary is open, to name the article each duplicate matches.
  const titles = useMemo(() => {
    const byId = new Map<string, string>();
    for (const a of articles) byId.set(a.id, a.title ?? fileName(a.sourcePath));
    return byId;
  }, [articles]);

  return (
    <Dialog
      title="Import finished"
      testId="import-summary"
      className="import-summary"
      onClose={onClose}
      doneLabel="Done"
    >
      <p className="import-sentence">{sentence(result)}</p>
      <div className="import-counts">
        <Count
          label="Imported"
          value={result.imported.length}
          icon={<IconCheck />}
          tone="ok"
          testId="import-count-imported"
        />
        <Count
          label="Duplicates"
          value={result.duplicates.length}
          icon={<IconDuplicate />}
          tone="neutral"
          testId="import-count-duplicates"
        />
        <Count
          label="Rejected"
          value={result.rejected.length}
          icon={<IconReject />}
          tone="bad"
          testId="import-count-rejected"
        />
      </div>
      <ImportLists result={result} titles={titles} />
    </Dialog>
  );
}

export function ImportSummary(): ReactNode {
  const actions = useActions();
  const status = useLibrary((s) => s.importStatus);
  if (status.phase !== 'finished') return null;
  return <ImportSummaryDialog result={status.result} onClose={actions.closeImportSummary} />;
}
