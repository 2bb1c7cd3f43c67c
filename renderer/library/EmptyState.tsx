// What a workspace with no articles shows: what Crosscheck does, what it accepts, and the one
// action that gets the reviewer started.
import type { ReactNode } from 'react';
import { IconImport } from '../ui/icons';
import { useLibrary } from '../state/library-context';

function Illustration(): ReactNode {
  return (
    <svg className="empty-illustration" width="120" height="96" viewBox="0 0 120 96" aria-hidden="true">
      <rect x="14" y="18" width="52" height="66" rx="6" className="ill-back" />
      <path d="M24 34h22M24 42h18M24 50h22M24 58h14M24 66h20" className="ill-lines is-back" />
      <rect x="54" y="10" width="52" height="66" rx="6" className="ill-front" />
      <path d="M64 26h32M64 34h28M64 42h32M64 50h20" className="ill-lines" />
      <circle cx="94" cy="68" r="13" className="ill-badge" />
      <path d="m88.5 68 4 4 7-7.5" className="ill-tick" />
    </svg>
  );
}

export function EmptyState(props: { onImport: () => void }): ReactNode {
  // The progress in the top bar says how far a running import is; a second one cannot start.
  const running = useLibrary((s) => s.importStatus.phase === 'running');
  return (
    <main className="empty-state" data-testid="empty-state">
      <Illustration />
      <h1>No articles yet</h1>
      <p>
        Crosscheck finds the versions of a news story, shows what changed between them and keeps your verdicts
        on each claim. Start by importing a folder of articles.
      </p>
      <p className="empty-formats">
        Plain text, Markdown, JSON and HTML files are read. Each one is cleaned of page clutter and kept as an
        article; the original files are left untouched.
      </p>
      <button
        type="button"
        className="button primary large"
        data-testid="empty-import-button"
        disabled={running}
        onClick={props.onImport}
      >
        <IconImport />
        {running ? 'Importing…' : 'Import a folder…'}
      </button>
      <p className="empty-hint">
        or press <kbd>i</kbd>
      </p>
    </main>
  );
}
