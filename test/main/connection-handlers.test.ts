// The connection channels through the contract (createDispatcher over the studio handlers) with a
// real temp app data folder: the real OS keychain where there is one (scripts/with-keychain.sh),
// and a keychain library that cannot reach a Secret Service for the unavailable path, where only
// the user's explicit choice gives session-only secrets. No reply ever carries a secret value.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../shared/contracts/ipc/dispatch';
import { loadKeytar, probeKeychain, type KeytarApi } from '../../main/services/secret-store';
import { createSecretVault } from '../../main/services/secret-vault';
import { createStudioHandlers } from '../../main/services/studio-handlers';

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

const SECRET = `key-${randomBytes(10).toString('hex')}`;
const CLIENT_SECRET = `client-${randomBytes(10).toString('hex')}`;
let tmp: string;
const replies: string[] = [];

const noSecretService = async () => {
  throw new Error('Platform secure storage failure: no D-Bus session');
};
const unreachableKeytar: KeytarApi = {
  getPassword: noSecretService,
  setPassword: noSecretService,
  deletePassword: noSecretService,
  findCredentials: noSecretService,
};

async function connector(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(tmp, 'connector-'));
  await fs.writeFile(
    path.join(dir, 'apiProperties.json'),
    JSON.stringify({ properties: { connectionParameters: { api_key: { type: 'securestring' }, region: { type: 'string' } } } }),
  );
  return dir;
}

function host(secrets = createSecretVault()) {
  const dispatch = createDispatcher(
    createStudioHandlers({
      host: 'browser',
      version: 'test',
      context: { appDataDir: path.join(tmp, `appdata-${randomBytes(4).toString('hex')}`), secrets },
    }),
  );
  return async (channel: string, payload: unknown) => {
    const envelope = await dispatch(channel, payload);
    replies.push(JSON.stringify(envelope));
    return envelope as { ok: true; value: any } | { ok: false; error: { code: string; message: string } };
  };
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cs-connection-handlers-'));
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
  const all = replies.join('\n');
  expect(all).not.toContain(SECRET);
  expect(all).not.toContain(CLIENT_SECRET);
});

describe.skipIf(!available)('with the OS keychain', () => {
  it('creates, lists, renames and deletes connections; connector secrets by name only', async () => {
    const call = host();
    const dir = await connector();
    expect(await call('secretStoreStatus', {})).toEqual({
      ok: true,
      value: { state: 'keychain', message: 'Secrets are stored in the OS keychain.' },
    });
    expect(await call('listConnections', { dir })).toEqual({ ok: true, value: { connections: [] } });

    const saved = await call('saveConnection', { dir, name: 'Prod', values: { region: 'eu' }, secrets: { api_key: SECRET } });
    expect(saved.ok && saved.value).toMatchObject({ name: 'Prod', values: { region: 'eu' }, secretNames: ['api_key'] });
    const id = saved.ok ? saved.value.id : '';
    const renamed = await call('saveConnection', { dir, id, name: 'Production', values: { region: 'eu' }, secrets: {} });
    expect(renamed.ok && renamed.value).toMatchObject({ id, name: 'Production', secretNames: ['api_key'] });
    const listed = await call('listConnections', { dir });
    expect(listed.ok && listed.value.connections.map((c: { name: string; secretNames: string[] }) => [c.name, c.secretNames])).toEqual([
      ['Production', ['api_key']],
    ]);

    expect(await call('setConnectorSecret', { dir, name: 'clientSecret', value: CLIENT_SECRET })).toEqual({
      ok: true,
      value: { names: ['clientSecret'] },
    });
    expect(await call('connectorSecretNames', { dir })).toEqual({ ok: true, value: { names: ['clientSecret'] } });
    expect(await call('setConnectorSecret', { dir, name: 'clientSecret', value: null })).toEqual({ ok: true, value: { names: [] } });

    expect(await call('deleteConnection', { dir, id })).toEqual({ ok: true, value: { deleted: true } });
    expect(await call('deleteConnection', { dir, id })).toEqual({ ok: true, value: { deleted: false } });
    // Its secret went with it.
    const keytar = await loadKeytar();
    expect((await keytar.findCredentials('Connector Studio')).filter((c) => c.account.includes(id))).toEqual([]);
  });

  it('hostile requests are refused by the contract or the store, with one sentence', async () => {
    const call = host();
    const dir = await connector();
    const slash = await call('saveConnection', { dir, name: 'x', values: {}, secrets: { 'a/b': 'v' } });
    expect(slash.ok ? null : slash.error.code).toBe('invalid-request');
    const misplaced = await call('saveConnection', { dir, name: 'x', values: { api_key: SECRET }, secrets: {} });
    expect(misplaced).toEqual({
      ok: false,
      error: {
        code: 'secret-in-values',
        message:
          'The connection parameter "api_key" is a secret; it is kept in the secret store, never in a file, so it must be sent as a secret.',
      },
    });
    const unknown = await call('saveConnection', { dir, id: 'f'.repeat(24), name: 'x', values: {}, secrets: {} });
    expect(unknown.ok ? null : unknown.error.code).toBe('not-found');
    const empty = await call('saveConnection', { dir, name: '   ', values: {}, secrets: {} });
    expect(empty).toEqual({ ok: false, error: { code: 'invalid-name', message: 'A connection needs a name.' } });
  });
});

describe('when the keychain cannot be reached', () => {
  it('says so; secrets are refused until the user chooses session-only, which the status then warns about', async () => {
    const call = host(createSecretVault({ keytar: unreachableKeytar }));
    const dir = await connector();
    const status = await call('secretStoreStatus', {});
    expect(status.ok && status.value.state).toBe('unavailable');
    expect(status.ok && status.value.message).toMatch(/^The OS keychain cannot be reached/);

    const refused = await call('saveConnection', { dir, name: 'Prod', values: {}, secrets: { api_key: SECRET } });
    expect(refused.ok ? null : refused.error.code).toBe('keychain-unavailable');
    expect(await call('listConnections', { dir })).toEqual({ ok: true, value: { connections: [] } });

    const chosen = await call('useSessionOnlySecrets', {});
    expect(chosen).toEqual({
      ok: true,
      value: {
        state: 'session-only',
        message: 'Secrets are kept for this session only, in memory: they are lost when Connector Studio quits.',
      },
    });
    const saved = await call('saveConnection', { dir, name: 'Prod', values: {}, secrets: { api_key: SECRET } });
    expect(saved.ok && saved.value.secretNames).toEqual(['api_key']);
    expect(await call('setConnectorSecret', { dir, name: 'clientSecret', value: CLIENT_SECRET })).toEqual({
      ok: true,
      value: { names: ['clientSecret'] },
    });
  });
});
