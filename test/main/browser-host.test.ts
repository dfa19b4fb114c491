// The browser host in-process: who may talk to it (token, Host, Origin), what it serves (only the
// renderer folder, with the right headers) and the IPC contract over HTTP against the real services.
import { promises as fs } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_CONTENT_SECURITY_POLICY, startBrowserHost, type BrowserHost } from '../../main/host';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface RequestSpec {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

function send(port: number, spec: RequestSpec = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, agent: false, method: spec.method ?? 'GET', path: spec.path ?? '/', headers: spec.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(spec.body);
  });
}

let tmp: string;
let rendererDir: string;
let connectorDir: string;
let host: BrowserHost;

const INDEX_HTML = '<!doctype html><title>test renderer</title><script type="module" src="./assets/app.js"></script>';
const SECRET = 'outside the renderer folder';
const DEFINITION =
  '{\n  "swagger": "2.0",\n  "info": { "title": "Round Trip", "version": "1.0" },\n  "host": "api.example.com",\n  "paths": {}\n}\n';
const PROPERTIES = '{\n  "properties": { "publisher": "Contoso" }\n}\n';

/** A POST to /ipc/<channel> as the renderer sends it. */
function ipc(channel: string, payload: unknown, extra: Record<string, string> = {}): Promise<Reply> {
  return send(host.port, {
    method: 'POST',
    path: `/ipc/${channel}`,
    headers: {
      'Content-Type': 'application/json',
      'X-Studio-Token': host.token,
      Origin: `http://127.0.0.1:${host.port}`,
      ...extra,
    },
    body: JSON.stringify(payload),
  });
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-host-'));
  rendererDir = path.join(tmp, 'renderer');
  connectorDir = path.join(tmp, 'My Connector');
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), INDEX_HTML);
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");\n');
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.css'), 'body { color: red }\n');
  await fs.writeFile(path.join(rendererDir, 'assets', 'editor-C2t_Q1e-.js'), 'export const editor = 1;\n');
  await fs.writeFile(path.join(tmp, 'secret.txt'), SECRET);
  await fs.symlink(path.join(tmp, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
  await fs.mkdir(connectorDir);
  await fs.writeFile(path.join(connectorDir, 'apiDefinition.swagger.json'), DEFINITION);
  await fs.writeFile(path.join(connectorDir, 'apiProperties.json'), PROPERTIES);
  host = await startBrowserHost({
    rendererDir,
    version: '9.9.9-test',
    initialDir: connectorDir,
    context: { appDataDir: path.join(tmp, 'app-data') },
  });
});

afterAll(async () => {
  await host?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('browser host: access token', () => {
  it('prints a 127.0.0.1 address on a random port with a long random token', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
  });

  it('refuses a request without the token', async () => {
    const reply = await send(host.port, { path: '/' });
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain('test renderer');
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a wrong token in the query, the header or the cookie', async () => {
    const wrong = host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A');
    expect((await send(host.port, { path: `/?token=${wrong}` })).status).toBe(403);
    expect((await send(host.port, { path: '/', headers: { 'X-Studio-Token': wrong } })).status).toBe(403);
    expect((await send(host.port, { path: '/', headers: { Cookie: `studio_token_${host.port}=${wrong}` } })).status).toBe(403);
    expect((await send(host.port, { path: '/', headers: { Cookie: `other=${host.token}` } })).status).toBe(403);
  });

  it('trades the token in the query for an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    const reply = await send(host.port, { path: `/?token=${host.token}` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const cookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toContain(`studio_token_${host.port}=${host.token}`);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\//);
    expect(reply.headers['cache-control']).toBe('no-store');

    const deep = await send(host.port, { path: `/assets/app.js?x=1&token=${host.token}` });
    expect(deep.status).toBe(303);
    expect(deep.headers.location).toBe('/assets/app.js?x=1');
  });

  it('serves the page to the cookie, with a strict CSP and no caching', async () => {
    const reply = await send(host.port, { path: '/', headers: { Cookie: `theme=dark; studio_token_${host.port}=${host.token}` } });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(HOST_CONTENT_SECURITY_POLICY);
    expect(HOST_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(HOST_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('serves assets to the X-Studio-Token header with their content types', async () => {
    const js = await send(host.port, { path: '/assets/app.js', headers: { 'X-Studio-Token': host.token } });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toContain('console.log');
    const css = await send(host.port, { path: '/assets/app.css', headers: { 'X-Studio-Token': host.token } });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const index = await send(host.port, { path: '/index.html', headers: { 'X-Studio-Token': host.token } });
    expect(index.body).toBe(INDEX_HTML);
  });

  it('lets the browser keep hashed assets (and their compiled code), and nothing else', async () => {
    const hashed = await send(host.port, { path: '/assets/editor-C2t_Q1e-.js', headers: { 'X-Studio-Token': host.token } });
    expect(hashed.status).toBe(200);
    expect(hashed.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(hashed.headers['x-content-type-options']).toBe('nosniff');
    const plain = await send(host.port, { path: '/assets/app.js', headers: { 'X-Studio-Token': host.token } });
    expect(plain.headers['cache-control']).toBe('no-store');
    const page = await send(host.port, { path: '/index.html', headers: { 'X-Studio-Token': host.token } });
    expect(page.headers['cache-control']).toBe('no-store');
    // Not served, not kept: a refusal is never stored either.
    const refused = await send(host.port, { path: '/assets/editor-C2t_Q1e-.js' });
    expect(refused.status).toBe(403);
    expect(refused.headers['cache-control']).toBe('no-store');
  });
});

describe('browser host: Host and Origin checks', () => {
  it('refuses any Host header but 127.0.0.1:<port>, even with the token (DNS rebinding)', async () => {
    for (const name of [`localhost:${host.port}`, 'evil.example', `evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`]) {
      const reply = await send(host.port, { path: '/', headers: { Host: name, 'X-Studio-Token': host.token } });
      expect(reply.status, name).toBe(403);
      expect(JSON.parse(reply.body).error.code, name).toBe('forbidden-host');
    }
    const rebound = await send(host.port, { path: `/?token=${host.token}`, headers: { Host: 'evil.example' } });
    expect(rebound.status).toBe(403);
    expect(rebound.headers['set-cookie']).toBeUndefined();
  });

  it('accepts a POST from its own origin only', async () => {
    expect((await ipc('appInfo', {})).status).toBe(200);
    for (const origin of ['http://evil.example', `http://localhost:${host.port}`, `https://127.0.0.1:${host.port}`, 'null']) {
      const reply = await ipc('appInfo', {}, { Origin: origin });
      expect(reply.status, origin).toBe(403);
      expect(JSON.parse(reply.body).error.code, origin).toBe('forbidden-origin');
    }
    const noOrigin = await send(host.port, {
      method: 'POST',
      path: '/ipc/appInfo',
      headers: { 'Content-Type': 'application/json', 'X-Studio-Token': host.token },
      body: '{}',
    });
    expect(noOrigin.status).toBe(403);
  });

  it('accepts a POST authenticated by the cookie alone', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/ipc/appInfo',
      headers: {
        'Content-Type': 'application/json',
        Cookie: `studio_token_${host.port}=${host.token}`,
        Origin: `http://127.0.0.1:${host.port}`,
      },
      body: '{}',
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).ok).toBe(true);
  });
});

describe('browser host: static files', () => {
  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/../../secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/link.txt',
      `/${encodeURIComponent(path.join(tmp, 'secret.txt'))}`,
      `//${path.join(tmp, 'secret.txt')}`,
      '/index.html%00.js',
      '/%E0%A4%A',
    ];
    for (const attempt of attempts) {
      const reply = await send(host.port, { path: attempt, headers: { 'X-Studio-Token': host.token } });
      expect([400, 404], attempt).toContain(reply.status);
      expect(reply.body, attempt).not.toContain(SECRET);
    }
  });

  it('answers 404 for a folder or a missing file and 405 for other methods', async () => {
    const headers = { 'X-Studio-Token': host.token, Origin: `http://127.0.0.1:${host.port}` };
    expect((await send(host.port, { path: '/assets', headers })).status).toBe(404);
    expect((await send(host.port, { path: '/assets/', headers })).status).toBe(404);
    expect((await send(host.port, { path: '/nope.js', headers })).status).toBe(404);
    expect((await send(host.port, { method: 'DELETE', path: '/index.html', headers })).status).toBe(405);
    expect((await send(host.port, { path: '/ipc/appInfo', headers })).status).toBe(405);
  });
});

describe('browser host: IPC over HTTP', () => {
  it('answers appInfo with the browser host, the version and the folder from the command line', async () => {
    const reply = await ipc('appInfo', {});
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      value: { host: 'browser', version: '9.9.9-test', initialDir: connectorDir, canChooseFolder: false },
    });
    expect(JSON.parse((await ipc('chooseConnectorFolder', {})).body)).toEqual({ ok: true, value: { dir: null } });
  });

  it('answers an unknown channel with an envelope error', async () => {
    const reply = await ipc('deleteEverything', {});
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const proto = await ipc('__proto__', {});
    expect(JSON.parse(proto.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('answers a request the contract refuses with an envelope error', async () => {
    const reply = await ipc('openConnector', { dir: 42 });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const extra = await ipc('appInfo', { sneaky: true });
    expect(JSON.parse(extra.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('answers bad JSON with 400 and an envelope error', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/ipc/appInfo',
      headers: { 'Content-Type': 'application/json', 'X-Studio-Token': host.token, Origin: `http://127.0.0.1:${host.port}` },
      body: '{"unterminated": ',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad-json' } });
    expect(JSON.parse(reply.body).error.message).toMatch(/not valid JSON/);
  });

  it('refuses a body that is not JSON by its content type', async () => {
    const reply = await ipc('appInfo', {}, { 'Content-Type': 'text/plain' });
    expect(reply.status).toBe(415);
  });

  it('refuses a body larger than the limit with 413', async () => {
    const small = await startBrowserHost({ rendererDir, version: 't', maxBodyBytes: 1024 });
    try {
      const body = JSON.stringify({ dir: 'x'.repeat(4096) });
      const headers = { 'Content-Type': 'application/json', 'X-Studio-Token': small.token, Origin: `http://127.0.0.1:${small.port}` };
      const declared = await send(small.port, { method: 'POST', path: '/ipc/openConnector', headers, body });
      expect(declared.status).toBe(413);
      expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
      // Chunked: no Content-Length up front, so the limit is enforced while reading.
      const chunked = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: small.port,
            method: 'POST',
            path: '/ipc/openConnector',
            headers: { ...headers, 'Transfer-Encoding': 'chunked' },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 2000));
        req.end(body.slice(2000));
      });
      expect(chunked).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('refuses a declared body over the default 32 MB without reading it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/ipc/saveConnector',
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': String(33 * 1024 * 1024),
            'X-Studio-Token': host.token,
            Origin: `http://127.0.0.1:${host.port}`,
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', (err) => (String(err).includes('ECONNRESET') ? undefined : reject(err)));
      req.flushHeaders();
      req.write('{"dir":');
    });
    expect(status).toBe(413);
  });

  it('opens, saves and reopens a connector folder through the real services', async () => {
    const opened = JSON.parse((await ipc('openConnector', { dir: connectorDir })).body);
    expect(opened.ok).toBe(true);
    expect(opened.value.dir).toBe(connectorDir);
    expect(opened.value.files['apiDefinition.swagger.json']).toEqual({ text: DEFINITION, encoding: 'utf-8', bom: false });
    expect(opened.value.files['apiProperties.json'].text).toBe(PROPERTIES);
    expect(opened.value.diagnostics).toEqual([]);

    const changed = DEFINITION.replace('Round Trip', 'Round Trip 2');
    const saved = JSON.parse(
      (
        await ipc('saveConnector', {
          dir: connectorDir,
          files: { 'apiDefinition.swagger.json': { text: changed, encoding: 'utf-8', bom: false } },
        })
      ).body,
    );
    expect(saved).toMatchObject({ ok: true, value: { written: ['apiDefinition.swagger.json'] } });
    expect(await fs.readFile(path.join(connectorDir, 'apiDefinition.swagger.json'), 'utf8')).toBe(changed);

    const reopened = JSON.parse((await ipc('openConnector', { dir: connectorDir })).body);
    expect(reopened.value.files['apiDefinition.swagger.json'].text).toBe(changed);
  });

  it('answers a folder that does not exist with the services sentence', async () => {
    const missing = path.join(tmp, 'no such folder');
    const reply = JSON.parse((await ipc('openConnector', { dir: missing })).body);
    expect(reply).toEqual({ ok: false, error: { code: 'not-found', message: `${missing} does not exist.` } });
  });
});

describe('browser host: shutdown', () => {
  it('stops listening on close()', async () => {
    const other = await startBrowserHost({ rendererDir, version: 't' });
    expect((await send(other.port, { path: '/', headers: { 'X-Studio-Token': other.token } })).status).toBe(200);
    await other.close();
    await expect(send(other.port, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
