// "What the other articles say" about the claim in hand: every match grouped by relation
// (Differs, Agrees, Related, with counts), each with its outlet, date and whether it is another
// version of this story or another story, identical wordings collapsed; the way to ask "Who else
// says this?" and to cite the next passage as evidence (e).
import { useMemo, type ReactNode } from 'react';
import type { ArticleSummary, Claim } from '../../shared/model';
import { IconSources } from '../ui/icons';
import { SourceGroups } from '../sources/SourceGroups';
import { lineOfMatch } from '../sources/source-lines';

interface ClaimMatchesProps {
  readonly claim: Claim;
  /** The claim's story (matches in it are other versions; elsewhere, other stories). */
  readonly storyId: string | null;
  readonly articles: ReadonlyMap<string, ArticleSummary>;
  readonly storyTitle: (storyId: string) => string | null;
  readonly saving: boolean;
  readonly onAddEvidence: () => void;
  readonly onOpenPassage: (articleId: string, start: number, end: number) => void;
  readonly onOpenCopy: (articleId: string, wording: string) => void;
  readonly onWhoElse: () => void;
}

export function ClaimMatches(props: ClaimMatchesProps): ReactNode {
  const {
    claim,
    storyId,
    articles,
    storyTitle,
    saving,
    onAddEvidence,
    onOpenPassage,
    onOpenCopy,
    onWhoElse,
  } = props;
  const lines = useMemo(() => claim.matches.map((m) => lineOfMatch(m, storyId)), [claim.matches, storyId]);
  return (
    <section className="rv-section" aria-labelledby="matches-heading" data-testid="claim-matches">
      <div className="rv-section-head">
        <h3 id="matches-heading">What the other articles say</h3>
        <button
          type="button"
          className="button subtle rv-who-else"
          data-testid="who-else"
          title="Every statement in the workspace that speaks to your selection, or to this claim (f)"
          // Keep a selection in the claim or a match: a mouse-down would clear it first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={onWhoElse}
        >
          <IconSources size={14} />
          Who else says this? <kbd>f</kbd>
        </button>
      </div>
      {lines.length === 0 ? (
        <p className="rv-muted" data-testid="no-matches">
          No other article in the workspace speaks to this claim.
        </p>
      ) : (
        <SourceGroups
          lines={lines}
          articles={articles}
          storyTitle={storyTitle}
          level={4}
          idPrefix="claim-matches"
          isCited={(m) =>
            claim.verdict?.evidence.some((e) => e.articleId === m.articleId && e.start === m.start) ?? false
          }
          onOpen={onOpenPassage}
          onOpenCopy={onOpenCopy}
        />
      )}
      <button
        type="button"
        className="button subtle"
        disabled={saving || claim.matches.length === 0}
        onClick={onAddEvidence}
        data-testid="add-evidence"
      >
        Cite the next passage as evidence <kbd>e</kbd>
      </button>
    </section>
  );
}
