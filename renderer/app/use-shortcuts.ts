// Connects the shortcut table to the document: one keydown listener that finds the matching
// shortcut and runs its handler. Keys typed into dialogs are left to the dialog, and keys
// that operate a focused control (Space, Enter) are never claimed.
import { useEffect, useRef } from 'react';
import { findShortcut, type Screen, type ShortcutCommand } from '../shortcuts';

export type ShortcutHandlers = Record<ShortcutCommand, () => void>;

function isTextField(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  // A focused <select> takes letters to jump between options: never a shortcut.
  if (
    element.isContentEditable ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement
  )
    return true;
  return (
    element instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'file'].includes(element.type)
  );
}

export function useShortcuts(handlers: ShortcutHandlers, screen: Screen): void {
  // The listener is added once; it always calls the latest handlers.
  const latest = useRef({ handlers, screen });
  useEffect(() => {
    latest.current = { handlers, screen };
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      // Keys typed while any modal is open belong to it, even when focus fell to <body>.
      if (target?.closest('dialog') || document.querySelector('dialog[open]')) return;
      const shortcut = findShortcut(event, {
        inTextField: isTextField(target),
        inReader: Boolean(target?.closest('[data-region="reader"]')),
        onList: Boolean(target?.matches('[data-region="list"]')),
        screen: latest.current.screen,
      });
      if (!shortcut) return;
      event.preventDefault();
      latest.current.handlers[shortcut.command]();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
