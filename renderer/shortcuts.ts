// The one table of keyboard shortcuts. The key handler (app/use-shortcuts.ts) matches events
// against it and the help overlay lists it, so a shortcut cannot exist without being documented.

export type ShortcutCommand =
  | 'selectNext'
  | 'selectPrevious'
  | 'selectFirst'
  | 'selectLast'
  | 'collapse'
  | 'expand'
  | 'openStory'
  | 'toggleView'
  | 'import'
  | 'focusFilter'
  | 'toggleRemoved'
  | 'clearFilter'
  | 'showHelp'
  | 'nextChange'
  | 'previousChange'
  | 'toggleCosmetic'
  | 'toggleUnified'
  | 'swapSides'
  | 'closeCompare'
  | 'openReview'
  | 'nextClaim'
  | 'previousClaim'
  | 'markConsistent'
  | 'markConflicting'
  | 'markUnclear'
  | 'addEvidence'
  | 'searchClaims'
  | 'undoVerdict'
  | 'redoVerdict'
  | 'closeReview'
  | 'closeReport'
  | 'openPalette'
  | 'openSettings'
  | 'exportReport'
  | 'openMatrix'
  | 'closeMatrix'
  | 'findSources';

/** Where a shortcut works: the library (list and reader or story page), the compare screen, or both. */
export type Screen = 'library' | 'compare' | 'review' | 'report' | 'matrix';

export interface KeyBinding {
  /** `KeyboardEvent.key`, e.g. `ArrowDown`, `j`, `?`. */
  readonly key: string;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  readonly mod?: boolean;
  /** When given, Shift must be held (true) or not (false); otherwise Shift is not looked at. */
  readonly shift?: boolean;
  /** Also fires while the filter box has focus (arrows move the selection from there). */
  readonly inTextField?: boolean;
  /** Left to the browser while the reader has focus, so arrows and Home/End scroll the article. */
  readonly yieldsToReader?: boolean;
  /** Fires only while the list itself has focus (Enter and Left/Right elsewhere stay with the control). */
  readonly listOnly?: boolean;
}

export interface Shortcut {
  readonly command: ShortcutCommand;
  readonly bindings: readonly KeyBinding[];
  readonly description: string;
  /** The screens it works on; the library alone when not given. */
  readonly screens?: readonly Screen[];
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    command: 'selectNext',
    bindings: [{ key: 'ArrowDown', inTextField: true, yieldsToReader: true }, { key: 'j' }],
    description: 'Select the next story or article',
  },
  {
    command: 'selectPrevious',
    bindings: [{ key: 'ArrowUp', inTextField: true, yieldsToReader: true }, { key: 'k' }],
    description: 'Select the previous story or article',
  },
  {
    command: 'selectFirst',
    bindings: [{ key: 'Home', yieldsToReader: true }],
    description: 'Select the first row of the list',
  },
  {
    command: 'selectLast',
    bindings: [{ key: 'End', yieldsToReader: true }],
    description: 'Select the last row of the list',
  },
  {
    command: 'collapse',
    bindings: [{ key: 'ArrowLeft', listOnly: true }],
    description: 'Collapse a story (on a version: go to its story)',
  },
  {
    command: 'expand',
    bindings: [{ key: 'ArrowRight', listOnly: true }],
    description: 'Expand a story (when expanded: go to its first version)',
  },
  {
    command: 'openStory',
    bindings: [{ key: 'Enter', listOnly: true }],
    description: 'Open the page of the story in the list',
  },
  {
    command: 'toggleView',
    bindings: [{ key: 's' }],
    description: 'Switch between the Stories and Articles views',
  },
  {
    command: 'import',
    bindings: [{ key: 'o', mod: true, shift: false, inTextField: true }, { key: 'i' }],
    description: 'Import a folder of articles',
  },
  { command: 'focusFilter', bindings: [{ key: '/' }], description: 'Filter the list by title or outlet' },
  {
    command: 'clearFilter',
    bindings: [{ key: 'Escape', inTextField: true }],
    description: 'Clear the filter (in the filter box)',
  },
  {
    command: 'toggleRemoved',
    bindings: [{ key: 'r' }],
    description: 'Show or hide the lines removed by cleaning',
  },
  {
    command: 'nextChange',
    bindings: [{ key: 'n' }],
    description: 'Go to the next change',
    screens: ['compare'],
  },
  {
    command: 'previousChange',
    bindings: [{ key: 'p' }],
    description: 'Go to the previous change',
    screens: ['compare'],
  },
  {
    command: 'toggleCosmetic',
    bindings: [{ key: 'h' }],
    description: 'Hide or show cosmetic changes (spelling, punctuation, case)',
    screens: ['compare'],
  },
  {
    command: 'toggleUnified',
    bindings: [{ key: 'u' }],
    description: 'Switch between side by side and unified',
    screens: ['compare'],
  },
  {
    command: 'swapSides',
    bindings: [{ key: 'w' }],
    description: 'Swap the left and right versions',
    screens: ['compare'],
  },
  {
    command: 'closeCompare',
    bindings: [{ key: 'Escape' }],
    description: 'Leave the comparison',
    screens: ['compare'],
  },
  {
    command: 'openReview',
    bindings: [{ key: 'v' }],
    description: 'Review the claims of the selected article’s story',
  },
  {
    command: 'nextClaim',
    bindings: [{ key: 'j' }, { key: 'ArrowDown' }],
    description: 'Next claim',
    screens: ['review'],
  },
  {
    command: 'previousClaim',
    bindings: [{ key: 'k' }, { key: 'ArrowUp' }],
    description: 'Previous claim',
    screens: ['review'],
  },
  {
    command: 'markConsistent',
    bindings: [{ key: 'c' }],
    description: 'Verdict: consistent',
    screens: ['review'],
  },
  {
    command: 'markConflicting',
    bindings: [{ key: 'x' }],
    description: 'Verdict: conflicting',
    screens: ['review'],
  },
  { command: 'markUnclear', bindings: [{ key: 'u' }], description: 'Verdict: unclear', screens: ['review'] },
  {
    command: 'addEvidence',
    bindings: [{ key: 'e' }],
    description: 'Cite the next matching passage as evidence',
    screens: ['review'],
  },
  {
    command: 'searchClaims',
    bindings: [{ key: '/' }],
    description: 'Search the claims',
    screens: ['review'],
  },
  {
    command: 'undoVerdict',
    bindings: [{ key: 'z', mod: true, shift: false }],
    description: 'Undo the last verdict change',
    screens: ['review'],
  },
  {
    command: 'redoVerdict',
    bindings: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    description: 'Redo',
    screens: ['review'],
  },
  {
    command: 'closeReview',
    bindings: [{ key: 'Escape' }],
    description: 'Leave the review',
    screens: ['review'],
  },
  {
    command: 'openMatrix',
    bindings: [{ key: 'm' }],
    description: 'Consistency matrix of the selected story',
  },
  {
    command: 'findSources',
    bindings: [{ key: 'f' }],
    description: 'Who else says this? Every statement in the workspace about the selected words',
    screens: ['library', 'compare', 'review'],
  },
  {
    command: 'closeMatrix',
    bindings: [{ key: 'Escape' }],
    description: 'Leave the matrix',
    screens: ['matrix'],
  },
  {
    command: 'closeReport',
    bindings: [{ key: 'Escape' }],
    description: 'Leave the report',
    screens: ['report'],
  },
  {
    command: 'openPalette',
    bindings: [{ key: 'k', mod: true, shift: false, inTextField: true }],
    description: 'Command palette: every command, by name',
    screens: ['library', 'compare', 'review', 'report', 'matrix'],
  },
  {
    command: 'openSettings',
    bindings: [{ key: ',', mod: true, shift: false, inTextField: true }],
    description: 'Settings: your name, organisation, theme, report defaults',
    screens: ['library', 'compare', 'review', 'report', 'matrix'],
  },
  {
    command: 'exportReport',
    bindings: [{ key: 'e', mod: true, shift: false, inTextField: true }],
    description: 'Preview and export the review report',
    screens: ['library', 'compare', 'review'],
  },
  {
    command: 'showHelp',
    bindings: [{ key: '?' }],
    description: 'Show this list of shortcuts',
    screens: ['library', 'compare', 'review', 'report', 'matrix'],
  },
];

export interface KeyContext {
  /** Focus is in a text field (input, textarea, contenteditable). */
  readonly inTextField: boolean;
  /** Focus is inside the article reader. */
  readonly inReader: boolean;
  /** Focus is on the list itself (the story tree or the article listbox), not a control in it. */
  readonly onList: boolean;
  readonly screen: Screen;
}

function bindingMatches(binding: KeyBinding, event: KeyboardEvent, context: KeyContext): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (Boolean(binding.mod) !== mod || event.altKey) return false;
  if (binding.shift !== undefined && binding.shift !== event.shiftKey) return false;
  if (context.inTextField && !binding.inTextField) return false;
  if (context.inReader && binding.yieldsToReader) return false;
  if (binding.listOnly && !context.onList) return false;
  // Letters compare without case so Caps Lock does not disable shortcuts; symbols such as `?`
  // arrive already shifted in `event.key`, so Shift itself is not checked.
  return binding.key.length === 1 ? event.key.toLowerCase() === binding.key : event.key === binding.key;
}

export function findShortcut(event: KeyboardEvent, context: KeyContext): Shortcut | undefined {
  return SHORTCUTS.find(
    (s) =>
      (s.screens ?? ['library']).includes(context.screen) &&
      s.bindings.some((b) => bindingMatches(b, event, context)),
  );
}

const KEY_NAMES: Record<string, string> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowLeft: '←',
  ArrowRight: '→',
  Enter: 'Enter',
  Escape: 'Esc',
};

/** How a binding is written for people: `⌘ O` on macOS, `Ctrl O` elsewhere. */
export function bindingLabel(binding: KeyBinding, isMac: boolean): string[] {
  const name = KEY_NAMES[binding.key] ?? binding.key;
  // A lone letter stays lower-case so it does not read as Shift+letter.
  if (!binding.mod) return [name];
  return [isMac ? '⌘' : 'Ctrl', ...(binding.shift ? ['Shift'] : []), name.toUpperCase()];
}

export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
