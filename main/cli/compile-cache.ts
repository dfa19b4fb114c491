// Node's compile cache for the CLI: V8's code for the command bundles is kept on disk between runs,
// so a command does not compile its bundle again each time it starts (`validate` of a small
// connector: about 70 ms instead of 90). The cache is in a folder of the user's own: Node's default
// (a folder in the shared temporary directory) could be made first by another user of the machine,
// who could then leave code there for the CLI to run.
import { lstatSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** The CLI's folder among the user's caches, by the platform's convention (undefined: none known). */
export function userCacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string | undefined {
  if (platform === 'win32') return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'connector-studio', 'Cache') : undefined;
  if (platform === 'darwin') return home ? path.join(home, 'Library', 'Caches', 'connector-studio') : undefined;
  // XDG: a relative XDG_CACHE_HOME is invalid and ignored.
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'connector-studio');
  return home ? path.join(home, '.cache', 'connector-studio') : undefined;
}

/**
 * Turns the compile cache on for this process; returns its folder, or undefined when it stays off
 * (turned off with NODE_DISABLE_COMPILE_CACHE=1, no cache folder, or one others could write to).
 * Never throws: the cache only saves time. NODE_COMPILE_CACHE=<dir> chooses the folder, as for any
 * Node program.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const enable = (module as { enableCompileCache?: (dir?: string) => { directory?: string } }).enableCompileCache;
  if (!enable || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    if (env.NODE_COMPILE_CACHE) return enable().directory;
    const base = userCacheFolder(env, process.platform, os.homedir());
    if (!base) return undefined;
    const folder = path.join(base, 'node-compile-cache');
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!ownedPrivately(folder)) return undefined;
    return enable(folder).directory;
  } catch {
    return undefined;
  }
}

/** A real folder (not a link) of this user that no one else can write to (POSIX; on Windows the profile's own). */
function ownedPrivately(folder: string): boolean {
  const stat = lstatSync(folder);
  if (!stat.isDirectory()) return false;
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}
