// The test runner's HTTP client against real servers on 127.0.0.1: credentials in headers and
// queries, redirects (and what crosses origins), timeouts, size caps, broken bodies, TLS failures
// with certificates made by openssl for the test, refused connections and unknown hosts.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseText, sendHttpRequest, type HttpOutcome } from '../../main/services/http-client';
import { buildConnectorModel } from '../../shared/core/model';
import { buildRequest, checkResponse } from '../../shared/engines/operation-runs';

const KEY = 'k3y-Sup3r-s3cret';
const TOKEN = 'eyJ0b2tlbi1zZWNyZXQ';
const BASIC = `Basic ${Buffer.from('ada:pa55word!').toString('base64')}`;

const servers: (http.Server | https.Server)[] = [];
const sockets = new Set<import('node:net').Socket>();

function track<T extends http.Server | https.Server>(server: T): T {
  servers.push(server);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return server;
}

async function listen(server: http.Server | https.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function json(res: http.ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(value));
}

let base: string;
let otherBase: string;

/** Echoes what it received: method, url, headers, body. */
function echo(req: http.IncomingMessage, res: http.ServerResponse) {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () =>
    json(res, 200, { method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }),
  );
}

const main = track(
  http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    switch (url.pathname) {
      case '/key-header':
        return req.headers['x-api-key'] === KEY ? json(res, 200, { ok: true }) : json(res, 401, { error: 'no key' });
      case '/key-query':
        return url.searchParams.get('api_key') === KEY ? json(res, 200, { ok: true }) : json(res, 401, { error: 'no key' });
      case '/basic':
        return req.headers.authorization === BASIC ? json(res, 200, { ok: true }) : json(res, 401, { error: 'no basic' });
      case '/bearer':
        return req.headers.authorization === `Bearer ${TOKEN}` ? json(res, 200, { ok: true }) : json(res, 401, { error: 'no token' });
      case '/echo':
        return echo(req, res);
      case '/hops': {
        const n = Number(url.searchParams.get('n'));
        if (n <= 0) return echo(req, res);
        res.writeHead(302, { Location: `/hops?n=${n - 1}` });
        return res.end();
      }
      case '/loop':
        res.writeHead(301, { Location: '/loop' });
        return res.end();
      case '/see-other':
        res.writeHead(303, { Location: '/echo' });
        return res.end();
      case '/keep-method':
        res.writeHead(307, { Location: '/echo' });
        return res.end();
      case '/away':
        res.writeHead(302, { Location: `${otherBase}/echo` });
        return res.end();
      case '/to-ftp':
        res.writeHead(302, { Location: 'ftp://127.0.0.1/file' });
        return res.end();
      case '/hang':
        return; // Never answers.
      case '/stall':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.write('{"items": ['); // ...and nothing more.
      case '/reset':
        return req.socket.destroy();
      case '/cut':
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
        res.write('{"partial": true');
        return setTimeout(() => req.socket.destroy(), 20);
      case '/big': {
        // 50 MB, written as fast as the client reads it.
        res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(50 * 1024 * 1024) });
        const chunk = Buffer.alloc(1024 * 1024, 120);
        let sent = 0;
        const pump = () => {
          while (sent < 50) {
            sent++;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => undefined);
        return pump();
      }
      case '/gzip':
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
        return res.end(zlib.gzipSync(JSON.stringify({ zipped: 'yes' })));
      case '/invalid-json':
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        return res.end('{"id": 1, "name": ');
      default:
        return json(res, 404, { error: 'not found' });
    }
  }),
);
const other = track(http.createServer(echo));

beforeAll(async () => {
  base = `http://127.0.0.1:${await listen(main)}`;
  otherBase = `http://localhost:${await listen(other)}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

function ok(outcome: HttpOutcome) {
  if (!outcome.ok) throw new Error(`expected a response, got: ${outcome.error.message}`);
  return outcome.response;
}

function failure(outcome: HttpOutcome) {
  if (outcome.ok) throw new Error(`expected a failure, got status ${outcome.response.status}`);
  return outcome.error;
}

const bodyJson = (o: HttpOutcome) => JSON.parse(responseText(ok(o))) as Record<string, any>;

describe('credentials built by the request builder reach the server', () => {
  // One definition per auth kind, built and sent for real: the builder and the client together.
  const definition = (security: Record<string, unknown>) => ({
    swagger: '2.0',
    info: { title: 'Auth', version: '1' },
    host: base.replace('http://', ''),
    basePath: '/',
    schemes: ['http'],
    paths: {
      '/key-header': { get: { operationId: 'KeyHeader', responses: { '200': { description: 'OK' } } } },
      '/key-query': { get: { operationId: 'KeyQuery', responses: { '200': { description: 'OK' } } } },
      '/basic': { get: { operationId: 'Basic', responses: { '200': { description: 'OK' } } } },
      '/bearer': { get: { operationId: 'Bearer', responses: { '200': { description: 'OK' } } } },
    },
    securityDefinitions: { auth: security },
  });
  const send = async (security: Record<string, unknown>, operationId: string, connection: Record<string, string>, accessToken?: string) => {
    const def = definition(security);
    const model = buildConnectorModel(def, {
      properties: {
        connectionParameters: { api_key: { type: 'securestring' }, username: { type: 'string' }, password: { type: 'securestring' } },
      },
    });
    const built = buildRequest({
      definition: def,
      model,
      operation: model.operations.find((o) => o.operationId === operationId)!,
      connection,
      ...(accessToken ? { accessToken } : {}),
    });
    if (!built.ok) throw new Error(built.errors.join(' '));
    return sendHttpRequest(built.request);
  };

  it('API key in a header', async () => {
    const r = ok(await send({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'KeyHeader', { api_key: KEY }));
    expect(r.status).toBe(200);
    expect(ok(await send({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'KeyHeader', { api_key: 'wrong' })).status).toBe(401);
  });

  it('API key in the query', async () => {
    expect(ok(await send({ type: 'apiKey', in: 'query', name: 'api_key' }, 'KeyQuery', { api_key: KEY })).status).toBe(200);
  });

  it('Basic', async () => {
    expect(ok(await send({ type: 'basic' }, 'Basic', { username: 'ada', password: 'pa55word!' })).status).toBe(200);
    expect(ok(await send({ type: 'basic' }, 'Basic', { username: 'ada', password: 'nope' })).status).toBe(401);
  });

  it('OAuth 2.0 bearer token', async () => {
    const oauth = {
      type: 'oauth2',
      flow: 'accessCode',
      authorizationUrl: 'https://login.example.com/a',
      tokenUrl: 'https://login.example.com/t',
      scopes: {},
    };
    expect(ok(await send(oauth, 'Bearer', {}, TOKEN)).status).toBe(200);
  });
});

describe('requests and responses', () => {
  it('sends method, headers and a body, and times the exchange', async () => {
    const o = await sendHttpRequest({
      method: 'POST',
      url: `${base}/echo?x=1`,
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":1}',
    });
    const got = bodyJson(o);
    expect(got).toMatchObject({ method: 'POST', url: '/echo?x=1', body: '{"a":1}' });
    expect(got.headers['content-length']).toBe('7');
    expect(got.headers['user-agent']).toMatch(/ConnectorStudio/);
    const t = ok(o).timing;
    expect(t.totalMs).toBeGreaterThan(0);
    expect(t.firstByteMs).toBeGreaterThan(0);
    expect(t.connectMs).toBeGreaterThanOrEqual(0);
    expect(t.totalMs).toBeGreaterThanOrEqual(t.firstByteMs!);
  });

  it('encodes multipart form parts with the boundary of the Content-Type header', async () => {
    const o = await sendHttpRequest({
      method: 'POST',
      url: `${base}/echo`,
      headers: { 'Content-Type': 'multipart/form-data; boundary=XyZ' },
      body: [
        { name: 'title', value: 'Hello' },
        { name: 'file', value: new Uint8Array([104, 105]), fileName: 'hi.txt', contentType: 'text/plain' },
      ],
    });
    const got = bodyJson(o);
    expect(got.body).toBe(
      '--XyZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nHello\r\n' +
        '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="hi.txt"\r\nContent-Type: text/plain\r\n\r\nhi\r\n--XyZ--\r\n',
    );
  });

  it('decompresses gzip bodies', async () => {
    expect(bodyJson(await sendHttpRequest({ method: 'GET', url: `${base}/gzip`, headers: {} }))).toEqual({ zipped: 'yes' });
  });

  it('returns an invalid JSON body as it came, and the response check reports it', async () => {
    const r = ok(await sendHttpRequest({ method: 'GET', url: `${base}/invalid-json`, headers: {} }));
    expect(responseText(r)).toBe('{"id": 1, "name": ');
    const def = {
      swagger: '2.0',
      info: { title: 'J', version: '1' },
      paths: { '/invalid-json': { get: { operationId: 'Get', responses: { '200': { description: 'OK', schema: { type: 'object' } } } } } },
    };
    const model = buildConnectorModel(def);
    const check = checkResponse({
      definition: def,
      operation: model.operations[0]!,
      status: r.status,
      contentType: r.headers['content-type'] as string,
      body: responseText(r),
    });
    expect(check.mismatches).toHaveLength(1);
    expect(check.mismatches[0]).toMatchObject({
      kind: 'not-json',
      path: '$',
      keywordPointer: '/paths/~1invalid-json/get/responses/200/schema',
    });
    expect(check.mismatches[0]!.message).toMatch(/^The body is not valid JSON \(.+\), but the response 200 declares a JSON schema$/);
  });
});

describe('redirects', () => {
  it('follows up to five', async () => {
    const r = ok(await sendHttpRequest({ method: 'GET', url: `${base}/hops?n=5`, headers: {} }));
    expect(r.status).toBe(200);
    expect(r.redirects).toHaveLength(5);
    expect(r.url).toBe(`${base}/hops?n=0`);
  });

  it('gives up after five', async () => {
    const e = failure(await sendHttpRequest({ method: 'GET', url: `${base}/hops?n=6`, headers: {} }));
    expect(e.kind).toBe('too-many-redirects');
    expect(e.message).toBe(
      'The server redirected more than 5 times (the last hop was from 127.0.0.1:' +
        base.split(':')[2] +
        '/hops); the request was given up.',
    );
    expect(failure(await sendHttpRequest({ method: 'GET', url: `${base}/loop`, headers: {} })).kind).toBe('too-many-redirects');
  });

  it('with maxRedirects 0, returns the redirect itself', async () => {
    const r = ok(await sendHttpRequest({ method: 'GET', url: `${base}/loop`, headers: {} }, { maxRedirects: 0 }));
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/loop');
  });

  it('keeps credentials on the same origin and drops them when a redirect leaves it', async () => {
    const headers = { Authorization: `Bearer ${TOKEN}`, 'X-Api-Key': KEY, 'X-Plain': 'stays' };
    const same = bodyJson(await sendHttpRequest({ method: 'GET', url: `${base}/hops?n=1`, headers }, { sensitiveHeaders: ['X-Api-Key'] }));
    expect(same.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(same.headers['x-api-key']).toBe(KEY);
    const o = await sendHttpRequest({ method: 'GET', url: `${base}/away`, headers }, { sensitiveHeaders: ['X-Api-Key'] });
    const away = bodyJson(o);
    expect(away.headers.authorization).toBeUndefined();
    expect(away.headers['x-api-key']).toBeUndefined();
    expect(away.headers['x-plain']).toBe('stays');
    expect(o.notes).toEqual([`The redirect to ${otherBase} leaves ${base}, so Authorization, X-Api-Key were not sent there.`]);
  });

  it('303 turns a POST into a GET without body; 307 keeps both', async () => {
    const seeOther = bodyJson(
      await sendHttpRequest({ method: 'POST', url: `${base}/see-other`, headers: { 'Content-Type': 'text/plain' }, body: 'data' }),
    );
    expect(seeOther).toMatchObject({ method: 'GET', body: '' });
    expect(seeOther.headers['content-type']).toBeUndefined();
    const keep = bodyJson(
      await sendHttpRequest({ method: 'POST', url: `${base}/keep-method`, headers: { 'Content-Type': 'text/plain' }, body: 'data' }),
    );
    expect(keep).toMatchObject({ method: 'POST', body: 'data' });
  });

  it('refuses to follow a redirect to another protocol', async () => {
    const e = failure(await sendHttpRequest({ method: 'GET', url: `${base}/to-ftp`, headers: {} }));
    expect(e).toMatchObject({ kind: 'bad-redirect' });
    expect(e.message).toContain('redirected to a ftp: address, which cannot be followed');
  });
});

describe('failures in words', () => {
  const port = () => base.split(':')[2];

  it('a server that hangs: timeout', async () => {
    const e = failure(await sendHttpRequest({ method: 'GET', url: `${base}/hang`, headers: {} }, { timeoutMs: 300 }));
    expect(e.kind).toBe('timeout');
    expect(e.message).toBe(`The server at 127.0.0.1:${port()} accepted the connection but sent no response within 300 ms.`);
  });

  it('a server that stops in the middle of a body: timeout with the bytes received', async () => {
    const e = failure(await sendHttpRequest({ method: 'GET', url: `${base}/stall`, headers: {} }, { timeoutMs: 300 }));
    expect(e.message).toBe(
      `The server at 127.0.0.1:${port()} stopped sending the response: it was not complete after 300 ms (11 bytes received).`,
    );
  });

  it('a 50 MB response: reading stops at the cap, and the outcome says so', async () => {
    const r = await sendHttpRequest({ method: 'GET', url: `${base}/big`, headers: {} });
    const res = ok(r);
    expect(res.truncated).toBe(true);
    expect(res.body.length).toBe(10 * 1024 * 1024);
    expect(r.notes).toEqual(['The response is larger than 10 MB; reading stopped there, and only the first 10 MB were kept.']);
    const small = await sendHttpRequest({ method: 'GET', url: `${base}/big`, headers: {} }, { maxBytes: 1000 });
    expect(ok(small).body.length).toBe(1000);
  });

  it('a connection closed without an answer', async () => {
    const e = failure(await sendHttpRequest({ method: 'GET', url: `${base}/reset`, headers: {} }));
    expect(e).toMatchObject({ kind: 'reset', message: `The server at 127.0.0.1:${port()} closed the connection without answering.` });
  });

  it('a connection closed in the middle of a body', async () => {
    const e = failure(await sendHttpRequest({ method: 'GET', url: `${base}/cut`, headers: {} }));
    expect(e).toMatchObject({
      kind: 'reset',
      message: `The server at 127.0.0.1:${port()} closed the connection in the middle of the response (after 16 bytes).`,
    });
  });

  it('connection refused', async () => {
    const closed = http.createServer();
    const p = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const e = failure(await sendHttpRequest({ method: 'GET', url: `http://127.0.0.1:${p}/x?api_key=${KEY}`, headers: {} }));
    expect(e).toMatchObject({ kind: 'refused', code: 'ECONNREFUSED' });
    expect(e.message).toBe(`The connection to 127.0.0.1:${p} was refused: no server is listening on port ${p} there.`);
    expect(e.message).not.toContain(KEY);
  });

  it('unknown host', async () => {
    const e = failure(await sendHttpRequest({ method: 'GET', url: 'https://api.example.invalid/items', headers: {} }));
    expect(e.kind).toBe('dns');
    // ENOTFOUND where DNS answers; EAI_AGAIN on a machine with no DNS server at all.
    if (e.code === 'ENOTFOUND') expect(e.message).toMatch(/^The host api\.example\.invalid could not be found\./);
    else expect(e.message).toMatch(/^The host api\.example\.invalid could not be looked up/);
  });

  it('not a URL, not http', async () => {
    expect(failure(await sendHttpRequest({ method: 'GET', url: 'not a url', headers: {} })).kind).toBe('bad-url');
    expect(failure(await sendHttpRequest({ method: 'GET', url: 'ftp://127.0.0.1/x', headers: {} })).message).toBe(
      'Only http and https URLs can be tested, not ftp:.',
    );
  });
});

// TLS failures need certificates: openssl makes them for the test, when it is installed.
const openssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!openssl) console.warn('SKIPPED: the TLS tests of http-client need the openssl command, which is not installed.');

describe.skipIf(!openssl)('TLS', () => {
  let dir: string;
  const certs: Record<string, { key: Buffer; cert: Buffer }> = {};

  async function makeCert(name: string, args: string[]) {
    const key = path.join(dir, `${name}.key`);
    const cert = path.join(dir, `${name}.pem`);
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-subj', '/CN=test', ...args], {
      stdio: 'ignore',
    });
    certs[name] = { key: await fs.readFile(key), cert: await fs.readFile(cert) };
  }

  async function serve(name: string): Promise<string> {
    const server = track(
      https.createServer({ key: certs[name]!.key, cert: certs[name]!.cert }, (_req, res) => json(res, 200, { secure: true })),
    );
    return `https://127.0.0.1:${await listen(server)}/`;
  }

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cs-tls-'));
    await makeCert('good', ['-days', '2', '-addext', 'subjectAltName=IP:127.0.0.1']);
    await makeCert('other-name', ['-days', '2', '-addext', 'subjectAltName=DNS:api.example.test']);
    // Expired: signed with a validity period that ended before it began.
    const key = path.join(dir, 'old.key');
    execFileSync(
      'openssl',
      ['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', path.join(dir, 'old.csr'), '-subj', '/CN=test'],
      { stdio: 'ignore' },
    );
    execFileSync(
      'openssl',
      ['x509', '-req', '-in', path.join(dir, 'old.csr'), '-signkey', key, '-days', '-1', '-out', path.join(dir, 'old.pem')],
      { stdio: 'ignore' },
    );
    certs.old = { key: await fs.readFile(key), cert: await fs.readFile(path.join(dir, 'old.pem')) };
  });

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('a self-signed certificate is refused, with the reason', async () => {
    const url = await serve('good');
    const e = failure(await sendHttpRequest({ method: 'GET', url, headers: {} }));
    expect(e).toMatchObject({ kind: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(e.message).toBe(
      'The server 127.0.0.1 presented a self-signed certificate, which this machine does not trust, so the connection was not made (TLS error DEPTH_ZERO_SELF_SIGNED_CERT).',
    );
  });

  it('the same certificate, trusted, works', async () => {
    const url = await serve('good');
    const r = ok(await sendHttpRequest({ method: 'GET', url, headers: {} }, { ca: certs.good!.cert }));
    expect(r.status).toBe(200);
    expect(r.timing.tlsMs).toBeGreaterThan(0);
  });

  it('a certificate for another host name', async () => {
    const url = await serve('other-name');
    const e = failure(await sendHttpRequest({ method: 'GET', url, headers: {} }, { ca: certs['other-name']!.cert }));
    expect(e).toMatchObject({ kind: 'tls', code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    expect(e.message).toBe(
      'The certificate of 127.0.0.1 does not name that host (it is for DNS:api.example.test), so the connection was not made (TLS error: hostname mismatch).',
    );
  });

  it('an expired certificate', async () => {
    const url = await serve('old');
    const e = failure(await sendHttpRequest({ method: 'GET', url, headers: {} }, { ca: certs.old!.cert }));
    expect(e).toMatchObject({ kind: 'tls', code: 'CERT_HAS_EXPIRED' });
    expect(e.message).toBe('The certificate of 127.0.0.1 has expired, so the connection was not made (TLS error CERT_HAS_EXPIRED).');
  });

  it('https to a plain http port', async () => {
    const e = failure(await sendHttpRequest({ method: 'GET', url: `${base.replace('http:', 'https:')}/echo`, headers: {} }));
    expect(e.kind).toBe('tls');
    expect(e.message).toContain('the server does not speak TLS on that port (is it an http:// address?)');
  });
});
