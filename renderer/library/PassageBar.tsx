// Above the reader while a cited passage is highlighted: says so, and leads back to the claim
// under review it was opened from.
import type { ReactNode } from 'react';
import { IconBack } from '../ui/icons';
import { useActions, useLibrary } from '../state/library-context';

export function PassageBar(props: { articleId: string }): ReactNode {
  const actions = useActions();
  const passage = useLibrary((s) => (s.passage?.articleId === props.articleId ? s.passage : null));
  if (!passage) return null;
  const { back } = passage;
  return (
    <div className="passage-bar" role="status" data-testid="passage-bar">
      <span>The passage is highlighted below.</span>
      {back ? (
        <button
          type="button"
          className="button subtle"
          data-testid="back-to-review"
          onClick={() => actions.openReview(back.articleId, back.claimId)}
        >
          <IconBack size={14} />
          Back to the review
        </button>
      ) : null}
    </div>
  );
}
