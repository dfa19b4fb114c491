// The Electron app's own scheme, studio://app/, over a real renderer folder on disk: what it serves,
// with which headers, and what it refuses (other hosts, paths out of the folder, links out of it,
// methods that change things). Electron itself cannot run here; the handler is plain fetch API.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, appRequestHandler } from '../../main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../shared/contracts/content-security-policy';

let tmp: string;
let handler: (request: Request) => Promise<Response>;
const INDEX = '<!doctype html><script type="module" src="./assets/index-Ab12Cd34.js"></script>';

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'studio-app-protocol-'));
  const renderer = path.join(tmp, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), INDEX);
  writeFileSync(path.join(renderer, 'assets', 'index-Ab12Cd34.js'), 'export {};\n');
  writeFileSync(path.join(renderer, 'assets', 'codicon-ngg6Pgfi.ttf'), Buffer.from([0, 1, 0, 0]));
  writeFileSync(path.join(tmp, 'secret.txt'), 'not for the page');
  symlinkSync(path.join(tmp, 'secret.txt'), path.join(renderer, 'assets', 'link-Zz99Yy88.js'));
  handler = appRequestHandler(renderer);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('studio:// scheme', () => {
  it('serves the page with the content security policy, never kept', async () => {
    const page = await handler(new Request(APP_INDEX_URL));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(INDEX);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    // The origin's root is the page too.
    expect(await (await handler(new Request('studio://app/'))).text()).toBe(INDEX);
  });

  it('serves hashed assets as kept for good (the V8 code cache lives with them)', async () => {
    const js = await handler(new Request('studio://app/assets/index-Ab12Cd34.js'));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(await js.text()).toBe('export {};\n');
    const font = await handler(new Request('studio://app/assets/codicon-ngg6Pgfi.ttf'));
    expect(font.headers.get('content-type')).toBe('font/ttf');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0, 1, 0, 0]));
  });

  it('answers HEAD without a body', async () => {
    const head = await handler(new Request('studio://app/assets/index-Ab12Cd34.js', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('11');
    expect(await head.text()).toBe('');
  });

  it('refuses everything outside the renderer folder, other hosts and other methods', async () => {
    for (const url of [
      'studio://app/../secret.txt',
      'studio://app/%2e%2e/secret.txt',
      'studio://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'studio://app/assets/link-Zz99Yy88.js', // a link leading out of the folder
      'studio://app/assets/',
      'studio://app/missing.js',
      'studio://app/%E0%A4%A',
      'studio://app/index.html%00.js',
      'studio://other/index.html',
      'file:///etc/passwd',
    ]) {
      const reply = await handler(new Request(url));
      expect(reply.status, url).toBe(404);
      expect(reply.headers.get('cache-control'), url).toBe('no-store');
    }
    const post = await handler(new Request(APP_INDEX_URL, { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });
});
