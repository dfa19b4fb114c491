// One request to a token endpoint and its answer (RFC 6749 §5). Redirects are not followed (a 307
// would carry the client secret and the code elsewhere). Whatever the server says back in an error
// is cut to one line and masked against every secret of the request before it becomes a message.
import { StudioError } from '../../../shared/contracts/ipc';
import { secretMasker } from '../../../shared/engines/operation-runs';
import { responseText, sendHttpRequest, type HttpClientOptions } from '../http-client';

export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  /** Seconds, when the server said. */
  expiresIn?: number;
}

/** A refusal by the token endpoint; `oauthError` is the RFC 6749 error code (invalid_grant, ...). */
export class TokenEndpointError extends StudioError {
  constructor(
    message: string,
    readonly oauthError?: string,
  ) {
    super('oauth-token', message);
  }
}

const MAX_TOKEN = 64 * 1024;

/** Text from a server made fit for a message: one line, at most `max` characters. */
export function oneLine(text: string, max: number): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

function parseBody(text: string, contentType: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // Some providers (GitHub without Accept: application/json) answer as a form.
    if (/x-www-form-urlencoded|text\/plain/i.test(contentType) && /^[\w.~%+-]+=/.test(text))
      return Object.fromEntries(new URLSearchParams(text));
  }
  return undefined;
}

function expiresInOf(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * Posts `form` to the token endpoint. `secrets` are the values of the request (client secret, code,
 * verifier, refresh token), masked in any message. `what` names the grant for messages ("code exchange").
 */
export async function requestTokens(
  url: string,
  form: URLSearchParams,
  options: { what: string; secrets: readonly string[]; http?: HttpClientOptions; headers?: Record<string, string> },
): Promise<TokenSet> {
  const host = new URL(url).host;
  const outcome = await sendHttpRequest(
    {
      method: 'POST',
      url,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...options.headers },
      body: form.toString(),
    },
    { ...options.http, maxRedirects: 0 },
  );
  if (!outcome.ok) throw new TokenEndpointError(`The ${options.what} failed: ${outcome.error.message}`);
  const { response } = outcome;
  const contentType = String(response.headers['content-type'] ?? '');
  const fields = parseBody(responseText(response), contentType);
  const text = (k: string) => (typeof fields?.[k] === 'string' ? (fields[k] as string) : undefined);
  const error = text('error');
  if (response.status < 200 || response.status >= 300 || error !== undefined) {
    const credentials = Object.values(options.headers ?? {}).map((v) => v.replace(/^Basic /i, ''));
    const secrets = [
      ...options.secrets,
      ...credentials,
      ...[text('access_token'), text('refresh_token')].filter((s): s is string => Boolean(s)),
    ];
    const mask = secretMasker(secrets);
    if (error !== undefined) {
      const code = oneLine(mask(error), 80);
      const description = text('error_description');
      const said = description ? ` (${oneLine(mask(description), 300).replace(/\.$/, '')})` : '';
      throw new TokenEndpointError(`The token endpoint at ${host} refused the ${options.what}: ${code}${said}.`, code);
    }
    if (response.status >= 300 && response.status < 400)
      throw new TokenEndpointError(
        `The token endpoint at ${host} answered the ${options.what} with a redirect (${response.status}), which is not followed: the request carries secrets.`,
      );
    throw new TokenEndpointError(
      `The token endpoint at ${host} answered the ${options.what} with ${response.status} ${oneLine(response.statusText, 60)} and no OAuth error.`,
    );
  }
  const accessToken = text('access_token');
  if (!accessToken || accessToken.length > MAX_TOKEN)
    throw new TokenEndpointError(`The token endpoint at ${host} answered the ${options.what} without a usable access token.`);
  const tokenType = text('token_type');
  if (tokenType !== undefined && tokenType.toLowerCase() !== 'bearer') {
    const shown = oneLine(secretMasker([accessToken, ...options.secrets])(tokenType), 30);
    throw new TokenEndpointError(`The token endpoint at ${host} issued a "${shown}" token; only Bearer tokens can be sent.`);
  }
  const refreshToken = text('refresh_token');
  const expiresIn = expiresInOf(fields?.expires_in);
  return {
    accessToken,
    ...(refreshToken && refreshToken.length <= MAX_TOKEN ? { refreshToken } : {}),
    ...(expiresIn !== undefined ? { expiresIn } : {}),
  };
}
