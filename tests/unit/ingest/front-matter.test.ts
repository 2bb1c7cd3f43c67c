// Front matter written by clippers (Obsidian Web Clipper, MarkDownload) and static-site posts
// (Jekyll's YAML, Hugo's TOML): its keys become the article's metadata, its lines leave the
// text and are listed as removed, and a block that cannot be read is still removed, with a
// warning. Fixtures: tests/fixtures/ingest/22*.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile, type ParsedArticle } from '../../../shared/ingest';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'ingest');

function fixture(name: string): ParsedArticle {
  const r = ingestFile(name, new Uint8Array(readFileSync(join(dir, name))));
  if (!r.ok) throw new Error(r.reason);
  return r.articles[0]!;
}

function note(name: string, text: string): ParsedArticle {
  const r = ingestFile(name, new TextEncoder().encode(text));
  if (!r.ok) throw new Error(r.reason);
  return r.articles[0]!;
}

const BODY = [
  'The ferry company serving Keldra will run two extra sailings a day from May, the harbour office said on Monday.',
  '',
  'The early crossing will leave at 05:40 and the late one at 23:15, mainly for shift workers at the terminal.',
].join('\n');

describe('YAML front matter from a web clipper', () => {
  const a = fixture('22a-front-matter-clipper.md');

  it('takes title, address, publication date, authors, site and language from its keys', () => {
    expect(a).toMatchObject({
      format: 'md',
      title: 'Keldra dock workers end strike after pay deal',
      url: 'https://harbour-courier.example/news/2025/04/keldra-strike-ends',
      date: '2025-04-02',
      byline: 'Mira Lenz, Tomas Kerr',
      outlet: 'Harbour Courier',
      language: 'en',
      warnings: [],
    });
  });

  it('keeps none of the keys in the text, which starts with the story', () => {
    expect(a.text.startsWith('Dock workers at Keldra harbour went back to work on Wednesday')).toBe(true);
    for (const leftover of ['title:', 'source:', 'clippings', 'harbour-courier.example', '[[', '2025-04-05'])
      expect(a.text).not.toContain(leftover);
  });

  it('lists every line of the block as removed front matter, with its line number in the file', () => {
    const front = a.removed.filter((r) => r.reason === 'front matter');
    expect(front.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(front[2]).toEqual({
      line: 3,
      text: 'source: "https://harbour-courier.example/news/2025/04/keldra-strike-ends"',
      reason: 'front matter',
    });
  });

  it('treats a later --- as a horizontal rule and keeps the paragraph after it', () => {
    expect(a.paragraphs.at(-1)?.text).toBe(
      'Union leader Hanne Sollid said members had voted 412 to 97 in favour of the deal, with a turnout of just over 80%.',
    );
  });
});

describe('YAML front matter keys', () => {
  it('lets the front matter address win over an address line in the text', () => {
    const a = note(
      'n.md',
      `---\nurl: https://harbour-courier.example/a\n---\n\n${BODY}\n\nSource: https://elsewhere.example/b\n`,
    );
    expect(a.url).toBe('https://harbour-courier.example/a');
  });

  it('falls back on the day the note was created only when nothing else dates the article', () => {
    expect(note('n.md', `---\ncreated: 2025-05-20\n---\n${BODY}\n`).date).toBe('2025-05-20');
    expect(note('n.md', `---\ncreated: 2025-05-20\ndate: 2025-05-02\n---\n${BODY}\n`).date).toBe(
      '2025-05-02',
    );
    expect(note('n.md', `---\ncreated: 2025-05-20\n---\nPublished 12 May 2025\n\n${BODY}\n`).date).toBe(
      '2025-05-12',
    );
  });

  it('reads an author given as one string, and ignores a mapping where a name was expected', () => {
    expect(note('n.md', `---\nauthor: Jana Holm\n---\n${BODY}\n`).byline).toBe('Jana Holm');
    const odd = note('n.md', `---\ntitle: {main: Ferry timetable}\nauthor: {role: editor}\n---\n${BODY}\n`);
    expect(odd.byline).toBeNull();
    expect(odd.title).toBeNull();
  });

  it('keeps a front matter date as written, not as a time in some time zone', () => {
    expect(note('n.md', `---\ndate: 2025-03-31\n---\n${BODY}\n`).date).toBe('2025-03-31');
  });

  it('reads `source` as the outlet when it is a name rather than an address', () => {
    const a = note('n.md', `---\nsource: Keldra Radio\n---\n${BODY}\n`);
    expect(a.outlet).toBe('Keldra Radio');
    expect(a.url).toBeNull();
  });

  it('drops a javascript: address from the front matter with a warning', () => {
    const a = note('n.md', `---\nurl: "javascript:alert('x')"\n---\n${BODY}\n`);
    expect(a.url).toBeNull();
    expect(a.warnings.join(' ')).toMatch(/is not an http\(s\) URL/);
  });

  it('reads front matter at the top of a .txt file too', () => {
    const a = note('n.txt', `---\ntitle: Ferry timetable changes\nurl: https://x.example/t\n---\n${BODY}\n`);
    expect(a.title).toBe('Ferry timetable changes');
    expect(a.url).toBe('https://x.example/t');
    expect(a.text).not.toContain('title:');
  });
});

describe('front matter that cannot be read', () => {
  const a = fixture('22b-front-matter-malformed.md');

  it('warns that the front matter could not be read, saying why', () => {
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0]).toMatch(/^its front matter could not be read: .*double quoted scalar/);
  });

  it('still removes the whole block from the text and lists it', () => {
    expect(a.text).not.toMatch(/title:|url:|tags:|harbour-courier/);
    expect(a.removed.filter((r) => r.reason === 'front matter').map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the body, and takes nothing from the broken keys', () => {
    expect(a.text.startsWith('The ferry company serving Keldra will run two extra sailings')).toBe(true);
    expect(a.paragraphs).toHaveLength(2);
    expect(a.url).toBeNull();
    expect(a.title).toBe('Keldra ferry timetable changes from May');
  });
});

describe('TOML front matter (Hugo)', () => {
  const a = fixture('22c-front-matter-toml.md');

  it('removes the +++ block from the text and lists its lines', () => {
    expect(a.text.startsWith('Die Gemeinde Varn hat am Samstag')).toBe(true);
    expect(a.text).not.toMatch(/\+\+\+|title =|draft|\[params\]/);
    expect(a.removed.filter((r) => r.reason === 'front matter').map((r) => r.line)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 9, 10, 11,
    ]);
  });

  it('reads its top-level keys, not those of a table below them', () => {
    expect(a).toMatchObject({
      title: 'Neue Elektrofähre für die Insel Varn',
      url: 'https://inselbote.example/2025/06/elektrofaehre',
      date: '2025-06-01',
      byline: 'Lena Brandt, Jonas Vogt',
      outlet: 'Inselbote',
    });
  });
});

describe('what is not front matter', () => {
  it('keeps text between two horizontal rules later in the file', () => {
    const a = fixture('22d-horizontal-rules.md');
    expect(a.removed.filter((r) => r.reason === 'front matter')).toEqual([]);
    expect(a.text).toContain('title: what the council minutes call the project');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.title).toBeNull();
  });

  it('keeps prose set between a --- at the top and a later ---', () => {
    const a = note(
      'n.md',
      `---\n${BODY}\n\n---\n\nThe harbour office will publish the new timetable on Friday.\n`,
    );
    expect(a.removed.filter((r) => r.reason === 'front matter')).toEqual([]);
    expect(a.text).toContain('The ferry company serving Keldra');
    expect(a.warnings).toEqual([]);
  });

  it('reads a file whose first line is a name Object.prototype holds as an ordinary line', () => {
    for (const first of ['constructor', 'toString', '__proto__']) {
      const a = note('n.md', `${first}\n\n${BODY}\n`);
      expect(a.warnings).toEqual([]);
      expect(a.text).toContain('The ferry company serving Keldra');
    }
  });

  it('keeps a note between two rules whose first line happens to open with a word and a colon', () => {
    const a = note(
      'n.md',
      [
        '---',
        'Update: the harbour office moved the first sailing to 05:50 after this article was published.',
        'The other departure times are unchanged.',
        '---',
        '',
        BODY,
      ].join('\n'),
    );
    expect(a.removed.filter((r) => r.reason === 'front matter')).toEqual([]);
    expect(a.text).toContain('moved the first sailing to 05:50');
  });
});
