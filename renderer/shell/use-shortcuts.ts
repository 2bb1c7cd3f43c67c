// Connects the command registry's keys to the document: one keydown listener that finds the
// command whose keys match on the screen shown and runs it. Keys typed into dialogs are left
// to the dialog, and keys that operate a focused control (Space, Enter) are never claimed.
import { useEffect, useRef } from 'react';
import type { ScreenKind } from '../state/screen-state';
import type { CommandContext } from './command';
import { findCommand, isEnabled } from './command-registry';

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

export function useShortcuts(contextFor: () => CommandContext, screen: ScreenKind): void {
  // The listener is added once; it always reads the latest context and screen.
  const latest = useRef({ contextFor, screen });
  useEffect(() => {
    latest.current = { contextFor, screen };
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      // Keys typed while any modal is open belong to it, even when focus fell to <body>.
      if (target?.closest('dialog') || document.querySelector('dialog[open]')) return;
      const command = findCommand(event, {
        inTextField: isTextField(target),
        inReader: Boolean(target?.closest('[data-region="reader"]')),
        onList: Boolean(target?.matches('[data-region="list"]')),
        screen: latest.current.screen,
      });
      if (!command) return;
      event.preventDefault();
      const ctx = latest.current.contextFor();
      if (isEnabled(command, ctx)) command.run(ctx, null);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
