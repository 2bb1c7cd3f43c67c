// How a story's claims fare against the rest of the workspace: on the story page one line
// ("12 claims · 5 corroborated · 2 contested by other stories"), in the library's story rows a
// compact badge (= 5 ≠ 2) with the sentence for screen readers and as its tooltip.
import { memo, useEffect, type ReactNode } from 'react';
import type { StorySourceCounts } from '../../shared/model';
import { plural } from '../library/format';
import { useActions, useLibrary } from '../state/library-context';
import { SETTLE_MS } from './use-visible-story-counts';

function sentence(c: StorySourceCounts): string {
  return `${plural(c.claims, 'claim', 'claims')}: ${c.corroborated} corroborated, ${c.contested} contested by other stories`;
}

export function StorySourceLine(props: { storyId: string }): ReactNode {
  const { storyId } = props;
  const actions = useActions();
  const stories = useLibrary((s) => s.stories);
  const counts = useLibrary((s) =>
    s.sourceCounts.stories === s.stories ? s.sourceCounts.counts.get(storyId) : undefined,
  );
  const failed = useLibrary(
    (s) => s.sourceCounts.stories === s.stories && s.sourceCounts.failed.has(storyId),
  );
  // Asked once the reviewer has stayed on the story as long as the list waits before counting
  // its rows: clicking through stories asks nothing of the stories passed, so the page that
  // opens next is not slowed by a second of matching on the server. Asked again whenever the
  // stories change (an import, a correction): the counts were theirs.
  useEffect(() => {
    const timer = setTimeout(() => void actions.loadSourceCounts([storyId]), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [actions, storyId, stories]);

  let content: ReactNode;
  if (counts && counts.claims === 0) content = 'No claims to check against the other stories.';
  else if (counts)
    content = (
      <>
        <span>{plural(counts.claims, 'claim', 'claims')}</span>
        <span aria-hidden="true"> · </span>
        <span className={counts.corroborated ? 'src-count is-ok' : 'src-count'}>
          {counts.corroborated} corroborated
        </span>
        <span aria-hidden="true"> · </span>
        <span className={counts.contested ? 'src-count is-bad' : 'src-count'}>
          {counts.contested} contested
        </span>{' '}
        by other stories
      </>
    );
  else if (failed) content = 'The claims could not be checked against the other stories.';
  else content = 'Checking the claims against the other stories…';
  return (
    <p
      className={counts ? 'story-sources' : 'story-sources is-pending'}
      data-testid="story-source-counts"
      aria-live="polite"
    >
      {content}
    </p>
  );
}

/** The badge of a story row; nothing until the counts are in, or when no other story speaks. */
export const SourceCountsBadge = memo(function SourceCountsBadge(props: {
  counts: StorySourceCounts | null;
}): ReactNode {
  const { counts } = props;
  if (!counts || (counts.corroborated === 0 && counts.contested === 0)) return null;
  const text = sentence(counts);
  return (
    <span className="src-badge" title={text} data-testid="story-source-badge">
      {counts.corroborated ? (
        <span className="src-badge-part is-ok" aria-hidden="true">
          = {counts.corroborated}
        </span>
      ) : null}
      {counts.contested ? (
        <span className="src-badge-part is-bad" aria-hidden="true">
          ≠ {counts.contested}
        </span>
      ) : null}
      <span className="visually-hidden">{text}</span>
    </span>
  );
});
