// Decides what kind of file this is before any parsing: a known binary type (rejected with
// its name), or one of the text formats the importer reads. Extension first, then content,
// because scraped folders are full of files named `.txt` that are not, and of files with no
// extension at all.
import type { ArticleFormat } from '../model';

const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP or RIFF media file', [0x52, 0x49, 0x46, 0x46]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['an executable', [0x4d, 0x5a]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

/** Names a binary signature at the start of the bytes, or null. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

/** Control characters other than tab, newline, carriage return and form feed mean "not text". */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  return controls > sample.length * 0.01;
}

const BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  json: 'json',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

export function formatFromName(name: string): ArticleFormat | null {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  return BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null;
}

/** For files whose extension says nothing: look at the text itself. */
export function formatFromContent(text: string): ArticleFormat {
  const head = text.trimStart().slice(0, 512).toLowerCase();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|article)[\s>]/.test(head))
    return 'html';
  if (/^(#{1,6} |\*\*[^*\n]+\*\*\s*$)/m.test(head)) return 'md';
  return 'txt';
}
