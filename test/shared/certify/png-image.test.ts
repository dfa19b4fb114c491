// The icon reader: its inflate gives back what Node's zlib deflated (stored, fixed and dynamic
// Huffman blocks), and PNGs written with every row filter read back with their size and edge.
import { constants, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateZlib, readPng } from '../../../shared/engines/certify/png-image';
import { brandIcon, encodePng, type Rgba } from './png-fixture';

function sample(n: number): Buffer {
  // Text-like runs and noise: both literal and back-reference codes.
  const b = Buffer.alloc(n);
  let seed = 7;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    b[i] = i % 97 < 60 ? 'connector studio '.charCodeAt(i % 17) : seed >>> 24;
  }
  return b;
}

describe('inflateZlib', () => {
  const data = sample(200_000);
  it.each([
    ['stored blocks', { level: 0 }],
    ['fixed Huffman codes', { level: 6, strategy: constants.Z_FIXED }],
    ['dynamic Huffman codes', { level: 9 }],
    ['Huffman only', { level: 6, strategy: constants.Z_HUFFMAN_ONLY }],
    ['run-length', { level: 6, strategy: constants.Z_RLE }],
  ])('reads %s', (_name, options) => {
    expect(Buffer.from(inflateZlib(deflateSync(data, options))).equals(data)).toBe(true);
  });

  it('stops at the size it is given (a small file must not inflate to gigabytes)', () => {
    const bomb = deflateSync(Buffer.alloc(50_000_000), { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => inflateZlib(bomb, 1_000_000)).toThrow(/larger/);
  });

  it('refuses a stream that is not zlib, or is cut short', () => {
    expect(() => inflateZlib(new Uint8Array([1, 2, 3]))).toThrow();
    const z = deflateSync(data);
    expect(() => inflateZlib(z.subarray(0, z.length >> 1))).toThrow();
  });
});

describe('readPng', () => {
  it('reads the size and a brand-colour edge', () => {
    expect(readPng(brandIcon(230))).toEqual({ width: 230, height: 230, transparentEdge: 0, whiteEdge: 0 });
    expect(readPng(brandIcon(300, 120))).toMatchObject({ width: 300, height: 120 });
  });

  it.each([0, 1, 2, 3, 4])('undoes row filter %i', (filter) => {
    const gradient = (x: number, y: number): Rgba => [x * 3, y * 5, (x + y) & 255, 255];
    const png = encodePng(40, 30, (x, y) => (x === 0 || y === 0 || x === 39 || y === 29 ? [255, 255, 255, 255] : gradient(x, y)), {
      filter,
    });
    expect(readPng(png)).toEqual({ width: 40, height: 30, transparentEdge: 0, whiteEdge: 1 });
  });

  it('sees a transparent edge in RGBA and an opaque one in RGB', () => {
    const clear = encodePng(20, 20, (x, y) => (x > 5 && x < 15 && y > 5 && y < 15 ? [200, 0, 0, 255] : [0, 0, 0, 0]));
    expect(readPng(clear)?.transparentEdge).toBe(1);
    const rgb = encodePng(20, 20, () => [10, 20, 30, 0], { colorType: 2, level: 0 });
    expect(readPng(rgb)).toEqual({ width: 20, height: 20, transparentEdge: 0, whiteEdge: 0 });
  });

  it('reads the size alone of an image whose data inflates past its pixels', () => {
    const png = Buffer.from(brandIcon(64));
    // The same header, with a zlib stream of 64 MB of zeros in place of the pixel data.
    const idatAt = png.indexOf('IDAT') - 4;
    const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bomb.length);
    const planted = Buffer.concat([
      png.subarray(0, idatAt),
      length,
      Buffer.from('IDAT'),
      bomb,
      Buffer.alloc(4),
      png.subarray(png.indexOf('IEND') - 4),
    ]);
    expect(readPng(new Uint8Array(planted))).toEqual({ width: 64, height: 64 });
  });

  it('gives the size alone when the pixels cannot be read, and nothing for other bytes', () => {
    const png = brandIcon(64);
    const damaged = png.slice();
    // Inside the IDAT data, past the zlib header.
    damaged.fill(0xff, 45, 60);
    expect(readPng(damaged)).toMatchObject({ width: 64, height: 64 });
    expect(readPng(damaged)?.whiteEdge).toBeUndefined();
    expect(readPng(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBeUndefined();
    expect(readPng(png.subarray(0, 20))).toBeUndefined();
  });
});
