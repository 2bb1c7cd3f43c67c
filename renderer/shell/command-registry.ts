// Lookups over the registered commands (commands.ts): the one a keypress runs on a screen,
// the one a desktop menu item stands for, the palette's entries and the help overlay's rows.
import type { MenuCommand } from '../../shared/api';
import type { ScreenKind } from '../state/screen-state';
import type { Command, CommandContext, CommandGroup } from './command';
import { COMMANDS } from './commands';
import { bindingLabel, bindingMatches, bindingsOverlap, type KeyContext } from './keys';

/** The command whose keys match this keypress on the screen shown, if any. */
export function findCommand(
  event: KeyboardEvent,
  context: KeyContext,
  commands: readonly Command[] = COMMANDS,
): Command | undefined {
  return commands.find(
    (c) => c.screens.includes(context.screen) && c.keys.some((k) => bindingMatches(k, event, context)),
  );
}

/** The command a desktop menu item runs. */
export function commandForMenu(
  menu: MenuCommand,
  commands: readonly Command[] = COMMANDS,
): Command | undefined {
  return commands.find((c) => c.menu === menu);
}

/** Whether a command may run now (its keys and menu item do nothing otherwise). */
export function isEnabled(command: Command, ctx: CommandContext): boolean {
  return command.enabled?.(ctx) ?? true;
}

/** The commands the keyboard shortcuts overlay lists for a screen: those with keys there. */
export function shortcutsOn(screen: ScreenKind, commands: readonly Command[] = COMMANDS): Command[] {
  return commands.filter((c) => c.keys.length > 0 && c.screens.includes(screen));
}

/** One line of the command palette. */
export interface PaletteEntry {
  readonly id: string;
  readonly title: string;
  readonly detail?: string;
  readonly group: CommandGroup;
  /** The keys, as written for people; empty when the command has none. */
  readonly keys: readonly string[];
  readonly run: () => void;
}

/** What the palette lists on this screen, in its order. */
export function paletteEntries(
  ctx: CommandContext,
  screen: ScreenKind,
  commands: readonly Command[] = COMMANDS,
): PaletteEntry[] {
  return commands
    .filter((c) => c.palette && (c.palette.everywhere || c.screens.includes(screen)) && isEnabled(c, ctx))
    .sort((a, b) => a.palette!.rank - b.palette!.rank)
    .flatMap((c): PaletteEntry[] => {
      const { group, choices } = c.palette!;
      if (choices)
        return choices(ctx).map((choice) => ({
          id: choice.id,
          title: choice.title,
          ...(choice.detail ? { detail: choice.detail } : {}),
          group,
          keys: [],
          run: () => c.run(ctx, choice.argument),
        }));
      const shown = c.keys[0] ?? (ctx.isDesktop ? c.menuKeys : undefined);
      return [
        {
          id: c.id,
          title: c.title,
          group,
          keys: shown ? bindingLabel(shown, ctx.isMac) : [],
          run: () => c.run(ctx, null),
        },
      ];
    });
}

/** The palette's match: every word typed appears in the title or detail, in any order. */
export function matchEntries(entries: readonly PaletteEntry[], query: string): PaletteEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((c) => {
    const text = `${c.title} ${c.detail ?? ''} ${c.group}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/**
 * What is wrong with a list of commands, as sentences: a command without a title, an id used
 * twice, two commands whose keys one keypress would match on the same screen, a menu item
 * claimed twice. The registry's unit test asks this of COMMANDS.
 */
export function registryProblems(commands: readonly Command[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const menus = new Map<string, string>();
  commands.forEach((c, i) => {
    if (!c.id) problems.push(`Command #${i + 1} has no id.`);
    if (!c.title.trim()) problems.push(`Command “${c.id}” has no title.`);
    if (ids.has(c.id)) problems.push(`Command id “${c.id}” is registered twice.`);
    ids.add(c.id);
    if (c.menu) {
      const other = menus.get(c.menu);
      if (other) problems.push(`Menu item “${c.menu}” runs both “${other}” and “${c.id}”.`);
      menus.set(c.menu, c.id);
    }
    for (const d of commands.slice(i + 1)) {
      const screen = c.screens.find((s) => d.screens.includes(s));
      if (!screen) continue;
      const clash = c.keys.find((k) => d.keys.some((l) => bindingsOverlap(k, l)));
      if (clash)
        problems.push(
          `“${c.id}” and “${d.id}” both take ${bindingLabel(clash, false).join('+')} on the ${screen} screen.`,
        );
    }
  });
  return problems;
}
