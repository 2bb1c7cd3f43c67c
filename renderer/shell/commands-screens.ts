// The commands of the full-screen views: stepping through a comparison, deciding claims in the
// review, and leaving each screen (Esc). Registered in commands.ts.
import { focusSoon } from '../library/focus-soon';
import type { ScreenKind } from '../state/screen-state';
import type { Command } from './command';

const COMPARE: readonly ScreenKind[] = ['compare'];
const REVIEW: readonly ScreenKind[] = ['review'];

export const SCREEN_COMMANDS: readonly Command[] = [
  {
    id: 'nextChange',
    title: 'Go to the next change',
    keys: [{ key: 'n' }],
    screens: COMPARE,
    run: ({ actions }) => actions.stepChange(1),
  },
  {
    id: 'previousChange',
    title: 'Go to the previous change',
    keys: [{ key: 'p' }],
    screens: COMPARE,
    run: ({ actions }) => actions.stepChange(-1),
  },
  {
    id: 'toggleCosmetic',
    title: 'Hide or show cosmetic changes (spelling, punctuation, case)',
    keys: [{ key: 'h' }],
    screens: COMPARE,
    run: ({ actions }) => actions.toggleHideCosmetic(),
  },
  {
    id: 'toggleUnified',
    title: 'Switch between side by side and unified',
    keys: [{ key: 'u' }],
    screens: COMPARE,
    run: ({ actions }) => actions.toggleUnified(),
  },
  {
    id: 'swapSides',
    title: 'Swap the left and right versions',
    keys: [{ key: 'w' }],
    screens: COMPARE,
    run: ({ actions }) => actions.swapCompareSides(),
  },
  {
    id: 'closeCompare',
    title: 'Leave the comparison',
    keys: [{ key: 'Escape' }],
    screens: COMPARE,
    run: ({ actions }) => {
      actions.closeCompare();
      // Back where the comparison was opened from: the story page, or the reader.
      focusSoon('[data-region="reader"]');
    },
  },
  {
    id: 'nextClaim',
    title: 'Next claim',
    keys: [{ key: 'j' }, { key: 'ArrowDown' }],
    screens: REVIEW,
    run: ({ actions }) => actions.moveClaim(1),
  },
  {
    id: 'previousClaim',
    title: 'Previous claim',
    keys: [{ key: 'k' }, { key: 'ArrowUp' }],
    screens: REVIEW,
    run: ({ actions }) => actions.moveClaim(-1),
  },
  {
    id: 'markConsistent',
    title: 'Verdict: consistent',
    keys: [{ key: 'c' }],
    screens: REVIEW,
    run: ({ actions }) => void actions.setVerdict('consistent'),
  },
  {
    id: 'markConflicting',
    title: 'Verdict: conflicting',
    keys: [{ key: 'x' }],
    screens: REVIEW,
    run: ({ actions }) => void actions.setVerdict('conflicting'),
  },
  {
    id: 'markUnclear',
    title: 'Verdict: unclear',
    keys: [{ key: 'u' }],
    screens: REVIEW,
    run: ({ actions }) => void actions.setVerdict('unclear'),
  },
  {
    id: 'addEvidence',
    title: 'Cite the next matching passage as evidence',
    keys: [{ key: 'e' }],
    screens: REVIEW,
    run: ({ actions }) => void actions.addEvidence(),
  },
  {
    id: 'searchClaims',
    title: 'Search the claims',
    keys: [{ key: '/' }],
    screens: REVIEW,
    run: ({ searchClaimsRef }) => searchClaimsRef.current?.focus(),
  },
  {
    id: 'undoVerdict',
    title: 'Undo the last verdict change',
    keys: [{ key: 'z', mod: true, shift: false }],
    screens: REVIEW,
    run: ({ actions }) => void actions.undoReview(),
  },
  {
    id: 'redoVerdict',
    title: 'Redo',
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    screens: REVIEW,
    run: ({ actions }) => void actions.redoReview(),
  },
  {
    id: 'closeReview',
    title: 'Leave the review',
    keys: [{ key: 'Escape' }],
    screens: REVIEW,
    run: ({ actions }) => {
      actions.closeReview();
      focusSoon('[data-region="reader"]');
    },
  },
  {
    id: 'closeMatrix',
    title: 'Leave the matrix',
    keys: [{ key: 'Escape' }],
    screens: ['matrix'],
    run: ({ actions }) => {
      actions.closeMatrix();
      focusSoon('[data-region="reader"]');
    },
  },
  {
    id: 'closeReport',
    title: 'Leave the report',
    keys: [{ key: 'Escape' }],
    screens: ['report'],
    run: ({ actions }) => actions.closeReport(),
  },
];
