// The page's own address, saved with the text on a line of its own above or below the story
// ("https://…", "Source: https://…", "Quelle: https://…"): it becomes the article's url and the
// line leaves the text as "page address". An address cited inside the story is text. The address
// is kept as written; only ingest's http(s) check applies. Fixtures: tests/fixtures/ingest/23*.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../shared/ingest/cruft-rules';
import { ingestFile, type ParsedArticle } from '../../../shared/ingest';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'ingest');

function fixture(name: string): ParsedArticle {
  const r = ingestFile(name, new Uint8Array(readFileSync(join(dir, name))));
  if (!r.ok) throw new Error(r.reason);
  return r.articles[0]!;
}

function read(name: string, lines: string[]): ParsedArticle {
  const r = ingestFile(name, new TextEncoder().encode(lines.join('\n')));
  if (!r.ok) throw new Error(r.reason);
  return r.articles[0]!;
}

const HEADLINE = 'Tessvik opens its first night bus routes';
const P1 =
  'Tessvik began running three night bus routes on Friday, linking the station with the university and the hospital until 4 a.m.';
const P2 = 'The city transport office said the routes would be reviewed after six months of service.';

describe('a line that only gives an address', () => {
  it.each([
    ['https://tessvik-herald.example/city/night-buses', 'https://tessvik-herald.example/city/night-buses'],
    ['URL: https://tessvik-herald.example/a', 'https://tessvik-herald.example/a'],
    ['Source: https://tessvik-herald.example/a?b=1#c', 'https://tessvik-herald.example/a?b=1#c'],
    ['Link: http://tessvik-herald.example/a', 'http://tessvik-herald.example/a'],
    ['Source : https://journal.example/a', 'https://journal.example/a'],
    ['Quelle: https://inselbote.example/a', 'https://inselbote.example/a'],
    ['Fuente: https://diario.example/a', 'https://diario.example/a'],
    ['Original URL: https://tessvik-herald.example/a', 'https://tessvik-herald.example/a'],
    ['Originally published at https://tessvik-herald.example/a', 'https://tessvik-herald.example/a'],
    ['<https://tessvik-herald.example/a>', 'https://tessvik-herald.example/a'],
    ['URL: javascript:alert(1)', 'javascript:alert(1)'],
  ])('%s is a page address', (line, url) => {
    expect(classifyLine(line)).toMatchObject({ reason: 'page address', url });
  });

  it.each([
    'Read more: https://tessvik-herald.example/other-story',
    'See also: https://tessvik-herald.example/other-story',
    'Photo: https://images.example/bus.jpg',
    'Twitter: https://x.example/tessvikherald',
    'The timetable is at https://tessvik.example/night',
    'Source: Tessvik transport office',
    'Time: 23:40',
  ])('%s is not a page address', (line) => {
    expect(classifyLine(line)?.reason).not.toBe('page address');
  });
});

describe('a bare address at the top of a text file', () => {
  const a = fixture('23a-page-address-top.txt');

  it('becomes the article url, as written', () => {
    expect(a.url).toBe('https://tessvik-herald.example/city/2025/05/tram-harbour-district?ref=home');
  });

  it('leaves the text and is listed as removed, with reason "page address"', () => {
    expect(a.removed).toContainEqual({
      line: 1,
      text: 'https://tessvik-herald.example/city/2025/05/tram-harbour-district?ref=home',
      reason: 'page address',
    });
    expect(a.text).not.toContain('tessvik-herald.example');
  });

  it('is not taken for the headline, which is still found below it', () => {
    expect(a.title).toBe('Council approves tram line to the harbour district');
    expect(a.text.startsWith('Tessvik council voted on Thursday')).toBe(true);
  });
});

describe('a labelled address at the bottom of the page', () => {
  const a = fixture('23b-page-address-bottom.txt');

  it('becomes the article url', () => {
    expect(a.url).toBe('https://journal-du-port.example/valmar/reprise-du-travail');
    expect(a.removed).toContainEqual({
      line: 10,
      text: 'Source : https://journal-du-port.example/valmar/reprise-du-travail',
      reason: 'page address',
    });
  });

  it('leaves an address cited inside a sentence of the story in the text', () => {
    expect(a.text).toContain(
      "Le texte de l'accord est consultable sur https://port-valmar.example/accord-2025.pdf depuis mercredi soir",
    );
    expect(a.url ?? '').not.toContain('port-valmar');
  });
});

describe('where an address line counts', () => {
  it('takes the first address found when the page gives one above and one below', () => {
    const a = read('n.txt', [
      'Link: https://tessvik-herald.example/first',
      HEADLINE,
      '',
      P1,
      '',
      P2,
      '',
      'Source: https://tessvik-herald.example/second',
    ]);
    expect(a.url).toBe('https://tessvik-herald.example/first');
    expect(a.removed.filter((r) => r.reason === 'page address').map((r) => r.line)).toEqual([1, 8]);
  });

  it('keeps an address on its own line between two paragraphs as text, not as the url', () => {
    const a = read('n.txt', [HEADLINE, '', P1, '', 'https://tessvik.example/night-timetable.pdf', '', P2]);
    expect(a.url).toBeNull();
    expect(a.paragraphs.map((p) => p.text)).toContain('https://tessvik.example/night-timetable.pdf');
  });

  it('reads an address line in a Markdown note without joining it to the paragraph below', () => {
    const a = read('n.md', [
      `# ${HEADLINE}`,
      'Source: https://tessvik-herald.example/md',
      'Tessvik began running three night bus routes on Friday, linking the',
      'station with the university and the hospital until 4 a.m.',
      '',
      P2,
    ]);
    expect(a.url).toBe('https://tessvik-herald.example/md');
    expect(a.text).not.toContain('Source:');
    expect(
      a.text.startsWith('Tessvik began running three night bus routes on Friday, linking the station'),
    ).toBe(true);
  });

  it('lets a url the format states win over an address line in the text', () => {
    const json = JSON.stringify({
      title: HEADLINE,
      url: 'https://tessvik-herald.example/from-json',
      text: [P1, P2, 'Source: https://tessvik-herald.example/from-text'].join('\n\n'),
    });
    const r = ingestFile('a.json', new TextEncoder().encode(json));
    expect(r.ok && r.articles[0]!.url).toBe('https://tessvik-herald.example/from-json');
  });

  it('does not keep a javascript: address, says so, and keeps it out of the text', () => {
    const a = read('n.txt', [HEADLINE, '', P1, '', P2, '', 'URL: javascript:alert(document.cookie)']);
    expect(a.url).toBeNull();
    expect(a.warnings.join(' ')).toMatch(/“javascript:alert\(document\.cookie\)” is not an http\(s\) URL/);
    expect(a.text).not.toContain('javascript');
  });
});
