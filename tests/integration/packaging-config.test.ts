// Checks electron-builder.yml without building an installer (that needs Electron's binary and
// internet access): the file must satisfy electron-builder's own JSON schema, name the three
// platform targets, ship the hardened fuses, package only the build output, and point at icons
// that exist at the sizes the platforms need. Reads files only; never runs electron-builder.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// js-yaml is what electron-builder itself reads its YAML config with.

type Config = Record<string, unknown>;

function loadConfig(): Config {
  const value = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('electron-builder.yml does not hold a mapping at its top level');
  }
  return value as Config;
}

function section(config: Config, key: string): Config {
  const value = config[key];
  if (typeof value !== 'object' || value === null)
    throw new Error(`electron-builder.yml has no "${key}" section`);
  return value as Config;
}

/** Target names of a platform section, whether written as a string, a list, or {target} objects. */
function targets(config: Config, platform: string): string[] {
  const raw = section(config, platform).target;
  const list: unknown[] = Array.isArray(raw) ? raw : [raw];
  return list.map((t) => (typeof t === 'object' && t !== null ? String((t as Config).target) : String(t)));
}

/** Width and height from a PNG's IHDR chunk, which always directly follows the 8-byte signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is not a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  const config = loadConfig();

  it('is valid against the schema electron-builder validates its configuration with', () => {
    const schema = JSON.parse(
      readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    ) as object;
    // Options as in app-builder-lib's schemaValidator, except coerceTypes: electron-builder
    // quietly turns "true" into true, and this check should catch such a slip instead.
    // strict: false because the schema uses the non-standard "typeof" keyword.
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    validate(config);
    expect(ajv.errorsText(validate.errors, { separator: '\n' })).toBe('No errors');
  });

  it('names the app and builds AppImage and deb on Linux, nsis on Windows and dmg on macOS', () => {
    expect(config.appId).toBe('org.crosscheck.workbench');
    expect(config.productName).toBe('Crosscheck');
    expect(targets(config, 'linux')).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targets(config, 'win')).toContain('nsis');
    expect(targets(config, 'mac')).toContain('dmg');
    expect(section(config, 'nsis')).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
    });
    expect(section(config, 'mac')).toMatchObject({
      hardenedRuntime: true,
      category: 'public.app-category.productivity',
    });
    expect(section(config, 'deb').maintainer).toMatch(/<[^@\s>]+@[^\s>]+>/);
    expect(config.artifactName).toBe('${productName}-${version}-${os}-${arch}.${ext}');
    expect(config).not.toHaveProperty('publish');
  });

  it('flips every Electron fuse to its secure setting', () => {
    expect(section(config, 'electronFuses')).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // onlyLoadAppFromAsar refuses to start an app that is not packed into app.asar.
    expect(config.asar).toBe(true);
  });

  it('packages only the build output, the sample articles and package.json', () => {
    const files = config.files as string[];
    // electron-builder matches `files` with minimatch, dot files included: a path is packaged
    // when an include pattern matches it and no `!` pattern takes it out again.
    const matches = (path: string, pattern: string) => minimatch(path, pattern, { dot: true });
    const includes = files.filter((p) => !p.startsWith('!'));
    const excludes = files.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const excluded = (path: string) => excludes.some((pattern) => matches(path, pattern));
    const packaged = (path: string) => includes.some((pattern) => matches(path, pattern)) && !excluded(path);
    for (const path of [
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'data/sample/a1-agency.txt',
      'package.json',
    ]) {
      expect(packaged(path), `${path} should be packaged`).toBe(true);
    }
    for (const path of [
      'electron/main/index.ts',
      'shared/api.ts',
      'renderer/index.html',
      'tests/integration/packaging-config.test.ts',
      'tests/fixtures/a.txt',
      'bench/run.ts',
      'docs/architecture.md',
      'scripts/dist.js',
      'README.md',
      'tsconfig.json',
      'build/icon.svg',
    ]) {
      expect(packaged(path), `${path} should not be packaged`).toBe(false);
    }
    // Production node_modules are added by electron-builder, filtered by the `!` patterns only:
    // the app runs the bundle in out/, so tsx and its 11 MB esbuild binary stay behind.
    for (const path of ['node_modules/tsx/dist/cli.mjs', 'node_modules/@esbuild/linux-x64/bin/esbuild']) {
      expect(excluded(path), `${path} should not be packaged`).toBe(true);
    }
    for (const path of ['node_modules/lowdb/lib/index.js', 'node_modules/zod/index.js']) {
      expect(excluded(path), `${path} is needed by out/main and must be packaged`).toBe(false);
    }
    expect(section(config, 'extraMetadata').main).toBe('out/main/index.js');
    expect(section(config, 'directories')).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('points at icons that exist, with a 1024×1024 master and size-named Linux icons', () => {
    expect(pngSize(join(root, 'build/icon.png'))).toEqual({ width: 1024, height: 1024 });
    for (const platform of ['mac', 'win']) {
      const icon = section(config, platform).icon;
      expect(typeof icon).toBe('string');
      expect(existsSync(join(root, String(icon))), `${platform}.icon ${String(icon)} is missing`).toBe(true);
    }
    const linuxIcons = join(root, String(section(config, 'linux').icon));
    expect(statSync(linuxIcons).isDirectory()).toBe(true);
    const names = readdirSync(linuxIcons).filter((name) => name.endsWith('.png'));
    expect(names).toEqual(expect.arrayContaining(['16x16.png', '32x32.png', '256x256.png', '512x512.png']));
    // electron-builder takes each Linux icon's size from its file name, so the two must agree.
    for (const name of names) {
      const side = Number(/^(\d+)x\1\.png$/.exec(name)?.[1]);
      expect(pngSize(join(linuxIcons, name)), name).toEqual({ width: side, height: side });
    }
  });
});
