// Two browser hosts side by side on 127.0.0.1: a browser keeps cookies per host name, not per
// port, so each host names its token cookie after its port; signing in to the second must not
// log the first out, and neither accepts the other's token.
import { promises as fs } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../main/host';

let tmp: string;
const hosts: BrowserHost[] = [];

function get(port: number, pathname: string, cookie?: string): Promise<{ status: number; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: pathname, agent: false, headers: cookie ? { Cookie: cookie } : {} },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, setCookie: res.headers['set-cookie'] ?? [] }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A browser's cookie jar for the host name 127.0.0.1: one value per cookie name, whatever the port. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(setCookie: string[]): void {
    for (const c of setCookie) {
      const pair = c.split(';')[0]!;
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-hosts-'));
  await fs.writeFile(path.join(tmp, 'index.html'), '<!doctype html><title>t</title>');
  for (let i = 0; i < 2; i++)
    hosts.push(await startBrowserHost({ rendererDir: tmp, version: 't', context: { appDataDir: path.join(tmp, `data${i}`) } }));
});

afterAll(async () => {
  for (const h of hosts) await h.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('token cookies of two hosts', () => {
  it('signing in to the second host keeps the first signed in', async () => {
    const [a, b] = hosts as [BrowserHost, BrowserHost];
    const jar = new Jar();
    jar.take((await get(a.port, `/?token=${a.token}`)).setCookie);
    expect((await get(a.port, '/', jar.header())).status).toBe(200);
    jar.take((await get(b.port, `/?token=${b.token}`)).setCookie);
    expect((await get(b.port, '/', jar.header())).status).toBe(200);
    expect((await get(a.port, '/', jar.header())).status).toBe(200);
  });

  it("a host does not accept the other host's cookie", async () => {
    const [a, b] = hosts as [BrowserHost, BrowserHost];
    const jar = new Jar();
    jar.take((await get(b.port, `/?token=${b.token}`)).setCookie);
    expect((await get(a.port, '/', jar.header())).status).toBe(403);
  });
});
