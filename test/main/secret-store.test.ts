// The secret store against the real OS keychain (a private gnome-keyring in a D-Bus session under
// scripts/with-keychain.sh, which `npm run test:unit` uses). CI sets STUDIO_REQUIRE_KEYCHAIN=1 so
// these tests cannot silently skip there.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/contracts/ipc/studio-error';
import {
  accountFor,
  createSessionStore,
  loadKeytar,
  openSecretStore,
  probeKeychain,
  type SecretStore,
} from '../../main/services/secret-store';
import { REPO_ROOT } from '../support/corpus';

async function keychainWorks(): Promise<boolean> {
  try {
    await probeKeychain(await loadKeytar());
    return true;
  } catch {
    return false;
  }
}

const available = await keychainWorks();
if (!available) {
  const message = '[keychain] no working OS keychain here (run under scripts/with-keychain.sh): keychain tests are skipped.';
  if (process.env.STUDIO_REQUIRE_KEYCHAIN === '1') throw new Error(message.replace('are skipped', 'are required'));
  console.warn(message);
}

const connectorId = `test-${randomBytes(6).toString('hex')}`;

describe('accountFor', () => {
  it('keys an entry by connector and parameter', () => {
    expect(accountFor('contoso', 'token:clientSecret')).toBe('contoso/token:clientSecret');
  });

  it.each([
    ['', 'x'],
    ['a/b', 'x'],
    ['a', ''],
    ['a', 'x\ny'],
    ['a'.repeat(600), 'x'],
  ])('refuses %j / %j', (id, name) => {
    expect(() => accountFor(id, name)).toThrow(StudioError);
  });
});

function exercise(make: () => Promise<SecretStore>) {
  return async () => {
    const store = await make();
    const secret = `s3cr3t-${randomBytes(8).toString('hex')}`;
    await store.set(connectorId, 'token:clientSecret', secret);
    await store.set(connectorId, 'api_key', 'k');
    await store.set(`${connectorId}-other`, 'api_key', 'other');
    expect(await store.get(connectorId, 'token:clientSecret')).toBe(secret);
    expect((await store.list(connectorId)).sort()).toEqual(['api_key', 'token:clientSecret']);
    expect(await store.delete(connectorId, 'api_key')).toBe(true);
    expect(await store.get(connectorId, 'api_key')).toBeNull();
    expect(await store.delete(connectorId, 'api_key')).toBe(false);
    await store.delete(connectorId, 'token:clientSecret');
    await store.delete(`${connectorId}-other`, 'api_key');
    expect(await store.list(connectorId)).toEqual([]);
  };
}

describe('session-only store', () => {
  it(
    'keeps secrets in memory, per connector',
    exercise(async () => createSessionStore()),
  );
});

describe.skipIf(!available)('OS keychain store', () => {
  afterAll(async () => {
    const keytar = await loadKeytar();
    for (const c of await keytar.findCredentials('Connector Studio')) {
      if (c.account.startsWith(connectorId)) await keytar.deletePassword('Connector Studio', c.account);
    }
  });

  it('opens the keychain, not the session store', async () => {
    expect((await openSecretStore({ allowSessionOnly: false })).mode).toBe('keychain');
  });

  it(
    'stores, lists and deletes secrets in the real keychain',
    exercise(() => openSecretStore({ allowSessionOnly: false })),
  );

  it('a secret written by one store is read by a new one (it is persisted, not cached)', async () => {
    await (await openSecretStore({ allowSessionOnly: false })).set(connectorId, 'password', 'pw-1');
    expect(await (await openSecretStore({ allowSessionOnly: false })).get(connectorId, 'password')).toBe('pw-1');
    await (await openSecretStore({ allowSessionOnly: false })).delete(connectorId, 'password');
  });
});

describe('when the keychain cannot be reached', () => {
  // The real library in a child process whose environment has no D-Bus session (the library keeps
  // its connection for the life of a process, so this cannot be done in-process).
  const run = async (mode: 'strict' | 'session') => {
    const dir = mkdtempSync(path.join(tmpdir(), 'studio-keychain-'));
    const outfile = path.join(dir, 'child.cjs');
    await build({
      entryPoints: [path.join(REPO_ROOT, 'test/main/fixtures/open-secret-store.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      // As scripts/build.mjs: jsonc-parser's UMD build (its "main") loads its parts with a dynamic
      // require a bundle cannot follow (the IPC contract's index reaches the text core).
      mainFields: ['module', 'main'],
      external: ['@napi-rs/keyring', '@napi-rs/keyring/*'],
      nodePaths: [path.join(REPO_ROOT, 'node_modules')],
      logLevel: 'silent',
    });
    const env = {
      ...process.env,
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/studio-bus',
      NODE_PATH: path.join(REPO_ROOT, 'node_modules'),
    };
    const out = execFileSync(process.execPath, [outfile, mode], {
      env,
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    rmSync(dir, { recursive: true, force: true });
    return JSON.parse(out.trim().split('\n').pop()!) as { mode?: string; code?: string; message?: string };
  };

  it.runIf(process.platform === 'linux')('says so in one sentence instead of falling back to a file', async () => {
    const result = await run('strict');
    expect(result.code).toBe('keychain-unavailable');
    expect(result.message).toMatch(/keychain cannot be reached .*session only/);
  });

  it.runIf(process.platform === 'linux')('gives the session-only store only when asked for it', async () => {
    expect(await run('session')).toEqual({ mode: 'session' });
  });
});
