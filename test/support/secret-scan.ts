// Looks for a secret's bytes in files, folders and captured text, in every form it could have been
// written in: raw UTF-8 and UTF-16LE (Chromium's storage), percent- and form-encoded (once and
// twice), JSON-escaped, and base64 / base64url wherever it starts in the encoded bytes (so the
// base64 of "user:secret" or "Bearer secret" is found too). Leak tests scan everything an app wrote.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface SecretForm {
  /** What the form is, for the report: "raw", "base64 (offset 2)", ... */
  name: string;
  bytes: Buffer;
}

export interface SecretHit {
  /** A file path, or the name given to a text scanned. */
  where: string;
  form: string;
  offset: number;
}

/**
 * The characters of base64(prefix + secret + suffix) that depend on the secret's bytes only, for a
 * prefix of `offset` bytes (0, 1 or 2 cover every position): whole 3-byte groups inside the secret.
 */
function base64Core(secret: Buffer, offset: number): string {
  const firstGroup = Math.ceil(offset / 3);
  const endGroup = Math.floor((offset + secret.length) / 3);
  if (endGroup <= firstGroup) return '';
  const encoded = Buffer.concat([Buffer.alloc(offset), secret, Buffer.alloc(3)]).toString('base64');
  return encoded.slice(firstGroup * 4, endGroup * 4);
}

/** Every form of `secret` worth looking for; forms shorter than 8 bytes are left out (they would match by chance). */
export function secretForms(secret: string): SecretForm[] {
  const utf8 = Buffer.from(secret, 'utf8');
  const url = encodeURIComponent(secret);
  const forms: [string, string | Buffer][] = [
    ['raw', utf8],
    ['UTF-16LE', Buffer.from(secret, 'utf16le')],
    ['percent-encoded', url],
    ['form-encoded', url.replace(/%20/g, '+')],
    ['percent-encoded twice', encodeURIComponent(url)],
    ['JSON-escaped', JSON.stringify(secret).slice(1, -1)],
    ['JSON-escaped twice', JSON.stringify(JSON.stringify(secret)).slice(3, -3)],
  ];
  for (const offset of [0, 1, 2]) {
    const core = base64Core(utf8, offset);
    forms.push([`base64 (offset ${offset})`, core]);
    forms.push([`base64url (offset ${offset})`, core.replace(/\+/g, '-').replace(/\//g, '_')]);
  }
  const seen = new Set<string>();
  const out: SecretForm[] = [];
  for (const [name, value] of forms) {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    const key = bytes.toString('hex');
    if (bytes.length < 8 || seen.has(key)) continue;
    seen.add(key);
    out.push({ name, bytes });
  }
  return out;
}

/** Every form of every secret, named after the secret's label. */
export function formsOf(secrets: Record<string, string>): SecretForm[] {
  return Object.entries(secrets).flatMap(([label, secret]) =>
    secretForms(secret).map((f) => ({ name: `${label}: ${f.name}`, bytes: f.bytes })),
  );
}

export function scanBytes(where: string, bytes: Buffer, forms: readonly SecretForm[]): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const form of forms) {
    const offset = bytes.indexOf(form.bytes);
    if (offset >= 0) hits.push({ where, form: form.name, offset });
  }
  return hits;
}

export function scanText(where: string, text: string, forms: readonly SecretForm[]): SecretHit[] {
  return scanBytes(where, Buffer.from(text, 'utf8'), forms);
}

export interface TreeScan {
  /** Regular files read (links are not followed). */
  files: string[];
  bytes: number;
  hits: SecretHit[];
}

/** Reads every regular file under `root` (however deep, hidden ones too) and scans its bytes. */
export async function scanTree(root: string, forms: readonly SecretForm[]): Promise<TreeScan> {
  const scan: TreeScan = { files: [], bytes: 0, hits: [] };
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        // A file removed between listing and reading (a browser's lock or journal) is no longer written.
        const bytes = await fs.readFile(full).catch((err: NodeJS.ErrnoException) => {
          if (err.code === 'ENOENT') return undefined;
          throw err;
        });
        if (!bytes) continue;
        scan.files.push(full);
        scan.bytes += bytes.length;
        scan.hits.push(...scanBytes(full, bytes, forms));
      }
    }
  };
  await walk(root);
  return scan;
}

/** One line per hit, for an assertion message. */
export function describeHits(hits: readonly SecretHit[]): string[] {
  return hits.map((h) => `${h.where} @${h.offset}: ${h.form}`);
}
