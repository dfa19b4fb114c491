// The recent list: connector folders opened, created or imported last, newest first, at most ten,
// kept in <appDataDir>/recent.json. The file is written atomically and read as hostile: anything
// that is not a well-formed entry is dropped, and an unreadable file counts as an empty list.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONNECTOR_FILES } from '../../shared/core/connector';
import { LIMITS } from '../../shared/contracts/ipc';
import type { RecentConnector } from '../../shared/contracts/ipc';
import { writeFileAtomic } from './connector-folder';

export const RECENT_FILE = 'recent.json';
export const MAX_RECENT = 10;
/** A recent.json larger than this is not ours (ten entries are a few kilobytes). */
const MAX_FILE_BYTES = 256 * 1024;
const MAX_TITLE_CHARS = 200;

type Entry = Omit<RecentConnector, 'missing'>;

function isEntry(value: unknown): value is Entry {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.dir !== 'string' || !v.dir || v.dir.length > LIMITS.pathChars || v.dir.includes('\0') || !path.isAbsolute(v.dir))
    return false;
  if (typeof v.openedAt !== 'string' || Number.isNaN(Date.parse(v.openedAt))) return false;
  return v.title === undefined || typeof v.title === 'string';
}

function clean(value: Entry): Entry {
  const title = value.title?.trim().slice(0, MAX_TITLE_CHARS);
  return { dir: value.dir, ...(title ? { title } : {}), openedAt: new Date(value.openedAt).toISOString() };
}

/** The stored entries, well-formed and de-duplicated, newest first. Never throws. */
export async function readRecent(appDataDir: string): Promise<Entry[]> {
  let text: string;
  try {
    const file = path.join(appDataDir, RECENT_FILE);
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return [];
    text = await fs.readFile(file, 'utf8');
  } catch {
    return [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const list = (parsed as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const item of list) {
    if (!isEntry(item)) continue;
    const key = sameFolderKey(item.dir);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(clean(item));
  }
  out.sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt));
  return out.slice(0, MAX_RECENT);
}

// Updates are read-modify-write: one at a time per app data folder, so two opens lose nothing.
const queues = new Map<string, Promise<unknown>>();
function serialized<T>(appDataDir: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(appDataDir) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(task);
  queues.set(appDataDir, next);
  void next
    .finally(() => {
      if (queues.get(appDataDir) === next) queues.delete(appDataDir);
    })
    .catch(() => undefined);
  return next;
}

async function write(appDataDir: string, entries: Entry[]): Promise<void> {
  await fs.mkdir(appDataDir, { recursive: true });
  const text = `${JSON.stringify({ version: 1, entries }, null, 2)}\n`;
  await writeFileAtomic(path.join(appDataDir, RECENT_FILE), new TextEncoder().encode(text));
}

/** Windows and macOS folders differ only in case as the same folder. */
function sameFolderKey(dir: string): string {
  return process.platform === 'linux' ? dir : dir.toLowerCase();
}

/** Puts `dir` first (replacing an older entry for it) and keeps the newest ten. */
export function recordRecent(appDataDir: string, dir: string, title: string | undefined, now: Date = new Date()): Promise<Entry[]> {
  return serialized(appDataDir, async () => {
    const abs = path.resolve(dir);
    const key = sameFolderKey(abs);
    const rest = (await readRecent(appDataDir)).filter((e) => sameFolderKey(e.dir) !== key);
    const entries = [clean({ dir: abs, ...(title ? { title } : {}), openedAt: now.toISOString() }), ...rest].slice(0, MAX_RECENT);
    await write(appDataDir, entries);
    return entries;
  });
}

export function forgetRecent(appDataDir: string, dir: string): Promise<Entry[]> {
  return serialized(appDataDir, async () => {
    const key = sameFolderKey(path.resolve(dir));
    const before = await readRecent(appDataDir);
    const entries = before.filter((e) => sameFolderKey(e.dir) !== key);
    if (entries.length !== before.length) await write(appDataDir, entries);
    return entries;
  });
}

/** Why a recent folder can no longer be opened, or undefined when it still holds a connector. */
export async function missingReason(dir: string): Promise<string | undefined> {
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat) return 'The folder no longer exists.';
  if (!stat.isDirectory()) return 'This is no longer a folder.';
  const names = await fs.readdir(dir).catch(() => null);
  if (!names) return 'The folder can no longer be read.';
  const definition = CONNECTOR_FILES.definition.name.toLowerCase();
  return names.some((n) => n.toLowerCase() === definition) ? undefined : `The folder no longer holds ${CONNECTOR_FILES.definition.name}.`;
}

/** The entries, each marked when its folder vanished. */
export async function listRecent(appDataDir: string, entries?: Entry[]): Promise<RecentConnector[]> {
  const list = entries ?? (await readRecent(appDataDir));
  return Promise.all(
    list.map(async (e) => {
      const missing = await missingReason(e.dir);
      return missing ? { ...e, missing } : e;
    }),
  );
}
