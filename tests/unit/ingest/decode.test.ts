import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../shared/ingest';

const text = 'Le ministre a déclaré « non » — 1 240 €';

function utf16(s: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return new Uint8Array(out);
}

describe('decoding article bytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = new TextEncoder().encode(text);
    expect(decodeBytes(plain)).toEqual({ text, encoding: 'utf-8', lossy: false });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...plain])).text).toBe(text);
  });

  it('reads UTF-16 LE and BE with a byte-order mark, and without one by its NUL pattern', () => {
    expect(decodeBytes(utf16(text, false, true))).toMatchObject({ text, encoding: 'utf-16le', lossy: false });
    expect(decodeBytes(utf16(text, true, true))).toMatchObject({ text, encoding: 'utf-16be', lossy: false });
    expect(decodeBytes(utf16('Plain English text here', false, false))).toMatchObject({
      encoding: 'utf-16le',
    });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, losing no character', () => {
    // "café – “quoted”" in Windows-1252
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94]);
    expect(decodeBytes(bytes)).toEqual({ text: 'café – “q”', encoding: 'windows-1252', lossy: false });
  });

  it('says so when UTF-16 decoding had to replace a broken character', () => {
    const broken = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]); // lone high surrogate
    const decoded = decodeBytes(broken);
    expect(decoded.lossy).toBe(true);
    expect(decoded.text).toContain('\uFFFD');
  });

  it('does not call a literal replacement character in the file a loss', () => {
    expect(decodeBytes(new TextEncoder().encode('odd \uFFFD char')).lossy).toBe(false);
  });
});
