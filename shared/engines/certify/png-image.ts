// Reads what certification asks of a connector icon from a PNG's bytes: its pixel size, and the
// colour of its edge (the background around the logo), with no image library: the checker runs
// in a Web Worker, synchronously, on every keystroke. The zlib stream is inflated here (RFC 1950
// and 1951, as in zlib's puff.c); results are cached per byte array, which the studio keeps for
// as long as the icon is unchanged.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngInfo {
  width: number;
  height: number;
  /** Share (0 to 1) of edge pixels that are transparent (alpha below 255), when the pixels could be read. */
  transparentEdge?: number;
  /** Share of edge pixels that are opaque white (each channel at least 0xF5). */
  whiteEdge?: number;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((v, i) => bytes[i] === v);
}

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;

const cache = new WeakMap<Uint8Array, PngInfo | undefined>();

/** Size and edge colours of a PNG; undefined when the bytes are not a PNG with a readable header. */
export function readPng(bytes: Uint8Array): PngInfo | undefined {
  if (cache.has(bytes)) return cache.get(bytes);
  const info = read(bytes);
  cache.set(bytes, info);
  return info;
}

/** Icons are small (230 px a side); anything larger than this is not read pixel by pixel. */
const MAX_PIXELS = 2048 * 2048;

function read(b: Uint8Array): PngInfo | undefined {
  if (!isPng(b) || b.length < 33 || String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return undefined;
  const width = u32(b, 16);
  const height = u32(b, 20);
  const depth = b[24]!;
  const colorType = b[25]!;
  const interlace = b[28]!;
  const info: PngInfo = { width, height };
  if (!width || !height || width * height > MAX_PIXELS || interlace !== 0) return info;
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (!channels || ![1, 2, 4, 8, 16].includes(depth)) return info;
  let palette: Uint8Array | undefined;
  let trns: Uint8Array | undefined;
  const idat: Uint8Array[] = [];
  let at = 8;
  while (at + 8 <= b.length) {
    const length = u32(b, at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    const data = b.subarray(at + 8, Math.min(b.length, at + 8 + length));
    if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') trns = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const bitsPerPixel = channels * depth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const bpp = Math.max(1, bitsPerPixel >> 3);
  let raw: Uint8Array;
  try {
    // No more than the image holds: a small file must not inflate to gigabytes.
    raw = inflateZlib(concat(idat), height * (stride + 1));
  } catch {
    return info;
  }
  if (raw.length < height * (stride + 1)) return info;
  const rows = unfilter(raw, height, stride, bpp);
  if (!rows) return info;
  const max = (1 << Math.min(depth, 8)) - 1;
  /** RGBA (8 bits each) of pixel x in row y. */
  const pixel = (x: number, y: number): [number, number, number, number] => {
    const row = rows[y]!;
    const sample = (i: number) => {
      if (depth === 16) return row[i * 2]!;
      if (depth === 8) return row[i]!;
      const bit = i * depth;
      return (((row[bit >> 3]! >> (8 - depth - (bit & 7))) & max) * 255) / max;
    };
    const raw16 = (i: number) =>
      depth === 16
        ? (row[i * 2]! << 8) | row[i * 2 + 1]!
        : depth === 8
          ? row[i]!
          : (row[(i * depth) >> 3]! >> (8 - depth - ((i * depth) & 7))) & max;
    switch (colorType) {
      case 0: {
        const g = sample(x);
        const transparent = trns && trns.length >= 2 && raw16(x) === ((trns[0]! << 8) | trns[1]!);
        return [g, g, g, transparent ? 0 : 255];
      }
      case 2: {
        const t = trns && trns.length >= 6 && [0, 1, 2].every((c) => raw16(x * 3 + c) === ((trns[c * 2]! << 8) | trns[c * 2 + 1]!));
        return [sample(x * 3), sample(x * 3 + 1), sample(x * 3 + 2), t ? 0 : 255];
      }
      case 3: {
        const i = raw16(x);
        return [palette?.[i * 3] ?? 0, palette?.[i * 3 + 1] ?? 0, palette?.[i * 3 + 2] ?? 0, trns && i < trns.length ? trns[i]! : 255];
      }
      case 4:
        return [sample(x * 2), sample(x * 2), sample(x * 2), sample(x * 2 + 1)];
      default:
        return [sample(x * 4), sample(x * 4 + 1), sample(x * 4 + 2), sample(x * 4 + 3)];
    }
  };
  let edge = 0;
  let transparent = 0;
  let white = 0;
  const visit = (x: number, y: number) => {
    const [r, g, bl, a] = pixel(x, y);
    edge++;
    if (a < 255) transparent++;
    else if (r >= 0xf5 && g >= 0xf5 && bl >= 0xf5) white++;
  };
  for (let x = 0; x < width; x++) {
    visit(x, 0);
    if (height > 1) visit(x, height - 1);
  }
  for (let y = 1; y < height - 1; y++) {
    visit(0, y);
    if (width > 1) visit(width - 1, y);
  }
  info.transparentEdge = transparent / edge;
  info.whiteEdge = white / edge;
  return info;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** PNG's per-row filters (none, sub, up, average, Paeth), undone in place; undefined for an unknown filter. */
function unfilter(raw: Uint8Array, height: number, stride: number, bpp: number): Uint8Array[] | undefined {
  const rows: Uint8Array[] = [];
  let prev: Uint8Array = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start]!;
    const row = raw.subarray(start + 1, start + 1 + stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? row[i - bpp]! : 0;
      const up = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      let add: number;
      if (filter === 0) add = 0;
      else if (filter === 1) add = a;
      else if (filter === 2) add = up;
      else if (filter === 3) add = (a + up) >> 1;
      else if (filter === 4) {
        const p = a + up - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - c);
        add = pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
      } else return undefined;
      row[i] = (row[i]! + add) & 0xff;
    }
    rows.push(row);
    prev = row;
  }
  return rows;
}

// --- inflate (RFC 1951) ----------------------------------------------------------------------

interface Huffman {
  counts: Uint16Array;
  symbols: Uint16Array;
}

function huffman(lengths: Uint8Array, n: number): Huffman {
  const counts = new Uint16Array(16);
  for (let i = 0; i < n; i++) counts[lengths[i]!]!++;
  counts[0] = 0;
  const offs = new Uint16Array(16);
  for (let i = 1; i < 16; i++) offs[i] = offs[i - 1]! + counts[i - 1]!;
  const symbols = new Uint16Array(n);
  for (let i = 0; i < n; i++) if (lengths[i]) symbols[offs[lengths[i]!]!++] = i;
  return { counts, symbols };
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385,
  24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

let fixed: { lit: Huffman; dist: Huffman } | undefined;

function fixedTables() {
  if (fixed) return fixed;
  const l = new Uint8Array(288);
  l.fill(8, 0, 144);
  l.fill(9, 144, 256);
  l.fill(7, 256, 280);
  l.fill(8, 280, 288);
  fixed = { lit: huffman(l, 288), dist: huffman(new Uint8Array(30).fill(5), 30) };
  return fixed;
}

/**
 * Inflates a zlib stream (header, deflate data; the Adler-32 check is not verified). Throws on bad
 * data, and when the output would pass `maxOutput` bytes.
 */
export function inflateZlib(input: Uint8Array, maxOutput = 64 * 1024 * 1024): Uint8Array {
  if (input.length < 2 || (input[0]! & 0x0f) !== 8 || ((input[0]! << 8) | input[1]!) % 31 !== 0) throw new Error('not a zlib stream');
  let pos = 2;
  let bitBuf = 0;
  let bitCnt = 0;
  let out = new Uint8Array(Math.min(maxOutput, Math.max(1024, input.length * 4)));
  let outLen = 0;
  const need = (n: number) => {
    if (outLen + n <= out.length) return;
    if (outLen + n > maxOutput) throw new Error('output larger than expected');
    const grown = new Uint8Array(Math.min(maxOutput, Math.max(out.length * 2, outLen + n)));
    grown.set(out.subarray(0, outLen));
    out = grown;
  };
  const bits = (n: number): number => {
    while (bitCnt < n) {
      if (pos >= input.length) throw new Error('truncated');
      bitBuf |= input[pos++]! << bitCnt;
      bitCnt += 8;
    }
    const v = bitBuf & ((1 << n) - 1);
    bitBuf >>>= n;
    bitCnt -= n;
    return v;
  };
  const decode = (h: Huffman): number => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= bits(1);
      const count = h.counts[len]!;
      if (code - count < first) return h.symbols[index + (code - first)]!;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new Error('bad code');
  };
  let last = 0;
  while (!last) {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      bitBuf = 0;
      bitCnt = 0;
      if (pos + 4 > input.length) throw new Error('truncated');
      const len = input[pos]! | (input[pos + 1]! << 8);
      pos += 4;
      if (pos + len > input.length) throw new Error('truncated');
      need(len);
      out.set(input.subarray(pos, pos + len), outLen);
      outLen += len;
      pos += len;
      continue;
    }
    let lit: Huffman;
    let dist: Huffman;
    if (type === 1) ({ lit, dist } = fixedTables());
    else if (type === 2) {
      const nlen = bits(5) + 257;
      const ndist = bits(5) + 1;
      const ncode = bits(4) + 4;
      const lengths = new Uint8Array(320);
      for (let i = 0; i < ncode; i++) lengths[CODE_ORDER[i]!] = bits(3);
      const codes = huffman(lengths, 19);
      lengths.fill(0);
      for (let i = 0; i < nlen + ndist; ) {
        const sym = decode(codes);
        if (sym < 16) lengths[i++] = sym;
        else {
          let repeat: number;
          let value = 0;
          if (sym === 16) {
            if (i === 0) throw new Error('bad repeat');
            value = lengths[i - 1]!;
            repeat = 3 + bits(2);
          } else repeat = sym === 17 ? 3 + bits(3) : 11 + bits(7);
          if (i + repeat > nlen + ndist) throw new Error('bad lengths');
          while (repeat--) lengths[i++] = value;
        }
      }
      lit = huffman(lengths.subarray(0, nlen), nlen);
      dist = huffman(lengths.subarray(nlen, nlen + ndist), ndist);
    } else throw new Error('bad block type');
    for (;;) {
      const sym = decode(lit);
      if (sym < 256) {
        need(1);
        out[outLen++] = sym;
      } else if (sym === 256) break;
      else {
        const li = sym - 257;
        if (li >= 29) throw new Error('bad length');
        const len = LENGTH_BASE[li]! + bits(LENGTH_EXTRA[li]!);
        const di = decode(dist);
        if (di >= 30) throw new Error('bad distance');
        const d = DIST_BASE[di]! + bits(DIST_EXTRA[di]!);
        if (d > outLen) throw new Error('distance too far');
        need(len);
        for (let k = 0; k < len; k++, outLen++) out[outLen] = out[outLen - d]!;
      }
    }
  }
  return out.subarray(0, outLen);
}
