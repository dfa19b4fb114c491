// Saved test connections over a real app data folder and the real OS keychain (a private
// gnome-keyring under scripts/with-keychain.sh; CI sets STUDIO_REQUIRE_KEYCHAIN=1 so the keychain
// part cannot silently skip). Also: the session-only store, an unreachable keychain, a corrupt or
// hostile connections file, and that no secret value reaches any file.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/contracts/ipc/studio-error';
import { connectorKey } from '../../main/services/connector-key';
import { createConnectionStore, type ConnectionStore } from '../../main/services/connection-store';
import {
  createSessionStore,
  KEYCHAIN_SERVICE,
  loadKeytar,
  probeKeychain,
  type KeytarApi,
  type SecretStore,
} from '../../main/services/secret-store';
import { createSecretVault, type SecretVault } from '../../main/services/secret-vault';

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

const SECRET = `sk-${randomBytes(10).toString('hex')}`;
const CLIENT_SECRET = `cs-${randomBytes(10).toString('hex')}`;

let tmp: string;
let n = 0;

/** A connector folder declaring api_key (securestring) and region (string). */
async function connectorFolder(
  properties: unknown = {
    properties: { connectionParameters: { api_key: { type: 'securestring' }, region: { type: 'string' } } },
  },
): Promise<string> {
  const dir = path.join(tmp, `connector-${++n}`);
  await fs.mkdir(dir);
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), '{"swagger":"2.0","info":{"title":"T","version":"1"},"paths":{}}');
  if (properties !== null) await fs.writeFile(path.join(dir, 'apiProperties.json'), JSON.stringify(properties));
  return dir;
}

async function appDataFolder(): Promise<string> {
  return fs.mkdtemp(path.join(tmp, 'appdata-'));
}

/** Every byte under a folder, as text. */
async function allBytes(dir: string): Promise<string> {
  let out = '';
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out += await fs.readFile(path.join(entry.parentPath, entry.name), 'latin1');
  }
  return out;
}

async function failure(p: Promise<unknown>): Promise<StudioError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(StudioError);
    return e as StudioError;
  }
  throw new Error('expected a failure');
}

/** The keychain library as it behaves without a Secret Service (its calls fail). */
const unreachableKeytar: KeytarApi = {
  getPassword: async () => {
    throw new Error('Platform secure storage failure: no D-Bus session');
  },
  setPassword: async () => {
    throw new Error('Platform secure storage failure: no D-Bus session');
  },
  deletePassword: async () => {
    throw new Error('Platform secure storage failure: no D-Bus session');
  },
  findCredentials: async () => {
    throw new Error('Platform secure storage failure: no D-Bus session');
  },
};

function sessionVault(store: SecretStore): SecretVault {
  const status = { state: 'session-only' as const, message: 'session only' };
  return { status: async () => status, useSessionOnly: async () => status, store: async () => store };
}

beforeAll(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'cs-connections-')));
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe.skipIf(!available)('with the OS keychain', () => {
  let dir: string;
  let appData: string;
  let store: ConnectionStore;
  let keytar: KeytarApi;

  beforeAll(async () => {
    keytar = await loadKeytar();
  });

  beforeEach(async () => {
    dir = await connectorFolder();
    appData = await appDataFolder();
    store = createConnectionStore(appData, createSecretVault());
  });

  afterEach(async () => {
    // Deleting each connection must take its secrets with it: afterAll checks the keychain.
    for (let i = 1; i <= n; i++) {
      const folder = path.join(tmp, `connector-${i}`);
      for (const c of await store.list(folder).catch(() => [])) await store.delete(folder, c.id);
    }
  });

  afterAll(async () => {
    // Nothing of these tests may stay in the keychain.
    const hashes = new Set<string>();
    for (let i = 1; i <= n; i++) hashes.add((await connectorKey(path.join(tmp, `connector-${i}`)).catch(() => null))?.hash ?? '');
    const left = (await keytar.findCredentials(KEYCHAIN_SERVICE)).filter((c) => [...hashes].some((h) => h && c.account.startsWith(h)));
    for (const c of left) await keytar.deletePassword(KEYCHAIN_SERVICE, c.account);
    expect(left.map((c) => c.account)).toEqual([]);
  });

  it('saves non-secret values in the app data folder (0600) and the secret in the keychain only', async () => {
    const saved = await store.save({ dir, name: 'Prod', values: { region: 'eu-west' }, secrets: { api_key: SECRET } });
    expect(saved).toMatchObject({ name: 'Prod', values: { region: 'eu-west' }, secretNames: ['api_key'] });
    expect(saved.id).toMatch(/^[0-9a-f]{24}$/);

    const { hash, folder } = await connectorKey(dir);
    const file = path.join(appData, 'connections', `${hash}.json`);
    const doc = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(doc).toEqual({
      version: 1,
      connector: folder,
      connections: [{ id: saved.id, name: 'Prod', values: { region: 'eu-west' }, secretNames: ['api_key'], updatedAt: saved.updatedAt }],
    });
    if (process.platform !== 'win32') expect((await fs.stat(file)).mode & 0o777).toBe(0o600);

    expect(await keytar.getPassword(KEYCHAIN_SERVICE, `${hash}:${saved.id}/api_key`)).toBe(SECRET);
    expect(await allBytes(appData)).not.toContain(SECRET);
    expect(await allBytes(dir)).not.toContain(SECRET);

    // A new store and vault (a restart) read it back from the keychain.
    const again = createConnectionStore(appData, createSecretVault());
    expect(await again.list(dir)).toEqual([saved]);
    expect(await again.resolve(dir, saved.id)).toEqual({
      id: saved.id,
      name: 'Prod',
      values: { region: 'eu-west', api_key: SECRET },
      secretValues: [SECRET],
    });
    expect((await again.findByName(dir, '  prod '))?.id).toBe(saved.id);
    expect(await again.findByName(dir, 'staging')).toBeNull();
  });

  it('edits and renames, keeping a secret not mentioned; null deletes it from the keychain', async () => {
    const saved = await store.save({ dir, name: 'Prod', values: { region: 'eu' }, secrets: { api_key: SECRET } });
    const renamed = await store.save({ dir, id: saved.id, name: 'Staging', values: { region: 'us' }, secrets: {} });
    expect(renamed).toMatchObject({ id: saved.id, name: 'Staging', values: { region: 'us' }, secretNames: ['api_key'] });
    expect((await store.resolve(dir, saved.id)).values).toEqual({ region: 'us', api_key: SECRET });
    expect(await store.findByName(dir, 'Prod')).toBeNull();

    const cleared = await store.save({ dir, id: saved.id, name: 'Staging', values: { region: 'us' }, secrets: { api_key: null } });
    expect(cleared.secretNames).toEqual([]);
    const { hash } = await connectorKey(dir);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, `${hash}:${saved.id}/api_key`)).toBeNull();
    expect(await store.resolve(dir, saved.id)).toEqual({ id: saved.id, name: 'Staging', values: { region: 'us' }, secretValues: [] });
  });

  it('names are unique per connector, case-insensitively; the same name is fine for another connector', async () => {
    const first = await store.save({ dir, name: 'Prod', values: {}, secrets: {} });
    expect((await failure(store.save({ dir, name: ' PROD', values: {}, secrets: {} }))).message).toBe(
      'A connection named "Prod" already exists for this connector.',
    );
    const other = await store.save({ dir, name: 'Other', values: {}, secrets: {} });
    expect((await failure(store.save({ dir, id: other.id, name: 'prod', values: {}, secrets: {} }))).code).toBe('name-taken');
    // Renaming to its own name in another case is fine.
    expect((await store.save({ dir, id: first.id, name: 'PROD', values: {}, secrets: {} })).name).toBe('PROD');
    const elsewhere = await connectorFolder();
    expect((await store.save({ dir: elsewhere, name: 'Prod', values: {}, secrets: {} })).name).toBe('Prod');
    expect((await store.list(elsewhere)).map((c) => c.name)).toEqual(['Prod']);
    expect((await store.list(dir)).map((c) => c.name)).toEqual(['PROD', 'Other']);
  });

  it('refuses a declared securestring among the plain values, writing nothing', async () => {
    const e = await failure(store.save({ dir, name: 'Leaky', values: { api_key: SECRET }, secrets: {} }));
    expect(e.code).toBe('secret-in-values');
    expect(e.message).not.toContain(SECRET);
    await expect(fs.readdir(appData)).resolves.toEqual([]);
    expect((await failure(store.save({ dir, name: 'Both', values: { region: 'x' }, secrets: { region: 'y' } }))).code).toBe(
      'invalid-request',
    );
  });

  it('without a readable apiProperties.json, trusts the caller split', async () => {
    const bare = await connectorFolder(null);
    const saved = await store.save({ dir: bare, name: 'Plain', values: { api_key: 'not-secret-here' }, secrets: {} });
    expect(saved.values).toEqual({ api_key: 'not-secret-here' });
  });

  it('deleting a connection deletes its secrets; an unknown id is no deletion', async () => {
    const a = await store.save({ dir, name: 'A', values: {}, secrets: { api_key: SECRET, password: 'pw' } });
    const b = await store.save({ dir, name: 'B', values: {}, secrets: { api_key: 'other' } });
    const { hash } = await connectorKey(dir);
    expect(await store.delete(dir, a.id)).toBe(true);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, `${hash}:${a.id}/api_key`)).toBeNull();
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, `${hash}:${a.id}/password`)).toBeNull();
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, `${hash}:${b.id}/api_key`)).toBe('other');
    expect(await store.delete(dir, a.id)).toBe(false);
    expect(await store.delete(dir, '../../etc/passwd')).toBe(false);
    expect((await store.list(dir)).map((c) => c.name)).toEqual(['B']);
    expect((await failure(store.resolve(dir, a.id))).code).toBe('not-found');
    expect(await store.delete(dir, b.id)).toBe(true);
  });

  it('the same folder through a symbolic link finds the same connections', async () => {
    const saved = await store.save({ dir, name: 'Prod', values: {}, secrets: { api_key: SECRET } });
    const link = path.join(tmp, `link-${n}`);
    await fs.symlink(dir, link);
    expect((await store.findByName(link, 'Prod'))?.values).toEqual({ api_key: SECRET });
    await store.delete(link, saved.id);
  });

  it('connector-level secrets: stored, listed by name, read, deleted', async () => {
    expect(await store.connectorSecretNames(dir)).toEqual([]);
    expect(await store.setConnectorSecret(dir, 'clientSecret', CLIENT_SECRET)).toEqual(['clientSecret']);
    expect(await store.connectorSecret(dir, 'clientSecret')).toBe(CLIENT_SECRET);
    const { hash } = await connectorKey(dir);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, `${hash}:connector/clientSecret`)).toBe(CLIENT_SECRET);
    // A connection's secrets are not the connector's.
    await store.save({ dir, name: 'Prod', values: {}, secrets: { clientSecret: 'per-connection' } });
    expect(await store.connectorSecretNames(dir)).toEqual(['clientSecret']);
    expect(await store.connectorSecret(dir, 'clientSecret')).toBe(CLIENT_SECRET);
    expect(await store.setConnectorSecret(dir, 'clientSecret', null)).toEqual([]);
    expect(await store.connectorSecret(dir, 'clientSecret')).toBeNull();
    expect(await allBytes(appData)).not.toContain(CLIENT_SECRET);
    for (const c of await store.list(dir)) await store.delete(dir, c.id);
  });

  it('saves made at the same time all land (one writer per file)', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => store.save({ dir, name: `C${i}`, values: { region: String(i) }, secrets: {} })));
    expect((await store.list(dir)).map((c) => c.name).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `C${i}`).sort());
  });
});

describe('session-only secrets', () => {
  it('keeps secrets in memory for the session; after a restart they are gone and say so', async () => {
    const dir = await connectorFolder();
    const appData = await appDataFolder();
    const store = createConnectionStore(appData, sessionVault(createSessionStore()));
    const saved = await store.save({ dir, name: 'Prod', values: { region: 'eu' }, secrets: { api_key: SECRET } });
    expect((await store.resolve(dir, saved.id)).values.api_key).toBe(SECRET);
    expect(await allBytes(appData)).not.toContain(SECRET);

    const restarted = createConnectionStore(appData, sessionVault(createSessionStore()));
    expect((await restarted.list(dir))[0]).toMatchObject({ name: 'Prod', values: { region: 'eu' }, secretNames: [] });
    const e = await failure(restarted.resolve(dir, saved.id));
    expect(e.code).toBe('secret-missing');
    expect(e.message).toBe(
      'The connection "Prod" no longer has a value for its secret "api_key" (secrets kept for this session only end when the app quits); enter it again.',
    );
  });
});

describe('when the keychain cannot be reached', () => {
  it('a secret cannot be saved (a clear error, no file), plain values can; session-only is the explicit way out', async () => {
    const dir = await connectorFolder();
    const appData = await appDataFolder();
    const vault = createSecretVault({ keytar: unreachableKeytar });
    const store = createConnectionStore(appData, vault);

    const e = await failure(store.save({ dir, name: 'Prod', values: {}, secrets: { api_key: SECRET } }));
    expect(e.code).toBe('keychain-unavailable');
    expect(e.message).toMatch(/^The OS keychain cannot be reached \(.*\); secrets can be kept for this session only/);
    await expect(fs.readdir(appData)).resolves.toEqual([]);

    const plain = await store.save({ dir, name: 'Plain', values: { region: 'eu' }, secrets: {} });
    expect(await store.list(dir)).toEqual([plain]);
    expect((await store.resolve(dir, plain.id)).values).toEqual({ region: 'eu' });
    expect(await store.connectorSecretNames(dir)).toEqual([]);
    expect((await failure(store.setConnectorSecret(dir, 'clientSecret', 'x'))).code).toBe('keychain-unavailable');

    expect((await vault.useSessionOnly()).state).toBe('session-only');
    const saved = await store.save({ dir, name: 'Prod', values: {}, secrets: { api_key: SECRET } });
    expect(saved.secretNames).toEqual(['api_key']);
    expect((await store.findByName(dir, 'prod'))?.secretValues).toEqual([SECRET]);
    expect(await allBytes(appData)).not.toContain(SECRET);
  });
});

describe('a corrupt or hostile connections file', () => {
  const cases: [string, string][] = [
    ['not JSON', '{"version": 1, "connections": ['],
    [
      'an id that is a path',
      JSON.stringify({
        version: 1,
        connector: '/x',
        connections: [{ id: '../../../etc/passwd', name: 'x', values: {}, secretNames: [], updatedAt: '' }],
      }),
    ],
    [
      'a secret name with a slash',
      JSON.stringify({
        version: 1,
        connector: '/x',
        connections: [{ id: 'a'.repeat(24), name: 'x', values: {}, secretNames: ['a/b'], updatedAt: '' }],
      }),
    ],
    [
      'a value that is not text',
      JSON.stringify({
        version: 1,
        connector: '/x',
        connections: [{ id: 'a'.repeat(24), name: 'x', values: { region: { $gt: 1 } }, secretNames: [], updatedAt: '' }],
      }),
    ],
    ['another version', JSON.stringify({ version: 2, connector: '/x', connections: [] })],
    ['an array', '[]'],
  ];

  it.each(cases)('%s: a clear error naming the file; the file is left as it is', async (_what, text) => {
    const dir = await connectorFolder();
    const appData = await appDataFolder();
    const file = path.join(appData, 'connections', `${(await connectorKey(dir)).hash}.json`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
    const store = createConnectionStore(appData, sessionVault(createSessionStore()));
    const e = await failure(store.list(dir));
    expect(e.code).toBe('connections-file-corrupt');
    expect(e.message).toContain(`The saved connections file ${file} cannot be used: `);
    expect((await failure(store.findByName(dir, 'x'))).code).toBe('connections-file-corrupt');
    expect((await failure(store.save({ dir, id: 'a'.repeat(24), name: 'x', values: {}, secrets: {} }))).code).toBe(
      'connections-file-corrupt',
    );
    expect(await fs.readFile(file, 'utf8')).toBe(text);
  });

  it('saving a new connection keeps the unusable file as .bak (never over an earlier backup) and starts a new list', async () => {
    const dir = await connectorFolder();
    const appData = await appDataFolder();
    const file = path.join(appData, 'connections', `${(await connectorKey(dir)).hash}.json`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, 'garbage 1');
    const store = createConnectionStore(appData, sessionVault(createSessionStore()));
    await store.save({ dir, name: 'Fresh', values: {}, secrets: {} });
    expect(await fs.readFile(`${file}.bak`, 'utf8')).toBe('garbage 1');
    expect((await store.list(dir)).map((c) => c.name)).toEqual(['Fresh']);

    await fs.writeFile(file, 'garbage 2');
    await store.save({ dir, name: 'Fresh again', values: {}, secrets: {} });
    expect(await fs.readFile(`${file}.bak`, 'utf8')).toBe('garbage 1');
    expect(await fs.readFile(`${file}.1.bak`, 'utf8')).toBe('garbage 2');
    expect((await store.list(dir)).map((c) => c.name)).toEqual(['Fresh again']);
  });

  it('a folder that does not exist is named in the error', async () => {
    const store = createConnectionStore(await appDataFolder(), sessionVault(createSessionStore()));
    const missing = path.join(tmp, 'no-such-connector');
    expect((await failure(store.list(missing))).message).toBe(`The connector folder ${missing} does not exist.`);
  });
});
