// The Electron window loads the renderer from the app's own scheme, studio://app/, not file://.
// Why: Chromium keeps V8's compiled code only for http(s) and for schemes registered with
// `codeCache` (which needs `standard`); file:// pages compile the 3.5 MB editor bundle from scratch
// on every launch. A standard, secure scheme also gives the page a real origin, so 'self' in the
// Content-Security-Policy, module scripts and module workers behave as on a web server.
// The handler serves only files inside the built renderer folder (renderer-files.ts) and only to
// GET and HEAD on studio://app; anything else gets a plain 404 or 405.
import { promises as fs } from 'node:fs';
import { rendererFileHeaders, resolveStaticFile } from './renderer-files';

export const APP_SCHEME = 'studio';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * What protocol.registerSchemesAsPrivileged is given for APP_SCHEME (before the app is ready): the
 * set VS Code's own file scheme uses, plus the code cache. `corsEnabled` lets module scripts and
 * module workers (fetched in CORS mode) load; it grants no other origin anything, since no response
 * carries Access-Control-Allow-Origin. No CSP bypass, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
} as const;

/** The studio:// request handler over the renderer folder (for protocol.handle). */
export function appRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const refuse = (status: number, message: string) =>
      new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Only GET and HEAD are served.');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(404, 'There is no such file in the studio.');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404, 'There is no such file in the studio.');
    const file = await resolveStaticFile(rendererDir, url.pathname);
    if (!file) return refuse(404, 'There is no such file in the studio.');
    const bytes = await fs.readFile(file);
    const headers = { ...rendererFileHeaders(file, url.pathname), 'Content-Length': String(bytes.length) };
    return new Response(request.method === 'HEAD' ? null : bytes, { status: 200, headers });
  };
}
