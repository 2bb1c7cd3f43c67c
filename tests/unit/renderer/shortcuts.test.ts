// The shortcut table's matching: Shift is part of a chord when the binding says so, so the
// menu's Ctrl/Cmd+Shift+O (Open Workspace…) is never the page's Ctrl/Cmd+O (Import).
import { describe, expect, it } from 'vitest';
import { findCommand as findShortcut } from '../../../renderer/shell/command-registry';
import type { KeyContext } from '../../../renderer/shell/keys';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}) =>
  ({
    key: k,
    ctrlKey: !!mods.ctrl,
    metaKey: !!mods.meta,
    shiftKey: !!mods.shift,
    altKey: false,
  }) as KeyboardEvent;
const library: KeyContext = { inTextField: false, inReader: false, onList: false, screen: 'library' };

describe('findShortcut', () => {
  it('tells Ctrl/Cmd+O from Ctrl/Cmd+Shift+O', () => {
    expect(findShortcut(key('o', { ctrl: true }), library)?.id).toBe('import');
    expect(findShortcut(key('o', { meta: true }), library)?.id).toBe('import');
    expect(findShortcut(key('O', { ctrl: true, shift: true }), library)).toBeUndefined();
  });

  it('opens the palette, settings and the report with their chords only, also from a text field', () => {
    const inField = { ...library, inTextField: true };
    expect(findShortcut(key('k', { ctrl: true }), inField)?.id).toBe('openPalette');
    expect(findShortcut(key(',', { ctrl: true }), inField)?.id).toBe('openSettings');
    expect(findShortcut(key('e', { meta: true }), inField)?.id).toBe('exportReport');
    expect(findShortcut(key('K', { ctrl: true, shift: true }), inField)).toBeUndefined();
    expect(findShortcut(key('k'), inField)).toBeUndefined();
  });

  it('leaves the report screen without an export shortcut (it is the report)', () => {
    expect(findShortcut(key('e', { ctrl: true }), { ...library, screen: 'report' })).toBeUndefined();
  });

  it('asks who else says the selected words with f in the library, the compare screen and the review', () => {
    for (const screen of ['library', 'compare', 'review'] as const)
      expect(findShortcut(key('f'), { ...library, screen })?.id).toBe('findSources');
    expect(findShortcut(key('f'), { ...library, inReader: true })?.id).toBe('findSources');
    expect(findShortcut(key('f'), { ...library, screen: 'matrix' })).toBeUndefined();
    expect(findShortcut(key('f'), { ...library, inTextField: true })).toBeUndefined();
  });
});
