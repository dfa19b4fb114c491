// Polling triggers through the contract (createDispatcher over the studio handlers) against a real
// API on 127.0.0.1: a trigger with a pollingtrigger policy (202 while there is nothing, then 200
// with items, the next $filter computed from them), and one that follows Location headers
// (undeclared state in the query, Retry-After as seconds and as a date). A state that does not
// come from the studio, or a Location on another origin, is refused before anything is sent.
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../shared/contracts/ipc/dispatch';
import { createSessionStore } from '../../main/services/secret-store';
import type { SecretVault } from '../../main/services/secret-vault';
import { createStudioHandlers } from '../../main/services/studio-handlers';
import { retryAfterSeconds } from '../../main/services/polling-trigger';
import { evaluateBodyExpression, evaluateTemplateText } from '../../main/services/trigger-body-expression';

const SECRET = 'poll-9a8b7c6d5e4f3a2b';
const received: { path: string; query: URLSearchParams; key: string | undefined }[] = [];
let trips: { TripId: number; name: string }[] = [];
let port = 0;

const api = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  received.push({ path: url.pathname, query: url.searchParams, key: req.headers['x-api-key'] as string | undefined });
  const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(value === undefined ? undefined : JSON.stringify(value));
  if (req.headers['x-api-key'] !== SECRET) return json(401, { error: 'unauthorized' });
  if (url.pathname === '/v1/trips') {
    const filter = url.searchParams.get('$filter');
    const after = filter ? Number(/^TripId gt (\d+)$/.exec(filter)?.[1] ?? NaN) : -1;
    const fresh = trips.filter((t) => t.TripId > after).sort((a, b) => b.TripId - a.TripId);
    if (trips.length === 0) return res.writeHead(202, { 'Retry-After': '15' }).end();
    return json(200, { value: fresh });
  }
  if (url.pathname === '/v1/changes') {
    const cursor = url.searchParams.get('cursor');
    if (cursor === null)
      return res
        .writeHead(202, {
          Location: '/v1/changes?cursor=c1&since=2024-01-01T00%3A00%3A00Z',
          'Retry-After': new Date(Date.now() + 60_000).toUTCString(),
        })
        .end();
    if (cursor === 'c1')
      return json(200, [{ id: 'a' }, { id: 'b' }, { id: 'c' }], { Location: `http://127.0.0.1:${port}/v1/changes?cursor=c2` });
    if (cursor === 'c2') return json(200, [], { Location: 'http://localhost:1/v1/changes?cursor=c3' });
  }
  json(404, { error: 'not found' });
});

const definition = (apiPort: number) => ({
  swagger: '2.0',
  info: { title: 'Trips', version: '1.0' },
  host: `127.0.0.1:${apiPort}`,
  basePath: '/v1',
  schemes: ['http'],
  produces: ['application/json'],
  paths: {
    '/trips': {
      get: {
        operationId: 'OnNewTrips',
        'x-ms-trigger': 'batch',
        parameters: [{ name: '$filter', in: 'query', required: false, type: 'string' }],
        responses: {
          '200': { description: 'OK', schema: { type: 'object', properties: { value: { type: 'array', items: { type: 'object' } } } } },
        },
      },
    },
    '/changes': {
      get: {
        operationId: 'OnChanges',
        'x-ms-trigger': 'batch',
        'x-ms-trigger-metadata': { kind: 'query', mode: 'polling' },
        responses: {
          '200': { description: 'OK', schema: { type: 'array', items: { type: 'object' } } },
          '202': { description: 'No changes' },
        },
      },
    },
    '/other': { get: { operationId: 'Other', responses: { '200': { description: 'OK' } } } },
  },
  securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
});

const properties = {
  properties: {
    connectionParameters: { api_key: { type: 'securestring' } },
    policyTemplateInstances: [
      {
        templateId: 'pollingtrigger',
        title: 'New trips',
        type: 'PollingTrigger',
        parameters: {
          'x-ms-apimTemplate-operationName': ['OnNewTrips'],
          'x-ms-apimTemplateParameter.triggerConfig': { $filter: 'TripId gt @{triggerBody().value[0].TripId}' },
          'x-ms-apimTemplateParameter.triggerDataPath': '@triggerBody().value',
        },
      },
    ],
  },
};

let tmp: string;
let dir: string;
let dispatch: ReturnType<typeof createDispatcher>;
let connectionId = '';
let texts: { definitionText: string; propertiesText: string };
const replies: string[] = [];

interface Poll {
  result: { outcome: string; response?: { status: number }; request?: { url: string } };
  wouldFire: boolean;
  itemCount: number;
  nextState?: string;
  retryAfterSeconds?: number;
  notes: string[];
}

async function poll(operation: string, state?: string): Promise<Poll> {
  const envelope = await dispatch('pollTrigger', {
    dir,
    ...texts,
    operation,
    inputs: {},
    connectionId,
    timeoutMs: 5000,
    ...(state !== undefined ? { state } : {}),
  });
  replies.push(JSON.stringify(envelope));
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.value as Poll;
}

beforeAll(async () => {
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  port = (api.address() as AddressInfo).port;
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cs-polling-'));
  dir = path.join(tmp, 'connector');
  await fs.mkdir(dir);
  texts = { definitionText: JSON.stringify(definition(port), null, 2), propertiesText: JSON.stringify(properties, null, 2) };
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), texts.definitionText);
  await fs.writeFile(path.join(dir, 'apiProperties.json'), texts.propertiesText);
  const store = createSessionStore();
  const status = { state: 'session-only' as const, message: 'session' };
  const secrets: SecretVault = { status: async () => status, useSessionOnly: async () => status, store: async () => store };
  dispatch = createDispatcher(
    createStudioHandlers({ host: 'browser', version: 'test', context: { appDataDir: path.join(tmp, 'appdata'), secrets } }),
  );
  const saved = await dispatch('saveConnection', { dir, name: 'Prod', values: {}, secrets: { api_key: SECRET } });
  if (!saved.ok) throw new Error(saved.error.message);
  connectionId = (saved.value as { id: string }).id;
});

afterAll(async () => {
  api.closeAllConnections();
  await new Promise((resolve) => api.close(resolve));
  await fs.rm(tmp, { recursive: true, force: true });
  expect(replies.join('\n')).not.toContain(SECRET);
});

describe('a trigger with a pollingtrigger policy', () => {
  it('202: nothing fires; 200 with items: fires, and the next poll asks for newer ones only', async () => {
    trips = [];
    const first = await poll('OnNewTrips');
    expect(first).toMatchObject({ wouldFire: false, itemCount: 0, retryAfterSeconds: 15 });
    expect(first.result.response?.status).toBe(202);
    expect(first.nextState).toBeUndefined();
    expect(first.notes).toContain('202 Accepted: no new items, so the trigger would not fire.');
    expect(received.at(-1)!.query.has('$filter')).toBe(false);
    expect(received.at(-1)!.key).toBe(SECRET);

    trips = [
      { TripId: 4, name: 'Oslo' },
      { TripId: 5, name: 'Rome' },
    ];
    const second = await poll('OnNewTrips', first.nextState);
    expect(second).toMatchObject({ wouldFire: true, itemCount: 2 });
    expect(second.notes).toContain('The trigger would fire once, with 2 items.');
    expect(JSON.parse(second.nextState!)).toEqual({ query: { $filter: 'TripId gt 5' } });

    const third = await poll('OnNewTrips', second.nextState);
    expect(received.at(-1)!.query.get('$filter')).toBe('TripId gt 5');
    expect(third).toMatchObject({ wouldFire: false, itemCount: 0, nextState: second.nextState });
    expect(third.notes).toContain('No items came back, so the trigger would not fire.');

    trips.push({ TripId: 9, name: 'Lima' });
    const fourth = await poll('OnNewTrips', third.nextState);
    expect(fourth).toMatchObject({ wouldFire: true, itemCount: 1 });
    expect(JSON.parse(fourth.nextState!)).toEqual({ query: { $filter: 'TripId gt 9' } });
  });
});

describe('a trigger that follows Location headers', () => {
  it('polls the Location (with the state the API put in its query), counts the array, reads Retry-After', async () => {
    const first = await poll('OnChanges');
    expect(first).toMatchObject({ wouldFire: false, itemCount: 0 });
    expect(first.retryAfterSeconds).toBeGreaterThan(0);
    expect(first.retryAfterSeconds).toBeLessThanOrEqual(61);
    expect(JSON.parse(first.nextState!)).toEqual({
      location: `http://127.0.0.1:${port}/v1/changes?cursor=c1&since=2024-01-01T00%3A00%3A00Z`,
    });

    const second = await poll('OnChanges', first.nextState);
    const sent = received.at(-1)!;
    expect(sent.path).toBe('/v1/changes');
    expect(Object.fromEntries(sent.query)).toEqual({ cursor: 'c1', since: '2024-01-01T00:00:00Z' });
    expect(sent.key).toBe(SECRET);
    expect(second).toMatchObject({ wouldFire: true, itemCount: 3 });
    expect(JSON.parse(second.nextState!)).toEqual({ location: `http://127.0.0.1:${port}/v1/changes?cursor=c2` });

    const third = await poll('OnChanges', second.nextState);
    expect(third).toMatchObject({ wouldFire: false, itemCount: 0, nextState: second.nextState });
    expect(third.notes).toContain(
      `The next poll cannot follow the Location header: The Location http://localhost:1 is not the API's origin http://127.0.0.1:${port}; no request was sent there, so the connection's credentials stay with the API.`,
    );
  });

  it('refuses a state it did not give, or one pointing to another origin, sending nothing', async () => {
    const before = received.length;
    for (const state of [
      'garbage',
      '{"query":{"a":1}}',
      '{"location":"http://127.0.0.1:1/v1/changes"}',
      JSON.stringify({ location: `http://127.0.0.1:${port}/elsewhere` }),
    ]) {
      await expect(poll('OnChanges', state)).rejects.toMatchObject({ code: 'invalid-trigger-state' });
    }
    expect(received.length).toBe(before);
  });

  it('refuses an action', async () => {
    await expect(poll('Other')).rejects.toMatchObject({ code: 'not-a-trigger', message: 'Other is an action, not a polling trigger.' });
  });
});

describe('Retry-After', () => {
  it('seconds, an HTTP date, or nothing usable', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('Wed, 01 Jan 2025 00:01:30 GMT', now)).toBe(90);
    expect(retryAfterSeconds('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds('99999999999', now)).toBe(7 * 24 * 3600);
  });
});

describe('pollingtrigger expressions over a body', () => {
  const body = { value: [{ TripId: 7, 'odd name': "it's", when: '2025-01-01T00:00:00Z' }], data: null };
  it('reads members and indexes; interpolates; leaves literal text alone', () => {
    expect(evaluateBodyExpression('@triggerBody().value', body)).toEqual({ ok: true, value: body.value });
    expect(evaluateBodyExpression("@{triggerBody()?['value'][0]?['odd name']}", body)).toEqual({ ok: true, value: "it's" });
    expect(evaluateTemplateText('TripId gt @{triggerBody().value[0].TripId}', body)).toEqual({ ok: true, text: 'TripId gt 7' });
    expect(evaluateTemplateText("when ge '@{triggerBody().value[0].when}' and a@@b", body)).toEqual({
      ok: true,
      text: "when ge '2025-01-01T00:00:00Z' and a@b",
    });
    expect(evaluateTemplateText('@triggerBody().value[0].TripId', body)).toEqual({ ok: true, text: '7' });
  });
  it('says what it cannot evaluate instead of guessing', () => {
    expect(evaluateTemplateText('@{utcNow()}', body)).toEqual({
      ok: false,
      error: 'The expression @{utcNow()} is not supported by the local test runner (only triggerBody() with . and [] access).',
    });
    expect(evaluateTemplateText('x @{triggerBody().data.id}', body)).toEqual({
      ok: false,
      error: '@{triggerBody().data.id} has no value in the last response.',
    });
    expect(evaluateBodyExpression('@triggerBody().value.__proto__', body)).toEqual({ ok: true, value: undefined });
  });
});
