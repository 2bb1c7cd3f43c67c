// Markdown links and images whose target holds parentheses (Wikipedia-style addresses, a
// `javascript:alert('x')` payload): the link keeps only its text, the image line is dropped.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../shared/ingest';

const read = (md: string) => {
  const r = ingestFile('note.md', new TextEncoder().encode(md));
  if (!r.ok) throw new Error(r.reason);
  return r.articles[0]!;
};

describe('Markdown link targets with parentheses', () => {
  const article = read(
    [
      '# Ferry crews walk out at Keldra harbour',
      '',
      "The union said crews would stop work on Monday, according to a statement [Read the union's statement](javascript:alert('x')) issued late on Sunday.",
      '',
      "![harbour photo](javascript:alert('img'))",
      '',
      'See [the encyclopedia entry](https://en.wikipedia.org/wiki/Ferry_(boat)) on ferries; 12 crews are involved in the strike.',
      '',
    ].join('\n'),
  );

  it('keeps a link as its text alone, with nothing of the target left over', () => {
    expect(article.text).toContain(
      "according to a statement Read the union's statement issued late on Sunday.",
    );
    expect(article.text).toContain('See the encyclopedia entry on ferries; 12 crews');
    expect(article.text).not.toMatch(/javascript|alert|wikipedia|\)/);
  });

  it('drops an image line whose target holds parentheses, as an image', () => {
    expect(article.removed).toContainEqual({
      line: 5,
      text: "![harbour photo](javascript:alert('img'))",
      reason: 'image',
    });
    expect(article.text).not.toContain('harbour photo');
  });
});
