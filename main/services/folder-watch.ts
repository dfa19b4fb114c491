// Noticing that another program changed the files being edited. The renderer asks (on window focus
// and every few seconds) with the fingerprints of the texts it last read or wrote; this compares
// them with the text on disk now (a text fingerprint, not a byte one: a file rewritten with the
// same text is no change, and our own saves are known without reading them back). Polling through a request, not fs.watch: file-system events are missed or
// doubled on network shares, WSL and container mounts, and editors that save by renaming replace
// the very file a watch is attached to. A stat per file is cheap; a file is read and hashed only
// when its size, time or inode moved since the last look.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONNECTOR_FILES } from '../../shared/core/connector';
import type { ConnectorFileName, DiskChange, Fingerprints } from '../../shared/contracts/ipc';
import { decodeBytes } from '../../shared/core/text';

/** The files the studio edits, so the only ones whose change matters to an open session. */
export const WATCHED_FILES: readonly ConnectorFileName[] = [CONNECTOR_FILES.definition.name, CONNECTOR_FILES.properties.name];

export function fingerprintOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}

interface Seen {
  size: number;
  mtimeMs: number;
  ino: number;
  fingerprint: string;
}

/** Fingerprints by file path and stat, so an unchanged file is not read again. Bounded. */
const cache = new Map<string, Seen>();
const MAX_CACHE = 500;

function remember(file: string, seen: Seen): void {
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(file, seen);
}

export async function checkFolderChanges(dir: string, known: Fingerprints): Promise<DiskChange[]> {
  const abs = path.resolve(dir);
  const entries = await fs.readdir(abs).catch(() => null);
  // A folder that vanished: every file that was known is deleted.
  const changes: DiskChange[] = [];
  for (const name of WATCHED_FILES) {
    const onDisk = entries?.find((e) => e.toLowerCase() === name.toLowerCase());
    const was = known[name];
    if (!onDisk) {
      if (was !== undefined) changes.push({ name, state: 'deleted' });
      continue;
    }
    const file = path.join(abs, onDisk);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile()) {
      if (was !== undefined) changes.push({ name, state: 'deleted' });
      continue;
    }
    const cached = cache.get(file);
    if (
      cached &&
      was !== undefined &&
      cached.fingerprint === was &&
      cached.size === stat.size &&
      cached.mtimeMs === stat.mtimeMs &&
      cached.ino === stat.ino
    ) {
      continue;
    }
    const max = name === CONNECTOR_FILES.definition.name ? CONNECTOR_FILES.definition.maxBytes : CONNECTOR_FILES.properties.maxBytes;
    const state = was === undefined ? 'added' : 'changed';
    // A file that cannot be shown still gets a fingerprint, so "keep mine" silences it until it moves again.
    if (stat.size > max) {
      const fingerprint = `size:${stat.size}:${stat.mtimeMs}`;
      if (fingerprint !== was)
        changes.push({ name, state, fingerprint, problem: `${name} is now ${(stat.size / 1048576).toFixed(1)} MB, too large to open.` });
      continue;
    }
    const bytes = await fs.readFile(file).catch(() => null);
    if (!bytes) continue; // replaced mid-read: the next check sees the settled file
    let decoded;
    try {
      decoded = decodeBytes(new Uint8Array(bytes), max);
    } catch (err) {
      const fingerprint = `bytes:${createHash('sha256').update(bytes).digest('base64url')}`;
      if (fingerprint !== was) changes.push({ name, state, fingerprint, problem: `${name} ${(err as Error).message}.` });
      continue;
    }
    const fingerprint = fingerprintOf(decoded.text);
    remember(file, { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, fingerprint });
    if (fingerprint === was) continue;
    changes.push({ name, state, fingerprint, file: { text: decoded.text, encoding: decoded.encoding, bom: decoded.bom } });
  }
  return changes;
}
