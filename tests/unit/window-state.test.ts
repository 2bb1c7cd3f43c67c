// Where the desktop window opens: the saved place when it is still on a screen, shrunk and
// moved to fit; the default size otherwise; a damaged window-state.json ignored.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  parseWindowState,
  placeWindow,
  readWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
  type Rect,
  type WindowState,
} from '../../electron/services/window-state';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();

const FULL_HD: Rect = { x: 0, y: 0, width: 1920, height: 1080 };
const saved = (bounds: Rect, maximized = false): WindowState => ({ bounds, maximized });

describe('parseWindowState', () => {
  it('reads a state this version wrote', () => {
    const state = saved({ x: 100, y: 50, width: 1200, height: 800 }, true);
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
    expect(parseWindowState(JSON.stringify({ bounds: state.bounds }))).toEqual({
      bounds: state.bounds,
      maximized: false,
    });
  });

  it('keeps negative positions (a display left of or above the main one)', () => {
    const state = saved({ x: -1800, y: -200, width: 1200, height: 800 });
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it('counts only maximized: true as maximised', () => {
    const bounds = { x: 0, y: 0, width: 1000, height: 700 };
    for (const maximized of ['true', 1, 'yes', null])
      expect(parseWindowState(JSON.stringify({ bounds, maximized }))?.maximized).toBe(false);
  });

  it('gives null for garbage and for JSON that is not a state', () => {
    for (const text of ['', 'garbage', '{"bounds":', 'null', '42', '"x"', '[]', '{}', '{"bounds":null}'])
      expect(parseWindowState(text), text).toBeNull();
  });

  it('gives null when a field is missing or is not a whole number', () => {
    const good = { x: 10, y: 20, width: 1000, height: 700 };
    const without = (key: keyof typeof good) => {
      const copy: Record<string, number> = { ...good };
      delete copy[key];
      return copy;
    };
    for (const key of ['x', 'y', 'width', 'height'] as const)
      expect(parseWindowState(JSON.stringify({ bounds: without(key) })), key).toBeNull();
    for (const bad of [10.5, '10', null, true, 1e7, -1e7])
      for (const key of ['x', 'y', 'width', 'height'] as const)
        expect(
          parseWindowState(JSON.stringify({ bounds: { ...good, [key]: bad } })),
          `${key}=${bad}`,
        ).toBeNull();
    // NaN and Infinity are not JSON; the literal text is not JSON either.
    expect(parseWindowState('{"bounds":{"x":NaN,"y":0,"width":100,"height":100}}')).toBeNull();
  });

  it('gives null for a zero or negative size', () => {
    for (const [width, height] of [
      [0, 700],
      [1000, 0],
      [-1000, 700],
      [1000, -700],
    ])
      expect(parseWindowState(JSON.stringify({ bounds: { x: 0, y: 0, width, height } }))).toBeNull();
  });
});

describe('placeWindow', () => {
  it('opens at the default size, placed by the OS, when nothing was saved', () => {
    const placed = placeWindow(null, [FULL_HD]);
    expect(placed).toEqual({
      bounds: { width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height },
      maximized: false,
    });
    expect(placed.bounds).not.toHaveProperty('x');
    expect(placed.bounds).not.toHaveProperty('y');
  });

  it('keeps saved bounds that lie on an attached display', () => {
    const bounds = { x: 200, y: 100, width: 1200, height: 800 };
    expect(placeWindow(saved(bounds), [FULL_HD])).toEqual({ bounds, maximized: false });
  });

  it('keeps bounds on a second display, right of the first or left of it', () => {
    const right: Rect = { x: 1920, y: 0, width: 2560, height: 1440 };
    const onRight = { x: 2400, y: 300, width: 1600, height: 1000 };
    expect(placeWindow(saved(onRight), [FULL_HD, right]).bounds).toEqual(onRight);
    const left: Rect = { x: -1920, y: 0, width: 1920, height: 1080 };
    const onLeft = { x: -1700, y: 40, width: 1000, height: 700 };
    expect(placeWindow(saved(onLeft), [FULL_HD, left]).bounds).toEqual(onLeft);
  });

  it('falls back to the default size when the display it was on is no longer attached', () => {
    // Saved on a second monitor, right of a 1920×1080 one, which was then unplugged.
    const placed = placeWindow(saved({ x: 3000, y: 100, width: 1200, height: 800 }), [FULL_HD]);
    expect(placed).toEqual({ bounds: { ...DEFAULT_SIZE }, maximized: false });
    expect(placed.bounds).not.toHaveProperty('x');
    // Below the only display, and left of it.
    expect(placeWindow(saved({ x: 100, y: 2000, width: 1200, height: 800 }), [FULL_HD]).bounds).toEqual({
      ...DEFAULT_SIZE,
    });
    expect(placeWindow(saved({ x: -2000, y: 100, width: 1200, height: 800 }), [FULL_HD]).bounds).toEqual({
      ...DEFAULT_SIZE,
    });
    // No displays reported at all.
    expect(placeWindow(saved({ x: 0, y: 0, width: 1200, height: 800 }), []).bounds).toEqual({
      ...DEFAULT_SIZE,
    });
  });

  it('falls back when only a sliver of the title bar is on screen', () => {
    // 20 pixels of the window's width overlap the display: too little to grab.
    const placed = placeWindow(saved({ x: 1900, y: 100, width: 1200, height: 800 }), [FULL_HD]);
    expect(placed.bounds).toEqual({ ...DEFAULT_SIZE });
  });

  it('shrinks a window larger than its display to fit it', () => {
    const laptop: Rect = { x: 0, y: 0, width: 1366, height: 768 };
    const placed = placeWindow(saved({ x: 0, y: 0, width: 2400, height: 1400 }), [laptop]);
    expect(placed.bounds).toEqual({ x: 0, y: 0, width: 1366, height: 768 });
  });

  it('never shrinks below MIN_SIZE, even on a smaller display', () => {
    const tiny: Rect = { x: 0, y: 0, width: 800, height: 500 };
    const placed = placeWindow(saved({ x: 0, y: 0, width: 1400, height: 900 }), [tiny]);
    expect(placed.bounds.width).toBe(MIN_SIZE.width);
    expect(placed.bounds.height).toBe(MIN_SIZE.height);
    // It starts at the display's corner, so its title bar stays reachable.
    expect(placed.bounds.x).toBe(0);
    expect(placed.bounds.y).toBe(0);
  });

  it('moves a partly off-screen window back onto its display', () => {
    // Hanging off the right edge.
    expect(placeWindow(saved({ x: 1500, y: 100, width: 1000, height: 700 }), [FULL_HD]).bounds).toEqual({
      x: 920,
      y: 100,
      width: 1000,
      height: 700,
    });
    // Hanging off the left edge.
    expect(placeWindow(saved({ x: -300, y: 100, width: 1000, height: 700 }), [FULL_HD]).bounds).toEqual({
      x: 0,
      y: 100,
      width: 1000,
      height: 700,
    });
    // Hanging off the bottom.
    expect(placeWindow(saved({ x: 100, y: 900, width: 1000, height: 700 }), [FULL_HD]).bounds).toEqual({
      x: 100,
      y: 380,
      width: 1000,
      height: 700,
    });
  });

  it('respects a work area that does not start at 0 (a task bar or menu bar)', () => {
    const work: Rect = { x: 0, y: 25, width: 1920, height: 1055 };
    const placed = placeWindow(saved({ x: 100, y: 25, width: 1000, height: 1200 }), [work]);
    expect(placed.bounds).toEqual({ x: 100, y: 25, width: 1000, height: 1055 });
  });

  it('keeps the maximised flag, whether the bounds are kept or not', () => {
    const bounds = { x: 200, y: 100, width: 1200, height: 800 };
    expect(placeWindow(saved(bounds, true), [FULL_HD])).toEqual({ bounds, maximized: true });
    expect(placeWindow(saved({ ...bounds, x: 5000 }, true), [FULL_HD])).toEqual({
      bounds: { ...DEFAULT_SIZE },
      maximized: true,
    });
  });

  it('always leaves the window within the display it was placed on', () => {
    const displays: Rect[] = [FULL_HD, { x: 1920, y: 0, width: 1280, height: 1024 }];
    let kept = 0;
    for (let x = -1500; x <= 3500; x += 250)
      for (let y = -100; y <= 1200; y += 100)
        for (const [width, height] of [
          [1000, 700],
          [1600, 1100],
          [3000, 2000],
        ] as const) {
          const { bounds } = placeWindow(saved({ x, y, width, height }), displays);
          if (bounds.x === undefined) continue; // the OS places it
          kept++;
          const area = displays.find((d) => bounds.x! >= d.x && bounds.x! < d.x + d.width)!;
          expect(area, `${x},${y} ${width}x${height}`).toBeDefined();
          expect(bounds.x + bounds.width).toBeLessThanOrEqual(area.x + area.width);
          expect(bounds.y!).toBeGreaterThanOrEqual(area.y);
          expect(bounds.y! + bounds.height).toBeLessThanOrEqual(area.y + area.height);
        }
    expect(kept).toBeGreaterThan(100);
  });
});

describe('readWindowState / saveWindowState', () => {
  it('round-trips a state through window-state.json', async () => {
    const file = join(temp(), WINDOW_STATE_FILE);
    const state = saved({ x: -40, y: 30, width: 1300, height: 850 }, true);
    saveWindowState(file, state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(await readWindowState(file)).toEqual(state);

    const moved = saved({ x: 10, y: 20, width: 1000, height: 700 });
    saveWindowState(file, moved);
    expect(await readWindowState(file)).toEqual(moved);
    // Written whole, in place: no temp file left beside it.
    expect(readdirSync(dirname(file))).toEqual([WINDOW_STATE_FILE]);
  });

  it('reads null from a missing or damaged file', async () => {
    const dir = temp();
    expect(await readWindowState(join(dir, WINDOW_STATE_FILE))).toBeNull();
    const file = join(dir, WINDOW_STATE_FILE);
    writeFileSync(file, 'garbage');
    expect(await readWindowState(file)).toBeNull();
    // A folder where the file should be.
    expect(await readWindowState(dir)).toBeNull();
  });
});
