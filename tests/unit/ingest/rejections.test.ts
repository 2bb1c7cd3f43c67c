// Bad input gets a specific reason, never a crash or a silently empty article.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../shared/ingest';
import { MAX_ARTICLE_BYTES } from '../../../shared/api';

const enc = (s: string) => new TextEncoder().encode(s);
const reason = (name: string, bytes: Uint8Array) => {
  const r = ingestFile(name, bytes);
  return r.ok ? null : r.reason;
};

describe('files that are not articles are rejected with a reason', () => {
  it('empty and white-space-only files', () => {
    expect(reason('a.txt', new Uint8Array())).toBe('the file is empty');
    expect(reason('a.txt', enc('  \n\t\n'))).toBe('the file holds only white space');
  });

  it('images, archives and other binaries, by signature or control bytes', () => {
    expect(reason('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatch(/PNG image/);
    expect(reason('x.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatch(/ZIP archive/);
    expect(reason('x.bin', new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8, 9, 0, 1, 2, 3]))).toMatch(/binary/);
  });

  it('a page of nothing but cruft', () => {
    expect(
      reason(
        'cruft.txt',
        enc('Menu\nSearch\nSubscribe\nSign In\nShare this article\nCopyright © 2025 Example Ltd.\n'),
      ),
    ).toMatch(/nothing is left after removing site cruft/);
  });

  it('malformed JSON and JSON without a body', () => {
    expect(reason('a.json', enc('{"title": "x", '))).toMatch(/^the JSON is malformed/);
    expect(reason('a.json', enc('{"title": "x"}'))).toBe('the JSON item has no "text" or "body" field');
    expect(reason('a.json', enc('[]'))).toBe('the JSON array is empty');
  });

  it('files over the size limit, naming the limit', () => {
    expect(reason('big.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61))).toMatch(
      /larger than 2\.0 MB/,
    );
  });

  it('keeps the good items of a JSON array and rejects the bad ones by index', () => {
    const body =
      'The council approved the plan on Tuesday after a long debate in the chamber. It will cost 4 million.';
    const r = ingestFile(
      'list.json',
      enc(JSON.stringify([{ title: 'Council approves plan', body }, { title: 'no body' }])),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.articles.map((a) => a.title)).toEqual(['Council approves plan']);
    expect(r.rejectedItems).toEqual([{ index: 1, reason: 'the JSON item has no "text" or "body" field' }]);
  });

  it('warns when a file name has no known extension and the content decided the format', () => {
    const r = ingestFile(
      'NOTES',
      enc('# Headline of the note here\n\nThe minister said the budget would rise by 4% next year.\n'),
    );
    expect(r.ok && r.articles[0]!.warnings).toEqual([
      'the file name has no known extension; the content was read as md',
    ]);
  });

  it('keeps only http(s) addresses: a javascript: or data: "url" is dropped, and said so', () => {
    const body =
      'The council approved the plan on Tuesday after a long debate in the chamber. It will cost 4 million.';
    const item = (url: string) => ({ title: 'Council approves plan', body, url });
    const r = ingestFile(
      'urls.json',
      enc(
        JSON.stringify([
          item('javascript:alert(1)'),
          item('data:text/html,<script>x</script>'),
          item('https://news.example/council'),
        ]),
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.articles.map((a) => a.url)).toEqual([null, null, 'https://news.example/council']);
    expect(r.articles[0]!.warnings).toEqual([
      'its address “javascript:alert(1)” is not an http(s) URL and was not kept',
    ]);
    expect(r.articles[2]!.warnings).toEqual([]);
  });
});
