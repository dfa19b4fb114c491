// What a request header is to a connector. Only `parameter` headers become header parameters:
// Content-Type and Accept are the operation's consumes/produces, credentials belong to Security,
// cookies are not supported, and transport headers are set by the platform itself.
import { isApiKeyHeaderName } from './credential-names';

export type HeaderRole = 'content-type' | 'accept' | 'authorization' | 'api-key' | 'cookie' | 'transport' | 'parameter';

const TRANSPORT = new Set([
  'host',
  'content-length',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'expect',
  'accept-encoding',
  'user-agent',
  'proxy-connection',
  'postman-token',
  'cache-control',
  'pragma',
]);

export function headerRole(name: string): HeaderRole {
  const n = name.trim().toLowerCase();
  if (n === 'content-type') return 'content-type';
  if (n === 'accept') return 'accept';
  if (n === 'authorization' || n === 'proxy-authorization') return 'authorization';
  if (n === 'cookie') return 'cookie';
  if (TRANSPORT.has(n)) return 'transport';
  if (isApiKeyHeaderName(n)) return 'api-key';
  return 'parameter';
}

/** `application/json; charset=utf-8` -> `application/json`; undefined for an empty or wildcard type. */
export function mediaTypeOf(value: string): string | undefined {
  const t = value.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(t) && t !== '*/*' ? t : undefined;
}

export function isJsonMediaType(type: string | undefined): boolean {
  return type !== undefined && (type === 'application/json' || type.endsWith('+json') || type === 'text/json');
}

/** A header name as RFC 9110 allows it (a token). */
export function isValidHeaderName(name: string): boolean {
  return /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name);
}
