// The documentation kept honest: docs/architecture.md stays a map (under 4,000 words, the
// reasoning and measurements live in docs/decisions/), every relative link in README.md and
// docs/ reaches a file that exists and, with a #fragment, a heading that exists (GitHub's
// slugs), and every package in package.json is named in the architecture's dependency list.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

const read = (file: string) => readFileSync(file, 'utf8');
const markdownIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, dir, name));

/** README.md, docs/*.md and docs/decisions/*.md: the files whose links are checked. */
function documents(): string[] {
  return [join(root, 'README.md'), ...markdownIn('docs'), ...markdownIn('docs/decisions')];
}

/** The text outside fenced code blocks: a link or heading inside one is no link or heading. */
function outsideFences(text: string): string {
  let fenced = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return '';
      }
      return fenced ? '' : line;
    })
    .join('\n');
}

/** GitHub's anchor of a heading: no formatting, lower case, no punctuation but - and _, spaces → -. */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a markdown file offers: its headings' slugs (repeats get -1, -2, …) and explicit ids. */
function anchorsOf(file: string): Set<string> {
  const text = outsideFences(read(file));
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    const base = slug(m[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  for (const m of text.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(m[1]!);
  return anchors;
}

interface Link {
  readonly from: string;
  readonly target: string;
}

/** The relative links of a markdown file (inline links and images; inline code left out). */
function relativeLinks(file: string, text = read(file)): Link[] {
  const prose = outsideFences(text).replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
    .map((target) => ({ from: file, target }));
}

/** What is wrong with one link, or null: a missing file, or a #fragment no heading of the file has. */
function brokenReason(link: Link): string | null {
  const [path, fragment] = link.target.split('#', 2) as [string, string | undefined];
  const file = path === '' ? link.from : resolve(dirname(link.from), decodeURIComponent(path));
  if (!existsSync(file)) return 'no such file';
  if (fragment === undefined || fragment === '') return null;
  if (!file.endsWith('.md') || statSync(file).isDirectory()) return null;
  return anchorsOf(file).has(decodeURIComponent(fragment).toLowerCase()) ? null : `no heading #${fragment}`;
}

describe('docs/architecture.md', () => {
  const architecture = read(join(root, 'docs/architecture.md'));

  it('is a map of fewer than 4,000 words (the diaries live in docs/decisions/)', () => {
    const words = architecture.split(/\s+/).filter((w) => w.length > 0).length;
    expect(words).toBeLessThan(4000);
  });

  it('names every dependency and dev dependency of package.json', () => {
    const pkg = JSON.parse(read(join(root, 'package.json'))) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const names = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
    expect(names.length).toBeGreaterThan(0);
    const unnamed = names.filter((name) => !architecture.includes(`\`${name}\``));
    expect(unnamed, 'packages missing from "Dependencies and why"').toEqual([]);
  });
});

describe('links in README.md and docs/', () => {
  it('finds the documents and their links', () => {
    const files = documents();
    expect(files.map((f) => relative(root, f))).toContain('docs/architecture.md');
    expect(files.flatMap((f) => relativeLinks(f)).length).toBeGreaterThan(20);
  });

  it('every relative link reaches an existing file, and every #anchor a heading of it', () => {
    const broken = documents()
      .flatMap((file) => relativeLinks(file))
      .map((link) => ({ link, reason: brokenReason(link) }))
      .filter((b) => b.reason !== null)
      .map((b) => `${relative(root, b.link.from)}: (${b.link.target}) ${b.reason}`);
    expect(broken).toEqual([]);
  });

  it('tells a broken file or anchor from a good one (GitHub slugs)', () => {
    expect(slug('Data flow: what the other sources say')).toBe('data-flow-what-the-other-sources-say');
    expect(slug('`sources "<text>" [--article <a>]`')).toBe('sources-text---article-a');
    expect(slug('API contract, transports & CLI')).toBe('api-contract-transports--cli');
    const from = join(root, 'docs/architecture.md');
    expect(brokenReason({ from, target: 'decisions/no-such-topic.md' })).toBe('no such file');
    expect(brokenReason({ from, target: '#storage-layout' })).toBeNull();
    expect(brokenReason({ from, target: '#no-such-heading' })).toBe('no heading #no-such-heading');
    expect(brokenReason({ from, target: '../README.md#nowhere' })).toBe('no heading #nowhere');
    const sample = 'a [link](x.md#y), an [out](https://example.org), `[code](z.md)`';
    expect(relativeLinks(from, sample)).toEqual([{ from, target: 'x.md#y' }]);
  });
});
