// The commands offered on (nearly) every screen: who else says this, the palette, settings,
// the report, the shortcuts, workspaces, the theme and the log. Registered in commands.ts.
import { THEME_CHOICES, type ThemeChoice } from '../../shared/settings';
import type { ScreenKind } from '../state/screen-state';
import type { Command } from './command';

const ALL: readonly ScreenKind[] = ['library', 'compare', 'review', 'report', 'matrix'];

const isThemeChoice = (value: string | null): value is ThemeChoice =>
  (THEME_CHOICES as readonly (string | null)[]).includes(value);

const THEME_TITLE: Record<ThemeChoice, string> = {
  system: 'Theme: follow the system',
  light: 'Theme: light',
  dark: 'Theme: dark',
};

export const APP_COMMANDS: readonly Command[] = [
  {
    id: 'findSources',
    title: 'Who else says this? (the selected words, or the claim in hand)',
    help: 'Who else says this? Every statement in the workspace about the selected words',
    keys: [{ key: 'f' }],
    screens: ['library', 'compare', 'review'],
    palette: { group: 'Review', rank: 90 },
    run: ({ actions, selection }) => actions.askWhoElse(selection()),
  },
  {
    id: 'openPalette',
    title: 'Command palette: every command, by name',
    keys: [{ key: 'k', mod: true, shift: false, inTextField: true }],
    screens: ALL,
    menu: 'openPalette',
    run: ({ actions, rememberSelection }) => {
      rememberSelection();
      actions.setDialog('palette');
    },
  },
  {
    id: 'openSettings',
    title: 'Settings…',
    help: 'Settings: your name, organisation, theme, report defaults',
    keys: [{ key: ',', mod: true, shift: false, inTextField: true }],
    screens: ALL,
    palette: { group: 'Workspace', rank: 40 },
    menu: 'openSettings',
    run: ({ actions }) => actions.setDialog('settings'),
  },
  {
    id: 'exportReport',
    title: 'Export report…',
    help: 'Preview and export the review report',
    keys: [{ key: 'e', mod: true, shift: false, inTextField: true }],
    screens: ['library', 'compare', 'review'],
    palette: { group: 'Workspace', rank: 30, everywhere: true },
    menu: 'exportReport',
    run: ({ actions }) => actions.openReport(null),
  },
  {
    id: 'showHelp',
    title: 'Keyboard shortcuts',
    help: 'Show this list of shortcuts',
    keys: [{ key: '?' }],
    screens: ALL,
    palette: { group: 'Help', rank: 100 },
    menu: 'showHelp',
    run: ({ actions }) => actions.setHelpOpen(true),
  },
  {
    id: 'openWorkspace',
    title: 'Open workspace…',
    keys: [],
    menuKeys: { key: 'o', mod: true, shift: true },
    screens: ALL,
    palette: { group: 'Workspace', rank: 20 },
    menu: 'chooseWorkspace',
    run: ({ actions }) => void actions.chooseWorkspace(),
  },
  {
    id: 'workspace',
    title: 'Switch to a recent workspace',
    keys: [],
    screens: ALL,
    palette: {
      group: 'Workspace',
      rank: 25,
      choices: ({ state }) =>
        (state.workspaces?.recent ?? [])
          .filter((w) => w.exists)
          .map((w) => ({
            id: `workspace:${w.path}`,
            title: `Switch to workspace “${w.name}”`,
            detail: w.path,
            argument: w.path,
          })),
    },
    menu: 'openRecentWorkspace',
    run: ({ actions }, path) => void (path && actions.openWorkspace(path)),
  },
  {
    id: 'theme',
    title: 'Choose the theme',
    keys: [],
    screens: ALL,
    palette: {
      group: 'View',
      rank: 75,
      choices: ({ state }) =>
        THEME_CHOICES.filter((t) => t !== (state.settings?.settings.theme ?? 'system')).map((t) => ({
          id: `theme:${t}`,
          title: THEME_TITLE[t],
          argument: t,
        })),
    },
    menu: 'setTheme',
    run: ({ actions }, theme) => {
      if (isThemeChoice(theme)) void actions.saveSettings({ theme });
    },
  },
  {
    id: 'openLogFolder',
    title: 'Open log folder',
    keys: [],
    screens: ALL,
    palette: { group: 'Help', rank: 110 },
    enabled: ({ isDesktop }) => isDesktop,
    run: ({ actions }) => actions.openLogFolder(),
  },
];
