// Every command the app offers by name: the command palette lists these, and the desktop
// menu's items run the same ones (by MenuCommand id). A command that has a key shows it, read
// from the shortcut table, so the palette teaches the keys.
import type { MenuCommand } from '../../shared/api';
import type { ThemeChoice, WorkspaceList } from '../../shared/settings';
import { bindingLabel, SHORTCUTS, type ShortcutCommand } from '../shortcuts';

export interface AppCommand {
  readonly id: string;
  readonly title: string;
  /** Shown after the title (a workspace's path). */
  readonly detail?: string;
  readonly group: 'Workspace' | 'View' | 'Review' | 'Help';
  /** The keys, as written for people; empty when the command has none. */
  readonly keys: readonly string[];
  readonly run: () => void;
}

/** What the commands act through; App.tsx supplies it. */
export interface CommandContext {
  readonly isDesktop: boolean;
  readonly isMac: boolean;
  readonly theme: ThemeChoice;
  readonly workspaces: WorkspaceList | null;
  /** The library (list, reader, story page) is on screen. */
  readonly inLibrary: boolean;
  /** An article or story is selected, so there is something to review. */
  readonly canReview: boolean;
  /** A story is selected, so there is a matrix to show. */
  readonly canMatrix: boolean;
  /** The screen has article text to ask "Who else says this?" about (library, compare, review). */
  readonly canFindSources: boolean;
  readonly run: (command: ShortcutCommand) => void;
  readonly openSettings: () => void;
  readonly chooseWorkspace: () => void;
  readonly openWorkspace: (path: string) => void;
  readonly setTheme: (theme: ThemeChoice) => void;
  readonly openLogFolder: () => void;
}

function keysOf(command: ShortcutCommand, isMac: boolean): string[] {
  const binding = SHORTCUTS.find((s) => s.command === command)?.bindings[0];
  return binding ? bindingLabel(binding, isMac) : [];
}

export function appCommands(ctx: CommandContext): AppCommand[] {
  const keyed = (
    command: ShortcutCommand,
    title: string,
    group: AppCommand['group'],
    run = () => ctx.run(command),
  ): AppCommand => ({ id: command, title, group, keys: keysOf(command, ctx.isMac), run });
  const themeTitle: Record<ThemeChoice, string> = {
    system: 'Theme: follow the system',
    light: 'Theme: light',
    dark: 'Theme: dark',
  };
  return [
    keyed('import', 'Import folder…', 'Workspace'),
    {
      id: 'openWorkspace',
      title: 'Open workspace…',
      group: 'Workspace',
      keys: ctx.isDesktop ? [ctx.isMac ? '⌘' : 'Ctrl', 'Shift', 'O'] : [],
      run: ctx.chooseWorkspace,
    },
    ...(ctx.workspaces?.recent ?? [])
      .filter((w) => w.exists)
      .map((w): AppCommand => ({
        id: `workspace:${w.path}`,
        title: `Switch to workspace “${w.name}”`,
        detail: w.path,
        group: 'Workspace',
        keys: [],
        run: () => ctx.openWorkspace(w.path),
      })),
    keyed('exportReport', 'Export report…', 'Workspace'),
    keyed('openSettings', 'Settings…', 'Workspace', ctx.openSettings),
    ...(ctx.inLibrary
      ? [
          keyed('toggleView', 'Switch between Stories and Articles', 'View'),
          keyed('focusFilter', 'Filter the list', 'View'),
          keyed('toggleRemoved', 'Show or hide the lines removed by cleaning', 'View'),
        ]
      : []),
    ...(['system', 'light', 'dark'] as const)
      .filter((t) => t !== ctx.theme)
      .map((t): AppCommand => ({
        id: `theme:${t}`,
        title: themeTitle[t],
        group: 'View',
        keys: [],
        run: () => ctx.setTheme(t),
      })),
    ...(ctx.inLibrary && ctx.canReview
      ? [keyed('openReview', 'Review the claims of the selected story', 'Review')]
      : []),
    ...(ctx.canFindSources
      ? [keyed('findSources', 'Who else says this? (the selected words, or the claim in hand)', 'Review')]
      : []),
    keyed('showHelp', 'Keyboard shortcuts', 'Help'),
    ...(ctx.isDesktop
      ? [
          {
            id: 'openLogFolder',
            title: 'Open log folder',
            group: 'Help',
            keys: [],
            run: ctx.openLogFolder,
          } as const,
        ]
      : []),
  ];
}

/** The palette's match: every word typed appears in the title or detail, in any order. */
export function matchCommands(commands: readonly AppCommand[], query: string): AppCommand[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  return commands.filter((c) => {
    const text = `${c.title} ${c.detail ?? ''} ${c.group}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** The palette command a desktop menu item stands for. */
export const MENU_TO_SHORTCUT: Partial<Record<MenuCommand, ShortcutCommand>> = {
  import: 'import',
  exportReport: 'exportReport',
  openSettings: 'openSettings',
  openPalette: 'openPalette',
  showHelp: 'showHelp',
  toggleView: 'toggleView',
  openReview: 'openReview',
};
