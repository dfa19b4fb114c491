// A server on 127.0.0.1 that checks each request it receives against an API's own description with
// Stoplight Prism's HTTP validator (@stoplight/prism-http, written by nobody here): the route
// (path and method), security (the credentials the description asks for, where it asks), every
// parameter (style, explode, type, format, pattern, enum, required), the body against its media
// type and schema, and content negotiation (Accept against the responses' media types). It answers
// 200 when Prism has nothing to say, else 422 with Prism's findings, and records both.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import { createInstance, getHttpOperationsFromSpec, type IHttpRequest } from '@stoplight/prism-http';

export interface ValidatedRequest {
  method: string;
  /** The path as received, query included. */
  url: string;
  accepted: boolean;
  /** Prism's findings, "where: message" (where: path, query.name, header.name, body.a.b, security, route, accept). */
  problems: string[];
}

export interface PrismValidator {
  origin: string;
  /** The host to put in a connector so that its requests come here. */
  host: string;
  /** The same validator over https (with `tls`): its host, for hosts a policy builds as https://... */
  httpsHost?: string;
  records: ValidatedRequest[];
  /** How many operations Prism read from the description. */
  operations: number;
  close(): Promise<void>;
}

const silent = () => undefined;
const logger = Object.assign(
  { info: silent, warn: silent, error: silent, debug: silent, trace: silent, fatal: silent, success: silent },
  { child: () => logger },
) as unknown as Parameters<typeof createInstance>[1]['logger'];

function where(d: { path?: string[]; code?: string | number }): string {
  if (d.path?.length) return d.path.join('.');
  return String(d.code ?? 'request');
}

/** `basePath`: the connector's base path, which Prism's operation paths do not hold (it is in servers). */
export async function startPrismValidator(
  description: object,
  basePath: string,
  tls?: { key: string; cert: string },
): Promise<PrismValidator> {
  const operations = await getHttpOperationsFromSpec(structuredClone(description));
  // A config per request: Prism's mocker writes the request's Accept types into the one it is given.
  const config = () => ({
    mock: { dynamic: false },
    checkSecurity: true,
    validateRequest: true,
    validateResponse: false,
    errors: false,
    upstreamProxy: undefined,
    isProxy: false as const,
  });
  const prism = createInstance(config(), { logger });
  const records: ValidatedRequest[] = [];
  const base = basePath.replace(/\/+$/, '');

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const raw = Buffer.concat(chunks);
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const record: ValidatedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', accepted: false, problems: [] };
        records.push(record);
        let path = url.pathname;
        if (base && path.startsWith(base)) path = path.slice(base.length) || '/';
        const contentType = String(req.headers['content-type'] ?? '');
        let body: unknown;
        if (raw.length) {
          body = raw.toString(/^multipart\//i.test(contentType) ? 'latin1' : 'utf8');
          if (/json/i.test(contentType)) {
            try {
              body = JSON.parse(body as string);
            } catch {
              // Prism says what it makes of text where JSON was due.
            }
          }
        }
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
        const input: IHttpRequest = {
          method: (req.method ?? 'get').toLowerCase() as IHttpRequest['method'],
          url: { path, query: parseQuery(url.search.slice(1)) as Record<string, string | string[]> },
          headers,
          ...(body !== undefined ? { body } : {}),
        };
        const outcome = await prism.request(input, operations, config())();
        if (outcome._tag === 'Left') {
          const e = outcome.left as Error & {
            status?: number;
            detail?: string;
            additional?: { validation?: { location?: string[]; code?: string | number; message: string }[] };
          };
          const found = e.additional?.validation ?? [];
          // An invalid request where the description has no 422 answer: Prism's findings ride on the error.
          if (found.length)
            for (const d of found)
              record.problems.push(
                `${where({ ...(d.location ? { path: d.location } : {}), ...(d.code !== undefined ? { code: d.code } : {}) })}: ${d.message}`,
              );
          else {
            const kind = e.status === 406 ? 'accept' : e.status === 401 ? 'security' : e.status === 415 ? 'content type' : 'route';
            record.problems.push(`${kind}: ${e.message}${e.detail ? ` (${e.detail})` : ''}`);
          }
        } else {
          for (const d of outcome.right.validations.input) {
            if (d.severity === 0) record.problems.push(`${where(d)}: ${d.message}`);
          }
        }
        record.accepted = record.problems.length === 0;
        res.writeHead(record.accepted ? 200 : 422, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(record));
      })().catch((err: unknown) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(err));
      });
    });
  };
  const servers: http.Server[] = [http.createServer(handle), ...(tls ? [https.createServer(tls, handle)] : [])];
  const ports: number[] = [];
  for (const server of servers) {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ports.push((server.address() as AddressInfo).port);
  }
  return {
    origin: `http://127.0.0.1:${ports[0]}`,
    host: `127.0.0.1:${ports[0]}`,
    ...(tls ? { httpsHost: `127.0.0.1:${ports[1]}` } : {}),
    records,
    operations: operations.length,
    close: async () => {
      for (const server of servers) {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      }
    },
  };
}
