// The browser host: serves the built renderer and the IPC contract over HTTP on 127.0.0.1, so the
// real main-side services can be driven from an ordinary browser (end-to-end tests, machines where
// Electron cannot run). It is a local server other programs on the machine can reach, so every
// request must prove it came from the page the host launched:
//   - a random token, given once in the printed URL, then kept in an HttpOnly SameSite=Strict cookie
//     named after the port (browsers keep cookies per host name, not per port: a second host's
//     sign-in must not replace the first one's), or sent as an X-Studio-Token header by scripts;
//   - the Host header must name 127.0.0.1:<port> exactly (a DNS-rebinding page carries its own name);
//   - state-changing requests must carry Origin http://127.0.0.1:<port> (cross-site requests cannot).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createDispatcher } from '../shared/contracts/ipc';
import type { Envelope } from '../shared/contracts/ipc';
import { createStudioServices, type HostOptions } from './services/studio-handlers';
import { CONTENT_SECURITY_POLICY } from '../shared/contracts/content-security-policy';
import { decodeURIComponentSafe, rendererFileHeaders, resolveStaticFile } from './renderer-files';

export interface BrowserHostOptions {
  /** Folder holding the built renderer (index.html and its assets). */
  rendererDir: string;
  version: string;
  /** Connector folder given on the command line; the renderer opens it on start. */
  initialDir?: string;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Largest accepted request body in bytes (default 32 MB). */
  maxBodyBytes?: number;
  /** Services' shared context (app data folder, secret vault); defaults as in the desktop app. */
  context?: HostOptions['context'];
  /** The bundled heavy-work worker; without it, opening and importing run on the thread that answers requests. */
  workerScript?: string;
}

export interface BrowserHost {
  /** The address to open, with the access token: http://127.0.0.1:<port>/?token=<token>. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** The token cookie of the host on `port`: one per host, so hosts side by side do not log each other out. */
export function tokenCookieName(port: number): string {
  return `studio_token_${port}`;
}
export const TOKEN_HEADER = 'x-studio-token';
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

/** The browser host's pages get the same policy as the Electron window. */
export const HOST_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;

/** Headers sent on every response: nothing is cached (the token passes through), nothing sniffed or framed.
 *  Renderer files replace Cache-Control with their own (renderer-files.ts: hashed assets may be kept). */
const BASE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const rendererDir = path.resolve(options.rendererDir);
  const services = createStudioServices({
    host: 'browser',
    version: options.version,
    ...(options.initialDir ? { initialDir: options.initialDir } : {}),
    ...(options.context ? { context: options.context } : {}),
    ...(options.workerScript ? { workerScript: options.workerScript } : {}),
  });
  const dispatch = createDispatcher(services.handlers);
  let port = 0;

  const tokenMatches = (candidate: string | undefined): boolean => {
    if (!candidate) return false;
    const bytes = Buffer.from(candidate);
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const failure = err instanceof HttpFailure ? err : new HttpFailure(500, 'internal', 'The studio host failed to answer this request.');
      if (!res.headersSent) sendEnvelopeError(res, failure);
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const origin = `127.0.0.1:${port}`;
    // DNS rebinding: a foreign page that resolves its own name to 127.0.0.1 still sends that name.
    if (req.headers.host !== origin) {
      throw new HttpFailure(403, 'forbidden-host', `The studio host only answers requests addressed to ${origin}.`);
    }
    const url = new URL(req.url ?? '/', `http://${origin}`);
    const method = req.method ?? 'GET';
    const isRead = method === 'GET' || method === 'HEAD';

    // First page load: the token comes in the query. Keep it in a cookie and drop it from the address bar.
    const queryToken = url.searchParams.get('token');
    if (queryToken !== null) {
      if (!isRead || !tokenMatches(queryToken)) {
        throw new HttpFailure(403, 'forbidden', 'The access token is missing or wrong: open the address the studio host printed.');
      }
      url.searchParams.delete('token');
      res.writeHead(303, {
        ...BASE_HEADERS,
        'Set-Cookie': `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`,
        Location: url.pathname + url.search,
        'Content-Length': '0',
      });
      res.end();
      return;
    }

    const headerToken = req.headers[TOKEN_HEADER];
    const presented = typeof headerToken === 'string' ? headerToken : readCookie(req.headers.cookie, tokenCookieName(port));
    if (!tokenMatches(presented)) {
      throw new HttpFailure(403, 'forbidden', 'The access token is missing or wrong: open the address the studio host printed.');
    }

    if (!isRead && req.headers.origin !== `http://${origin}`) {
      throw new HttpFailure(403, 'forbidden-origin', `Requests that change anything must come from http://${origin}.`);
    }

    if (url.pathname.startsWith('/ipc/')) {
      if (method !== 'POST') {
        res.setHeader('Allow', 'POST');
        throw new HttpFailure(405, 'method-not-allowed', 'Operations are called with POST.');
      }
      const raw = url.pathname.slice('/ipc/'.length);
      await serveIpc(req, res, decodeURIComponentSafe(raw) ?? raw);
      return;
    }
    if (!isRead) {
      res.setHeader('Allow', 'GET, HEAD');
      throw new HttpFailure(405, 'method-not-allowed', `${method} is not allowed here.`);
    }
    await serveStatic(res, url.pathname, method === 'HEAD');
  }

  async function serveIpc(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    const type = req.headers['content-type'];
    if (type !== undefined && !/^application\/json\s*(;|$)/i.test(type)) {
      throw new HttpFailure(415, 'unsupported-media-type', 'Operation requests must be sent as application/json.');
    }
    const body = await readBody(req, maxBodyBytes);
    let payload: unknown = {};
    if (body.length > 0) {
      try {
        payload = JSON.parse(body.toString('utf8'));
      } catch {
        throw new HttpFailure(400, 'bad-json', `The request to ${channel} is not valid JSON.`);
      }
    }
    sendJson(res, 200, await dispatch(channel, payload));
  }

  async function serveStatic(res: http.ServerResponse, pathname: string, headOnly: boolean): Promise<void> {
    const file = await resolveStaticFile(rendererDir, pathname);
    if (!file) throw new HttpFailure(404, 'not-found', 'There is no such file in the studio.');
    const bytes = await fs.readFile(file);
    const headers: Record<string, string> = {
      ...BASE_HEADERS,
      ...rendererFileHeaders(file, pathname),
      'Content-Length': String(bytes.length),
    };
    res.writeHead(200, headers);
    res.end(headOnly ? undefined : bytes);
  }

  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      // Servers the services started (webhook receivers) stop with the host.
      await services.dispose();
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () =>
    new HttpFailure(413, 'too-large', `The request is larger than the ${Math.round(limit / 1048576) || 1} MB the studio host accepts.`);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (!failed) reject(err);
    });
  });
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
  });
  res.end(body);
}

function sendEnvelopeError(res: http.ServerResponse, failure: HttpFailure): void {
  const envelope: Envelope<never> = { ok: false, error: { code: failure.code, message: failure.message } };
  // After a refused upload the rest of the body is not worth reading: close the connection.
  if (failure.status === 413) res.setHeader('Connection', 'close');
  sendJson(res, failure.status, envelope);
}
