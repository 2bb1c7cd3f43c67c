// Keys as the command registry declares them: a binding matches a keydown under the rules
// below, and is written for people (`⌘ O` on macOS, `Ctrl O` elsewhere). Pure: no React, no
// commands — the registry (commands.ts) says which binding runs what.
import type { ScreenKind } from '../state/screen-state';

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

export interface KeyContext {
  /** Focus is in a text field (input, textarea, contenteditable). */
  readonly inTextField: boolean;
  /** Focus is inside the article reader. */
  readonly inReader: boolean;
  /** Focus is on the list itself (the story tree or the article listbox), not a control in it. */
  readonly onList: boolean;
  readonly screen: ScreenKind;
}

export function bindingMatches(binding: KeyBinding, event: KeyboardEvent, context: KeyContext): boolean {
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

/** Two bindings that some one keypress would match both of (whatever the focus). */
export function bindingsOverlap(a: KeyBinding, b: KeyBinding): boolean {
  const key = (k: string) => (k.length === 1 ? k.toLowerCase() : k);
  return (
    key(a.key) === key(b.key) &&
    Boolean(a.mod) === Boolean(b.mod) &&
    (a.shift === undefined || b.shift === undefined || a.shift === b.shift)
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
