// The claim in hand: its text, what the other articles say (ClaimMatches.tsx: the matches by
// relation, with reasons), the suggestion with its reasons, the verdict buttons (c / x / u),
// the note, the cited evidence and the claim's history. The reviewer decides; the suggestion
// only advises.
import { useState, type ReactNode } from 'react';
import type {
  ArticleSummary,
  Claim,
  ClaimLineageView,
  VerdictChange,
  VerdictStatus,
} from '../../shared/model';
import { plural } from '../library/format';
import { ClaimMatches } from './ClaimMatches';
import { APPEARANCE_LABEL, VERDICT_LABEL } from './ClaimStatus';

interface ClaimDetailProps {
  readonly claim: Claim;
  readonly history: readonly VerdictChange[];
  /** The claim through its story's versions; null while loading or when unknown. */
  readonly lineage: ClaimLineageView | null;
  readonly saving: boolean;
  readonly outletOf: (articleId: string) => string;
  /** The claim's story (matches in it are other versions; elsewhere, other stories). */
  readonly storyId: string | null;
  /** The library's articles by id, to name a match's copies. */
  readonly articles: ReadonlyMap<string, ArticleSummary>;
  readonly storyTitle: (storyId: string) => string | null;
  readonly onVerdict: (status: VerdictStatus | null) => void;
  readonly onAddEvidence: () => void;
  readonly onSaveNote: (note: string) => void;
  readonly onDelete: () => void;
  /** Null when there is no claim above to merge into. */
  readonly onMergeUp: (() => void) | null;
  /** Opens a passage of another article in the reader, highlighted. */
  readonly onOpenPassage: (articleId: string, start: number, end: number) => void;
  /** Opens a copy of a match's wording in the reader (found there by its words). */
  readonly onOpenCopy: (articleId: string, wording: string) => void;
  /** "Who else says this?" on the selected words, or on the claim. */
  readonly onWhoElse: () => void;
}

const CHANGED = new Set(['figure changed', 'date changed', 'attribution changed', 'removed']);

const BUTTONS: readonly [VerdictStatus, string][] = [
  ['consistent', 'c'],
  ['conflicting', 'x'],
  ['unclear', 'u'],
];

/** A few outlets by name, the rest counted: a wire story's thousand copies make no tooltip. */
function namesOf(ids: readonly string[], outletOf: (id: string) => string): string {
  const names = [...new Set(ids.map(outletOf))];
  return names.length <= 6
    ? names.join(', ')
    : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

export function ClaimDetail(props: ClaimDetailProps): ReactNode {
  const {
    claim,
    history,
    lineage,
    saving,
    outletOf,
    storyId,
    articles,
    storyTitle,
    onVerdict,
    onAddEvidence,
    onSaveNote,
    onDelete,
    onMergeUp,
    onOpenPassage,
    onOpenCopy,
    onWhoElse,
  } = props;
  // The parent keys this component by claim and saved note, so the field starts afresh.
  const [note, setNote] = useState(claim.verdict?.note ?? '');
  const alsoIn = claim.alsoIn ?? [];

  return (
    <article className="rv-detail" aria-labelledby="claim-text" data-testid="claim-detail">
      <p className="rv-detail-kicker">
        <bdi>{outletOf(claim.articleId)}</bdi> · {claim.kinds.join(', ')}
        {claim.source === 'reviewer' ? ' · added by the reviewer' : ''}
        {alsoIn.length ? (
          <span
            className="rv-also-in"
            data-testid="claim-also-in"
            title={`The same words in ${namesOf(alsoIn, outletOf)}`}
          >
            {' · '}also in {plural(alsoIn.length, 'other version', 'other versions')}
          </span>
        ) : null}
      </p>
      <blockquote id="claim-text" className="rv-claim-text" data-source-article={claim.articleId}>
        {claim.text}
      </blockquote>

      <div className="rv-verdict-row" role="group" aria-label="Verdict">
        {BUTTONS.map(([status, key]) => (
          <button
            key={status}
            type="button"
            className={`button rv-verdict status-${status}`}
            aria-pressed={claim.verdict?.status === status}
            disabled={saving}
            data-testid={`verdict-${status}`}
            onClick={() => onVerdict(status)}
          >
            {VERDICT_LABEL[status]} <kbd>{key}</kbd>
          </button>
        ))}
        {claim.verdict ? (
          <button type="button" className="button subtle" disabled={saving} onClick={() => onVerdict(null)}>
            Clear
          </button>
        ) : null}
      </div>

      {claim.suggestion ? (
        <section className={`rv-suggestion suggest-${claim.suggestion}`} data-testid="claim-suggestion">
          <h3>Suggestion: {claim.suggestion}</h3>
          <ul>
            {claim.suggestionReasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="rv-muted">No suggestion: no other article says this differently or the same way.</p>
      )}

      <ClaimMatches
        claim={claim}
        storyId={storyId}
        articles={articles}
        storyTitle={storyTitle}
        saving={saving}
        onAddEvidence={onAddEvidence}
        onOpenPassage={onOpenPassage}
        onOpenCopy={onOpenCopy}
        onWhoElse={onWhoElse}
      />

      {claim.verdict && claim.verdict.evidence.length > 0 ? (
        <section className="rv-section" aria-labelledby="evidence-heading">
          <h3 id="evidence-heading">Evidence</h3>
          <ul className="rv-evidence" data-testid="evidence-list">
            {claim.verdict.evidence.map((e) => (
              <li key={`${e.articleId}:${e.start}`}>
                <button
                  type="button"
                  className="rv-evidence-link"
                  title="Open this passage in its article, highlighted"
                  onClick={() => onOpenPassage(e.articleId, e.start, e.end)}
                >
                  <span className="rv-match-outlet">{outletOf(e.articleId)}</span> “{e.text}”
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="rv-section">
        <label className="rv-note">
          <span>Note</span>
          <textarea
            value={note}
            rows={3}
            placeholder="Why this verdict — sources checked, who was called…"
            data-testid="verdict-note"
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => onSaveNote(note)}
          />
        </label>
      </section>

      <div className="rv-claim-tools">
        <button
          type="button"
          className="button subtle"
          disabled={saving || !onMergeUp}
          onClick={() => onMergeUp?.()}
          data-testid="merge-claim-up"
          title="This claim and the one above it are one statement: keep the one above"
        >
          Merge with the claim above
        </button>
        <button
          type="button"
          className="button subtle"
          disabled={saving}
          onClick={onDelete}
          data-testid="delete-claim"
          title="Not a claim worth checking: hide it (its verdicts stay in the history)"
        >
          Delete claim
        </button>
      </div>

      {lineage && lineage.appearances.length > 1 ? (
        <section className="rv-section" aria-labelledby="lineage-heading">
          <h3 id="lineage-heading">Through the versions</h3>
          <ol className="rv-lineage" data-testid="claim-lineage">
            {lineage.appearances.map((a, i) => (
              <li
                key={a.articleId}
                data-status={a.status}
                className={CHANGED.has(a.status) ? 'changed' : undefined}
              >
                <span className="rv-lineage-where">
                  {i + 1}. {a.outlet ?? 'Unknown outlet'}
                  {a.date ? `, ${a.date}` : ''}
                </span>{' '}
                <span className="rv-lineage-status">
                  {APPEARANCE_LABEL[a.status]}
                  {a.articleId === lineage.firstAppearance ? ' · first with this wording' : ''}
                </span>
                {a.changes.length ? (
                  <span className="rv-lineage-changes">
                    {a.changes.map((c) => `${c.before} → ${c.after}`).join('; ')}
                  </span>
                ) : null}
                {a.span && a.articleId !== claim.articleId ? (
                  <button
                    type="button"
                    className="rv-open"
                    onClick={() => onOpenPassage(a.articleId, a.span!.start, a.span!.end)}
                  >
                    Open in the article
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section className="rv-section" aria-labelledby="history-heading">
        <h3 id="history-heading">History</h3>
        {history.length === 0 ? (
          <p className="rv-muted">No verdict yet.</p>
        ) : (
          <ol className="rv-history" data-testid="claim-history">
            {history.map((h, i) => (
              <li key={i}>
                <time dateTime={h.at}>{when(h.at)}</time>{' '}
                {h.action === 'undo' ? 'undone: ' : h.action === 'redo' ? 'redone: ' : ''}
                {h.verdict ? VERDICT_LABEL[h.verdict.status].toLowerCase() : 'cleared'}
                {h.verdict?.reviewer ? ` by ${h.verdict.reviewer}` : ''}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
