// The platform's limits on custom code (connectors.md 1.4): one C# script per connector, smaller
// than 1 MB, running at most 5 seconds. The size is that of the file as it will be written.
import type { TextEncodingName } from '../../../shared/core/text';

export const SCRIPT_MAX_BYTES = 1024 * 1024;

/** Bytes `text` takes in `encoding` (with the byte-order mark, when written with one). */
export function encodedSize(text: string, encoding: TextEncodingName, bom: boolean): number {
  switch (encoding) {
    case 'utf-16le':
    case 'utf-16be':
      return text.length * 2 + (bom ? 2 : 0);
    case 'windows-1252':
      return text.length;
    default: {
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80) n += 1;
        else if (c < 0x800) n += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          n += 4;
          i++;
        } else n += 3;
      }
      return n + (bom ? 3 : 0);
    }
  }
}

/** "12.4 KB", "1.02 MB": sizes as people read them (1 KB = 1024 bytes, as the limit is). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}
