// Sends a test request with node:http / node:https, under the control a test run needs: a connect
// timeout and a total timeout (30 s each by default), at most 5 redirects (credentials are dropped
// when one leaves the origin), a cap on the response size (10 MB by default: reading stops and the
// response says it was cut), timing, and every failure as a sentence (see network-errors.ts).
// Nothing here logs: what it returns is shown by callers, who mask secrets.
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import {
  getHeader,
  setHeader,
  deleteHeader,
  isFormParts,
  type HttpRequest,
  boundaryOf,
  chooseBoundary,
  encodeMultipart,
} from '../../shared/engines/operation-runs';
import { describeNetworkError, formatDuration, type HttpError, type Target } from './network-errors';

export type { HttpError, HttpErrorKind } from './network-errors';

export interface HttpClientOptions {
  /** The whole exchange, redirects included (default 30 000 ms). */
  timeoutMs?: number;
  /** Setting up each connection, TLS included (default 30 000 ms; never more than what is left of the total). */
  connectTimeoutMs?: number;
  /** Redirects followed (default 5); 0 returns the redirect response itself. */
  maxRedirects?: number;
  /** Response bytes read at most, after decompression (default 10 MB). */
  maxBytes?: number;
  /** Extra trusted certificate authorities (PEM), e.g. a company's own. */
  ca?: string | Buffer | (string | Buffer)[];
  /** Headers holding secrets besides Authorization, Proxy-Authorization and Cookie: dropped on a redirect to another origin. */
  sensitiveHeaders?: string[];
  signal?: AbortSignal;
}

export interface HttpTiming {
  /** Name lookup, when a name was looked up. */
  dnsMs?: number;
  /** TCP connection. */
  connectMs?: number;
  /** TLS handshake, for https. */
  tlsMs?: number;
  /** From the start of the last request to the first byte of its response. */
  firstByteMs?: number;
  /** From the start to the end, redirects included. */
  totalMs: number;
}

export interface RedirectHop {
  status: number;
  from: string;
  to: string;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  /** Lower-case names; repeated headers (set-cookie) as arrays. */
  headers: Record<string, string | string[]>;
  body: Uint8Array;
  /** True when the body was cut at maxBytes. */
  truncated: boolean;
  /** The URL that answered (after redirects). */
  url: string;
  redirects: RedirectHop[];
  timing: HttpTiming;
}

export type HttpOutcome =
  | { ok: true; response: HttpResponse; notes: string[] }
  | { ok: false; error: HttpError; redirects: RedirectHop[]; timing: HttpTiming; notes: string[] };

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const USER_AGENT = 'ConnectorStudio (test runner)';
const ALWAYS_SENSITIVE = ['authorization', 'proxy-authorization', 'cookie'];

interface HopDone {
  kind: 'done';
  status: number;
  statusText: string;
  headers: Record<string, string | string[]>;
  body: Uint8Array;
  truncated: boolean;
}
interface HopRedirect {
  kind: 'redirect';
  status: number;
  location: string;
}
interface HopFailed {
  kind: 'failed';
  error: HttpError;
}
type HopResult = (HopDone | HopRedirect | HopFailed) & { timing: Omit<HttpTiming, 'totalMs'> };

interface Settings {
  timeoutMs: number;
  connectTimeoutMs: number;
  maxRedirects: number;
  maxBytes: number;
  ca?: string | Buffer | (string | Buffer)[];
  signal?: AbortSignal;
}

function targetOf(url: URL): Target {
  const secure = url.protocol === 'https:';
  return { hostname: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : secure ? 443 : 80, https: secure };
}

function bodyBytes(request: HttpRequest, headers: Record<string, string>): Uint8Array | undefined {
  const body = request.body;
  if (body === undefined) return undefined;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return body;
  if (isFormParts(body)) {
    let boundary = boundaryOf(getHeader(headers, 'Content-Type'));
    if (!boundary) {
      boundary = chooseBoundary(body);
      setHeader(headers, 'Content-Type', `multipart/form-data; boundary=${boundary}`);
    }
    return encodeMultipart(body, boundary);
  }
  return undefined;
}

function decoderFor(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | undefined {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

function hop(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Uint8Array | undefined,
  s: Settings,
  deadline: number,
  follow: boolean,
): Promise<HopResult> {
  return new Promise((resolve) => {
    const t = targetOf(url);
    const start = performance.now();
    const timing: HopResult['timing'] = {};
    let phase: 'connecting' | 'handshake' | 'waiting' | 'reading' = 'connecting';
    let received = 0;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    let req: http.ClientRequest;
    const finish = (r: HopDone | HopRedirect | HopFailed) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      s.signal?.removeEventListener('abort', onAbort);
      resolve({ ...r, timing });
    };
    const fail = (error: HttpError) => {
      finish({ kind: 'failed', error });
      req?.destroy();
    };
    const onAbort = () => fail({ kind: 'aborted', message: 'The request was cancelled.' });

    const options: https.RequestOptions = {
      protocol: url.protocol,
      hostname: t.hostname,
      port: t.port,
      path: `${url.pathname}${url.search}`,
      method,
      headers,
      agent: false,
    };
    if (t.https) {
      options.rejectUnauthorized = true;
      if (s.ca !== undefined) options.ca = s.ca;
      if (isIP(t.hostname) === 0) options.servername = t.hostname;
    }
    try {
      req = (t.https ? https : http).request(options);
    } catch (err) {
      finish({
        kind: 'failed',
        error: { kind: 'bad-url', message: `The request to ${t.hostname} could not be made: ${(err as Error).message}.` },
      });
      return;
    }
    const timeout = (limitMs: number) => {
      const where = `${t.hostname}:${t.port}`;
      const limit = formatDuration(limitMs);
      switch (phase) {
        case 'connecting':
          return fail({ kind: 'timeout', message: `Could not connect to ${where} within ${limit}.` });
        case 'handshake':
          return fail({ kind: 'timeout', message: `The secure (TLS) handshake with ${where} did not finish within ${limit}.` });
        case 'waiting':
          return fail({ kind: 'timeout', message: `The server at ${where} accepted the connection but sent no response within ${limit}.` });
        default:
          return fail({
            kind: 'timeout',
            message: `The server at ${where} stopped sending the response: it was not complete after ${limit} (${received} bytes received).`,
          });
      }
    };
    const left = Math.max(0, deadline - start);
    timers.push(setTimeout(() => timeout(s.timeoutMs), left));
    if (s.connectTimeoutMs < left) {
      timers.push(setTimeout(() => (phase === 'connecting' || phase === 'handshake') && timeout(s.connectTimeoutMs), s.connectTimeoutMs));
    }
    if (s.signal) {
      if (s.signal.aborted) return onAbort();
      s.signal.addEventListener('abort', onAbort, { once: true });
    }

    req.on('socket', (socket) => {
      socket.once('lookup', () => (timing.dnsMs = performance.now() - start));
      socket.once('connect', () => {
        timing.connectMs = performance.now() - start - (timing.dnsMs ?? 0);
        phase = t.https ? 'handshake' : 'waiting';
      });
      socket.once('secureConnect', () => {
        timing.tlsMs = performance.now() - start - (timing.dnsMs ?? 0) - (timing.connectMs ?? 0);
        phase = 'waiting';
      });
    });
    req.on('error', (err) => fail(describeNetworkError(err, t, phase === 'reading' ? received : undefined)));
    req.on('response', (res) => {
      timing.firstByteMs = performance.now() - start;
      phase = 'reading';
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (follow && [301, 302, 303, 307, 308].includes(status) && location) {
        res.resume();
        finish({ kind: 'redirect', status, location });
        req.destroy();
        return;
      }
      const headersOut: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headersOut[k] = v;
      const chunks: Buffer[] = [];
      let truncated = false;
      const done = () =>
        finish({
          kind: 'done',
          status,
          statusText: res.statusMessage ?? '',
          headers: headersOut,
          body: new Uint8Array(Buffer.concat(chunks)),
          truncated,
        });
      const decoder = method === 'HEAD' ? undefined : decoderFor(res.headers['content-encoding'] as string | undefined);
      const stream: Readable = decoder ? res.pipe(decoder) : res;
      stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        const room = s.maxBytes - received;
        if (chunk.length > room) {
          if (room > 0) chunks.push(chunk.subarray(0, room));
          received += Math.max(room, 0);
          truncated = true;
          done();
          res.destroy();
          decoder?.destroy();
          return;
        }
        chunks.push(chunk);
        received += chunk.length;
      });
      stream.on('end', done);
      if (decoder) {
        decoder.on('error', (err) =>
          fail({
            kind: 'decode',
            message: `The response body could not be decompressed (${res.headers['content-encoding']}): ${err.message}.`,
          }),
        );
      }
      res.on('error', (err) => fail(describeNetworkError(err, t, received)));
      res.on('close', () => {
        if (!res.complete && !settled) fail(describeNetworkError(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }), t, received));
      });
    });
    req.end(body);
  });
}

export function formatBytes(n: number): string {
  if (n >= 1048576) return `${Number((n / 1048576).toFixed(1))} MB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KB`;
  return `${n} bytes`;
}

/** Sends a request; never throws for network trouble: the outcome says what went wrong. */
export async function sendHttpRequest(request: HttpRequest, options: HttpClientOptions = {}): Promise<HttpOutcome> {
  const s: Settings = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    ...(options.ca !== undefined ? { ca: options.ca } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const started = performance.now();
  const deadline = started + s.timeoutMs;
  const notes: string[] = [];
  const redirects: RedirectHop[] = [];
  const total = () => performance.now() - started;
  const failed = (error: HttpError, timing: Omit<HttpTiming, 'totalMs'> = {}): HttpOutcome => ({
    ok: false,
    error,
    redirects,
    timing: { ...timing, totalMs: total() },
    notes,
  });

  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return failed({ kind: 'bad-url', message: 'The request URL is not a valid URL.' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return failed({ kind: 'bad-url', message: `Only http and https URLs can be tested, not ${url.protocol}.` });
  }
  let method = request.method.toUpperCase();
  let headers: Record<string, string> = { ...request.headers };
  let body = bodyBytes(request, headers);
  if (getHeader(headers, 'User-Agent') === undefined) setHeader(headers, 'User-Agent', USER_AGENT);
  const sensitive = new Set([...ALWAYS_SENSITIVE, ...(options.sensitiveHeaders ?? []).map((h) => h.toLowerCase())]);

  for (;;) {
    deleteHeader(headers, 'Content-Length');
    if (body !== undefined) setHeader(headers, 'Content-Length', String(body.length));
    const r = await hop(url, method, headers, body, s, deadline, s.maxRedirects > 0);
    if (r.kind === 'failed') return failed(r.error, r.timing);
    if (r.kind === 'done') {
      if (r.truncated)
        notes.push(
          `The response is larger than ${formatBytes(s.maxBytes)}; reading stopped there, and only the first ${formatBytes(s.maxBytes)} were kept.`,
        );
      return {
        ok: true,
        response: {
          status: r.status,
          statusText: r.statusText,
          headers: r.headers,
          body: r.body,
          truncated: r.truncated,
          url: url.href,
          redirects,
          timing: { ...r.timing, totalMs: total() },
        },
        notes,
      };
    }
    if (redirects.length >= s.maxRedirects) {
      return failed(
        {
          kind: 'too-many-redirects',
          message: `The server redirected more than ${s.maxRedirects} times (the last hop was from ${url.host}${url.pathname}); the request was given up.`,
        },
        r.timing,
      );
    }
    let next: URL;
    try {
      next = new URL(r.location, url);
    } catch {
      return failed(
        { kind: 'bad-redirect', message: `The server at ${url.host} redirected to an address that is not a valid URL.` },
        r.timing,
      );
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      return failed(
        { kind: 'bad-redirect', message: `The server at ${url.host} redirected to a ${next.protocol} address, which cannot be followed.` },
        r.timing,
      );
    }
    redirects.push({ status: r.status, from: url.href, to: next.href });
    if (next.origin !== url.origin) {
      const dropped = Object.keys(headers).filter((h) => sensitive.has(h.toLowerCase()));
      if (dropped.length) {
        headers = Object.fromEntries(Object.entries(headers).filter(([h]) => !sensitive.has(h.toLowerCase())));
        notes.push(
          `The redirect to ${next.origin} leaves ${url.origin}, so ${dropped.join(', ')} ${dropped.length > 1 ? 'were' : 'was'} not sent there.`,
        );
      }
    }
    if (r.status === 303 || ((r.status === 301 || r.status === 302) && method === 'POST')) {
      if (method !== 'HEAD') method = 'GET';
      body = undefined;
      deleteHeader(headers, 'Content-Type');
    }
    url = next;
  }
}

/** The body as text, in the charset its Content-Type names (UTF-8 otherwise). */
export function responseText(response: Pick<HttpResponse, 'headers' | 'body'>): string {
  const ct = response.headers['content-type'];
  const charset = /charset=("?)([\w.:-]+)\1/i.exec(Array.isArray(ct) ? (ct[0] ?? '') : (ct ?? ''))?.[2];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(response.body);
  } catch {
    return new TextDecoder('utf-8').decode(response.body);
  }
}
