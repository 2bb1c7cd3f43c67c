// The keyboard shortcuts overlay (`?`). It lists the command registry's keys per screen, so it
// is always exactly what the key handler does.
import type { ReactNode } from 'react';
import { useActions, useLibrary } from '../state/library-context';
import type { ScreenKind } from '../state/screen-state';
import { shortcutsOn } from './command-registry';
import { bindingLabel, isMacPlatform } from './keys';
import { Dialog } from '../ui/Dialog';

const SECTIONS: readonly { screen: ScreenKind; title: string }[] = [
  { screen: 'library', title: 'Library and story pages' },
  { screen: 'compare', title: 'Comparing two versions' },
  { screen: 'review', title: 'Reviewing claims' },
  { screen: 'report', title: 'The report' },
  { screen: 'matrix', title: 'The consistency matrix' },
];

export function HelpOverlay(): ReactNode {
  const actions = useActions();
  const open = useLibrary((s) => s.helpOpen);
  if (!open) return null;
  const isMac = isMacPlatform();
  return (
    <Dialog
      title="Keyboard shortcuts"
      testId="help-overlay"
      className="help"
      onClose={() => actions.setHelpOpen(false)}
    >
      <table className="shortcut-table">
        {SECTIONS.map((section) => (
          <tbody key={section.screen}>
            <tr>
              <th colSpan={2} scope="colgroup" className="shortcut-section">
                {section.title}
              </th>
            </tr>
            {shortcutsOn(section.screen).map((command) => (
              <tr key={command.id}>
                <td>{command.help ?? command.title}</td>
                <td className="shortcut-keys">
                  {command.keys.map((binding, i) => (
                    <span key={i} className="shortcut-binding">
                      {i > 0 ? <span className="shortcut-or">or</span> : null}
                      {bindingLabel(binding, isMac).map((key) => (
                        <kbd key={key}>{key}</kbd>
                      ))}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </Dialog>
  );
}
