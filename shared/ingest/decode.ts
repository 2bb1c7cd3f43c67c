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
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', lossy: false };
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
