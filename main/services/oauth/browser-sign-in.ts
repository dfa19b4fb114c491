// The authorization code grant with PKCE through the system browser (RFC 8252): a loopback
// redirect, the authorization URL for the browser, and the code exchanged at the token endpoint
// once the browser comes back with it. The verifier and the state never leave this closure.
//
// Before the browser opens, the authorization request is tried once without it: a server that
// refuses the request outright (an unregistered redirect URI, an unknown client) says so there,
// in a page the browser would show and the studio would never see. A 400 answer, or a redirect
// back to the loopback carrying `error`, ends the sign-in at once with the server's words.
import { StudioError } from '../../../shared/contracts/ipc';
import { secretMasker } from '../../../shared/engines/operation-runs';
import { responseText, sendHttpRequest, type HttpClientOptions } from '../http-client';
import type { ClientAuthChoice } from './client-authentication';
import { startLoopbackRedirect, type CallbackAnswer } from './loopback-redirect';
import { authorizationRequestUrl, codeExchangeBody } from './oauth-requests';
import type { OAuthSettings } from './oauth-settings';
import { createPkcePair, randomState } from './pkce';
import { redirectUriFor } from './sign-in-options';
import type { SignInFlows } from './sign-in-flows';
import type { TokenClient } from './token-client';
import { oneLine, type TokenSet } from './token-endpoint';

export interface BrowserSignIn {
  flowId: string;
  authorizeUrl: string;
  redirectUri: string;
}

export interface BrowserSignInOptions {
  settings: OAuthSettings & { clientId: string; tokenUrl: string; authorizationUrl: string };
  owner: string;
  flows: SignInFlows;
  timeoutMs: number;
  http?: HttpClientOptions;
  tokenClient: TokenClient;
  clientAuthentication: ClientAuthChoice;
  /** A fixed loopback port; absent: one the system picks. */
  redirectPort?: number;
  /** Keeps the tokens of a completed sign-in. */
  onTokens(tokens: TokenSet): Promise<void>;
  /** False: the authorization request is not tried before the browser opens. */
  preflight?: boolean;
}

/** What the sign-in ends with when the server issued an access token but no refresh token. */
export function noRefreshTokenNote(expiresIn: number | undefined): string {
  const when =
    expiresIn !== undefined ? `when the access token expires in ${describeDuration(expiresIn * 1000)}` : 'when the access token expires';
  return `Signed in, but the server issued no refresh token, so sign in again ${when}; some servers issue one only when asked (the scope offline_access, or authorization parameters such as access_type=offline and prompt=consent).`;
}

/** What the server said in a refusal: the OAuth error fields, else its page's text, one line. */
function refusalText(text: string, contentType: string, mask: (s: string) => string): string {
  let said: string | undefined;
  if (/json/i.test(contentType)) {
    try {
      const v = JSON.parse(text) as Record<string, unknown>;
      if (typeof v.error === 'string') said = `${v.error}${typeof v.error_description === 'string' ? `: ${v.error_description}` : ''}`;
    } catch {
      // Not JSON after all: read as text.
    }
  }
  said ??= text
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(
      /&(amp|lt|gt|quot|#39|#x27);/g,
      (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? ' ',
    );
  return oneLine(mask(said), 240).replace(/\.$/, '');
}

type Preflight = { kind: 'refused'; message: string } | { kind: 'fine' };

async function tryAuthorizationRequest(
  authorizeUrl: string,
  redirectUri: string,
  secrets: string[],
  redirectHint: string,
  http?: HttpClientOptions,
): Promise<Preflight> {
  const outcome = await sendHttpRequest(
    { method: 'GET', url: authorizeUrl, headers: { Accept: 'text/html,application/json;q=0.9' } },
    { ...http, maxRedirects: 0, timeoutMs: Math.min(http?.timeoutMs ?? 5_000, 5_000), maxBytes: 256 * 1024 },
  ).catch(() => undefined);
  if (!outcome?.ok) return { kind: 'fine' }; // Unreachable from here: the browser shows why.
  const { response } = outcome;
  const mask = secretMasker(secrets);
  const location = response.headers.location;
  if (response.status >= 300 && response.status < 400 && typeof location === 'string') {
    let back: URL;
    try {
      back = new URL(location, authorizeUrl);
    } catch {
      return { kind: 'fine' };
    }
    const error = back.searchParams.get('error');
    if (`${back.origin}${back.pathname}` === redirectUri && error) {
      return { kind: 'refused', message: refusalSentence(error, back.searchParams.get('error_description') ?? undefined, mask) };
    }
    return { kind: 'fine' };
  }
  if (response.status !== 400) return { kind: 'fine' };
  const host = new URL(authorizeUrl).host;
  const said = refusalText(responseText(response), String(response.headers['content-type'] ?? ''), mask);
  return {
    kind: 'refused',
    message: `The authorization server at ${host} refused the sign-in request (400${said ? `: ${said}` : ''}); check the client id and the scopes, and that ${redirectHint} is registered as a redirect URI.`,
  };
}

function refusalSentence(
  error: string,
  description: string | undefined,
  mask: (s: string) => string = (s) => s,
  withoutState = false,
): string {
  const said = `${oneLine(mask(error), 80)}${description ? ` (${oneLine(mask(description), 300).replace(/\.$/, '')})` : ''}`;
  const note = withoutState ? ", in an answer without the sign-in's state" : '';
  return error === 'access_denied'
    ? `The sign-in was declined at the authorization server${note}: ${said}.`
    : `The authorization server refused the sign-in${note}: ${said}.`;
}

export function describeDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} minute${ms === 60_000 ? '' : 's'}`;
  const seconds = Math.max(1, Math.round(ms / 1000));
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

export async function startBrowserSignIn(o: BrowserSignInOptions): Promise<BrowserSignIn> {
  const pkce = createPkcePair();
  const state = randomState();
  const s = o.settings;
  let flowId = '';

  const refuse = (message: string, page: string) => {
    o.flows.end(flowId, 'failed', message);
    return { ok: false, message: page };
  };

  const onAnswer = async (answer: CallbackAnswer): Promise<{ ok: boolean; message: string }> => {
    if (o.flows.get(flowId).state !== 'pending') return { ok: false, message: 'This sign-in was already ended in Connector Studio.' };
    switch (answer.kind) {
      case 'forged':
        return refuse(
          'The browser came back with an answer that does not belong to this sign-in (its state does not match), so it was refused; start the sign-in again.',
          'This answer does not belong to the sign-in in progress, so it was refused.',
        );
      case 'no-code':
        return refuse(
          'The browser came back without an authorization code; start the sign-in again.',
          'The answer holds no authorization code.',
        );
      case 'error': {
        const message = refusalSentence(answer.error, answer.description, undefined, answer.withoutState);
        return refuse(message, message);
      }
      case 'code': {
        let tokens: TokenSet;
        try {
          const form = codeExchangeBody(s, { code: answer.code, redirectUri: loopback.redirectUri, codeVerifier: pkce.verifier });
          tokens = await o.tokenClient.send({
            settings: s,
            url: s.tokenUrl,
            form,
            what: 'code exchange',
            secrets: [answer.code, pkce.verifier],
            choice: o.clientAuthentication,
          });
        } catch (err) {
          const message = err instanceof StudioError ? err.message : 'The code exchange failed.';
          return refuse(message, `Connector Studio could not complete the sign-in. ${message}`);
        }
        // Cancelled while the exchange ran: the user no longer wants these tokens.
        if (o.flows.get(flowId).state !== 'pending') return { ok: false, message: 'This sign-in was cancelled in Connector Studio.' };
        try {
          await o.onTokens(tokens);
        } catch (err) {
          const message = err instanceof StudioError ? err.message : 'The tokens could not be kept.';
          return refuse(message, `Connector Studio could not complete the sign-in. ${message}`);
        }
        o.flows.end(flowId, 'signed-in', tokens.refreshToken ? 'Signed in.' : noRefreshTokenNote(tokens.expiresIn));
        return { ok: true, message: 'Connector Studio is signed in.' };
      }
    }
  };

  const loopback = await startLoopbackRedirect({
    state,
    timeoutMs: o.timeoutMs,
    ...(o.redirectPort !== undefined ? { port: o.redirectPort } : {}),
    onAnswer,
    onTimeout: () =>
      o.flows.end(flowId, 'expired', `The sign-in was not completed within ${describeDuration(o.timeoutMs)}; start it again.`),
  });
  let authorizeUrl: string;
  try {
    authorizeUrl = authorizationRequestUrl(s, { redirectUri: loopback.redirectUri, state, codeChallenge: pkce.challenge });
  } catch (err) {
    loopback.close();
    throw err;
  }
  flowId = o.flows.create(o.owner, loopback.close).flowId;
  if (o.preflight !== false) {
    const hint =
      o.redirectPort !== undefined ? loopback.redirectUri : `${loopback.redirectUri} (or ${redirectUriFor(undefined)} for any port)`;
    const tried = await tryAuthorizationRequest(authorizeUrl, loopback.redirectUri, [state, pkce.challenge], hint, o.http);
    if (tried.kind === 'refused' && o.flows.get(flowId).state === 'pending') o.flows.end(flowId, 'failed', tried.message);
  }
  return { flowId, authorizeUrl, redirectUri: loopback.redirectUri };
}
