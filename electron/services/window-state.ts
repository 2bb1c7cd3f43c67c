// The desktop window's size and place, remembered between launches (window-state.json in the
// configuration folder). Plain Node: the main process hands in the displays' work areas, so
// the rules — never off screen, never larger than the screen, a damaged file ignored — are
// tested without Electron.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  /** The normal (not maximised) bounds, so un-maximising returns to them. */
  readonly bounds: Rect;
  readonly maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1440, height: 900 } as const;
export const MIN_SIZE = { width: 960, height: 600 } as const;
/** How much of the title bar must be on a screen for the window to count as reachable. */
const GRAB = 64;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 1e6;

/** The saved state, or null when there is none or it is not a state this version wrote. */
export function parseWindowState(text: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: Record<string, unknown>; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds;
  if (!isInt(x) || !isInt(y) || !isInt(width) || !isInt(height) || width <= 0 || height <= 0) return null;
  return { bounds: { x, y, width, height }, maximized: maximized === true };
}

/**
 * Where the window opens: the saved bounds when enough of the title bar lies on one of the
 * displays now attached (a monitor may have been unplugged), shrunk to fit that display;
 * otherwise the default size, centred by the OS (no x/y).
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  const fallback = { bounds: { ...DEFAULT_SIZE }, maximized: saved?.maximized ?? false };
  if (!saved) return fallback;
  const { x, y, width, height } = saved.bounds;
  const area = workAreas.find(
    (a) =>
      // The title bar: the top strip of the window, at least GRAB pixels of it on this display.
      Math.min(x + width, a.x + a.width) - Math.max(x, a.x) >= GRAB &&
      y >= a.y &&
      y < a.y + a.height - GRAB / 2,
  );
  if (!area) return fallback;
  const w = Math.max(MIN_SIZE.width, Math.min(width, area.width));
  const h = Math.max(MIN_SIZE.height, Math.min(height, area.height));
  return {
    bounds: {
      x: Math.min(Math.max(x, area.x), area.x + area.width - Math.min(w, area.width)),
      y: Math.min(Math.max(y, area.y), area.y + area.height - Math.min(h, area.height)),
      width: w,
      height: h,
    },
    maximized: saved.maximized,
  };
}

export async function readWindowState(file: string): Promise<WindowState | null> {
  try {
    return parseWindowState(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Written synchronously, in one go, as the window closes: the app may quit right after, and
 * an asynchronous write would be cut short (losing the place, leaving a temp file behind).
 * Temp file + fsync + rename, so a crash leaves the old state or the new one, never half.
 */
export function saveWindowState(file: string, state: WindowState): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'w', 0o644);
    try {
      writeSync(fd, `${JSON.stringify(state, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
