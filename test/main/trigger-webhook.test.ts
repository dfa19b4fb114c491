// Webhook triggers through the contract (createDispatcher over the studio handlers) against a real
// API on 127.0.0.1: its subscribe operation records the callback address and posts notifications
// to it; its delete operation is what stopping calls through the Location header. The connection's
// key is echoed by the API inside a notification: it must be kept masked.
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../shared/contracts/ipc/dispatch';
import { createConnectionService } from '../../main/services/connection-store';
import { createTokenService } from '../../main/services/oauth/token-service';
import { createSessionStore } from '../../main/services/secret-store';
import type { SecretVault } from '../../main/services/secret-vault';
import type { ServiceContext } from '../../main/services/service-context';
import { createStudioHandlers } from '../../main/services/studio-handlers';
import { createTriggerHandlers } from '../../main/services/trigger-handlers';
import { startWebhookReceiver } from '../../main/services/webhook-receiver';

const SECRET = 'whk-3f9a8b7c6d5e4f3a2b1c';
const BIG = 1024 * 1024 + 5000;

interface Received {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
let port = 0;
/** What the receiver answered to a post on another path of its port. */
let guessed: Promise<number> = Promise.resolve(0);

function post(url: string, body: string, contentType = 'application/json'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent: false, headers: { 'Content-Type': contentType } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

// The API: POST /v1/hooks subscribes (and, once answered, notifies the callback twice);
// DELETE /v1/hooks/{hookId} unsubscribes. Everything needs the key.
const api = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = Buffer.concat(chunks).toString('utf8');
    received.push({ method: req.method ?? '', path: url.pathname + url.search, headers: req.headers, body });
    if (req.headers['x-api-key'] !== SECRET)
      return res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"error":"unauthorized"}');
    if (req.method === 'POST' && url.pathname === '/v1/hooks') {
      const sub = JSON.parse(body) as { callbackUrl: string; filter?: string };
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (sub.filter === 'elsewhere') headers.Location = 'http://localhost:9/v1/hooks/77';
      else if (sub.filter !== 'no-location') headers.Location = `/v1/hooks/42`;
      res.writeHead(201, headers).end(JSON.stringify({ id: 42 }));
      if (sub.filter === 'all') {
        guessed = (async () => {
          await post(sub.callbackUrl, JSON.stringify({ event: 'created', item: { id: 7, name: 'Pen' }, echoedKey: SECRET }));
          await post(sub.callbackUrl, `{"blob":"${'x'.repeat(BIG)}"}`);
          // Another path on the receiver's port is not a notification.
          return post(sub.callbackUrl.replace(/\/webhook\/.*/, '/webhook/guess'), '{}');
        })();
      }
      return;
    }
    if (req.method === 'DELETE' && /^\/v1\/hooks\/\d+$/.test(url.pathname)) return res.writeHead(200).end();
    res.writeHead(404).end();
  });
});

const definition = (apiPort: number) => ({
  swagger: '2.0',
  info: { title: 'Hooks', version: '1.0' },
  host: `127.0.0.1:${apiPort}`,
  basePath: '/v1',
  schemes: ['http'],
  consumes: ['application/json'],
  produces: ['application/json'],
  paths: {
    '/hooks': {
      'x-ms-notification-content': { schema: { type: 'object', properties: { event: { type: 'string' } } } },
      post: {
        operationId: 'OnNewItem',
        'x-ms-trigger': 'single',
        parameters: [
          {
            name: 'subscription',
            in: 'body',
            required: true,
            schema: {
              type: 'object',
              required: ['callbackUrl'],
              properties: {
                callbackUrl: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' },
                filter: { type: 'string' },
              },
            },
          },
        ],
        responses: { '201': { description: 'Created', schema: { type: 'object', properties: { id: { type: 'integer' } } } } },
      },
    },
    '/hooks/{hookId}': {
      delete: {
        operationId: 'DeleteHook',
        'x-ms-visibility': 'internal',
        parameters: [{ name: 'hookId', in: 'path', required: true, type: 'string' }],
        responses: { '200': { description: 'OK' } },
      },
    },
    '/items': { get: { operationId: 'ListItems', responses: { '200': { description: 'OK' } } } },
  },
  securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
});
const properties = { properties: { connectionParameters: { api_key: { type: 'securestring' } } } };

let tmp: string;
let dir: string;
let dispatch: ReturnType<typeof createDispatcher>;
let connectionId = '';
let wrongKeyId = '';
let texts: { definitionText: string; propertiesText: string };
let secrets: SecretVault;
const replies: string[] = [];

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const envelope = await dispatch(channel, payload);
  replies.push(JSON.stringify(envelope));
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.value as T;
}

interface Notification {
  seq: number;
  method: string;
  headers: Record<string, string>;
  body: string;
  truncated: boolean;
}

/** Asks for notifications until `count` have come (bounded by a number of tries, not by a clock). */
async function notifications(receiverId: string, count: number, afterSeq = 0): Promise<{ active: boolean; notifications: Notification[] }> {
  for (let i = 0; i < 500; i++) {
    const r = await call<{ active: boolean; notifications: Notification[] }>('webhookNotifications', { receiverId, afterSeq });
    if (r.notifications.length >= count) return r;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`fewer than ${count} notifications arrived`);
}

const start = (inputs: Record<string, string>, id = connectionId) =>
  call<{
    receiverId: string;
    callbackUrl: string;
    registration: {
      outcome: string;
      problems: string[];
      notes: string[];
      request?: { curl: string };
      response?: { status: number; headers: Record<string, string> };
    };
  }>('startWebhookTrigger', { dir, ...texts, operation: 'OnNewItem', inputs, connectionId: id, timeoutMs: 5000 });

beforeAll(async () => {
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  port = (api.address() as AddressInfo).port;
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cs-webhook-'));
  dir = path.join(tmp, 'connector');
  await fs.mkdir(dir);
  texts = { definitionText: JSON.stringify(definition(port), null, 2), propertiesText: JSON.stringify(properties, null, 2) };
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), texts.definitionText);
  await fs.writeFile(path.join(dir, 'apiProperties.json'), texts.propertiesText);
  // Secrets for this session only: these tests need no keychain (connection-store.test.ts covers it).
  const store = createSessionStore();
  const status = { state: 'session-only' as const, message: 'session' };
  secrets = { status: async () => status, useSessionOnly: async () => status, store: async () => store };
  dispatch = createDispatcher(
    createStudioHandlers({ host: 'browser', version: 'test', context: { appDataDir: path.join(tmp, 'appdata'), secrets } }),
  );
  connectionId = (await call<{ id: string }>('saveConnection', { dir, name: 'Prod', values: {}, secrets: { api_key: SECRET } })).id;
  wrongKeyId = (
    await call<{ id: string }>('saveConnection', { dir, name: 'Wrong', values: {}, secrets: { api_key: 'not-the-key-at-all' } })
  ).id;
});

afterAll(async () => {
  api.closeAllConnections();
  await new Promise((resolve) => api.close(resolve));
  await fs.rm(tmp, { recursive: true, force: true });
  // No reply of any channel carried the key.
  expect(replies.join('\n')).not.toContain(SECRET);
});

describe('a webhook trigger', () => {
  it('registers a receiver on 127.0.0.1, collects notifications (masked, capped), deletes the subscription on stop', async () => {
    const started = await start({ subscription: JSON.stringify({ filter: 'all' }) });
    expect(started.callbackUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhook\/[\w-]{20,}$/);
    expect(started.registration.outcome).toBe('passed');
    expect(started.registration.response?.status).toBe(201);
    expect(started.registration.request?.curl).toContain('X-Api-Key: ****');
    const subscribe = received.find((r) => r.method === 'POST' && r.path === '/v1/hooks' && r.body.includes('"all"'))!;
    expect(JSON.parse(subscribe.body)).toEqual({ filter: 'all', callbackUrl: started.callbackUrl });

    // The API's posts are answered once the receiver has kept them: after the last, all are there.
    expect(await guessed).toBe(404);
    const got = await notifications(started.receiverId, 2);
    expect(got.active).toBe(true);
    const [first, second] = got.notifications;
    expect(got.notifications.length).toBe(2);
    expect(first).toMatchObject({ seq: 1, method: 'POST', truncated: false });
    expect(first!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(first!.body)).toEqual({ event: 'created', item: { id: 7, name: 'Pen' }, echoedKey: '****' });
    expect(first!.body).toContain('\n  "event": "created"'); // pretty-printed
    expect(second).toMatchObject({ seq: 2, truncated: true });
    expect(second!.body.length).toBe(1024 * 1024);
    expect((await notifications(started.receiverId, 1, 1)).notifications.map((n) => n.seq)).toEqual([2]);

    const deletesBefore = received.filter((r) => r.method === 'DELETE').length;
    const stopped = await call<{ stopped: boolean; notes: string[] }>('stopWebhookTrigger', { receiverId: started.receiverId });
    expect(stopped.stopped).toBe(true);
    expect(stopped.notes).toEqual([
      'The receiver stopped; notifications sent to its address are no longer received.',
      `Called DeleteHook (DELETE http://127.0.0.1:${port}/v1/hooks/42): 200 OK; the subscription is deleted.`,
    ]);
    const deletes = received.filter((r) => r.method === 'DELETE');
    expect(deletes.length).toBe(deletesBefore + 1);
    expect(deletes.at(-1)).toMatchObject({ path: '/v1/hooks/42' });
    expect(deletes.at(-1)!.headers['x-api-key']).toBe(SECRET);

    await expect(post(started.callbackUrl, '{}')).rejects.toThrow(/ECONNREFUSED/);
    expect((await call<{ active: boolean }>('webhookNotifications', { receiverId: started.receiverId, afterSeq: 0 })).active).toBe(false);
    expect(await call('stopWebhookTrigger', { receiverId: started.receiverId })).toEqual({
      stopped: false,
      notes: ['The receiver had already stopped.'],
    });
  });

  it('a refused registration stops the receiver at once', async () => {
    const started = await start({ subscription: '{}' }, wrongKeyId);
    expect(started.registration.outcome).toBe('failed');
    expect(started.registration.problems).toContain('The API answered 401 Unauthorized.');
    expect(started.registration.notes).toContain('The subscription was not made, so the receiver was stopped.');
    expect((await call<{ active: boolean }>('webhookNotifications', { receiverId: started.receiverId, afterSeq: 0 })).active).toBe(false);
    await expect(post(started.callbackUrl, '{}')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('without a Location, or with one on another origin, nothing is deleted and the note says why', async () => {
    const none = await start({ subscription: JSON.stringify({ filter: 'no-location' }) });
    expect((await call<{ notes: string[] }>('stopWebhookTrigger', { receiverId: none.receiverId })).notes[1]).toBe(
      'The registration answered no Location header, so the subscription cannot be deleted from here; remove it on the API side if it stays.',
    );
    const deletesBefore = received.filter((r) => r.method === 'DELETE').length;
    const elsewhere = await start({ subscription: JSON.stringify({ filter: 'elsewhere' }) });
    expect((await call<{ notes: string[] }>('stopWebhookTrigger', { receiverId: elsewhere.receiverId })).notes[1]).toBe(
      `The subscription was not deleted: The Location http://localhost:9 is not the API's origin http://127.0.0.1:${port}; no request was sent there, so the connection's credentials stay with the API.`,
    );
    expect(received.filter((r) => r.method === 'DELETE').length).toBe(deletesBefore);
  });

  it('refuses what it cannot do: an action, a body that is not an object, an unknown receiver', async () => {
    await expect(call('startWebhookTrigger', { dir, ...texts, operation: 'ListItems', inputs: {}, connectionId })).rejects.toMatchObject({
      code: 'not-a-trigger',
      message: 'ListItems is an action, not a webhook trigger.',
    });
    await expect(start({ subscription: '[1, 2]' })).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'The body of OnNewItem must be a JSON object, so the callback address can be put into it.',
    });
    await expect(call('webhookNotifications', { receiverId: 'nope', afterSeq: 0 })).rejects.toMatchObject({ code: 'not-found' });
    await expect(call('pollTrigger', { dir, ...texts, operation: 'OnNewItem', inputs: {}, connectionId })).rejects.toMatchObject({
      code: 'not-a-trigger',
    });
  });
});

describe('the receiver', () => {
  it('keeps only the last notifications, within a byte budget; a reply carries a bounded part', async () => {
    const receiver = await startWebhookReceiver({ mask: (t) => t, keep: 3, maxKeptBytes: 25 });
    for (let i = 1; i <= 5; i++) expect(await post(receiver.callbackUrl, JSON.stringify({ n: i }))).toBe(202);
    // Each pretty body is 12 characters: 3 fit the count, 2 the budget.
    expect(receiver.notifications(0).map((n) => n.seq)).toEqual([4, 5]);
    await receiver.close();
    expect(receiver.active).toBe(false);
  });

  it('echoes a validationToken handshake (Microsoft Graph) as text', async () => {
    const receiver = await startWebhookReceiver({ mask: (t) => t });
    const answer = await new Promise<string>((resolve, reject) => {
      http
        .request(`${receiver.callbackUrl}?validationToken=${encodeURIComponent('Validation: tok 1')}`, { method: 'POST' }, (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${text}`));
        })
        .on('error', reject)
        .end();
    });
    expect(answer).toBe('200 text/plain; charset=utf-8 Validation: tok 1');
    await receiver.close();
  });

  it('dispose() closes every receiver of a handler group', async () => {
    const appDataDir = path.join(tmp, 'appdata');
    const connections = createConnectionService(appDataDir, secrets);
    const ctx: ServiceContext = {
      appDataDir,
      secrets,
      connections,
      tokens: createTokenService({ appDataDir, secrets, connections }),
      onDispose: () => undefined,
    };
    const handlers = createTriggerHandlers(ctx);
    const started = await handlers.startWebhookTrigger({
      dir,
      ...texts,
      operation: 'OnNewItem',
      inputs: { subscription: '{"filter":"no-location"}' },
      connectionId,
    });
    expect(await post(started.callbackUrl, '{}')).toBe(202);
    await handlers.dispose();
    await expect(post(started.callbackUrl, '{}')).rejects.toThrow(/ECONNREFUSED/);
    expect((await handlers.webhookNotifications({ receiverId: started.receiverId, afterSeq: 0 })).active).toBe(false);
  });
});
