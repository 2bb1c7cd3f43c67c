// The claim in hand: its text, what the other articles say (each match with its relation and
// reasons), the suggestion with its reasons, the verdict buttons (c / x / u), the note, the
// cited evidence and the claim's history. The reviewer decides; the suggestion only advises.
import { useState, type ReactNode } from 'react';
import type { Claim, ClaimLineageView, VerdictChange, VerdictStatus } from '../../shared/model';
import { APPEARANCE_LABEL, VERDICT_LABEL } from './ClaimStatus';

interface ClaimDetailProps {
  readonly claim: Claim;
  readonly history: readonly VerdictChange[];
  /** The claim through its story's versions; null while loading or when unknown. */
  readonly lineage: ClaimLineageView | null;
  readonly saving: boolean;
  readonly outletOf: (articleId: string) => string;
  readonly onVerdict: (status: VerdictStatus | null) => void;
  readonly onAddEvidence: () => void;
  readonly onSaveNote: (note: string) => void;
  readonly onDelete: () => void;
  /** Null when there is no claim above to merge into. */
  readonly onMergeUp: (() => void) | null;
  /** Opens a passage of another article in the reader, highlighted. */
  readonly onOpenPassage: (articleId: string, start: number, end: number) => void;
}

const CHANGED = new Set(['figure changed', 'date changed', 'attribution changed', 'removed']);

const RELATION = { agrees: '= agrees', differs: '≠ differs', related: '~ related' } as const;
const BUTTONS: readonly [VerdictStatus, string][] = [
  ['consistent', 'c'],
  ['conflicting', 'x'],
  ['unclear', 'u'],
];

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
    onVerdict,
    onAddEvidence,
    onSaveNote,
    onDelete,
    onMergeUp,
    onOpenPassage,
  } = props;
  // The parent keys this component by claim and saved note, so the field starts afresh.
  const [note, setNote] = useState(claim.verdict?.note ?? '');

  return (
    <article className="rv-detail" aria-labelledby="claim-text" data-testid="claim-detail">
      <p className="rv-detail-kicker">
        {outletOf(claim.articleId)} · {claim.kinds.join(', ')}
        {claim.source === 'reviewer' ? ' · added by the reviewer' : ''}
      </p>
      <blockquote id="claim-text" className="rv-claim-text">
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

      <section className="rv-section" aria-labelledby="matches-heading">
        <h3 id="matches-heading">What the other articles say</h3>
        {claim.matches.length === 0 ? (
          <p className="rv-muted">
            No corresponding statement in the story’s other versions or related stories.
          </p>
        ) : (
          <ul className="rv-matches">
            {claim.matches.map((m) => {
              const cited = claim.verdict?.evidence.some(
                (e) => e.articleId === m.articleId && e.start === m.start,
              );
              return (
                <li key={`${m.articleId}:${m.start}`} className={`rv-match relation-${m.relation}`}>
                  <p className="rv-match-head">
                    <span className="rv-relation">{RELATION[m.relation]}</span>
                    <span className="rv-match-outlet">{outletOf(m.articleId)}</span>
                    {cited ? <span className="rv-cited">cited as evidence</span> : null}
                    <button
                      type="button"
                      className="rv-open"
                      data-testid="open-passage"
                      onClick={() => onOpenPassage(m.articleId, m.start, m.end)}
                    >
                      Open in the article
                    </button>
                  </p>
                  <p className="rv-match-text">{m.text}</p>
                  <p className="rv-match-reasons">{m.reasons.join(' · ')}</p>
                </li>
              );
            })}
          </ul>
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
