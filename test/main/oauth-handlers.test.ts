// The OAuth channels as the hosts serve them (createStudioHandlers through the dispatcher, every
// response checked against the contract): a saved connection signs in through the system browser
// (Electron's openExternal, here doing the browser's part over HTTP) or through the link the
// renderer shows (browser host), and the test runner then gets the token, renews it after a 401
// and has none after signing out.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStudioHandlers } from '../../main/services/studio-handlers';
import { contract, type Channel } from '../../shared/contracts/ipc/contract';
import { createDispatcher } from '../../shared/contracts/ipc/dispatch';
import { oauthConnector } from '../support/oauth-connector';
import { sessionVault, visit } from '../support/oauth-fixture';
import { authorizeWithoutBrowser, startOAuthServer, type OAuthTestServer } from '../support/oauth-server';

let server: OAuthTestServer;
let tmp: string;
let dir: string;
let texts: { definitionText: string; propertiesText: string };

beforeEach(async () => {
  server = await startOAuthServer();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-oauth-ipc-'));
  dir = path.join(tmp, 'connector');
  await fs.mkdir(dir);
  const files = oauthConnector(server, { clientId: server.publicClient.clientId });
  texts = { definitionText: JSON.stringify(files.definition, null, 2), propertiesText: JSON.stringify(files.properties, null, 2) };
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), texts.definitionText);
  await fs.writeFile(path.join(dir, 'apiProperties.json'), texts.propertiesText);
});
afterEach(async () => {
  await server.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

function host(openExternal?: (url: string) => Promise<void>) {
  const dispatch = createDispatcher(
    createStudioHandlers({
      host: openExternal ? 'electron' : 'browser',
      version: 'test',
      context: { appDataDir: path.join(tmp, 'app-data'), secrets: sessionVault(), ...(openExternal ? { openExternal } : {}) },
    }),
  );
  return async <C extends Channel>(channel: C, payload: unknown) => {
    const envelope = await dispatch(channel, payload);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
    return contract[channel].response.parse(envelope.value) as ReturnType<(typeof contract)[C]['response']['parse']>;
  };
}

async function untilEnded(call: ReturnType<typeof host>, flowId: string) {
  for (;;) {
    const status = await call('oauthFlowStatus', { flowId });
    if (status.state !== 'pending') return status;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('OAuth channels', () => {
  it('Electron: opens the system browser, signs in, and the test runner uses, renews and loses the token', async () => {
    let browser: Promise<unknown> = Promise.resolve();
    const opened: string[] = [];
    const call = host(async (url) => {
      opened.push(url);
      browser = authorizeWithoutBrowser(url, server.user).then(visit);
    });
    const { id } = await call('saveConnection', { dir, name: 'Ada', values: {}, secrets: {} });
    expect((await call('oauthSession', { dir, connectionId: id })).signedIn).toBe(false);

    const started = await call('startOAuthSignIn', { dir, connectionId: id, ...texts });
    expect(started).toMatchObject({ state: 'pending', openedExternally: true });
    expect(started.message).toBe('Sign in in the browser window that opened; the studio waits up to 5 minutes.');
    expect(opened).toEqual([started.authorizeUrl]);
    await browser;
    const ended = await untilEnded(call, started.flowId);
    expect(ended).toMatchObject({ state: 'signed-in', session: { signedIn: true, grant: 'authorization_code', refreshable: true } });

    const run = () => call('runOperationTest', { dir, operation: 'GetResource', inputs: {}, connectionId: id, ...texts });
    const first = await run();
    expect(first.outcome).toBe('passed');
    expect(first.response?.status).toBe(200);
    expect(first.request?.headers.Authorization ?? first.request?.headers.authorization).toBe('Bearer ****');

    server.revokeAccessTokens();
    const second = await run();
    expect(second.response?.status).toBe(200);
    expect(second.notes.join(' ')).toMatch(/401 Unauthorized; the access token was refreshed/);
    expect(server.tokenRequests.map((r) => r.grant)).toEqual(['authorization_code', 'refresh_token']);

    expect(await call('signOut', { dir, connectionId: id })).toEqual({ signedIn: false, refreshable: false });
    const third = await run();
    expect(third.outcome).toBe('failed');
    expect(third.problems.join(' ')).toMatch(/is not signed in/);

    const everything = JSON.stringify([started, ended, first, second, third]);
    const issued = server.issued();
    for (const secret of [...issued.accessTokens, ...issued.refreshTokens, ...issued.codes]) expect(everything).not.toContain(secret);
  });

  it('browser host: no system browser, so the renderer is told to offer the link', async () => {
    const call = host();
    const { id } = await call('saveConnection', { dir, name: 'Ada', values: {}, secrets: {} });
    const started = await call('startOAuthSignIn', { dir, connectionId: id, ...texts });
    expect(started).toMatchObject({ state: 'pending', openedExternally: false });
    expect(started.message).toBe('Open the sign-in page and sign in; the studio waits up to 5 minutes.');
    expect(started.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    await visit(await authorizeWithoutBrowser(started.authorizeUrl!, server.user));
    expect((await untilEnded(call, started.flowId)).state).toBe('signed-in');
    expect((await call('oauthSession', { dir, connectionId: id })).signedIn).toBe(true);
  });

  it('a system browser that fails to open leaves the link to the renderer; cancelling ends the flow', async () => {
    const call = host(async () => {
      throw new Error('no browser');
    });
    const { id } = await call('saveConnection', { dir, name: 'Ada', values: {}, secrets: {} });
    const started = await call('startOAuthSignIn', { dir, connectionId: id, ...texts });
    expect(started.openedExternally).toBe(false);
    expect(await call('cancelOAuthSignIn', { flowId: started.flowId })).toMatchObject({
      state: 'cancelled',
      message: 'The sign-in was cancelled.',
    });
    await expect(call('oauthFlowStatus', { flowId: 'unknown' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('client credentials answer at once', async () => {
    const files = oauthConnector(server, { clientId: server.confidentialClient.clientId });
    const ccTexts = { definitionText: JSON.stringify(files.definition), propertiesText: JSON.stringify(files.properties) };
    await fs.writeFile(path.join(dir, 'apiProperties.json'), ccTexts.propertiesText);
    const call = host();
    await call('setConnectorSecret', { dir, name: 'clientSecret', value: server.confidentialClient.clientSecret });
    const { id } = await call('saveConnection', { dir, name: 'Daemon', values: {}, secrets: {} });
    const started = await call('startOAuthSignIn', { dir, connectionId: id, grant: 'client_credentials', ...ccTexts });
    expect(started).toMatchObject({ state: 'signed-in', openedExternally: false, session: { grant: 'client_credentials' } });
    expect(started.authorizeUrl).toBeUndefined();
    expect(JSON.stringify(started)).not.toContain(server.confidentialClient.clientSecret);
  });

  it('a host whose token service cannot sign in says so', async () => {
    const dispatch = createDispatcher(
      createStudioHandlers({
        host: 'browser',
        version: 'test',
        context: {
          appDataDir: path.join(tmp, 'app-data'),
          secrets: sessionVault(),
          tokens: { accessToken: async () => undefined, refreshAfterUnauthorized: async () => undefined },
        },
      }),
    );
    const envelope = await dispatch('oauthSession', { dir, connectionId: 'x' });
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'not-available', message: 'OAuth sign-in is not available in this host: its token service cannot sign in.' },
    });
  });
});
