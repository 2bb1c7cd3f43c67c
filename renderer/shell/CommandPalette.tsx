// The command palette (Ctrl/Cmd+K): type a few letters of any command, arrow to it, Enter.
// A native modal <dialog> (focus trapped, Escape closes); the list is an ARIA listbox driven
// from the text field, so the keyboard never leaves the field.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLibrary } from '../state/library-context';
import type { ScreenKind } from '../state/screen-state';
import type { CommandContext } from './command';
import { matchEntries, paletteEntries, type PaletteEntry } from './command-registry';

export function CommandPalette(props: {
  /** The context the commands run in (the refs it holds are read only when one runs). */
  context: () => CommandContext;
  screen: ScreenKind;
  onClose: () => void;
}): ReactNode {
  const { context, screen, onClose } = props;
  // The palette lists the recent workspaces and the themes not in use: it follows both.
  useLibrary((s) => s.workspaces);
  useLibrary((s) => s.settings);
  const commands = paletteEntries(context(), screen);
  const ref = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => matchEntries(commands, query), [commands, query]);
  const current = shown[Math.min(active, shown.length - 1)];

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // Keep the highlighted command in sight while arrowing through a long list.
  useEffect(() => {
    ref.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function run(command: PaletteEntry | undefined): void {
    if (!command) return;
    ref.current?.close();
    command.run();
  }

  return (
    <dialog
      ref={ref}
      className="dialog palette"
      aria-label="Command palette"
      data-testid="command-palette"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) ref.current?.close();
      }}
    >
      <input
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={current ? `palette-${current.id}` : undefined}
        aria-autocomplete="list"
        placeholder="Type a command…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        // The palette exists to be typed into at once.
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((i) =>
              shown.length ? (Math.min(i, shown.length - 1) + step + shown.length) % shown.length : 0,
            );
          } else if (e.key === 'Enter') {
            e.preventDefault();
            run(current);
          }
        }}
      />
      <ul id="palette-list" className="palette-list" role="listbox" aria-label="Commands">
        {shown.map((command, index) => (
          <li
            key={command.id}
            id={`palette-${command.id}`}
            role="option"
            aria-selected={command === current}
            data-index={index}
            data-testid="palette-option"
            className="palette-option"
            onMouseMove={() => setActive(index)}
            onClick={() => run(command)}
          >
            <span className="palette-group">{command.group}</span>
            <span className="palette-title">
              {command.title}
              {command.detail ? <span className="palette-detail">{command.detail}</span> : null}
            </span>
            {command.keys.length ? (
              <span className="palette-keys">
                {command.keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </span>
            ) : null}
          </li>
        ))}
        {shown.length === 0 ? <li className="palette-empty">No command matches “{query}”.</li> : null}
      </ul>
    </dialog>
  );
}
