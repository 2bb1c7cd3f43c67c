// Turns a file's raw bytes into text without ever losing characters silently.
// Order matters: BOMs are authoritative; then UTF-16 without BOM is recognised by its
// NUL pattern (before anything calls such a file "binary"); then strict UTF-8; and only
// bytes that are not valid UTF-8 fall back to Windows-1252, the usual legacy encoding of
// Western news sites. Must never touch the file system.

export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** True when some bytes could not be decoded and were replaced by U+FFFD. */
  readonly lossy: boolean;
}

const REPLACEMENT = '\uFFFD';

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeWith('utf-8', bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));

  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return decodeWith(utf16, bytes);

  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', lossy: false };
  } catch {
    // Not valid UTF-8: a legacy single-byte page. Windows-1252 maps every byte, so it never loses one.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', lossy: false };
  }
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  // A replacement character that was not already in the source means decoding lost bytes.
  // Re-encoding is not possible for UTF-16 without cost, so count: any U+FFFD is reported.
  return { text, encoding, lossy: text.includes(REPLACEMENT) && !sourceHasReplacement(encoding, bytes) };
}

function sourceHasReplacement(encoding: string, bytes: Uint8Array): boolean {
  // U+FFFD encoded literally in the file is content, not loss.
  if (encoding === 'utf-8') return indexOfSequence(bytes, [0xef, 0xbf, 0xbd]) >= 0;
  if (encoding === 'utf-16le') return indexOfSequence(bytes, [0xfd, 0xff]) >= 0;
  return indexOfSequence(bytes, [0xff, 0xfd]) >= 0;
}

function indexOfSequence(bytes: Uint8Array, seq: readonly number[]): number {
  outer: for (let i = 0; i + seq.length <= bytes.length; i++) {
    for (let j = 0; j < seq.length; j++) if (bytes[i + j] !== seq[j]) continue outer;
    return i;
  }
  return -1;
}

/** UTF-16 text of Latin script has a NUL in every other byte; binary files do not. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** 0x80–0x9F in Windows-1252 (the WHATWG table); the five unassigned bytes map to C1 controls. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decoded by hand: Node's TextDecoder('windows-1252') decodes as ISO-8859-1 in some builds,
 * turning curly quotes and dashes into invisible control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
  }
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}
