// The built CLI keeps V8's compiled code of its bundles in a cache folder of the user's own
// (main/cli/compile-cache.ts), and uses it on the next run; never a folder others can write to.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userCacheFolder } from '../../main/cli/compile-cache';
import { buildCliApp, runBin, writeSmallConnector } from '../support/built-cli';

describe('userCacheFolder', () => {
  it('follows each platform’s convention for per-user caches', () => {
    expect(userCacheFolder({}, 'linux', '/home/ana')).toBe('/home/ana/.cache/connector-studio');
    expect(userCacheFolder({ XDG_CACHE_HOME: '/var/cache/ana' }, 'linux', '/home/ana')).toBe('/var/cache/ana/connector-studio');
    // A relative XDG_CACHE_HOME is invalid (XDG Base Directory): ignored.
    expect(userCacheFolder({ XDG_CACHE_HOME: 'cache' }, 'linux', '/home/ana')).toBe('/home/ana/.cache/connector-studio');
    expect(userCacheFolder({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Caches/connector-studio');
    expect(userCacheFolder({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', 'C:\\Users\\ana')).toBe(
      path.join('C:\\Users\\ana\\AppData\\Local', 'connector-studio', 'Cache'),
    );
    expect(userCacheFolder({}, 'win32', 'C:\\Users\\ana')).toBeUndefined();
    expect(userCacheFolder({}, 'linux', '')).toBeUndefined();
  });
});

const posix = process.platform !== 'win32';

describe.skipIf(!posix)('the built CLI’s compile cache', () => {
  let tmp: string;
  let bin: string;
  let connector: string;

  beforeAll(async () => {
    tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'cli-compile-cache-')));
    bin = await buildCliApp(path.join(tmp, 'app'));
    connector = path.join(tmp, 'connector');
    await writeSmallConnector(connector);
  }, 120_000);

  afterAll(async () => {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  /** Every file under `folder`, relative to it. */
  async function filesUnder(folder: string): Promise<string[]> {
    const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.relative(folder, path.join(e.parentPath, e.name)));
  }

  function validate(env: NodeJS.ProcessEnv) {
    // Node's own variables for the cache are the user's to set; none is inherited from the runner.
    return runBin(bin, ['validate', connector], {
      cwd: tmp,
      env: { NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: undefined, NODE_DEBUG_NATIVE: undefined, ...env },
    });
  }

  it('writes the cache to an owner-only folder among the user’s caches, and reads it on the next run', async () => {
    const caches = path.join(tmp, 'caches');
    const first = await validate({ XDG_CACHE_HOME: caches });
    expect(first.code).toBe(0);
    const folder = path.join(caches, 'connector-studio', 'node-compile-cache');
    expect(((await fs.stat(folder)).mode & 0o777).toString(8)).toBe('700');
    expect((await filesUnder(folder)).length).toBeGreaterThan(0);

    // Node says, when asked (NODE_DEBUG_NATIVE), which code caches it accepted.
    const second = await validate({ XDG_CACHE_HOME: caches, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toMatch(/code cache for CommonJS \S*validate-command\.cjs was accepted/);
  }, 60_000);

  it('leaves a cache folder that others can write to alone, and runs without it', async () => {
    const caches = path.join(tmp, 'shared-caches');
    const folder = path.join(caches, 'connector-studio', 'node-compile-cache');
    await fs.mkdir(folder, { recursive: true });
    await fs.chmod(folder, 0o777);
    const run = await validate({ XDG_CACHE_HOME: caches, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 errors');
    expect(await filesUnder(folder)).toEqual([]);
    expect(run.stderr).not.toMatch(/was accepted/);
  }, 60_000);

  it('stays off when NODE_DISABLE_COMPILE_CACHE is set', async () => {
    const caches = path.join(tmp, 'disabled-caches');
    const run = await validate({ XDG_CACHE_HOME: caches, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(run.code).toBe(0);
    await expect(fs.stat(path.join(caches, 'connector-studio'))).rejects.toThrow();
  }, 60_000);
});
