// Bytes <-> text for connector files, so that decode then encode gives back the very same bytes.
// Real connector files come as UTF-8 (with or without BOM), UTF-16 with BOM, and now and then
// Windows-1252 / Latin-1 from old editors; each fallback is reported, never silent.
import type { Diagnostic } from './diagnostic';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
  diagnostics: Diagnostic[];
}

/** Files larger than this are refused before decoding (the platform's own limit is 1 MB). */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// Fatal: a lossy decode (an odd last byte, a broken surrogate pair) could not be saved back as it was.
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });
// The platform's Windows-1252 is the Encoding Standard's, which maps every byte: the five it leaves
// undefined to the C1 control of the same number, as CP1252_HIGH below does for saving.
const windows1252 = new TextDecoder('windows-1252');

function decodeUtf16(decoder: TextDecoder, bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new TextDecodeError(
      'invalid-utf16',
      `is UTF-16 but ${bytes.length % 2 ? 'has an odd number of bytes' : 'holds a broken surrogate pair'}, so it cannot be read and saved back as it is`,
    );
  }
}
const utf8Encoder = new TextEncoder();

// Windows-1252 bytes 0x80-0x9F that differ from Latin-1; bytes it leaves undefined map to the C1
// control of the same number, which keeps every byte round-trippable.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const CP1252_REVERSE = new Map(CP1252_HIGH.map((cp, i) => [cp, 0x80 + i]));

export class TextDecodeError extends Error {
  constructor(
    readonly code: 'binary' | 'too-large' | 'unencodable' | 'invalid-utf16',
    message: string,
  ) {
    super(message);
  }
}

/** Decodes file bytes; throws TextDecodeError for binary data or an oversized file. */
export function decodeBytes(bytes: Uint8Array, maxBytes = MAX_TEXT_BYTES): DecodedText {
  if (bytes.length > maxBytes) {
    throw new TextDecodeError(
      'too-large',
      `is ${(bytes.length / 1048576).toFixed(1)} MB, larger than the ${(maxBytes / 1048576).toFixed(0)} MB a connector file can be`,
    );
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(decodeUtf8OrFallback(bytes.subarray(3)), true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish({ text: decodeUtf16(utf16le, bytes.subarray(2)), encoding: 'utf-16le', diagnostics: [] }, true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return finish({ text: decodeUtf16(utf16be, bytes.subarray(2)), encoding: 'utf-16be', diagnostics: [] }, true);
  }
  const bomless16 = sniffUtf16(bytes);
  if (bomless16) {
    const decoder = bomless16 === 'utf-16le' ? utf16le : utf16be;
    return finish({ text: decodeUtf16(decoder, bytes), encoding: bomless16, diagnostics: [] }, false);
  }
  return finish(decodeUtf8OrFallback(bytes), false);
}

function finish(partial: Omit<DecodedText, 'bom'>, bom: boolean): DecodedText {
  const nul = partial.text.indexOf('\0');
  if (nul >= 0) {
    throw new TextDecodeError('binary', 'holds binary data (a NUL character), not text');
  }
  // A literal of one shape (in the order a spread gave): no shape built key by key per file.
  return { text: partial.text, encoding: partial.encoding, diagnostics: partial.diagnostics, bom };
}

function decodeUtf8OrFallback(bytes: Uint8Array): Omit<DecodedText, 'bom'> {
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8', diagnostics: [] };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const text = windows1252.decode(bytes);
    // One character per byte: the bad byte's offset is its character's.
    const offset = Math.max(bad, 0);
    return {
      text,
      encoding: 'windows-1252',
      diagnostics: [
        {
          code: 'NotUtf8',
          severity: 'warning',
          message: `The file is not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')}); it was read as Windows-1252 (Latin-1) and will be saved the same way. Microsoft's tools expect UTF-8.`,
          offset,
          length: 1,
        },
      ],
    };
  }
}

/** UTF-16 without a BOM shows as NUL in every other byte of ASCII-heavy text such as JSON. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 256);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero === 0) return 'utf-16be';
  return null;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Encodes text the way it was read; throws if a character cannot be written in that encoding. */
export function encodeText(text: string, encoding: TextEncodingName, bom: boolean): Uint8Array {
  switch (encoding) {
    case 'utf-8': {
      const body = utf8Encoder.encode(text);
      if (!bom) return body;
      const out = new Uint8Array(body.length + 3);
      out.set([0xef, 0xbb, 0xbf]);
      out.set(body, 3);
      return out;
    }
    case 'utf-16le':
    case 'utf-16be': {
      const start = bom ? 2 : 0;
      const out = new Uint8Array(start + text.length * 2);
      const le = encoding === 'utf-16le';
      if (bom) out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (let i = 0; i < text.length; i++) {
        const u = text.charCodeAt(i);
        out[start + 2 * i + (le ? 0 : 1)] = u & 0xff;
        out[start + 2 * i + (le ? 1 : 0)] = u >> 8;
      }
      return out;
    }
    case 'windows-1252': {
      // A UTF-8 byte-order mark before bytes that are not UTF-8 (read as Windows-1252) is kept.
      const start = bom ? 3 : 0;
      const out = new Uint8Array(start + text.length);
      if (bom) out.set([0xef, 0xbb, 0xbf]);
      for (let i = 0; i < text.length; i++) {
        const u = text.charCodeAt(i);
        const b = u < 0x80 || (u >= 0xa0 && u <= 0xff) ? u : CP1252_REVERSE.get(u);
        if (b === undefined) {
          throw new TextDecodeError(
            'unencodable',
            `character U+${u.toString(16).toUpperCase().padStart(4, '0')} cannot be saved in Windows-1252; convert the file to UTF-8`,
          );
        }
        out[start + i] = b;
      }
      return out;
    }
  }
}
