// The top bar's Import button. It is disabled while an import runs; the progress beside it
// (ImportProgress.tsx) says how far the import is and offers Cancel.
import type { ReactNode } from 'react';
import { IconImport } from '../ui/icons';
import { useLibrary } from '../state/library-context';

export function ImportButton(props: { onImport: () => void; shortcut: string }): ReactNode {
  const running = useLibrary((s) => s.importStatus.phase === 'running');
  return (
    <button
      type="button"
      className="button primary"
      data-testid="import-button"
      title={`Import a folder of articles (${props.shortcut})`}
      disabled={running}
      onClick={props.onImport}
    >
      <IconImport />
      Import
    </button>
  );
}
