// Past test runs, per connector folder and operation, in the per-user app data folder:
// <appDataDir>/history/<first 32 hex of sha256(realpath(dir))>/<operation>-<hash>.json, newest first,
// at most MAX_ENTRIES per operation, each file written atomically. Results arrive masked already;
// every string is masked again with the connection's secret values before it is written, and long
// bodies are cut so a history file stays small.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { historyEntrySchema, StudioError } from '../../shared/contracts/ipc';
import { secretMasker } from '../../shared/engines/operation-runs';
import { writeFileAtomic } from './connector-folder';

export type HistoryEntry = z.output<typeof historyEntrySchema>;

export const MAX_ENTRIES = 50;
/** Longest body or curl command kept in a history entry, in characters. */
export const MAX_KEPT_CHARS = 64 * 1024;

export interface TestHistory {
  /** Adds an entry in front; `secretValues` are masked out of every string first. */
  append(dir: string, operation: string, entry: HistoryEntry, secretValues: readonly string[]): Promise<void>;
  /** Newest first; an unreadable file reads as no history. */
  list(dir: string, operation: string): Promise<HistoryEntry[]>;
  /** Removes the history of one operation, or of every operation of the folder. Answers the entries removed. */
  clear(dir: string, operation?: string): Promise<number>;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

async function folderKey(dir: string): Promise<string> {
  const abs = path.resolve(dir);
  // The same folder reached through a link shares its history; a folder gone since keeps its own.
  const real = await fs.realpath(abs).catch(() => abs);
  return sha256(real).slice(0, 32);
}

/** A portable file name: readable, and unique even where names differ only in case or in characters replaced. */
export function historyFileName(operation: string): string {
  const readable = operation
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 80);
  return `${readable || 'operation'}-${sha256(operation).slice(0, 12)}.json`;
}

function cut(text: string): string {
  return text.length > MAX_KEPT_CHARS
    ? `${text.slice(0, MAX_KEPT_CHARS)}\n… (cut for the history: ${text.length} characters in all)`
    : text;
}

/** Every string of a JSON-like value through `f`. */
function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [f(k), mapStrings(v, f)]));
  return value;
}

function forStorage(entry: HistoryEntry, secretValues: readonly string[]): HistoryEntry {
  const { result } = entry;
  const kept: HistoryEntry = {
    ...entry,
    result: {
      ...result,
      ...(result.request ? { request: { ...result.request, curl: cut(result.request.curl) } } : {}),
      ...(result.response ? { response: { ...result.response, body: cut(result.response.body) } } : {}),
    },
  };
  return mapStrings(kept, secretMasker(secretValues)) as HistoryEntry;
}

async function readEntries(file: string): Promise<HistoryEntry[]> {
  let text: string;
  try {
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
  const list = parsed && typeof parsed === 'object' ? (parsed as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(list)) return [];
  // A hand-edited or damaged entry is dropped, not shown half-read.
  return list.flatMap((e) => {
    const ok = historyEntrySchema.safeParse(e);
    return ok.success ? [ok.data] : [];
  });
}

export function createTestHistory(appDataDir: string, maxEntries = MAX_ENTRIES): TestHistory {
  const root = path.join(appDataDir, 'history');
  // One write at a time per file, so two runs finishing together both land.
  const queues = new Map<string, Promise<unknown>>();
  const serial = <T>(file: string, work: () => Promise<T>): Promise<T> => {
    const next = (queues.get(file) ?? Promise.resolve()).then(work, work);
    const settled = next.catch(() => undefined);
    queues.set(file, settled);
    void settled.then(() => queues.get(file) === settled && queues.delete(file));
    return next;
  };
  const fileOf = async (dir: string, operation: string) => path.join(root, await folderKey(dir), historyFileName(operation));

  return {
    async append(dir, operation, entry, secretValues) {
      const file = await fileOf(dir, operation);
      await serial(file, async () => {
        const entries = [forStorage(entry, secretValues), ...(await readEntries(file))].slice(0, maxEntries);
        try {
          await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
          await writeFileAtomic(file, new TextEncoder().encode(`${JSON.stringify({ operation, entries }, null, 1)}\n`));
        } catch (err) {
          throw new StudioError(
            'cannot-write',
            `The test history could not be written to ${path.dirname(file)}: ${(err as Error).message}.`,
          );
        }
      });
    },
    async list(dir, operation) {
      const file = await fileOf(dir, operation);
      return serial(file, () => readEntries(file));
    },
    async clear(dir, operation) {
      if (operation !== undefined) {
        const file = await fileOf(dir, operation);
        return serial(file, async () => {
          const n = (await readEntries(file)).length;
          await fs.rm(file, { force: true });
          return n;
        });
      }
      const folder = path.join(root, await folderKey(dir));
      const names = await fs.readdir(folder).catch(() => [] as string[]);
      let n = 0;
      for (const name of names.filter((f) => f.endsWith('.json'))) {
        const file = path.join(folder, name);
        n += await serial(file, async () => {
          const count = (await readEntries(file)).length;
          await fs.rm(file, { force: true });
          return count;
        });
      }
      return n;
    },
  };
}
