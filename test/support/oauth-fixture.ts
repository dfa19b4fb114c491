// What the OAuth tests share: the test authorization server, a connector folder on disk pointing at
// it, a real saved connection (connection-store.ts over a temporary app data folder), a token
// service with a clock the test moves, and the browser's part done over plain HTTP.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnectionStore, type ConnectionStore } from '../../main/services/connection-store';
import { createTokenService, type OAuthTokenService, type SignInStart } from '../../main/services/oauth/token-service';
import { createSessionStore } from '../../main/services/secret-store';
import type { SecretVault } from '../../main/services/secret-vault';
import type { ConnectorTexts } from '../../main/services/service-context';
import { oauthConnector, type OAuthConnectorOptions } from './oauth-connector';
import { authorizeWithoutBrowser, startOAuthServer, type OAuthServerOptions, type OAuthTestServer } from './oauth-server';

/** The app's own session-only store behind the vault interface (no keychain needed). */
export function sessionVault(): SecretVault {
  const store = createSessionStore();
  const status = async () => ({ state: 'session-only' as const, message: 'Secrets are kept for this session only.' });
  return { status, useSessionOnly: status, store: async () => store };
}

export interface OAuthFixture {
  server: OAuthTestServer;
  dir: string;
  appDataDir: string;
  texts: ConnectorTexts;
  connections: ConnectionStore;
  connectionId: string;
  tokens: OAuthTokenService;
  /** The clock both the server and the token service read; move it to expire tokens. */
  clock: { now: number };
  /** Replaces the connector's files (texts and disk). */
  rewrite(change: (files: { definition: Record<string, unknown>; properties: Record<string, unknown> }) => void): Promise<void>;
  close(): Promise<void>;
}

export async function oauthFixture(
  options: { server?: OAuthServerOptions; connector?: Partial<OAuthConnectorOptions>; vault?: SecretVault; signInTimeoutMs?: number } = {},
): Promise<OAuthFixture> {
  const clock = { now: Date.UTC(2030, 0, 1) };
  const server = await startOAuthServer({ now: () => clock.now, accessTokenLifetimeSeconds: 600, ...options.server });
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-oauth-'));
  const dir = path.join(tmp, 'connector');
  const appDataDir = path.join(tmp, 'app-data');
  await fs.mkdir(dir, { recursive: true });
  const files = oauthConnector(server, { clientId: server.publicClient.clientId, ...options.connector }) as {
    definition: Record<string, unknown>;
    properties: Record<string, unknown>;
  };
  const texts: ConnectorTexts = { definitionText: '', propertiesText: '' };
  const write = async () => {
    texts.definitionText = JSON.stringify(files.definition, null, 2);
    texts.propertiesText = JSON.stringify(files.properties, null, 2);
    await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), texts.definitionText);
    await fs.writeFile(path.join(dir, 'apiProperties.json'), texts.propertiesText);
  };
  await write();
  const vault = options.vault ?? sessionVault();
  const connections = createConnectionStore(appDataDir, vault);
  const saved = await connections.save({ dir, name: 'Ada', values: {}, secrets: {} });
  const tokens = createTokenService({
    appDataDir,
    secrets: vault,
    connections,
    now: () => clock.now,
    ...(options.signInTimeoutMs !== undefined ? { signInTimeoutMs: options.signInTimeoutMs } : {}),
  });
  return {
    server,
    dir,
    appDataDir,
    texts,
    connections,
    connectionId: saved.id,
    tokens,
    clock,
    async rewrite(change) {
      change(files);
      await write();
    },
    async close() {
      await server.close();
      await fs.rm(tmp, { recursive: true, force: true });
    },
  };
}

export interface BrowserVisit {
  /** Where the authorization server sent the browser (the loopback callback with code and state). */
  callbackUrl: string;
  status: number;
  page: string;
}

/** Follows a URL as a browser would (the loopback callback); a refused connection is status 0. */
export async function visit(url: string): Promise<{ status: number; page: string }> {
  try {
    const res = await fetch(url, { redirect: 'manual' });
    return { status: res.status, page: await res.text() };
  } catch {
    return { status: 0, page: '' };
  }
}

/** Starts a browser sign-in and completes the browser's part: login, Allow, back to the callback. */
export async function signIn(f: OAuthFixture, decision: 'allow' | 'deny' = 'allow'): Promise<{ started: SignInStart } & BrowserVisit> {
  const started = await f.tokens.startSignIn({ dir: f.dir, connectionId: f.connectionId, grant: 'authorization_code', texts: f.texts });
  if (!started.authorizeUrl) throw new Error(`The sign-in did not start: ${started.message}`);
  const callbackUrl = await authorizeWithoutBrowser(started.authorizeUrl, { ...f.server.user, decision });
  return { started, callbackUrl, ...(await visit(callbackUrl)) };
}

/** Calls the protected resource with a bearer token: 200 or 401. */
export async function callResource(f: OAuthFixture, token: string | undefined): Promise<number> {
  const res = await fetch(f.server.resourceUrl, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  await res.arrayBuffer();
  return res.status;
}
