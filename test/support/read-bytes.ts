// A file's bytes as the studio's reader hands them on (main/services/regular-file.ts): a view of
// the buffer read, not a copy. Benches that copied every file measured a cost the studio has not.
import { readFileSync } from 'node:fs';

export function readBytes(file: string): Uint8Array {
  const b = readFileSync(file);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
