// Problems that concern the whole screen (the list could not load, an import failed, a removed
// line could not be restored, a story correction failed, the workspace opened without its
// backup), shown under the top bar with a way forward: retry, or dismiss. The state's one list
// of problems (state/problems.ts) plus the two notices the workspace opened with; one Banner
// draws each.
import type { ReactNode } from 'react';
import type { LibraryActions } from '../state/library-actions';
import { useActions, useLibrary } from '../state/library-context';
import type { ProblemSource, ShownProblem } from '../state/library-state';
import { Banner } from '../ui/Banner';

/** The order problems are shown in, whenever they arose; the two notices sit between. */
const ORDER: readonly (ProblemSource | 'recovered' | 'open-warnings')[] = [
  'list',
  'import',
  'stories',
  'story',
  'recovered',
  'open-warnings',
  'settings',
  'line',
];

/** Problems that can be tried again, and how. */
function retryOf(source: ProblemSource, actions: LibraryActions): (() => void) | undefined {
  if (source === 'list') return () => void actions.reloadList();
  if (source === 'stories') return () => void actions.loadStories(true);
  return undefined;
}

interface BannerEntry {
  readonly key: (typeof ORDER)[number];
  readonly title: string;
  readonly message: string;
  readonly retry?: (() => void) | undefined;
  readonly dismiss: () => void;
}

export function ErrorBanner(): ReactNode {
  const actions = useActions();
  const problems = useLibrary((s) => s.problems);
  const recovered = useLibrary((s) => s.recovered);
  const openWarnings = useLibrary((s) => (s.openWarningsDismissed ? null : s.workspace?.warnings));
  const entries: BannerEntry[] = problems.map((p: ShownProblem) => ({
    key: p.source,
    title: p.title,
    message: p.message,
    retry: retryOf(p.source, actions),
    dismiss: () => actions.dismissProblem(p.source),
  }));
  if (recovered)
    entries.push({
      key: 'recovered',
      title: 'The window stopped unexpectedly and was reloaded.',
      message: `(${recovered}) Every verdict you saw saved is on disk; the details are in the log (Help › Open Log Folder).`,
      dismiss: actions.dismissRecovered,
    });
  if (openWarnings?.length)
    entries.push({
      key: 'open-warnings',
      title: 'The workspace opened with a warning.',
      message: openWarnings.join(' '),
      dismiss: actions.dismissOpenWarnings,
    });
  entries.sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key));
  // Always rendered: the layout gives this box its own row, empty when all is well.
  return (
    <div className="banners">
      {entries.map((e) => (
        <Banner key={e.key} title={e.title} message={e.message} onRetry={e.retry} onDismiss={e.dismiss} />
      ))}
    </div>
  );
}
