// The studio's test channels through the dispatcher, against a real API on 127.0.0.1 (http and a
// self-signed https): saved connections with an API key (header or query), Basic credentials and a
// bearer token; responses pretty-printed and checked (a mismatch located at its schema keyword);
// a hanging server, a 50 MB body, invalid JSON and a bad certificate as one sentence each; inputs
// encoded as declared; history newest first, capped, cleared; and no secret byte in any file the
// runs left in the app data folder.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Envelope } from '../../shared/contracts/ipc';
import { createStudioHandlers } from '../../main/services/studio-handlers';
import { SHOWN_BODY_CHARS } from '../../main/services/operation-run-handlers';
import { createTestHistory, historyFileName, type HistoryEntry } from '../../main/services/operation-run-history';
import { hasOpenssl, startTestApiServer, testConnector, type AuthMode, type TestApiServer } from '../support/test-api-server';

const CREDENTIALS = { apiKey: 'k3y-Secret-Value-123', user: 'ada-user-name', password: 'p@ss word/1', token: 'tok.EN-secret_999' };
const SECRETS = [
  CREDENTIALS.apiKey,
  CREDENTIALS.user,
  CREDENTIALS.password,
  CREDENTIALS.token,
  Buffer.from(`${CREDENTIALS.user}:${CREDENTIALS.password}`).toString('base64'),
];

let tmp: string;
let appDataDir: string;
let api: TestApiServer;
let dispatch: ReturnType<typeof createDispatcher>;

async function call<T = any>(channel: string, payload: unknown): Promise<T> {
  const envelope = (await dispatch(channel, payload)) as Envelope<T>;
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.value;
}

interface Folder {
  dir: string;
  definitionText: string;
  propertiesText: string;
}

async function connectorFolder(auth: AuthMode, scheme: 'http' | 'https' = 'http'): Promise<Folder> {
  const port = scheme === 'https' ? api.httpsPort! : api.port;
  const files = testConnector(`127.0.0.1:${port}`, auth, scheme);
  const dir = await fs.mkdtemp(path.join(tmp, `${auth}-`));
  const definitionText = `${JSON.stringify(files.definition, null, 2)}\n`;
  const propertiesText = `${JSON.stringify(files.properties, null, 2)}\n`;
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), definitionText);
  await fs.writeFile(path.join(dir, 'apiProperties.json'), propertiesText);
  return { dir, definitionText, propertiesText };
}

async function connection(folder: Folder, name: string, secrets: Record<string, string>): Promise<string> {
  const saved = await call<{ id: string }>('saveConnection', { dir: folder.dir, name, values: {}, secrets });
  return saved.id;
}

function run(folder: Folder, operation: string, extra: Record<string, unknown> = {}) {
  return call('runOperationTest', {
    dir: folder.dir,
    definitionText: folder.definitionText,
    propertiesText: folder.propertiesText,
    operation,
    inputs: {},
    ...extra,
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out;
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'test-handlers-'));
  appDataDir = path.join(tmp, 'app-data');
  api = await startTestApiServer(CREDENTIALS);
  dispatch = createDispatcher(createStudioHandlers({ host: 'browser', version: 'test', context: { appDataDir } }));
  // The real keychain when there is one (scripts/with-keychain.sh), else the user's session-only choice.
  const status = await call<{ state: string }>('secretStoreStatus', {});
  if (status.state === 'unavailable') await call('useSessionOnlySecrets', {});
});

afterAll(async () => {
  await api?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('runOperationTest', () => {
  let keyHeader: Folder;
  let keyId: string;

  beforeAll(async () => {
    keyHeader = await connectorFolder('key-header');
    keyId = await connection(keyHeader, 'Test key', { api_key: CREDENTIALS.apiKey });
  });

  it('an API key in a header: 200, the body pretty-printed, the key masked in the request and the curl', async () => {
    const r = await run(keyHeader, 'GetWidget', { connectionId: keyId });
    expect(r.problems).toEqual([]);
    expect(r.outcome).toBe('passed');
    expect(r.response.status).toBe(200);
    expect(r.response.body).toBe(
      JSON.stringify({ id: 7, name: 'Widget', tags: ['blue', 'small'], dimensions: { width: 3, height: 4 } }, null, 2),
    );
    expect(r.request.url).toBe(`http://127.0.0.1:${api.port}/key-header/widget`);
    expect(r.request.headers['X-Api-Key']).toBe('****');
    expect(r.request.curl).toContain('X-Api-Key: ****');
    expect(r.check).toMatchObject({ responseKey: '200', checked: true, mismatches: [] });
    expect(r.response.timing.totalMs).toBeGreaterThan(0);
    expect(JSON.stringify(r)).not.toContain(CREDENTIALS.apiKey);
    expect(api.received.at(-1)!.headers['x-api-key']).toBe(CREDENTIALS.apiKey);
  });

  it('without the connection, the API refuses (401) and the run fails saying so', async () => {
    const r = await run(keyHeader, 'GetWidget');
    expect(r.outcome).toBe('failed');
    expect(r.problems).toContain('The connection parameter "api_key" (the API key) has no value.');
  });

  it('an API key in the query, masked in the URL', async () => {
    const folder = await connectorFolder('key-query');
    const id = await connection(folder, 'Query key', { api_key: CREDENTIALS.apiKey });
    const r = await run(folder, 'GetWidget', { connectionId: id });
    expect(r.outcome).toBe('passed');
    expect(r.request.url).toBe(`http://127.0.0.1:${api.port}/key-query/widget?code=****`);
    expect(api.received.at(-1)!.url).toBe(`/key-query/widget?code=${CREDENTIALS.apiKey}`);
  });

  it('Basic credentials', async () => {
    const folder = await connectorFolder('basic');
    const id = await connection(folder, 'Ada', { username: CREDENTIALS.user, password: CREDENTIALS.password });
    const r = await run(folder, 'GetWidget', { connectionId: id });
    expect(r.outcome).toBe('passed');
    expect(r.request.headers.Authorization).toBe('Basic ****');
    for (const s of SECRETS) expect(JSON.stringify(r)).not.toContain(s);
  });

  it('a bearer token for an OAuth 2.0 connector; without a connection, a sentence saying to sign in', async () => {
    const folder = await connectorFolder('bearer');
    const id = await connection(folder, 'Token', { token: CREDENTIALS.token });
    const r = await run(folder, 'GetWidget', { connectionId: id });
    expect(r.problems).toEqual([]);
    expect(r.request.headers.Authorization).toBe('Bearer ****');
    const none = await run(folder, 'GetWidget');
    expect(none.outcome).toBe('failed');
    expect(none.problems).toEqual([
      'No connection is chosen: the connector uses OAuth 2.0, so the test needs an access token. Sign in with a connection first.',
    ]);
    expect(none.request).toBeUndefined();
  });

  it('a body that does not match its schema: each mismatch with its path and the line of the schema keyword', async () => {
    const r = await run(keyHeader, 'GetMismatch', { connectionId: keyId });
    expect(r.outcome).toBe('failed');
    expect(r.problems).toEqual(['The response does not match the schema declared for 200 (1 mismatch).']);
    const [m] = r.check.mismatches;
    expect(m).toMatchObject({ path: '$.id', file: 'apiDefinition.swagger.json', schemaPointer: '/definitions/Widget/properties/id' });
    // The "type" of definitions.Widget.properties.id, as an editor counts lines and columns.
    const text = keyHeader.definitionText;
    const at = text.indexOf('"type"', text.indexOf('"id"', text.indexOf('"Widget": {')));
    const before = text.slice(0, at);
    expect({ line: m.line, column: m.column }).toEqual({ line: before.split('\n').length, column: at - before.lastIndexOf('\n') });
  });

  it('a server that never answers: the timeout as a sentence', async () => {
    const r = await run(keyHeader, 'GetHang', { connectionId: keyId, timeoutMs: 300 });
    expect(r.outcome).toBe('failed');
    expect(r.problems).toEqual([`The server at 127.0.0.1:${api.port} accepted the connection but sent no response within 300 ms.`]);
  });

  it('50 MB: read up to the size cap, said so, and only the first part sent to the page', async () => {
    const r = await run(keyHeader, 'GetLarge', { connectionId: keyId });
    expect(r.outcome).toBe('failed');
    expect(r.response.truncated).toBe(true);
    expect(r.response.bytes).toBe(10 * 1024 * 1024);
    expect(r.problems).toContain('The response was larger than 10 MB; it was cut there and could not be checked.');
    expect(r.response.body.length).toBe(SHOWN_BODY_CHARS);
    expect(r.notes).toContain('Only the first 1 MB of the body are shown (10 MB were read).');
  });

  it('invalid JSON: a mismatch saying the body is not JSON', async () => {
    const r = await run(keyHeader, 'GetInvalidJson', { connectionId: keyId });
    expect(r.outcome).toBe('failed');
    expect(r.check.mismatches).toHaveLength(1);
    expect(r.check.mismatches[0].kind).toBe('not-json');
    expect(r.check.mismatches[0].message).toMatch(/^The body is not valid JSON \(.+\), but the response 200 declares a JSON schema$/);
    expect(r.response.body).toBe('{"id": 7, "name": "Widget",');
  });

  it.skipIf(!hasOpenssl())('a self-signed certificate: refused, with the reason', async () => {
    const folder = await connectorFolder('key-header', 'https');
    const id = await connection(folder, 'Key', { api_key: CREDENTIALS.apiKey });
    const r = await run(folder, 'GetWidget', { connectionId: id });
    expect(r.problems).toEqual([
      'The server 127.0.0.1 presented a self-signed certificate, which this machine does not trust, so the connection was not made (TLS error DEPTH_ZERO_SELF_SIGNED_CERT).',
    ]);
  });

  it('inputs: query arrays in their collection format, headers, a JSON body', async () => {
    const r = await run(keyHeader, 'Echo', {
      connectionId: keyId,
      inputs: { mode: 'a b&c', ids: '[1,2,3]', 'X-Trace': 'trace-1', body: '{"id": 1, "name": "Pen"}' },
    });
    expect(r.outcome).toBe('passed');
    const echoed = JSON.parse(r.response.body);
    expect(echoed.query).toEqual({ mode: 'a b&c', ids: '1|2|3' });
    expect(echoed.headers['x-trace']).toBe('trace-1');
    expect(echoed.headers['content-type']).toBe('application/json');
    expect(JSON.parse(echoed.body)).toEqual({ id: 1, name: 'Pen' });
    // The API echoed the key: the result shows it masked.
    expect(echoed.headers['x-api-key']).toBe('****');
  });

  it('the connector as edited is what runs, not the files on disk', async () => {
    const definition = JSON.parse(keyHeader.definitionText);
    definition.basePath = '/none';
    delete definition.securityDefinitions;
    delete definition.security;
    const r = await run({ ...keyHeader, definitionText: JSON.stringify(definition) }, 'GetWidget');
    expect(r.outcome).toBe('passed');
    expect(r.request.url).toBe(`http://127.0.0.1:${api.port}/none/widget`);
  });

  it('refuses an unknown operation, an unknown connection and a definition that is not JSON, in words', async () => {
    await expect(run(keyHeader, 'Nope')).rejects.toThrow(
      'The connector has no operation "Nope" (give its operationId, or "METHOD /path" when it has none).',
    );
    await expect(run(keyHeader, 'GetWidget', { connectionId: 'c0nnection-that-does-not-exist' })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(run({ ...keyHeader, definitionText: '' }, 'GetWidget')).rejects.toThrow(
      'apiDefinition.swagger.json holds no JSON value, so no operation can be tested.',
    );
  });

  it('an operation without an operationId is found by "METHOD /path"', async () => {
    const definition = JSON.parse(keyHeader.definitionText);
    delete definition.paths['/widget'].get.operationId;
    const r = await run({ ...keyHeader, definitionText: JSON.stringify(definition) }, 'get /widget', { connectionId: keyId });
    expect(r.operation).toBe('GET /widget');
    expect(r.outcome).toBe('passed');
  });

  it('history: newest first, with the connection name; cleared per operation or for the folder; no secret in any file', async () => {
    const folder = await connectorFolder('basic');
    const id = await connection(folder, 'History user', { username: CREDENTIALS.user, password: CREDENTIALS.password });
    await run(folder, 'GetWidget', { connectionId: id });
    await run(folder, 'GetMismatch', { connectionId: id });
    await run(folder, 'Echo', { connectionId: id, inputs: { mode: 'x', body: '{}' } });
    await run(folder, 'GetWidget', { connectionId: id, timeoutMs: 100 });
    const { entries } = await call<{ entries: HistoryEntry[] }>('listTestHistory', { dir: folder.dir, operation: 'GetWidget' });
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.connectionName)).toEqual(['History user', 'History user']);
    expect(Date.parse(entries[0]!.at)).toBeGreaterThanOrEqual(Date.parse(entries[1]!.at));
    expect(entries.every((e) => e.result.operation === 'GetWidget')).toBe(true);
    // The echo held the Basic credential in its body: masked in the history too.
    const echo = await call<{ entries: HistoryEntry[] }>('listTestHistory', { dir: folder.dir, operation: 'Echo' });
    expect(echo.entries[0]!.result.response!.body).toContain('"authorization": "Basic ****"');

    const files = await filesUnder(appDataDir);
    expect(files.some((f) => f.includes(`${path.sep}history${path.sep}`))).toBe(true);
    for (const f of files) {
      const bytes = await fs.readFile(f);
      for (const s of SECRETS) {
        for (const form of [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)])
          expect(bytes.includes(Buffer.from(form)), `${f} holds a secret`).toBe(false);
      }
    }

    expect(await call('clearTestHistory', { dir: folder.dir, operation: 'GetWidget' })).toEqual({ cleared: 2 });
    expect((await call<{ entries: unknown[] }>('listTestHistory', { dir: folder.dir, operation: 'GetWidget' })).entries).toEqual([]);
    expect(await call('clearTestHistory', { dir: folder.dir })).toEqual({ cleared: 2 });
    expect((await call<{ entries: unknown[] }>('listTestHistory', { dir: folder.dir, operation: 'Echo' })).entries).toEqual([]);
  });
});

describe('test history', () => {
  const entry = (n: number, secret = ''): HistoryEntry => ({
    at: new Date(Date.UTC(2025, 0, 1, 0, 0, n)).toISOString(),
    result: { operation: 'Op', method: 'GET', path: '/x', outcome: 'passed', problems: [], notes: [`run ${n}${secret}`] },
  });

  it('keeps the newest entries up to its cap, masks what it is told, and survives a damaged file', async () => {
    const dir = await fs.mkdtemp(path.join(tmp, 'history-'));
    const history = createTestHistory(path.join(dir, 'data'), 3);
    // Runs finishing together all land (in whatever order they finish); the cap keeps three.
    await Promise.all([1, 2, 3, 4, 5].map((n) => history.append(dir, 'Op', entry(n), [])));
    const listed = await history.list(dir, 'Op');
    expect(new Set(listed.map((e) => e.result.notes[0])).size).toBe(3);
    await history.append(dir, 'Op', entry(6, ' with s3cr3t-value'), ['s3cr3t-value']);
    expect((await history.list(dir, 'Op')).map((e) => e.result.notes[0])[0]).toBe('run 6 with ****');
    const [file] = await filesUnder(path.join(dir, 'data'));
    expect(path.basename(file!)).toBe(historyFileName('Op'));
    expect(await fs.readFile(file!, 'utf8')).not.toContain('s3cr3t-value');
    await fs.writeFile(file!, '{"entries": [nope');
    expect(await history.list(dir, 'Op')).toEqual([]);
    await history.append(dir, 'Op', entry(7), []);
    expect((await history.list(dir, 'Op')).map((e) => e.result.notes[0])).toEqual(['run 7']);
  });

  it('file names: portable, distinct for names that differ in case or in replaced characters', () => {
    const names = ['GET /a/b', 'GET /a_b', 'getItem', 'GetItem', '../../etc/passwd', '\u0000con'].map(historyFileName);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/);
  });
});
