// The reviewer's own settings (name, organisation, theme, report defaults) and the list of
// recent workspaces. They belong to the person, not to a workspace, so they live in one
// settings.json in the user's configuration folder and follow them from workspace to workspace.
// Pure: the schema, the defaults and the rules for reading a possibly damaged file.
import { z } from 'zod';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** How many workspaces "Recent workspaces" remembers. */
export const MAX_RECENT_WORKSPACES = 8;

export interface ReportDefaults {
  /** Unreviewed claims go into an appendix of the report. */
  readonly appendix: boolean;
  /** CSV files start with a byte-order mark (what Excel needs to read UTF-8). */
  readonly bom: boolean;
}

export interface Settings {
  /** The name verdicts are signed with; '' leaves them unsigned. */
  readonly reviewer: string;
  /** Printed on reports; '' prints none. */
  readonly organisation: string;
  /** 'system' follows the operating system's light or dark appearance. */
  readonly theme: ThemeChoice;
  readonly report: ReportDefaults;
  /** Absolute folder paths, the most recently opened first. */
  readonly recentWorkspaces: readonly string[];
}

/** Settings as the services hand them out: where they live, and what went wrong reading them. */
export interface SettingsInfo {
  readonly settings: Settings;
  readonly file: string;
  /** Set when settings.json could not be read: the file was kept aside and defaults are in use. */
  readonly problem: string | null;
}

export interface RecentWorkspace {
  readonly path: string;
  /** The folder's own name, what a menu shows. */
  readonly name: string;
  readonly exists: boolean;
}

export interface WorkspaceList {
  readonly current: string;
  /** Recent workspaces other than the current one, most recent first. */
  readonly recent: readonly RecentWorkspace[];
}

export const DEFAULT_SETTINGS: Settings = {
  reviewer: '',
  organisation: '',
  theme: 'system',
  report: { appendix: false, bom: false },
  recentWorkspaces: [],
};

// A name, not a document: no line breaks (Unicode's line and paragraph separators too), no
// control characters, and no bidirectional overrides that would make a report read otherwise.
const name = (max: number) =>
  z
    .string()
    .max(max)
    .regex(
      /^[^\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]*$/u,
      'a name has no line breaks, control characters or direction overrides',
    );

/** What the UI or the CLI may change; every field optional, anything else refused. */
export const settingsPatchSchema = z
  .object({
    reviewer: name(200).optional(),
    organisation: name(300).optional(),
    theme: z.enum(THEME_CHOICES).optional(),
    report: z.object({ appendix: z.boolean().optional(), bom: z.boolean().optional() }).strict().optional(),
  })
  .strict();

export type SettingsPatch = z.input<typeof settingsPatchSchema>;

/** The file's shape: lenient about unknown keys (a newer version may add some), strict about types. */
const settingsFileSchema = z.object({
  reviewer: name(200).catch(''),
  organisation: name(300).catch(''),
  theme: z.enum(THEME_CHOICES).catch('system'),
  report: z
    .object({ appendix: z.boolean().catch(false), bom: z.boolean().catch(false) })
    .catch(DEFAULT_SETTINGS.report),
  recentWorkspaces: z.array(z.string().min(1).max(4096)).catch([]),
});

/**
 * Reads settings.json's text. A file that is not JSON or not an object is a problem to report
 * (the caller keeps the damaged file aside); a single bad field falls back to its default.
 */
export function parseSettings(text: string): {
  settings: Settings;
  /** The file's other keys (a newer version's settings), written back untouched. */
  extra: Record<string, unknown>;
  problem: string | null;
} {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: DEFAULT_SETTINGS, extra: {}, problem: 'settings.json is not valid JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { settings: DEFAULT_SETTINGS, extra: {}, problem: 'settings.json does not hold an object' };
  const parsed = settingsFileSchema.parse({ ...DEFAULT_SETTINGS, ...raw });
  const extra = Object.fromEntries(Object.entries(raw).filter(([key]) => !(key in DEFAULT_SETTINGS)));
  return {
    settings: { ...parsed, recentWorkspaces: parsed.recentWorkspaces.slice(0, MAX_RECENT_WORKSPACES) },
    extra,
    problem: null,
  };
}

export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  // A key present with the value undefined (possible through JSON-less doors) changes nothing.
  const report = patch.report ?? {};
  return {
    ...settings,
    ...(patch.reviewer !== undefined ? { reviewer: patch.reviewer.trim() } : {}),
    ...(patch.organisation !== undefined ? { organisation: patch.organisation.trim() } : {}),
    ...(patch.theme !== undefined ? { theme: patch.theme } : {}),
    report: {
      appendix: report.appendix ?? settings.report.appendix,
      bom: report.bom ?? settings.report.bom,
    },
  };
}

/** Puts a workspace first in the recent list (once), keeping the list short. */
export function rememberWorkspace(settings: Settings, path: string): Settings {
  const recent = [path, ...settings.recentWorkspaces.filter((p) => p !== path)];
  return { ...settings, recentWorkspaces: recent.slice(0, MAX_RECENT_WORKSPACES) };
}
