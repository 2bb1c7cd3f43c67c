// The command registry (renderer/shell/commands.ts) is the one place a command is declared:
// each has a title, no two commands take the same keys on one screen, and every desktop menu
// item the preload passes (shared/api.ts MENU_COMMANDS) runs exactly one command.
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/api';
import type { Command } from '../../../renderer/shell/command';
import {
  commandForMenu,
  findCommand,
  registryProblems,
  shortcutsOn,
} from '../../../renderer/shell/command-registry';
import { COMMANDS } from '../../../renderer/shell/commands';

const command = (id: string, patch: Partial<Command> = {}): Command => ({
  id,
  title: `Do ${id}`,
  keys: [],
  screens: ['library'],
  run: () => {},
  ...patch,
});
const key = (k: string, mods: { ctrl?: boolean; shift?: boolean } = {}) =>
  ({ key: k, ctrlKey: !!mods.ctrl, metaKey: false, shiftKey: !!mods.shift, altKey: false }) as KeyboardEvent;

describe('the command registry', () => {
  it('has a title for every command, and no keys taken twice on one screen', () => {
    expect(registryProblems(COMMANDS)).toEqual([]);
  });

  it('finds a command without a title', () => {
    expect(registryProblems([command('a', { title: ' ' })])).toEqual(['Command “a” has no title.']);
  });

  it('finds two commands taking the same key on one screen (letters without case, Shift when unsaid)', () => {
    const clash = registryProblems([
      command('a', { keys: [{ key: 'j' }], screens: ['library', 'review'] }),
      command('b', { keys: [{ key: 'J', shift: true }], screens: ['review'] }),
    ]);
    expect(clash).toEqual(['“a” and “b” both take j on the review screen.']);
  });

  it('lets one key do different things on different screens, or with a modifier', () => {
    expect(
      registryProblems([
        command('a', { keys: [{ key: 'j' }], screens: ['library'] }),
        command('b', { keys: [{ key: 'j' }], screens: ['review'] }),
        command('c', { keys: [{ key: 'j', mod: true }], screens: ['library'] }),
        command('d', { keys: [{ key: 'z', mod: true, shift: false }], screens: ['library'] }),
        command('e', { keys: [{ key: 'z', mod: true, shift: true }], screens: ['library'] }),
      ]),
    ).toEqual([]);
  });

  it('finds a menu item claimed by two commands, and an id used twice', () => {
    expect(
      registryProblems([command('a', { menu: 'import' }), command('b', { menu: 'import' }), command('a')]),
    ).toEqual(['Menu item “import” runs both “a” and “b”.', 'Command id “a” is registered twice.']);
  });

  it('runs one command for every menu item the preload passes', () => {
    for (const menu of MENU_COMMANDS) expect(commandForMenu(menu)?.menu, menu).toBe(menu);
  });

  it('matches keys only on the screens a command applies to', () => {
    const library = { inTextField: false, inReader: false, onList: false } as const;
    expect(findCommand(key('j'), { ...library, screen: 'library' })?.id).toBe('selectNext');
    expect(findCommand(key('j'), { ...library, screen: 'review' })?.id).toBe('nextClaim');
    expect(findCommand(key('j'), { ...library, screen: 'matrix' })).toBeUndefined();
    expect(findCommand(key('Escape'), { ...library, screen: 'matrix' })?.id).toBe('closeMatrix');
  });

  it('lists in the help overlay only commands that have keys there', () => {
    const report = shortcutsOn('report').map((c) => c.id);
    expect(report).toEqual(['closeReport', 'openPalette', 'openSettings', 'showHelp']);
  });
});
