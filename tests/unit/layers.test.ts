// The layer rules of DESIGN.md, checked on the source itself: shared/ is pure, the renderer
// never reaches Node or electron, and only the few glue files under electron/main and
// electron/preload import electron.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2]!);
}

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('layers', () => {
  it('shared/ imports neither electron nor Node built-ins nor the layers above it', () => {
    const offenders = sources('shared').flatMap((file) =>
      importsOf(file)
        .filter(
          (spec) => spec === 'electron' || builtins.has(spec) || /(^|\/)(electron|renderer)\//.test(spec),
        )
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the renderer imports no Node built-in, no electron and no electron/ code', () => {
    const offenders = sources('renderer').flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec === 'electron' || builtins.has(spec) || /(^|\/)electron\//.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('only electron/main and electron/preload import electron, and they are few', () => {
    const importers = [...sources('electron'), ...sources('shared'), ...sources('renderer')]
      .filter((file) => importsOf(file).includes('electron'))
      .map((file) => relative(root, join(root, file)).replaceAll('\\', '/'))
      .sort();
    expect(importers.every((f) => f.startsWith('electron/main/') || f.startsWith('electron/preload/'))).toBe(
      true,
    );
    // index (app, session), window, menu, ipc and the preload: one job each.
    expect(importers.length).toBeLessThanOrEqual(5);
    // The architecture doc lists them; keep it true.
    const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
    for (const f of importers) expect(doc, `${f} missing from docs/architecture.md`).toContain(f);
  });
});
