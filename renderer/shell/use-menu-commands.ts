// The desktop menu runs the registered commands (commands.ts, by their `menu` id) under the
// keys' rules: nothing while a modal is open, and only on the screens the command works on.
import { useEffect, useRef } from 'react';
import type { DesktopBridge } from '../../shared/api';
import type { ScreenKind } from '../state/screen-state';
import type { CommandContext } from './command';
import { commandForMenu, isEnabled } from './command-registry';

export function useMenuCommands(
  desktop: DesktopBridge | null,
  contextFor: () => CommandContext,
  screen: ScreenKind,
): void {
  const latest = useRef({ contextFor, screen });
  useEffect(() => {
    latest.current = { contextFor, screen };
  });
  useEffect(() => {
    if (!desktop) return;
    return desktop.onMenuCommand((menu, argument) => {
      if (document.querySelector('dialog[open]')) return;
      const command = commandForMenu(menu);
      if (!command || !command.screens.includes(latest.current.screen)) return;
      const ctx = latest.current.contextFor();
      if (isEnabled(command, ctx)) command.run(ctx, argument);
    });
  }, [desktop]);
}
