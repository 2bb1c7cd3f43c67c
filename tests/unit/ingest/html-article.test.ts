// Saved web pages: metadata from meta tags, the body through Readability, cruft and captions
// removed, and nothing of the page's code carried into the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile, type ParsedArticle } from '../../../shared/ingest';

const fixture = (name: string): ParsedArticle => {
  const r = ingestFile(name, readFileSync(join(import.meta.dirname, '../../fixtures/html', name)));
  if (!r.ok) throw new Error(r.reason);
  return r.articles[0]!;
};

describe('HTML pages', () => {
  it('reads title, outlet, date, author, url and language from the meta tags', () => {
    const a = fixture('tessvik-bridge.html');
    expect(a).toMatchObject({
      format: 'html',
      title: 'Council closes Saltmarket Bridge to cars for 18 months',
      outlet: 'Tessvik Herald',
      date: '2025-03-15',
      byline: 'Jana Holm',
      url: 'https://tessvik-herald.example/city/saltmarket-bridge-closure',
      language: 'en',
    });
  });

  it('keeps the paragraphs and drops navigation, byline, caption, share list and footer', () => {
    const a = fixture('tessvik-bridge.html');
    expect(a.paragraphs).toHaveLength(4);
    expect(a.sentences[0]!.text).toMatch(/^Tessvik City Council voted late on Friday/);
    for (const cruft of ['Subscribe', 'By Jana Holm', 'Photo: Tessvik Herald', 'Share on', 'Copyright'])
      expect(a.text).not.toContain(cruft);
    expect(a.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['byline', 'photo caption']));
  });

  it('carries no script, style, handler or link target of a hostile page into the text', () => {
    const a = fixture('xss-attempt.html');
    expect(a.title).toBe('Harbour authority denies dredging contract claims');
    expect(a.text).toContain('calling the report “wholly inaccurate”.');
    expect(a.text).toContain('Read the statement on the authority’s site.');
    for (const code of [
      '__crosscheckPwned',
      "alert('script tag ran')",
      "alert('onerror ran')",
      'javascript:',
      'evil.example',
      'onerror',
      'background: url',
    ]) {
      expect(a.text).not.toContain(code);
    }
    // Escaped markup in the page is text the article really shows, kept as plain characters.
    expect(a.text).toContain('<script>alert(1)</script>');
  });
});
