// A real API on 127.0.0.1 with triggers, for testing the Test tab's trigger panels. Every request
// needs the API key (X-Api-Key).
//   POST   /v1/hooks            subscribes {callbackUrl, event}: 201 with Location /v1/hooks/<id>;
//                               once answered, posts a first notification to the callback (it
//                               echoes the key, which the studio must mask)
//   DELETE /v1/hooks/<id>       unsubscribes (recorded in `deleted`)
//   GET    /v1/items            polling: 202 with Location ?cursor=c1 and Retry-After 2; with
//                               cursor=c1, 200 with two items and Location ?cursor=c2; with
//                               cursor=c2, 202 with Retry-After 1 (nothing new)
// notify() posts another notification to the latest subscription's callback, as the test asks.
// triggerConnector() writes the definition and properties of a connector pointing at it.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const TRIGGER_API_KEY_HEADER = 'X-Api-Key';

export interface TriggerApiServer {
  port: number;
  /** Requests received, in order. */
  received: { method: string; path: string; headers: http.IncomingHttpHeaders; body: string }[];
  /** Subscriptions made, in order. */
  subscriptions: { id: number; callbackUrl: string; event?: string }[];
  /** Paths of the DELETE requests that unsubscribed. */
  deleted: { path: string; key: string | undefined }[];
  /** Posts a notification to the latest subscription's callback; answers the receiver's status. */
  notify(body: unknown): Promise<number>;
  /** What the receiver answered to each subscription's first notification (0: it could not be posted). */
  firstPosts: number[];
  close(): Promise<void>;
}

function post(url: string, body: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'X-Event-Source': 'trigger-api' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

export async function startTriggerApiServer(apiKey: string): Promise<TriggerApiServer> {
  const received: TriggerApiServer['received'] = [];
  const subscriptions: TriggerApiServer['subscriptions'] = [];
  const deleted: TriggerApiServer['deleted'] = [];
  const firstPosts: number[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method ?? '', path: url.pathname + url.search, headers: req.headers, body });
      const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(value));
      if (req.headers[TRIGGER_API_KEY_HEADER.toLowerCase()] !== apiKey) return json(401, { error: 'unauthorized' });

      if (req.method === 'POST' && url.pathname === '/v1/hooks') {
        let sub: { callbackUrl?: unknown; event?: unknown };
        try {
          sub = JSON.parse(body) as typeof sub;
        } catch {
          return json(400, { error: 'the body is not JSON' });
        }
        if (typeof sub.callbackUrl !== 'string') return json(400, { error: 'callbackUrl is required' });
        const id = subscriptions.length + 1;
        subscriptions.push({ id, callbackUrl: sub.callbackUrl, ...(typeof sub.event === 'string' ? { event: sub.event } : {}) });
        res.on('finish', () => {
          post(sub.callbackUrl as string, { event: 'subscribed', hookId: id, item: { id: 7, name: 'Pen' }, echoedKey: apiKey }).then(
            (status) => firstPosts.push(status),
            () => firstPosts.push(0),
          );
        });
        return json(201, { id }, { Location: `/v1/hooks/${id}` });
      }
      if (req.method === 'DELETE' && /^\/v1\/hooks\/\d+$/.test(url.pathname)) {
        deleted.push({ path: url.pathname, key: req.headers[TRIGGER_API_KEY_HEADER.toLowerCase()] as string | undefined });
        return res.writeHead(200).end();
      }
      if (req.method === 'GET' && url.pathname === '/v1/items') {
        const cursor = url.searchParams.get('cursor');
        if (cursor === null) return res.writeHead(202, { Location: '/v1/items?cursor=c1', 'Retry-After': '2' }).end();
        if (cursor === 'c1')
          return json(
            200,
            {
              value: [
                { id: 1, name: 'Pen' },
                { id: 2, name: 'Ink' },
              ],
            },
            { Location: '/v1/items?cursor=c2' },
          );
        if (cursor === 'c2') return res.writeHead(202, { 'Retry-After': '1' }).end();
      }
      json(404, { error: 'not found' });
    });
  });

  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    received,
    subscriptions,
    deleted,
    notify: (body) => {
      const latest = subscriptions.at(-1);
      if (!latest) return Promise.reject(new Error('No subscription was made, so there is no callback to notify.'));
      return post(latest.callbackUrl, body);
    },
    firstPosts,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The files of a connector with a webhook trigger and a polling trigger on the trigger API at `host`. */
export function triggerConnector(host: string): { definition: unknown; properties: unknown } {
  return {
    definition: {
      swagger: '2.0',
      info: { title: 'Trigger API', description: 'A webhook trigger and a polling trigger.', version: '1.0' },
      host,
      basePath: '/v1',
      schemes: ['http'],
      consumes: ['application/json'],
      produces: ['application/json'],
      paths: {
        '/hooks': {
          'x-ms-notification-content': {
            description: 'An item event',
            schema: { type: 'object', properties: { event: { type: 'string' }, item: { type: 'object' } } },
          },
          post: {
            operationId: 'OnNewItem',
            summary: 'When an item is created',
            description: 'Fires when an item is created.',
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
                    callbackUrl: {
                      type: 'string',
                      'x-ms-notification-url': true,
                      'x-ms-visibility': 'internal',
                      description: 'Where notifications go',
                    },
                    event: { type: 'string', description: 'The event to subscribe to' },
                  },
                },
              },
            ],
            responses: { '201': { description: 'Subscribed', schema: { type: 'object', properties: { id: { type: 'integer' } } } } },
          },
        },
        '/hooks/{hookId}': {
          delete: {
            operationId: 'DeleteHook',
            summary: 'Delete a subscription',
            description: 'Deletes a subscription.',
            'x-ms-visibility': 'internal',
            parameters: [{ name: 'hookId', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Hook ID' }],
            responses: { '200': { description: 'Deleted' } },
          },
        },
        '/items': {
          get: {
            operationId: 'OnNewItems',
            summary: 'When items are added',
            description: 'Polls for new items.',
            'x-ms-trigger': 'batch',
            responses: {
              '200': {
                description: 'New items',
                schema: { type: 'object', properties: { value: { type: 'array', items: { type: 'object' } } } },
              },
              '202': { description: 'Nothing new' },
            },
          },
        },
      },
      securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: TRIGGER_API_KEY_HEADER } },
      security: [{ api_key: [] }],
    },
    properties: {
      properties: {
        connectionParameters: {
          api_key: {
            type: 'securestring',
            uiDefinition: { displayName: 'API Key', description: 'The API key', constraints: { required: 'true' } },
          },
        },
        iconBrandColor: '#007ee5',
        publisher: 'Contoso',
        stackOwner: 'Contoso',
      },
    },
  };
}
