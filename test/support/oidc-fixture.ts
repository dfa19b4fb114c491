// The OAuth tests against oidc-provider share this: the provider, a connector folder on disk
// pointing at it (Generic OAuth 2, the protected resource as its one operation), a real saved
// connection over a temporary app data folder, the client secret kept as the Security tab keeps
// it, and a token service with a clock the test moves.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnectionStore, type ConnectionStore } from '../../main/services/connection-store';
import { createTokenService, type OAuthTokenService } from '../../main/services/oauth/token-service';
import type { ConnectorTexts } from '../../main/services/service-context';
import { oauthConnector } from './oauth-connector';
import { sessionVault } from './oauth-fixture';
import { startOidcProvider, type OidcClient, type OidcServerOptions, type OidcTestServer } from './oidc-provider-server';

export interface OidcFixture {
  server: OidcTestServer;
  dir: string;
  appDataDir: string;
  texts: ConnectorTexts;
  connections: ConnectionStore;
  connectionId: string;
  tokens: OAuthTokenService;
  clock: { now: number };
  close(): Promise<void>;
}

export interface OidcFixtureOptions {
  server?: OidcServerOptions;
  /** Which of the provider's clients the connector uses (default: the native public one). */
  client?: (s: OidcTestServer) => OidcClient;
  scopes?: string[];
  /** Query of the authorization URL (extra authorization parameters), e.g. "prompt=consent". */
  authorizationQuery?: string;
  tokenService?: { preflight?: boolean };
}

export async function oidcFixture(options: OidcFixtureOptions = {}): Promise<OidcFixture> {
  const clock = { now: Date.now() };
  const server = await startOidcProvider(options.server);
  const client = (options.client ?? ((s) => s.nativeClient))(server);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-oidc-'));
  const dir = path.join(tmp, 'connector');
  const appDataDir = path.join(tmp, 'app-data');
  await fs.mkdir(dir, { recursive: true });
  const authorizationUrl = options.authorizationQuery
    ? `${server.authorizationUrl}?${options.authorizationQuery}`
    : server.authorizationUrl;
  const files = oauthConnector(
    { origin: server.issuer, authorizationUrl, tokenUrl: server.tokenUrl },
    { clientId: client.clientId, scopes: options.scopes ?? ['openid', 'offline_access', 'api:read'] },
  );
  const texts: ConnectorTexts = {
    definitionText: JSON.stringify(files.definition, null, 2),
    propertiesText: JSON.stringify(files.properties, null, 2),
  };
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), texts.definitionText);
  await fs.writeFile(path.join(dir, 'apiProperties.json'), texts.propertiesText!);
  const vault = sessionVault();
  const connections = createConnectionStore(appDataDir, vault);
  if (client.clientSecret) await connections.setConnectorSecret(dir, 'clientSecret', client.clientSecret);
  const saved = await connections.save({ dir, name: 'Ada', values: {}, secrets: {} });
  const tokens = createTokenService({ appDataDir, secrets: vault, connections, now: () => clock.now, ...options.tokenService });
  return {
    server,
    dir,
    appDataDir,
    texts,
    connections,
    connectionId: saved.id,
    tokens,
    clock,
    async close() {
      await server.close();
      await fs.rm(tmp, { recursive: true, force: true });
    },
  };
}
