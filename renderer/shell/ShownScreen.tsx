// The screen below the top bar, chosen by one switch over the state's `screen`: the library's
// panes (or the empty state) or one full-screen view with its own data.
import type { ReactNode, RefObject } from 'react';
import { CompareScreen } from '../compare/CompareScreen';
import { ArticleView } from '../library/ArticleView';
import { EmptyState } from '../library/EmptyState';
import { ListPane } from '../library/ListPane';
import { MatrixScreen } from '../matrix/MatrixScreen';
import { ReportScreen } from '../report/ReportScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { useLibrary } from '../state/library-context';
import { StoryPage } from '../stories/StoryPage';

export function ShownScreen(props: {
  filterRef: RefObject<HTMLInputElement | null>;
  listRef: RefObject<HTMLDivElement | null>;
  searchClaimsRef: RefObject<HTMLInputElement | null>;
  onImport: () => void;
}): ReactNode {
  const { filterRef, listRef, searchClaimsRef, onImport } = props;
  const screen = useLibrary((s) => s.screen);
  const isEmpty = useLibrary((s) => s.listStatus === 'ready' && s.articles.length === 0);
  const storyShown = useLibrary((s) => s.view === 'stories' && s.selectedStoryId !== null);
  switch (screen.kind) {
    case 'report':
      return <ReportScreen report={screen.report} />;
    case 'matrix':
      return <MatrixScreen matrix={screen.matrix} />;
    case 'review':
      return <ReviewScreen review={screen.review} searchRef={searchClaimsRef} />;
    case 'compare':
      return <CompareScreen compare={screen.compare} />;
    case 'library':
      return isEmpty ? (
        <EmptyState onImport={onImport} />
      ) : (
        <main className="panes">
          <ListPane filterRef={filterRef} listRef={listRef} />
          {storyShown ? <StoryPage /> : <ArticleView />}
        </main>
      );
  }
}
