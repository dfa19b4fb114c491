// A local receiver for webhook notifications: an HTTP server on 127.0.0.1 (a random port) whose
// callback address carries a random path, so only whoever was given the address can post to it.
// Each request is kept as a notification (body cut at a size cap, only the last ones kept), with
// the connection's secrets masked should the API echo them. It answers 202 Accepted, as the
// platform's callback does, and echoes Microsoft Graph's validationToken handshake.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface WebhookNotification {
  seq: number;
  receivedAt: string;
  method: string;
  headers: Record<string, string>;
  /** The body as text (pretty-printed JSON), cut at the size cap. */
  body: string;
  truncated: boolean;
}

export interface WebhookReceiver {
  callbackUrl: string;
  readonly active: boolean;
  /** Notifications with a sequence number above afterSeq, oldest first. */
  notifications(afterSeq: number): WebhookNotification[];
  close(): Promise<void>;
}

export interface ReceiverOptions {
  /** Masks secret values in what is kept. */
  mask: (text: string) => string;
  maxBodyBytes?: number;
  keep?: number;
  /** Body bytes kept in all (the oldest notifications go first beyond it). */
  maxKeptBytes?: number;
}

export const RECEIVER_MAX_BODY_BYTES = 1024 * 1024;
export const RECEIVER_KEEP = 200;
export const RECEIVER_MAX_KEPT_BYTES = 32 * 1024 * 1024;

function bodyText(bytes: Buffer, truncated: boolean, contentType: string | undefined): string {
  const text = bytes.toString('utf8');
  if (truncated || (!/json/i.test(contentType ?? '') && !/^\s*[[{]/.test(text))) return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export async function startWebhookReceiver(options: ReceiverOptions): Promise<WebhookReceiver> {
  const maxBody = options.maxBodyBytes ?? RECEIVER_MAX_BODY_BYTES;
  const keep = options.keep ?? RECEIVER_KEEP;
  const maxKept = options.maxKeptBytes ?? RECEIVER_MAX_KEPT_BYTES;
  let keptBytes = 0;
  const secretPath = `/webhook/${randomBytes(18).toString('base64url')}`;
  const kept: WebhookNotification[] = [];
  const sockets = new Set<Socket>();
  let seq = 0;
  let active = true;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== secretPath) {
      req.resume();
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    req.on('data', (chunk: Buffer) => {
      if (size >= maxBody) {
        truncated = true;
        return;
      }
      const room = maxBody - size;
      if (chunk.length > room) truncated = true;
      chunks.push(chunk.subarray(0, room));
      size += Math.min(chunk.length, room);
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name] = options.mask(Array.isArray(value) ? value.join(', ') : value);
      }
      const notification = {
        seq: ++seq,
        receivedAt: new Date().toISOString(),
        method: req.method ?? 'POST',
        headers,
        body: options.mask(bodyText(Buffer.concat(chunks), truncated, req.headers['content-type'])),
        truncated,
      };
      kept.push(notification);
      keptBytes += notification.body.length;
      while (kept.length > 1 && (kept.length > keep || keptBytes > maxKept)) keptBytes -= kept.shift()!.body.length;
      const validation = url.searchParams.get('validationToken');
      if (validation !== null) {
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end(validation);
        return;
      }
      res.writeHead(202).end();
    });
  });
  server.maxConnections = 64;
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A receiver never keeps the app (or a test run) alive on its own.
  server.unref();
  const { port } = server.address() as AddressInfo;

  return {
    callbackUrl: `http://127.0.0.1:${port}${secretPath}`,
    get active() {
      return active;
    },
    notifications: (afterSeq) => kept.filter((n) => n.seq > afterSeq),
    close: () =>
      new Promise<void>((resolve) => {
        if (!active) return resolve();
        active = false;
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}
