// The reviewer's settings as a pure matter: reading a possibly damaged settings.json, applying
// a change from the UI or the CLI, the recent-workspaces list, and what a change may hold.
import { describe, expect, it } from 'vitest';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  MAX_RECENT_WORKSPACES,
  parseSettings,
  rememberWorkspace,
  settingsPatchSchema,
  type Settings,
} from '../../shared/settings';

const full: Settings = {
  reviewer: 'Ana Novak',
  organisation: 'Desk of Facts',
  theme: 'dark',
  report: { appendix: true, bom: true },
  recentWorkspaces: ['/home/ana/review', '/home/ana/old'],
};

const folders = (n: number) => Array.from({ length: n }, (_, i) => `/work/ws${i}`);

describe('parseSettings', () => {
  it('reads a valid file as it is, with no problem', () => {
    expect(parseSettings(JSON.stringify(full))).toEqual({ settings: full, extra: {}, problem: null });
  });

  it('fills what an older file lacks with the defaults', () => {
    const { settings, problem } = parseSettings(JSON.stringify({ reviewer: 'Ana' }));
    expect(problem).toBeNull();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, reviewer: 'Ana' });
  });

  it('reports a file that is not JSON and hands out the defaults', () => {
    for (const text of ['garbage', '{"reviewer": "Ana"', '', '\u0000\u0001']) {
      const { settings, problem } = parseSettings(text);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problem).toMatch(/not valid JSON/);
    }
  });

  it('reports JSON that is not an object (array, null, a number, a string)', () => {
    for (const text of ['[]', '[{"reviewer":"Ana"}]', 'null', '42', '"Ana"', 'true']) {
      const { settings, problem } = parseSettings(text);
      expect(settings, text).toEqual(DEFAULT_SETTINGS);
      expect(problem, text).toMatch(/does not hold an object/);
    }
  });

  it('lets one bad field fall back to its default and keeps the others', () => {
    const withBad = (patch: Record<string, unknown>) => parseSettings(JSON.stringify({ ...full, ...patch }));

    expect(withBad({ theme: 'neon' })).toEqual({
      settings: { ...full, theme: 'system' },
      extra: {},
      problem: null,
    });
    expect(withBad({ reviewer: 42 }).settings).toEqual({ ...full, reviewer: '' });
    expect(withBad({ reviewer: 'Ana\nNovak' }).settings).toEqual({ ...full, reviewer: '' });
    expect(withBad({ organisation: 'x'.repeat(301) }).settings).toEqual({ ...full, organisation: '' });
    expect(withBad({ recentWorkspaces: 'not a list' }).settings).toEqual({ ...full, recentWorkspaces: [] });
    expect(withBad({ report: 'yes' }).settings).toEqual({ ...full, report: { appendix: false, bom: false } });
    // Inside report, each flag on its own.
    expect(withBad({ report: { appendix: 'yes', bom: true } }).settings).toEqual({
      ...full,
      report: { appendix: false, bom: true },
    });
    expect(withBad({ report: { appendix: true } }).settings).toEqual({
      ...full,
      report: { appendix: true, bom: false },
    });
  });

  it('ignores keys it does not know (a newer version may add some), keeping top-level ones aside', () => {
    const { settings, extra, problem } = parseSettings(
      JSON.stringify({ ...full, fontSize: 14, report: { ...full.report, pageSize: 'A4' } }),
    );
    expect(problem).toBeNull();
    expect(extra).toEqual({ fontSize: 14 });
    expect(settings).toEqual(full);
    expect(Object.keys(settings).sort()).toEqual([
      'organisation',
      'recentWorkspaces',
      'report',
      'reviewer',
      'theme',
    ]);
    expect(Object.keys(settings.report).sort()).toEqual(['appendix', 'bom']);
  });

  it('keeps at most MAX_RECENT_WORKSPACES recent workspaces, the first ones', () => {
    const many = folders(MAX_RECENT_WORKSPACES + 5);
    const { settings } = parseSettings(JSON.stringify({ recentWorkspaces: many }));
    expect(settings.recentWorkspaces).toEqual(many.slice(0, MAX_RECENT_WORKSPACES));
  });
});

describe('applySettingsPatch', () => {
  it('trims names and leaves fields the patch does not name alone', () => {
    const next = applySettingsPatch(full, { reviewer: '  Bo Lind \t', organisation: ' Wire Check  ' });
    expect(next).toEqual({ ...full, reviewer: 'Bo Lind', organisation: 'Wire Check' });
  });

  it('clears a name given as blanks', () => {
    expect(applySettingsPatch(full, { reviewer: '   ' }).reviewer).toBe('');
  });

  it('merges a partial report change into the report defaults', () => {
    expect(applySettingsPatch(full, { report: { bom: false } }).report).toEqual({
      appendix: true,
      bom: false,
    });
    expect(applySettingsPatch(DEFAULT_SETTINGS, { report: { appendix: true } }).report).toEqual({
      appendix: true,
      bom: false,
    });
  });

  it('changes the theme, keeps the recent workspaces and does not touch its input', () => {
    const before = structuredClone(full);
    const next = applySettingsPatch(full, { theme: 'light' });
    expect(next).toEqual({ ...full, theme: 'light' });
    expect(full).toEqual(before);
    expect(applySettingsPatch(full, {})).toEqual(full);
  });
});

describe('rememberWorkspace', () => {
  it('puts a new workspace first', () => {
    expect(rememberWorkspace(full, '/new').recentWorkspaces).toEqual(['/new', ...full.recentWorkspaces]);
  });

  it('moves a known workspace to the front without listing it twice', () => {
    const s = { ...DEFAULT_SETTINGS, recentWorkspaces: ['/a', '/b', '/c'] };
    expect(rememberWorkspace(s, '/c').recentWorkspaces).toEqual(['/c', '/a', '/b']);
    expect(rememberWorkspace(s, '/a').recentWorkspaces).toEqual(['/a', '/b', '/c']);
  });

  it('drops the oldest beyond MAX_RECENT_WORKSPACES', () => {
    const s = { ...DEFAULT_SETTINGS, recentWorkspaces: folders(MAX_RECENT_WORKSPACES) };
    const next = rememberWorkspace(s, '/newest').recentWorkspaces;
    expect(next).toHaveLength(MAX_RECENT_WORKSPACES);
    expect(next[0]).toBe('/newest');
    expect(next).not.toContain(`/work/ws${MAX_RECENT_WORKSPACES - 1}`);
    expect(next.slice(1)).toEqual(folders(MAX_RECENT_WORKSPACES - 1));
  });

  it('keeps the other settings', () => {
    const { recentWorkspaces, ...rest } = rememberWorkspace(full, '/x');
    expect(recentWorkspaces[0]).toBe('/x');
    expect(rest).toEqual({
      reviewer: full.reviewer,
      organisation: full.organisation,
      theme: 'dark',
      report: full.report,
    });
  });
});

describe('settingsPatchSchema', () => {
  const ok = (patch: unknown) => settingsPatchSchema.safeParse(patch).success;

  it('accepts any subset of the fields, including none', () => {
    expect(ok({})).toBe(true);
    expect(ok({ reviewer: 'Ana Novak' })).toBe(true);
    expect(ok({ reviewer: 'Zoë Ångström-Øre' })).toBe(true);
    expect(ok({ theme: 'light', report: { bom: true } })).toBe(true);
    expect(
      ok({ reviewer: '', organisation: '', theme: 'system', report: { appendix: false, bom: false } }),
    ).toBe(true);
  });

  it('refuses line breaks and control characters in names', () => {
    for (const bad of [
      'Ana\nNovak',
      'Ana\r\n',
      'Ana\tNovak',
      'Ana\u0000',
      '\u001b[31mAna',
      'Ana\u007f',
      'Ana\u0085',
      'Ana\u2028Novak',
      'Ana\u2029',
      'Ana\u202eavoN',
      '\u2066Ana\u2069',
    ]) {
      const reviewer = settingsPatchSchema.safeParse({ reviewer: bad });
      expect(reviewer.success, JSON.stringify(bad)).toBe(false);
      expect(reviewer.error?.issues[0]?.message).toMatch(
        /no line breaks, control characters or direction overrides/,
      );
      expect(ok({ organisation: bad }), JSON.stringify(bad)).toBe(false);
    }
  });

  it('refuses names that are too long', () => {
    expect(ok({ reviewer: 'x'.repeat(200) })).toBe(true);
    expect(ok({ reviewer: 'x'.repeat(201) })).toBe(false);
    expect(ok({ organisation: 'x'.repeat(300) })).toBe(true);
    expect(ok({ organisation: 'x'.repeat(301) })).toBe(false);
  });

  it('refuses unknown keys, at the top and inside report', () => {
    expect(ok({ reviewer: 'Ana', fontSize: 14 })).toBe(false);
    expect(ok({ recentWorkspaces: ['/tmp/x'] })).toBe(false);
    expect(ok({ report: { appendix: true, pageSize: 'A4' } })).toBe(false);
  });

  it('refuses a theme it does not offer and values of the wrong type', () => {
    expect(ok({ theme: 'neon' })).toBe(false);
    expect(ok({ theme: 'Dark' })).toBe(false);
    expect(ok({ report: { bom: 'yes' } })).toBe(false);
    expect(ok({ report: true })).toBe(false);
    expect(ok({ reviewer: 42 })).toBe(false);
    expect(ok(null)).toBe(false);
  });
});
