// Network failures in words a user can act on. Messages name the host and port, never the full URL:
// a query string may hold an API key.

export type HttpErrorKind =
  | 'dns'
  | 'refused'
  | 'unreachable'
  | 'reset'
  | 'tls'
  | 'timeout'
  | 'protocol'
  | 'too-many-redirects'
  | 'bad-redirect'
  | 'bad-url'
  | 'decode'
  | 'aborted'
  | 'other';

export interface HttpError {
  kind: HttpErrorKind;
  /** The system or OpenSSL code, when there is one (ENOTFOUND, DEPTH_ZERO_SELF_SIGNED_CERT, ...). */
  code?: string;
  message: string;
}

/** Where the request went, for messages: host, port and whether it was https. */
export interface Target {
  hostname: string;
  port: number;
  https: boolean;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

const hostPort = (t: Target) => `${t.hostname}:${t.port}`;

const TLS_UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);

function tlsError(err: NodeJS.ErrnoException & { reason?: string; cert?: { subjectaltname?: string } }, t: Target): HttpError | undefined {
  const code = err.code ?? '';
  const refused = 'so the connection was not made';
  if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'SELF_SIGNED_CERT_IN_CHAIN') {
    return {
      kind: 'tls',
      code,
      message: `The server ${t.hostname} presented a self-signed certificate, which this machine does not trust, ${refused} (TLS error ${code}).`,
    };
  }
  if (code === 'CERT_HAS_EXPIRED')
    return { kind: 'tls', code, message: `The certificate of ${t.hostname} has expired, ${refused} (TLS error ${code}).` };
  if (code === 'CERT_NOT_YET_VALID') {
    return {
      kind: 'tls',
      code,
      message: `The certificate of ${t.hostname} is not valid yet (or this machine's clock is wrong), ${refused} (TLS error ${code}).`,
    };
  }
  if (code === 'CERT_REVOKED') return { kind: 'tls', code, message: `The certificate of ${t.hostname} has been revoked, ${refused}.` };
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    const names = err.cert?.subjectaltname;
    return {
      kind: 'tls',
      code,
      message: `The certificate of ${t.hostname} does not name that host${names ? ` (it is for ${names})` : ''}, ${refused} (TLS error: hostname mismatch).`,
    };
  }
  if (TLS_UNTRUSTED.has(code)) {
    return {
      kind: 'tls',
      code,
      message: `The certificate of ${t.hostname} is signed by an authority this machine does not trust, ${refused} (TLS error ${code}); a missing intermediate certificate or an intercepting proxy is the usual cause.`,
    };
  }
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || /wrong version number|packet length too long/i.test(err.message)) {
    return {
      kind: 'tls',
      code,
      message: `A secure connection to ${hostPort(t)} could not be set up: the server does not speak TLS on that port (is it an http:// address?).`,
    };
  }
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_') || code === 'EPROTO' || /certificate|ssl|tls/i.test(err.message)) {
    return { kind: 'tls', code, message: `A secure connection to ${hostPort(t)} could not be set up: ${err.reason ?? err.message}.` };
  }
  return undefined;
}

/** A failed request in words. `received` counts body bytes already read when the failure came. */
export function describeNetworkError(err: unknown, t: Target, received?: number): HttpError {
  const e = err as NodeJS.ErrnoException;
  const code = e?.code;
  const withCode = (kind: HttpErrorKind, message: string): HttpError => ({ kind, ...(code ? { code } : {}), message });
  switch (code) {
    case 'ENOTFOUND':
      return withCode(
        'dns',
        `The host ${t.hostname} could not be found. Check the host name (the General tab, or the connection's host URL).`,
      );
    case 'EAI_AGAIN':
      return withCode(
        'dns',
        `The host ${t.hostname} could not be looked up: no DNS server answered. Check this machine's network connection.`,
      );
    case 'ECONNREFUSED':
      return withCode('refused', `The connection to ${hostPort(t)} was refused: no server is listening on port ${t.port} there.`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
      return withCode('unreachable', `The host ${t.hostname} cannot be reached from this machine (${code}).`);
    case 'ETIMEDOUT':
      return withCode('timeout', `The connection to ${hostPort(t)} timed out at the network level.`);
    case 'ECONNRESET':
    case 'EPIPE':
      if (received !== undefined)
        return withCode(
          'reset',
          `The server at ${hostPort(t)} closed the connection in the middle of the response (after ${received} bytes).`,
        );
      break;
    default:
      break;
  }
  const tls = t.https ? tlsError(e as never, t) : undefined;
  if (tls) return tls;
  if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(e?.message ?? '')) {
    return withCode('reset', `The server at ${hostPort(t)} closed the connection without answering.`);
  }
  if (code?.startsWith('HPE_'))
    return withCode('protocol', `The server at ${hostPort(t)} answered with something that is not valid HTTP (${code}).`);
  return withCode('other', `The request to ${hostPort(t)} failed: ${e?.message ?? String(err)}.`);
}
