// What an uploaded connector icon is, read from its bytes (never from its name or its MIME type):
// PNG or JPEG by signature, the pixel size from the header, and what the maker portal and
// certification ask of it (connectors.md 2.5): PNG or JPG under 1 MB; for certification a square of
// about 230 x 230 pixels, saved as icon.png. Pure, so it is tested on real image bytes.
import { LIMITS } from '../../../shared/contracts/ipc';
import { formatSize } from '../code/script-limits';

export type IconFormat = 'png' | 'jpeg';

export interface IconHeader {
  format: IconFormat;
  width: number;
  height: number;
}

/** The portal's limit: "PNG or JPG (< 1 MB)". */
export const ICON_MAX_BYTES = LIMITS.iconBytes;
/** Certified connectors' icons: a square of about this side (CORPUS: mostly 230 x 230). */
export const CERTIFIED_ICON_SIDE = 230;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function u16(b: Uint8Array, at: number): number {
  return (b[at]! << 8) | b[at + 1]!;
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
}

function isPng(b: Uint8Array): boolean {
  return b.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((v, i) => b[i] === v);
}

function isJpeg(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
}

function pngHeader(b: Uint8Array): IconHeader | undefined {
  // The first chunk is IHDR: length 13, then width and height (big-endian).
  if (b.length < 24 || String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return undefined;
  return { format: 'png', width: u32(b, 16), height: u32(b, 20) };
}

/** Start-of-frame markers (baseline, progressive, lossless...); not DHT (C4), JPG (C8) or DAC (CC). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegHeader(b: Uint8Array): IconHeader | undefined {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // Markers without a length: TEM, RST0-7, SOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2;
      continue;
    }
    // End of image or start of scan before any frame header: no size to read.
    if (marker === 0xd9 || marker === 0xda) return undefined;
    const length = u16(b, i + 2);
    if (length < 2) return undefined;
    if (SOF.has(marker)) {
      if (i + 9 > b.length) return undefined;
      return { format: 'jpeg', height: u16(b, i + 5), width: u16(b, i + 7) };
    }
    i += 2 + length;
  }
  return undefined;
}

/** Format and pixel size, or undefined when the bytes are neither a PNG nor a JPEG with a readable header. */
export function readImageHeader(bytes: Uint8Array): IconHeader | undefined {
  if (isPng(bytes)) return pngHeader(bytes);
  if (isJpeg(bytes)) return jpegHeader(bytes);
  return undefined;
}

export interface IconCheck {
  header?: IconHeader;
  /** Why the file cannot be the icon (one sentence each). */
  errors: string[];
  /** What certification would say of it; the icon is taken all the same. */
  warnings: string[];
}

/** Checks a file's bytes as the portal does, plus certification's size rule. */
export function checkIcon(bytes: Uint8Array): IconCheck {
  if (bytes.length === 0) return { errors: ['The file is empty.'], warnings: [] };
  const header = readImageHeader(bytes);
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!header) {
    errors.push(
      isPng(bytes) || isJpeg(bytes)
        ? 'The image header cannot be read: the file is damaged.'
        : 'The file is not a PNG or JPG image (the portal accepts those two).',
    );
  }
  const tooLarge = sizeProblem(bytes.length);
  if (tooLarge) errors.push(tooLarge);
  if (header && (header.width === 0 || header.height === 0)) errors.push(`The image has no pixels (${header.width} × ${header.height}).`);
  if (header && !errors.length) {
    const note = dimensionNote(header.width, header.height);
    if (note) warnings.push(note);
  }
  return { ...(header ? { header } : {}), errors, warnings };
}

/** The size rule alone (also for the PNG a JPG becomes). */
export function sizeProblem(bytes: number, what = 'The file'): string | undefined {
  return bytes >= ICON_MAX_BYTES ? `${what} is ${formatSize(bytes)}: the icon must be under 1 MB.` : undefined;
}

/** Certification's ask: a square of about 230 x 230 pixels. */
export function dimensionNote(width: number, height: number): string | undefined {
  if (width === CERTIFIED_ICON_SIDE && height === CERTIFIED_ICON_SIDE) return undefined;
  const shape = width === height ? '' : ', not square';
  return `The image is ${width} × ${height} pixels${shape}: certification asks for a square icon of about ${CERTIFIED_ICON_SIDE} × ${CERTIFIED_ICON_SIDE} pixels.`;
}
