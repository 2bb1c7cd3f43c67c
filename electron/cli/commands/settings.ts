// `crosscheck settings [--reviewer N] …`: shows or changes the reviewer's settings, the file
// the app reads. Opens no workspace; the CLI's other commands never read these settings.
import { settingsPatchSchema, type SettingsInfo } from '../../../shared/settings';
import { call } from '../call-api';
import type { CliCommand } from '../command';
import { noArgs, UsageError, type CliValues } from '../options';
import { openSettingsApi } from '../settings-api';

export const settingsCommand: CliCommand = {
  name: 'settings',
  usage: [
    '  settings [--reviewer N] [--organisation O] [--theme system|light|dark] [--report-appendix yes|no] [--report-bom yes|no]',
    "                            show or change the reviewer's settings (shared with the app; the CLI itself never reads them)",
  ].join('\n'),
  opensWorkspace: false,
  async run({ args, values, choice, print }) {
    noArgs('settings', args);
    const api = await openSettingsApi(choice.dir);
    const patch = settingsPatch(values);
    const info = await call(api, 'getSettings', {});
    const shown = Object.keys(patch).length
      ? { ...info, settings: await call(api, 'saveSettings', patch) }
      : info;
    print(shown, renderSettings(shown));
    return 0;
  },
};

const yesNo = (flag: string, value: string | undefined): boolean | undefined => {
  if (value === undefined) return undefined;
  if (value === 'yes' || value === 'no') return value === 'yes';
  throw new UsageError(`--${flag} takes yes or no, not "${value}"`);
};

/**
 * The settings flags given, checked by the schema saveSettings uses here so that a bad value
 * is a usage error naming its flag, before anything is written.
 */
function settingsPatch(values: CliValues) {
  const appendix = yesNo('report-appendix', values['report-appendix']);
  const bom = yesNo('report-bom', values['report-bom']);
  const raw = {
    ...(values.reviewer !== undefined ? { reviewer: values.reviewer } : {}),
    ...(values.organisation !== undefined ? { organisation: values.organisation } : {}),
    ...(values.theme !== undefined ? { theme: values.theme } : {}),
    ...(appendix !== undefined || bom !== undefined
      ? { report: { ...(appendix !== undefined ? { appendix } : {}), ...(bom !== undefined ? { bom } : {}) } }
      : {}),
  };
  const parsed = settingsPatchSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(
      `--${issue.path[0] === 'report' ? `report-${String(issue.path[1])}` : String(issue.path[0])}: ${issue.message}`,
    );
  }
  return parsed.data;
}

function renderSettings(info: SettingsInfo): string {
  const s = info.settings;
  return [
    `Reviewer:      ${s.reviewer || '(none: verdicts are unsigned)'}`,
    `Organisation:  ${s.organisation || '(none)'}`,
    `Theme:         ${s.theme}`,
    `Report:        unreviewed claims in an appendix: ${s.report.appendix ? 'yes' : 'no'}; CSV with BOM: ${s.report.bom ? 'yes' : 'no'}`,
    `File:          ${info.file}`,
    ...(info.problem ? [`Problem:       ${info.problem}`] : []),
  ].join('\n');
}
