// The library's commands: moving through the list and the story tree, the view, the filter,
// importing, and opening a story's review or matrix. Registered in commands.ts.
import { focusSoon } from '../library/focus-soon';
import type { ScreenKind } from '../state/screen-state';
import type { Command, CommandContext } from './command';

const LIBRARY: readonly ScreenKind[] = ['library'];

/** The article whose story "Review" opens: the story page's first version, or the article shown. */
function reviewTarget({ state }: CommandContext): string | null {
  const storyShown = state.view === 'stories' && state.selectedStoryId !== null;
  return (storyShown ? state.story?.articleIds[0] : state.selectedId) ?? null;
}

export const LIBRARY_COMMANDS: readonly Command[] = [
  {
    id: 'selectNext',
    title: 'Select the next story or article',
    keys: [{ key: 'ArrowDown', inTextField: true, yieldsToReader: true }, { key: 'j' }],
    screens: LIBRARY,
    run: ({ actions }) => actions.moveSelection(1),
  },
  {
    id: 'selectPrevious',
    title: 'Select the previous story or article',
    keys: [{ key: 'ArrowUp', inTextField: true, yieldsToReader: true }, { key: 'k' }],
    screens: LIBRARY,
    run: ({ actions }) => actions.moveSelection(-1),
  },
  {
    id: 'selectFirst',
    title: 'Select the first row of the list',
    keys: [{ key: 'Home', yieldsToReader: true }],
    screens: LIBRARY,
    run: ({ actions }) => actions.selectEdge('first'),
  },
  {
    id: 'selectLast',
    title: 'Select the last row of the list',
    keys: [{ key: 'End', yieldsToReader: true }],
    screens: LIBRARY,
    run: ({ actions }) => actions.selectEdge('last'),
  },
  {
    id: 'collapse',
    title: 'Collapse a story (on a version: go to its story)',
    keys: [{ key: 'ArrowLeft', listOnly: true }],
    screens: LIBRARY,
    run: ({ actions }) => actions.collapseOrParent(),
  },
  {
    id: 'expand',
    title: 'Expand a story (when expanded: go to its first version)',
    keys: [{ key: 'ArrowRight', listOnly: true }],
    screens: LIBRARY,
    run: ({ actions }) => actions.expandOrChild(),
  },
  {
    id: 'openStory',
    title: 'Open the page of the story in the list',
    keys: [{ key: 'Enter', listOnly: true }],
    screens: LIBRARY,
    run: ({ actions }) => actions.openStoryAtCursor(),
  },
  {
    id: 'toggleView',
    title: 'Switch between Stories and Articles',
    help: 'Switch between the Stories and Articles views',
    keys: [{ key: 's' }],
    screens: LIBRARY,
    palette: { group: 'View', rank: 50 },
    menu: 'toggleView',
    run: ({ actions, listRef }) => {
      // The list being left had the keyboard; the one replacing it takes it over.
      const hadFocus = document.activeElement === listRef.current;
      actions.toggleView();
      if (hadFocus) focusSoon('[data-region="list"]');
    },
  },
  {
    id: 'import',
    title: 'Import folder…',
    help: 'Import a folder of articles',
    keys: [{ key: 'o', mod: true, shift: false, inTextField: true }, { key: 'i' }],
    screens: LIBRARY,
    palette: { group: 'Workspace', rank: 10, everywhere: true },
    menu: 'import',
    run: ({ openImport }) => openImport(),
  },
  {
    id: 'focusFilter',
    title: 'Filter the list',
    help: 'Filter the list by title or outlet',
    keys: [{ key: '/' }],
    screens: LIBRARY,
    palette: { group: 'View', rank: 60 },
    run: ({ filterRef }) => {
      filterRef.current?.focus();
      filterRef.current?.select();
    },
  },
  {
    id: 'clearFilter',
    title: 'Clear the filter (in the filter box)',
    keys: [{ key: 'Escape', inTextField: true }],
    screens: LIBRARY,
    run: ({ actions, state, filterRef, listRef }) => {
      if (document.activeElement !== filterRef.current) return;
      // First Escape empties the box, the second hands the keyboard back to the list.
      if (state.filter) actions.setFilter('');
      else listRef.current?.focus();
    },
  },
  {
    id: 'toggleRemoved',
    title: 'Show or hide the lines removed by cleaning',
    keys: [{ key: 'r' }],
    screens: LIBRARY,
    palette: { group: 'View', rank: 70 },
    run: ({ actions }) => actions.toggleRemoved(),
  },
  {
    id: 'openReview',
    title: 'Review the claims of the selected story',
    help: 'Review the claims of the selected article’s story',
    keys: [{ key: 'v' }],
    screens: LIBRARY,
    palette: { group: 'Review', rank: 80 },
    menu: 'openReview',
    enabled: (ctx) => reviewTarget(ctx) !== null,
    run: (ctx) => {
      const article = reviewTarget(ctx);
      if (article) ctx.actions.openReview(article);
    },
  },
  {
    id: 'openMatrix',
    title: 'Consistency matrix of the selected story',
    keys: [{ key: 'm' }],
    screens: LIBRARY,
    enabled: ({ state }) => state.selectedStoryId !== null,
    run: ({ actions, state }) => {
      if (state.selectedStoryId) actions.openMatrix(state.selectedStoryId);
    },
  },
];
