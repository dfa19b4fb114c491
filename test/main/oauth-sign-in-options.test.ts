// The studio's own sign-in options per connector (fixed redirect port, client authentication) in
// the app data folder, and where the provider's metadata is looked for from a token URL alone.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { metadataCandidates } from '../../main/services/oauth/provider-metadata';
import { createSignInOptionsStore, FILE_NAME } from '../../main/services/oauth/sign-in-options';

const tmp: string[] = [];
afterEach(async () => {
  for (const d of tmp.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

describe('sign-in options', () => {
  it('are kept per connector folder in the app data folder, survive a restart, and refuse a port out of range', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-options-'));
    tmp.push(root);
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    await fs.mkdir(a);
    await fs.mkdir(b);
    const appData = path.join(root, 'app-data');
    const store = createSignInOptionsStore(appData);
    expect(await store.get(a)).toEqual({ clientAuthentication: 'auto' });
    expect(await store.set(a, { clientAuthentication: 'basic', redirectPort: 53682 })).toEqual({
      clientAuthentication: 'basic',
      redirectPort: 53682,
    });
    expect(await createSignInOptionsStore(appData).get(a)).toEqual({ clientAuthentication: 'basic', redirectPort: 53682 });
    expect(await store.get(b)).toEqual({ clientAuthentication: 'auto' });
    await expect(store.set(b, { clientAuthentication: 'auto', redirectPort: 80 })).rejects.toThrow(
      'The redirect port must be a whole number from 1024 to 65535; 80 is not.',
    );
    // Back to the defaults: the entry goes.
    await store.set(a, { clientAuthentication: 'auto' });
    expect(JSON.parse(await fs.readFile(path.join(appData, FILE_NAME), 'utf8'))).toEqual({ version: 1, connectors: {} });
  });
});

describe('metadata candidates', () => {
  it('walk up the token URL: OpenID Connect discovery at the prefix, RFC 8414 with the prefix appended', () => {
    expect(metadataCandidates('https://id.example.com/realms/acme/protocol/openid-connect/token')).toEqual([
      'https://id.example.com/realms/acme/protocol/openid-connect/.well-known/openid-configuration',
      'https://id.example.com/.well-known/oauth-authorization-server/realms/acme/protocol/openid-connect',
      'https://id.example.com/realms/acme/protocol/.well-known/openid-configuration',
      'https://id.example.com/.well-known/oauth-authorization-server/realms/acme/protocol',
      'https://id.example.com/realms/acme/.well-known/openid-configuration',
      'https://id.example.com/.well-known/oauth-authorization-server/realms/acme',
    ]);
    expect(metadataCandidates('https://auth.example.com/token')).toEqual([
      'https://auth.example.com/.well-known/openid-configuration',
      'https://auth.example.com/.well-known/oauth-authorization-server',
    ]);
  });
});
