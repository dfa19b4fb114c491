// Real PNG files for the icon rules, written with Node's zlib (a second, independent deflate
// implementation to the checker's inflate).
import { crc32, deflateSync } from 'node:zlib';

export type Rgba = [number, number, number, number];

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

export interface PngOptions {
  /** 6: RGBA (default), 2: RGB. */
  colorType?: 2 | 6;
  /** The row filter to write (0 to 4; default: each row a different one). */
  filter?: number;
  /** zlib level (0: stored blocks). */
  level?: number;
}

/** A PNG of the given size, each pixel from `at`. */
export function encodePng(width: number, height: number, at: (x: number, y: number) => Rgba, options: PngOptions = {}): Uint8Array {
  const colorType = options.colorType ?? 6;
  const channels = colorType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = Buffer.alloc(height * (stride + 1));
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(stride);
    for (let x = 0; x < width; x++) row.set(at(x, y).slice(0, channels), x * channels);
    const filter = options.filter ?? y % 5;
    const out = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    raw[y * (stride + 1)] = filter;
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? row[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      out[i] = (row[i]! - predictor) & 0xff;
    }
    prev = row;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw, { level: options.level ?? 6 })),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

const BRAND: Rgba = [0x0f, 0x6c, 0xbd, 255];
const WHITE: Rgba = [255, 255, 255, 255];

/** Certification's icon: a white logo (a disc) on the brand colour, `side` pixels square. */
export function brandIcon(width = 230, height = width, background: Rgba = BRAND, logo: Rgba = WHITE): Uint8Array {
  const r = Math.min(width, height) * 0.35;
  return encodePng(width, height, (x, y) => ((x - width / 2) ** 2 + (y - height / 2) ** 2 < r * r ? logo : background));
}
