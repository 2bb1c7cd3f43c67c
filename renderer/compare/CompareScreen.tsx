// The compare screen: two versions side by side (or unified), aligned by sentence, with the
// toolbar to pick and swap sides, step through changes and hide cosmetic ones, and the overview
// strip. It replaces the list and reader while open; Esc or "Back" returns to where it came from.
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ArticleSummary } from '../../shared/model';
import { IconReview, IconSources } from '../ui/icons';
import { ScreenHeader } from '../ui/ScreenHeader';
import { useSelectionSource } from '../sources/selection-source';
import { LoadError } from '../ui/LoadError';
import { CompareClaims } from './CompareClaims';
import { focusSoon } from '../library/focus-soon';
import { plural } from '../library/format';
import type { CompareState } from '../state/compare-state';
import { useActions, useLibrary } from '../state/library-context';
import { buildDisplay } from './compare-display';
import { CompareRows } from './CompareRows';
import { OverviewStrip } from './OverviewStrip';
import { versionLabel, VersionPicker } from './VersionPicker';

function SideHeading(props: { side: string; article: ArticleSummary | undefined }): ReactNode {
  const { side, article } = props;
  return (
    <div className="cmp-side-head">
      <span className="cmp-side-tag">{side}</span>
      <span className="cmp-side-meta">{article ? versionLabel(article) : 'article not in the library'}</span>
      <span className="cmp-side-title">{article?.title ?? 'Untitled'}</span>
    </div>
  );
}

export function CompareScreen(props: { compare: CompareState }): ReactNode {
  const { compare } = props;
  const actions = useActions();
  const story = useLibrary((s) => s.story);
  const articles = useLibrary((s) => s.articles);
  const scrollRef = useRef<HTMLDivElement>(null);
  const selected = useSelectionSource();

  const result = compare.result;
  const hideCosmetic = compare.hideCosmetic;
  const display = useMemo(() => (result ? buildDisplay(result, hideCosmetic) : null), [result, hideCosmetic]);
  const current = compare.current;
  const currentRow = display && current >= 0 ? (display.stops[current] ?? -1) : -1;

  // The change in hand is brought to the middle of the view.
  useEffect(() => {
    if (currentRow < 0) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row="${currentRow}"]`);
    row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [currentRow]);
  // New sides start at the top, with the keyboard on the rows.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    scrollRef.current?.focus({ preventScroll: true });
  }, [result]);

  const versions = story && story.id === compare.storyId ? story.versions : [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const counts = display?.counts;
  const stops = display?.stops.length ?? 0;
  const busy = compare.status === 'loading';

  const jumpToRow = (row: number) => {
    const stop = display?.stops.indexOf(row) ?? -1;
    if (stop >= 0) actions.goToStop(stop);
    else
      scrollRef.current
        ?.querySelector<HTMLElement>(`[data-row="${row}"]`)
        ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  return (
    <main className="compare" aria-labelledby="compare-title" data-testid="compare-screen">
      <ScreenHeader
        titleId="compare-title"
        title={
          <>
            Compare versions
            {story && story.id === compare.storyId && story.title ? (
              <span className="screen-title-story"> · {story.title}</span>
            ) : null}
          </>
        }
        onBack={() => {
          actions.closeCompare();
          focusSoon('[data-region="reader"]');
        }}
        backLabel={compare.origin === 'story' ? 'Back to story' : 'Back to article'}
        rows={
          <>
            <div className="cmp-pick-row">
              <VersionPicker
                label="Left"
                value={compare.a}
                versions={versions}
                articles={articles}
                disabled={busy}
                testId="compare-left"
                onChange={(id) => actions.setCompareSides(id, compare.b)}
              />
              <button
                type="button"
                className="button subtle cmp-swap"
                onClick={actions.swapCompareSides}
                disabled={busy}
                title="Swap sides (w)"
                data-testid="compare-swap"
              >
                ⇄ Swap
              </button>
              <VersionPicker
                label="Right"
                value={compare.b}
                versions={versions}
                articles={articles}
                disabled={busy}
                testId="compare-right"
                onChange={(id) => actions.setCompareSides(compare.a, id)}
              />
            </div>
            <div className="cmp-summary-row">
              <p className="cmp-counts" data-testid="compare-counts" aria-live="polite">
                {counts ? (
                  <>
                    <span className="cmp-count tone-substantive">
                      {plural(counts.substantive, 'substantive', 'substantive')}
                    </span>
                    <span className="cmp-count tone-cosmetic">
                      {plural(counts.cosmetic, 'cosmetic', 'cosmetic')}
                    </span>
                    <span className="cmp-count tone-added">{plural(counts.added, 'added', 'added')}</span>
                    <span className="cmp-count tone-removed">
                      {plural(counts.removed, 'removed', 'removed')}
                    </span>
                    <span className="cmp-count tone-moved">{plural(counts.moved, 'moved', 'moved')}</span>
                  </>
                ) : (
                  <span className="cmp-count">Comparing…</span>
                )}
              </p>
              <label
                className="cmp-toggle"
                title="Hide spelling, punctuation, case and number-format changes (h)"
              >
                <input
                  type="checkbox"
                  checked={compare.hideCosmetic}
                  onChange={actions.toggleHideCosmetic}
                  data-testid="hide-cosmetic"
                />
                Hide cosmetic ({counts?.cosmetic ?? 0})
              </label>
              <div className="cmp-stepper">
                <button
                  type="button"
                  className="button subtle"
                  disabled={stops === 0}
                  onClick={() => actions.stepChange(-1)}
                  title="Previous change (p)"
                >
                  ↑ Previous
                </button>
                <span className="cmp-position" data-testid="change-position" aria-live="polite">
                  {stops === 0
                    ? 'No changes'
                    : current < 0
                      ? `${plural(stops, 'change', 'changes')}`
                      : `Change ${current + 1} of ${stops}`}
                </span>
                <button
                  type="button"
                  className="button subtle"
                  disabled={stops === 0}
                  onClick={() => actions.stepChange(1)}
                  title="Next change (n)"
                >
                  ↓ Next
                </button>
              </div>
            </div>
          </>
        }
      >
        <button
          type="button"
          className="button subtle"
          data-testid="who-else"
          disabled={!selected}
          title={
            selected
              ? 'Every statement in the workspace about the selected words (f)'
              : 'Select words in either version first, then ask who else says them (f)'
          }
          // Keep the selection: a mouse-down on the button would otherwise clear it first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => actions.askWhoElse(selected)}
        >
          <IconSources size={14} />
          Who else says this?
        </button>
        <button
          type="button"
          className="button subtle"
          aria-pressed={compare.claimsOpen}
          data-testid="compare-claims-toggle"
          onClick={actions.toggleCompareClaims}
          title="Show the claims of the right-hand version beside the changes"
        >
          <IconReview size={14} />
          Claims
        </button>
        <div className="view-switch" role="group" aria-label="Layout">
          <button
            type="button"
            className="view-switch-button"
            aria-pressed={!compare.unified}
            data-testid="view-side-by-side"
            onClick={() => compare.unified && actions.toggleUnified()}
          >
            Side by side
          </button>
          <button
            type="button"
            className="view-switch-button"
            aria-pressed={compare.unified}
            data-testid="view-unified"
            onClick={() => !compare.unified && actions.toggleUnified()}
            title="One column, changes inline (u)"
          >
            Unified
          </button>
        </div>
      </ScreenHeader>

      {compare.status === 'error' ? (
        <LoadError
          title="These articles could not be compared"
          message={compare.error}
          onRetry={actions.reloadCompare}
        />
      ) : (
        <div className={compare.claimsOpen ? 'cmp-body has-claims' : 'cmp-body'}>
          {compare.unified ? null : (
            <div className="cmp-side-heads" aria-hidden={busy}>
              <span className="cmp-gutter" />
              <SideHeading side="Left" article={byId.get(compare.a)} />
              <SideHeading side="Right" article={byId.get(compare.b)} />
            </div>
          )}
          <div className="cmp-viewport">
            <div
              ref={scrollRef}
              className="cmp-scroll"
              tabIndex={0}
              aria-busy={busy}
              aria-label="Aligned sentences of the two versions"
              data-region="compare"
            >
              {display ? (
                <CompareRows
                  rows={display.rows}
                  unified={compare.unified}
                  hideCosmetic={compare.hideCosmetic}
                  currentRow={currentRow}
                  onJump={jumpToRow}
                  aId={compare.a}
                  bId={compare.b}
                />
              ) : (
                <div className="reader-skeleton" aria-hidden="true">
                  {[92, 88, 95, 70].map((width, i) => (
                    <span key={i} className="skeleton-bar is-card" style={{ width: `${width}%` }} />
                  ))}
                </div>
              )}
            </div>
            {display ? (
              <OverviewStrip
                rows={display.rows}
                stops={display.stops}
                current={current}
                onGo={actions.goToStop}
              />
            ) : null}
          </div>
          {compare.claimsOpen ? (
            <CompareClaims
              claims={compare.claims}
              onOpen={(claim) => actions.openReview(claim.articleId, claim.id)}
            />
          ) : null}
        </div>
      )}
    </main>
  );
}
