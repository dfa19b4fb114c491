// The built renderer's files as the two ways of serving it see them: the browser host (HTTP on
// 127.0.0.1) and the Electron app's own scheme (app-protocol.ts). Both map a URL path to a file
// inside the renderer folder and answer with the same type, policy and cache headers.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/contracts/content-security-policy';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Maps a URL path to a file inside `root`, or undefined: never a file outside it, never a folder. */
export async function resolveStaticFile(root: string, pathname: string): Promise<string | undefined> {
  const decoded = decodeURIComponentSafe(pathname);
  if (decoded === undefined || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  // Refuse any `..` segment outright rather than normalising it away.
  if (relative.split('/').some((segment) => segment === '..')) return undefined;
  const candidate = path.resolve(root, relative);
  if (!isInside(root, candidate)) return undefined;
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return undefined;
    const stat = await fs.stat(realFile);
    return stat.isFile() ? realFile : undefined;
  } catch {
    return undefined;
  }
}

/** Vite names every file under assets/ after a hash of its content (`monaco-C2t_Q1e-.js`). */
const HASHED_ASSET = /^\/assets\/[^/]+-[\w-]{8,}\.[a-z0-9]+$/i;

/**
 * Headers for one renderer file. A hashed asset never changes under its name, so the browser may
 * keep it: kept files are also where Chromium keeps its compiled-code cache, which is what makes
 * the second and later loads of the 3.5 MB editor bundle skip most of its compile. Everything else
 * (index.html, which names the current hashes) is never stored.
 */
export function rendererFileHeaders(file: string, pathname: string): Record<string, string> {
  const ext = path.extname(file).toLowerCase();
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': HASHED_ASSET.test(pathname) ? 'private, max-age=31536000, immutable' : 'no-store',
  };
  if (ext === '.html') headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  return headers;
}

function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

export function decodeURIComponentSafe(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
