// The outcome of an import, shown when it ends: how many files became articles, which were
// already there (and as which article), and which were rejected and why. Every file is
// accounted for in one of the three lists; after a cancel, the files never read are among the
// rejected, each with the reason saying so.
import { useMemo, type ReactNode } from 'react';
import type { ImportResult } from '../../shared/model';
import { Dialog } from '../ui/Dialog';
import { IconCheck, IconDuplicate, IconReject } from '../ui/icons';
import { useActions, useLibrary } from '../state/library-context';
import { fileName, formatCount, plural } from './format';
import { ImportLists } from './ImportSummaryLists';
import { CANCELLED_REASON } from '../state/import-upload';

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

function cancelledSentence(result: ImportResult): string {
  const notRead = result.rejected.filter((r) => r.reason === CANCELLED_REASON).length;
  const imported = plural(result.imported.length, 'article was', 'articles were');
  const parts = [
    notRead > 0
      ? `Import cancelled — ${imported} imported before you cancelled; ${plural(notRead, 'file was', 'files were')} not read.`
      : `Import cancelled — ${imported} imported; every file had already been read.`,
  ];
  if (result.duplicates.length)
    parts.push(`${plural(result.duplicates.length, 'file was', 'files were')} already in the workspace.`);
  const refused = result.rejected.length - notRead;
  if (refused) parts.push(`${plural(refused, 'other file was', 'other files were')} rejected.`);
  parts.push('The files not imported are listed below with the reason.');
  return parts.join(' ');
}

function ImportSummaryDialog(props: {
  result: ImportResult;
  cancelled: boolean;
  onClose: () => void;
}): ReactNode {
  const { result, cancelled, onClose } = props;
  const articles = useLibrary((s) => s.articles);
  // Built only while the summary is open, to name the article each duplicate matches.
  const titles = useMemo(() => {
    const byId = new Map<string, string>();
    for (const a of articles) byId.set(a.id, a.title ?? fileName(a.sourcePath));
    return byId;
  }, [articles]);

  return (
    <Dialog
      title={cancelled ? 'Import cancelled' : 'Import finished'}
      testId="import-summary"
      className="import-summary"
      onClose={onClose}
      doneLabel="Done"
    >
      <p className="import-sentence" data-testid="import-sentence">
        {cancelled ? cancelledSentence(result) : sentence(result)}
      </p>
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
          label={cancelled ? 'Rejected or not read' : 'Rejected'}
          value={result.rejected.length}
          icon={<IconReject />}
          tone="bad"
          testId="import-count-rejected"
        />
      </div>
      <ImportLists result={result} titles={titles} cancelled={cancelled} />
    </Dialog>
  );
}

export function ImportSummary(): ReactNode {
  const actions = useActions();
  const status = useLibrary((s) => s.importStatus);
  if (status.phase !== 'finished') return null;
  return (
    <ImportSummaryDialog
      result={status.result}
      cancelled={status.cancelled}
      onClose={actions.closeImportSummary}
    />
  );
}
