// A real API on 127.0.0.1 for testing the test runner (unit and end-to-end tests), over http and
// https (a self-signed certificate made by openssl for the run). Paths are /<auth>/<endpoint>:
// <auth> is the credential the endpoint demands (key-header, key-query, basic, bearer, none), and
// <endpoint> what it answers:
//   widget        200, a Widget matching the declared schema
//   mismatch      200, a Widget whose id is a string (the schema says integer)
//   invalid-json  200, application/json that does not parse
//   large         200, 50 MB of JSON, streamed
//   hang          accepts the request and never answers
//   echo          200, what was received (method, path, query, headers, body)
// Also: testConnector() writes the definition and properties of a connector pointing at it.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface ApiCredentials {
  apiKey: string;
  user: string;
  password: string;
  token: string;
}

export const API_KEY_HEADER = 'X-Api-Key';
export const API_KEY_QUERY = 'code';
export const LARGE_BYTES = 50 * 1024 * 1024;

export interface TestApiServer {
  port: number;
  /** The https port (self-signed certificate), when openssl is installed. */
  httpsPort?: number;
  credentials: ApiCredentials;
  /** Requests received, in order (path and the auth mode they asked for). */
  received: { method: string; url: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

export type AuthMode = 'key-header' | 'key-query' | 'basic' | 'bearer' | 'none';

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function selfSignedCertificate(): Promise<{ key: Buffer; cert: Buffer }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'test-api-cert-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1'],
      { stdio: 'ignore' },
    );
    return { key: await fs.readFile(key), cert: await fs.readFile(cert) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function authorized(mode: string, req: http.IncomingMessage, url: URL, c: ApiCredentials): boolean {
  switch (mode) {
    case 'key-header':
      return req.headers[API_KEY_HEADER.toLowerCase()] === c.apiKey;
    case 'key-query':
      return url.searchParams.get(API_KEY_QUERY) === c.apiKey;
    case 'basic':
      return req.headers.authorization === `Basic ${Buffer.from(`${c.user}:${c.password}`).toString('base64')}`;
    case 'bearer':
      return req.headers.authorization === `Bearer ${c.token}`;
    case 'none':
      return true;
    default:
      return false;
  }
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function streamLarge(res: http.ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': LARGE_BYTES });
  const line = Buffer.from(`${JSON.stringify({ id: 1, name: 'x'.repeat(1000) })},`);
  let sent = 0;
  res.write('[');
  sent += 1;
  const pump = () => {
    while (sent < LARGE_BYTES - 1) {
      const chunk = line.subarray(0, Math.min(line.length, LARGE_BYTES - 1 - sent));
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end(']');
  };
  // The client hangs up once it has read its fill; that is expected.
  res.on('error', () => undefined);
  pump();
}

function handler(c: ApiCredentials, received: TestApiServer['received']) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      const [, mode = '', endpoint = ''] = url.pathname.split('/');
      if (!authorized(mode, req, url, c)) {
        res.setHeader('WWW-Authenticate', mode === 'basic' ? 'Basic realm="test"' : 'Bearer');
        return json(res, 401, { error: 'unauthorized' });
      }
      switch (endpoint) {
        case 'widget':
          return json(res, 200, { id: 7, name: 'Widget', tags: ['blue', 'small'], dimensions: { width: 3, height: 4 } });
        case 'mismatch':
          return json(res, 200, { id: 'seven', name: 'Widget', tags: ['blue'] });
        case 'invalid-json':
          res.writeHead(200, { 'Content-Type': 'application/json' });
          return res.end('{"id": 7, "name": "Widget",');
        case 'large':
          return streamLarge(res);
        case 'hang':
          return; // never answered; the socket is destroyed on close()
        case 'echo':
          return json(res, 200, {
            method: req.method,
            path: url.pathname,
            query: Object.fromEntries(url.searchParams),
            headers: req.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        default:
          return json(res, 404, { error: 'not found' });
      }
    });
  };
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startTestApiServer(credentials: ApiCredentials, options: { https?: boolean } = {}): Promise<TestApiServer> {
  const received: TestApiServer['received'] = [];
  const sockets = new Set<Socket>();
  const track = (server: http.Server) => {
    server.on('connection', (s: Socket) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    return server;
  };
  const servers = [track(http.createServer(handler(credentials, received)))];
  const port = await listen(servers[0]!);
  let httpsPort: number | undefined;
  if (options.https !== false && hasOpenssl()) {
    const tls = track(https.createServer(await selfSignedCertificate(), handler(credentials, received)));
    // The client refuses the certificate: the handshake error is expected.
    tls.on('tlsClientError', () => undefined);
    servers.push(tls);
    httpsPort = await listen(tls);
  }
  return {
    port,
    ...(httpsPort !== undefined ? { httpsPort } : {}),
    credentials,
    received,
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}

const WIDGET_SCHEMA = {
  type: 'object',
  required: ['id', 'name'],
  properties: {
    id: { type: 'integer', format: 'int32', description: 'The widget ID.' },
    name: { type: 'string', description: 'The name.' },
    tags: { type: 'array', items: { type: 'string' } },
    dimensions: { type: 'object', properties: { width: { type: 'number' }, height: { type: 'number' } } },
  },
};

const SECURITY: Record<AuthMode, { definition?: unknown; parameters: Record<string, unknown> }> = {
  'key-header': {
    definition: { type: 'apiKey', in: 'header', name: API_KEY_HEADER },
    parameters: {
      api_key: {
        type: 'securestring',
        uiDefinition: { displayName: 'API Key', description: 'The API key', constraints: { required: 'true' } },
      },
    },
  },
  'key-query': {
    definition: { type: 'apiKey', in: 'query', name: API_KEY_QUERY },
    parameters: {
      api_key: {
        type: 'securestring',
        uiDefinition: { displayName: 'API Key', description: 'The API key', constraints: { required: 'true' } },
      },
    },
  },
  basic: {
    definition: { type: 'basic' },
    parameters: {
      username: {
        type: 'securestring',
        uiDefinition: { displayName: 'Username', description: 'The user name', constraints: { required: 'true' } },
      },
      password: {
        type: 'securestring',
        uiDefinition: { displayName: 'Password', description: 'The password', constraints: { required: 'true' } },
      },
    },
  },
  bearer: {
    definition: {
      type: 'oauth2',
      flow: 'accessCode',
      authorizationUrl: 'https://login.example.com/authorize',
      tokenUrl: 'https://login.example.com/token',
      scopes: {},
    },
    parameters: {
      token: {
        type: 'oauthSetting',
        oAuthSettings: {
          identityProvider: 'oauth2',
          clientId: 'studio-test',
          scopes: [],
          redirectMode: 'GlobalPerConnector',
          customParameters: {},
        },
      },
    },
  },
  none: { parameters: {} },
};

const op = (operationId: string, summary: string) => ({
  get: {
    operationId,
    summary,
    description: summary,
    responses: { 200: { description: 'The widget', schema: { $ref: '#/definitions/Widget' } } },
  },
});

/** The files of a connector whose operations call the test API at `host` with the given auth. */
export function testConnector(
  host: string,
  auth: AuthMode,
  scheme: 'http' | 'https' = 'http',
): { definition: unknown; properties: unknown } {
  const security = SECURITY[auth];
  return {
    definition: {
      swagger: '2.0',
      info: { title: `Test API (${auth})`, description: 'Endpoints of the test API server.', version: '1.0' },
      host,
      basePath: `/${auth}`,
      schemes: [scheme],
      consumes: ['application/json'],
      produces: ['application/json'],
      paths: {
        '/widget': op('GetWidget', 'Get the widget'),
        '/mismatch': op('GetMismatch', 'Get a widget that does not match'),
        '/invalid-json': op('GetInvalidJson', 'Get invalid JSON'),
        '/large': op('GetLarge', 'Get 50 MB'),
        '/hang': op('GetHang', 'Get nothing, ever'),
        '/echo': {
          post: {
            operationId: 'Echo',
            summary: 'Echo the request',
            description: 'Echo the request',
            parameters: [
              { name: 'mode', in: 'query', type: 'string', required: true, 'x-ms-summary': 'Mode' },
              { name: 'ids', in: 'query', type: 'array', items: { type: 'integer' }, collectionFormat: 'pipes', 'x-ms-summary': 'IDs' },
              { name: 'X-Trace', in: 'header', type: 'string', 'x-ms-summary': 'Trace' },
              { name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Widget' } },
            ],
            responses: { 200: { description: 'What was received', schema: { type: 'object' } } },
          },
        },
      },
      definitions: { Widget: WIDGET_SCHEMA },
      ...(security.definition ? { securityDefinitions: { auth: security.definition }, security: [{ auth: [] }] } : {}),
    },
    properties: {
      properties: { connectionParameters: security.parameters, iconBrandColor: '#007ee5', publisher: 'Contoso', stackOwner: 'Contoso' },
    },
  };
}
