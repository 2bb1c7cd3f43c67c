// What a command is: registered once (commands.ts) with its id, title, keys, the screens where
// it applies, its place in the palette and the desktop menu, when it is enabled and what it
// does. The key handler, the palette, the help overlay and the menu all read that one entry.
import type { RefObject } from 'react';
import type { MenuCommand } from '../../shared/api';
import type { LibraryActions } from '../state/library-actions';
import type { LibraryState } from '../state/library-state';
import type { ScreenKind } from '../state/screen-state';
import type { SourceQuery } from '../state/sources-state';
import type { KeyBinding } from './keys';

/** What a command acts through; the shell builds it when the command runs. */
export interface CommandContext {
  readonly actions: LibraryActions;
  /** The state as the command runs. */
  readonly state: LibraryState;
  readonly isDesktop: boolean;
  readonly isMac: boolean;
  /** Opens the folder picker (desktop) or the file input (browser). */
  readonly openImport: () => void;
  readonly filterRef: RefObject<HTMLInputElement | null>;
  readonly listRef: RefObject<HTMLDivElement | null>;
  readonly searchClaimsRef: RefObject<HTMLInputElement | null>;
  /** The words selected on the page as the command was asked for (from the palette: as it opened). */
  readonly selection: () => SourceQuery | null;
  /** Keeps the page's selection for the palette, whose text field is about to take it. */
  readonly rememberSelection: () => void;
}

export type CommandGroup = 'Workspace' | 'View' | 'Review' | 'Help';

/** One entry of a command that offers a choice (a recent workspace, a theme). */
export interface CommandChoice {
  readonly id: string;
  readonly title: string;
  /** Shown after the title (a workspace's path). */
  readonly detail?: string;
  readonly argument: string;
}

export interface PalettePlacement {
  readonly group: CommandGroup;
  /** Where it is listed: lower first. */
  readonly rank: number;
  /** Listed on every screen, not only on the screens where its keys work. */
  readonly everywhere?: boolean;
  /** Listed once per choice instead of once; each runs the command with its argument. */
  readonly choices?: (ctx: CommandContext) => readonly CommandChoice[];
}

export interface Command {
  readonly id: string;
  /** Its name in the palette (and the help overlay, unless `help` says it otherwise). */
  readonly title: string;
  /** The sentence the keyboard shortcuts overlay shows for it. */
  readonly help?: string;
  /** The keys that run it on its screens; the first is the one the palette shows. */
  readonly keys: readonly KeyBinding[];
  /** The desktop menu's accelerator for it (handled by the menu, not the page); shown in the palette on the desktop. */
  readonly menuKeys?: KeyBinding;
  /** Where its keys and its menu item work. */
  readonly screens: readonly ScreenKind[];
  /** Listed in the command palette (absent: keys only). */
  readonly palette?: PalettePlacement;
  /** The desktop menu item that runs it (shared/api.ts MENU_COMMANDS lists the ids the preload passes). */
  readonly menu?: MenuCommand;
  /** When false, its keys and menu item do nothing and the palette does not list it. */
  readonly enabled?: (ctx: CommandContext) => boolean;
  /** `argument`: a palette choice's or a menu item's (a workspace path, a theme); null otherwise. */
  readonly run: (ctx: CommandContext, argument: string | null) => void;
}
