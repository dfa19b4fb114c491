// Turns a chosen file into the connector's icon.png: checked by its bytes (icon-checks), decoded by
// the browser (a file that only looks like an image is refused), and, for a JPG, converted to PNG on
// an OffscreenCanvas: the package's icon is icon.png, which paconn, pac and the certification
// repository take as PNG. A PNG is kept byte for byte.
import { checkIcon, sizeProblem, type IconFormat } from './icon-checks';

export interface PreparedIcon {
  /** The PNG to write, as base64. */
  base64: string;
  /** The file's name and format as chosen. */
  fileName: string;
  format: IconFormat;
  width: number;
  height: number;
  /** Size of the PNG written. */
  bytes: number;
  /** Certification's notes (size, transparency); the icon is taken all the same. */
  warnings: string[];
}

export type IconResult = { icon: PreparedIcon } | { error: string };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes a bounded number of arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** True when some pixel is not fully opaque (the background colour would show through). */
function hasTransparency(bitmap: ImageBitmap): boolean {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  ctx.drawImage(bitmap, 0, 0);
  const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
  for (let i = 3; i < data.length; i += 4) if (data[i]! < 255) return true;
  return false;
}

async function toPng(bitmap: ImageBitmap): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(bitmap, 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}

export async function prepareIcon(file: File): Promise<IconResult> {
  const name = file.name;
  // Refused before reading: a file of any size may be chosen.
  const tooLarge = sizeProblem(file.size, name);
  if (tooLarge) return { error: tooLarge };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkIcon(bytes);
  if (check.errors.length || !check.header) return { error: `${name}: ${check.errors.join(' ')}` };
  const { format, width, height } = check.header;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes], { type: format === 'png' ? 'image/png' : 'image/jpeg' }));
  } catch {
    return { error: `${name} cannot be read as an image: the file is damaged.` };
  }
  try {
    const warnings = [...check.warnings];
    if (format === 'png' && hasTransparency(bitmap)) {
      warnings.push('The image has transparent pixels: certification needs an opaque background that matches the icon background color.');
    }
    let png: Uint8Array = bytes;
    if (format === 'jpeg') {
      try {
        png = await toPng(bitmap);
      } catch {
        return { error: `${name} could not be converted to PNG.` };
      }
      const converted = sizeProblem(png.length, `As PNG, ${name}`);
      if (converted) return { error: `${converted} Save it as a smaller PNG or JPG.` };
    }
    return { icon: { base64: toBase64(png), fileName: name, format, width, height, bytes: png.length, warnings } };
  } finally {
    bitmap.close();
  }
}
