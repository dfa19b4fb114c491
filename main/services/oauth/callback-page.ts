// The page the browser shows when the sign-in returns to the studio's loopback redirect: a
// sentence and the way back, never a code or a token. It loads nothing and runs nothing.

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function callbackPage(ok: boolean, message: string): string {
  const title = ok ? 'Signed in' : 'Sign-in failed';
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Connector Studio: ${title}</title></head>`,
    '<body>',
    `<main><h1>${title}</h1><p>${escapeHtml(message)}</p><p>You can close this tab and return to Connector Studio.</p></main>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** Headers of every loopback answer: nothing may be loaded, framed, cached or passed on as a referrer. */
export const CALLBACK_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  Connection: 'close',
} as const;
