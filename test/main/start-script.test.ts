// `npm start` (scripts/start.mjs): fetches Electron's binary once, says in one sentence what to do when
// it cannot be had, and runs Electron on the package root in the folder the user typed the command in.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const electronDir = path.join(root, 'node_modules', 'electron');
const binaryInstalled = (() => {
  try {
    return existsSync(path.join(electronDir, 'dist', readFileSync(path.join(electronDir, 'path.txt'), 'utf8')));
  } catch {
    return false;
  }
})();

describe('scripts/start.mjs', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'studio-start-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  function start(env: Record<string, string | undefined>, args: string[] = []) {
    const base: Record<string, string | undefined> = { ...process.env };
    for (const name of ['ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_SKIP_BINARY_DOWNLOAD', 'INIT_CWD']) delete base[name];
    return spawnSync(process.execPath, ['scripts/start.mjs', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...base, ...env },
      timeout: 60_000,
    });
  }
  function expectTheSentence(r: ReturnType<typeof start>) {
    expect(r.status).toBe(1);
    const last = r.stderr.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/Electron binary is not installed.*node node_modules\/electron\/install\.js.*npm run studio:browser/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }

  it.skipIf(binaryInstalled)('with ELECTRON_SKIP_BINARY_DOWNLOAD and no binary: exit 1 and only the sentence, nothing fetched', () => {
    const r = start({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expectTheSentence(r);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.skipIf(binaryInstalled)('fetches the binary when it is missing; a failed download ends in the sentence', () => {
    // A mirror that refuses connections at once stands for a machine without internet.
    const r = start({ ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: path.join(tmp, 'cache') });
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('Downloading the Electron binary (once)...');
    expect(lines[1]).toMatch(/^The download failed \(.+\)\.$/);
    expect(lines).toHaveLength(3);
    expectTheSentence(r);
    expect(existsSync(path.join(electronDir, 'dist'))).toBe(false);
  });

  it('treats a binary path that does not exist as not installed', () => {
    const r = start({ ELECTRON_OVERRIDE_DIST_PATH: path.join(tmp, 'empty') });
    expectTheSentence(r);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.skipIf(process.platform === 'win32')(
    'runs Electron on the package root, in the folder npm start was typed in, with the arguments and its exit code',
    () => {
      const pathTxt = path.join(electronDir, 'path.txt');
      const dist = path.join(tmp, 'dist');
      mkdirSync(dist, { recursive: true });
      const exe = path.join(dist, existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : 'electron');
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell script's own parameter expansion.
      writeFileSync(exe, '#!/bin/sh\nprintf "%s\\n" "$PWD" "${ELECTRON_RUN_AS_NODE:-unset}" "$@"\nexit 7\n');
      chmodSync(exe, 0o755);
      const typedIn = mkdtempSync(path.join(tmp, 'typed-in-'));
      const r = start({ ELECTRON_OVERRIDE_DIST_PATH: dist, ELECTRON_RUN_AS_NODE: '1', INIT_CWD: typedIn }, ['my-connector']);
      expect(r.status).toBe(7);
      expect(r.stdout.trim().split('\n')).toEqual([typedIn, 'unset', root, 'my-connector']);
    },
  );
});
