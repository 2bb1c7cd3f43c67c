// Settings: the reviewer's name (verdicts are signed with it), organisation (printed on
// reports), theme, and the report's defaults. Saved when "Save" is pressed; the theme is
// previewed as it is picked and put back if the dialog is closed without saving.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { THEME_CHOICES, type Settings, type ThemeChoice } from '../../shared/settings';
import { useActions, useLibrary } from '../state/library-context';
import { problemFrom } from '../state/problems';
import { Dialog } from '../ui/Dialog';
import { applyTheme } from '../ui/theme';

const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

export function SettingsDialog(): ReactNode {
  const actions = useActions();
  const saved = useLibrary((s) => s.settings);
  const error = useLibrary((s) => problemFrom(s, 'settings'));
  if (saved) return <SettingsForm saved={saved.settings} file={saved.file} />;
  // The settings never arrived: say why here (the banner is behind this modal) and offer a retry.
  return (
    <Dialog title="Settings" testId="settings-dialog" onClose={() => actions.closeDialog('settings')}>
      <p className="ws-error" role="alert">
        <strong>{error?.title ?? 'Your settings are not loaded yet.'}</strong> {error?.message ?? ''}
      </p>
      <button type="button" className="button" onClick={() => void actions.loadSettings()}>
        Try again
      </button>
    </Dialog>
  );
}

function SettingsForm(props: { saved: Settings; file: string }): ReactNode {
  const { saved, file } = props;
  const actions = useActions();
  const [draft, setDraft] = useState(saved);
  const [saving, setSaving] = useState(false);
  // A failed save is said here: the banner under the top bar is behind this modal.
  const error = useLibrary((s) => problemFrom(s, 'settings'));
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const change = (patch: Partial<Settings>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <dialog
      ref={ref}
      className="dialog settings"
      aria-labelledby="settings-title"
      data-testid="settings-dialog"
      onClose={() => {
        // Closed without saving: the theme goes back to the saved one.
        applyTheme(saved.theme);
        actions.closeDialog('settings');
      }}
    >
      <form
        className="dialog-panel"
        onSubmit={(e) => {
          e.preventDefault();
          setSaving(true);
          void actions
            .saveSettings({
              reviewer: draft.reviewer,
              organisation: draft.organisation,
              theme: draft.theme,
              report: draft.report,
            })
            .then((ok) => {
              setSaving(false);
              if (ok) actions.closeDialog('settings');
            });
        }}
      >
        <header className="dialog-header">
          <h2 id="settings-title">Settings</h2>
        </header>
        <div className="dialog-body settings-body">
          <label className="settings-field">
            <span>Your name</span>
            <input
              value={draft.reviewer}
              maxLength={200}
              placeholder="Verdicts are unsigned without one"
              data-testid="settings-reviewer"
              onChange={(e) => change({ reviewer: e.target.value })}
            />
            <small>Each verdict you record is signed with it.</small>
          </label>
          <label className="settings-field">
            <span>Organisation</span>
            <input
              value={draft.organisation}
              maxLength={300}
              placeholder="None"
              data-testid="settings-organisation"
              onChange={(e) => change({ organisation: e.target.value })}
            />
            <small>Printed on reports, and their publisher in ClaimReview.</small>
          </label>
          <fieldset className="settings-field">
            <legend>Theme</legend>
            <div className="settings-choices" role="radiogroup" aria-label="Theme">
              {THEME_CHOICES.map((theme) => (
                <label key={theme} className="settings-choice">
                  <input
                    type="radio"
                    name="theme"
                    value={theme}
                    checked={draft.theme === theme}
                    data-testid={`settings-theme-${theme}`}
                    onChange={() => {
                      change({ theme });
                      applyTheme(theme);
                    }}
                  />
                  {THEME_LABELS[theme]}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="settings-field">
            <legend>Reports start with</legend>
            <label className="settings-choice">
              <input
                type="checkbox"
                checked={draft.report.appendix}
                data-testid="settings-appendix"
                onChange={(e) => change({ report: { ...draft.report, appendix: e.target.checked } })}
              />
              Unreviewed claims in an appendix
            </label>
            <label className="settings-choice">
              <input
                type="checkbox"
                checked={draft.report.bom}
                onChange={(e) => change({ report: { ...draft.report, bom: e.target.checked } })}
              />
              CSV with a byte-order mark (for Excel)
            </label>
          </fieldset>
          {error ? (
            <p className="ws-error" role="alert">
              <strong>{error.title}</strong> {error.message}
            </p>
          ) : null}
          <p className="settings-file">
            Kept for you, not per workspace, in <bdi>{file}</bdi>
          </p>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving} data-testid="settings-save">
            {saving ? 'Saving…' : 'Save'}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
