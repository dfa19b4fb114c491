// The General tab's icon and colour checks on real image bytes: PNGs written here (signature, IHDR,
// deflated IDAT, CRC32, as any encoder writes them) and JPEGs encoded by Chromium's own encoder.
import { chromium, type Browser, type Page } from '@playwright/test';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIcon, dimensionNote, ICON_MAX_BYTES, readImageHeader, sizeProblem } from '../../renderer/wizard/general/icon-checks';
import { checkBrandColor, isBrandColor } from '../../renderer/wizard/general/icon-color';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA PNG of one colour; `extra` bytes of an ancillary chunk make it as large as a test needs. */
function png(width: number, height: number, extra = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  const row = Buffer.alloc(1 + width * 4);
  for (let x = 0; x < width; x++) row.set([0xda, 0x3b, 0x01, 0xff], 1 + x * 4);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...(extra ? [chunk('tEXt', Buffer.alloc(extra, 0x41))] : []),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

let browser: Browser;
let page: Page;
const jpegs = new Map<string, Buffer>();

interface Canvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
  toDataURL(type: string, quality: number): string;
}

/** A JPEG of `width` x `height` from Chromium's canvas encoder. */
async function jpeg(width: number, height: number): Promise<Buffer> {
  const key = `${width}x${height}`;
  const cached = jpegs.get(key);
  if (cached) return cached;
  const base64 = await page.evaluate(
    async ([w, h]) => {
      // (Page code: the test's own type-check has no DOM types.)
      const { document } = globalThis as unknown as { document: { createElement(tag: 'canvas'): Canvas } };
      const canvas = document.createElement('canvas');
      canvas.width = w!;
      canvas.height = h!;
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#0058a9';
      ctx.fillRect(0, 0, w!, h!);
      return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!;
    },
    [width, height],
  );
  const bytes = Buffer.from(base64, 'base64');
  jpegs.set(key, bytes);
  return bytes;
}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.STUDIO_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('readImageHeader', () => {
  it("reads a PNG's format and size", () => {
    expect(readImageHeader(png(230, 230))).toEqual({ format: 'png', width: 230, height: 230 });
    expect(readImageHeader(png(64, 32))).toEqual({ format: 'png', width: 64, height: 32 });
  });

  it("reads a JPEG's size from its frame header, past the JFIF and quantisation segments", async () => {
    const bytes = await jpeg(230, 200);
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(readImageHeader(bytes)).toEqual({ format: 'jpeg', width: 230, height: 200 });
  });

  it('knows nothing of other formats, whatever the file is called', () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    expect(readImageHeader(gif)).toBeUndefined();
    expect(readImageHeader(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(readImageHeader(new Uint8Array(0))).toBeUndefined();
  });

  it('gives up on cut or damaged headers instead of reading past the end', async () => {
    expect(readImageHeader(png(10, 10).subarray(0, 20))).toBeUndefined();
    const bytes = await jpeg(40, 40);
    for (const cut of [3, 4, 10, 30]) expect(readImageHeader(bytes.subarray(0, cut)), `${cut}`).toBeUndefined();
    // No marker where the first segment ends.
    const broken = Buffer.from(bytes);
    broken[4 + broken.readUInt16BE(4)] = 0x00;
    expect(readImageHeader(broken)).toBeUndefined();
    expect(checkIcon(broken).errors).toEqual(['The image header cannot be read: the file is damaged.']);
    // A segment length of 0.
    expect(readImageHeader(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x00, 0xff, 0xc0]))).toBeUndefined();
  });
});

describe('checkIcon', () => {
  it('takes a 230 x 230 PNG or JPG without a word', async () => {
    expect(checkIcon(png(230, 230))).toEqual({ header: { format: 'png', width: 230, height: 230 }, errors: [], warnings: [] });
    expect(checkIcon(await jpeg(230, 230))).toEqual({ header: { format: 'jpeg', width: 230, height: 230 }, errors: [], warnings: [] });
  });

  it("takes other sizes with certification's note", async () => {
    expect(checkIcon(png(64, 32)).warnings).toEqual([
      'The image is 64 × 32 pixels, not square: certification asks for a square icon of about 230 × 230 pixels.',
    ]);
    expect(checkIcon(await jpeg(512, 512)).warnings).toEqual([
      'The image is 512 × 512 pixels: certification asks for a square icon of about 230 × 230 pixels.',
    ]);
  });

  it('refuses what is not a PNG or JPG, an empty file and one of 1 MB or more', () => {
    expect(checkIcon(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')).errors).toEqual([
      'The file is not a PNG or JPG image (the portal accepts those two).',
    ]);
    expect(checkIcon(new Uint8Array(0)).errors).toEqual(['The file is empty.']);
    expect(checkIcon(png(8, 8).subarray(0, 16)).errors).toEqual(['The image header cannot be read: the file is damaged.']);
    const justUnder = png(230, 230, 0);
    // An ancillary chunk adds 12 bytes (length, type, CRC) to its data.
    const big = png(230, 230, ICON_MAX_BYTES - justUnder.length - 12);
    expect(big.length).toBe(ICON_MAX_BYTES);
    expect(checkIcon(big).errors).toEqual(['The file is 1.00 MB: the icon must be under 1 MB.']);
    const under = png(230, 230, ICON_MAX_BYTES - justUnder.length - 13);
    expect(under.length).toBe(ICON_MAX_BYTES - 1);
    expect(checkIcon(under).errors).toEqual([]);
  });

  it('refuses an image without pixels', () => {
    expect(checkIcon(png(0, 10)).errors).toEqual(['The image has no pixels (0 × 10).']);
  });

  it('words the size rule for a converted JPG too', () => {
    expect(sizeProblem(2_000_000, 'As PNG, the image')).toBe('As PNG, the image is 1.91 MB: the icon must be under 1 MB.');
    expect(sizeProblem(1000)).toBeUndefined();
    expect(dimensionNote(230, 230)).toBeUndefined();
  });
});

describe('checkBrandColor', () => {
  it('takes #RRGGBB in either case', () => {
    for (const c of ['#da3b01', '#DA3B01', '#0058a9']) {
      expect(isBrandColor(c), c).toBe(true);
      expect(checkBrandColor(c), c).toEqual({});
    }
  });

  it('refuses anything else with the form it needs', () => {
    for (const c of ['da3b01', '#da3b0', '#da3b011', '#fff', 'red', '#gg0000', ' #da3b01', 'rgb(1,2,3)']) {
      expect(isBrandColor(c), c).toBe(false);
      expect(checkBrandColor(c).error, c).toBe(`"${c}" is not a colour of the form #RRGGBB (for example #da3b01).`);
    }
    expect(checkBrandColor('').error).toBe('Required: a colour as #RRGGBB (for example #da3b01).');
  });

  it('warns of the colours certification refuses', () => {
    expect(checkBrandColor('#FFFFFF').warning).toMatch(/^White: /);
    expect(checkBrandColor('#007EE5').warning).toMatch(/^The default blue: /);
  });
});
