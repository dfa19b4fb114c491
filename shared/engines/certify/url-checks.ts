// Absolute http(s) URLs and e-mail addresses, as certification checks them (no network access;
// shared/ has no URL class in every runtime's types, so these are patterns).
const HTTP_URL = /^https?:\/\/([^\s/?#@]+@)?([^\s/?#:@]+)(:\d+)?([/?#][^\s]*)?$/i;

export function isHttpUrl(value: string): boolean {
  const m = HTTP_URL.exec(value);
  return !!m && m[2]!.includes('.') && !m[2]!.startsWith('.') && !m[2]!.endsWith('.');
}

/** The host[:port] of an absolute URL, or undefined. */
export function urlHost(value: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^\s/?#@]+@)?([^\s/?#]+)/i.exec(value);
  return m?.[1];
}

export function isEmail(value: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s.]+$/.test(value);
}
