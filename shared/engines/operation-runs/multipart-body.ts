// multipart/form-data (RFC 7578) bytes from form parts, with a boundary that appears in none of them.
import type { FormPart } from './http-request';

const BASE_BOUNDARY = '----ConnectorStudioFormBoundary';

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const encoder = new TextEncoder();
const bytesOf = (v: string | Uint8Array) => (typeof v === 'string' ? encoder.encode(v) : v);

/** A boundary found in no part (deterministic, so requests print the same way each run). */
export function chooseBoundary(parts: readonly FormPart[]): string {
  for (let n = 0; ; n++) {
    const boundary = n === 0 ? BASE_BOUNDARY : `${BASE_BOUNDARY}${n.toString(36)}`;
    const b = encoder.encode(boundary);
    if (!parts.some((p) => contains(bytesOf(p.value), b) || p.name.includes(boundary))) return boundary;
  }
}

/** The boundary named by a Content-Type header, if any. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /;\s*boundary=("?)([^";]+)\1/i.exec(contentType ?? '');
  return m?.[2];
}

const quote = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, ' ');

export function encodeMultipart(parts: readonly FormPart[], boundary: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const p of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${quote(p.name)}"`;
    if (p.fileName !== undefined) head += `; filename="${quote(p.fileName)}"`;
    head += '\r\n';
    if (p.contentType || p.fileName !== undefined) head += `Content-Type: ${p.contentType ?? 'application/octet-stream'}\r\n`;
    chunks.push(encoder.encode(`${head}\r\n`), bytesOf(p.value), encoder.encode('\r\n'));
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
