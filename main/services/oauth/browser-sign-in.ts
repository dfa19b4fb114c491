// The authorization code grant with PKCE through the system browser (RFC 8252): a loopback
// redirect, the authorization URL for the browser, and the code exchanged at the token endpoint
// once the browser comes back with it. The verifier and the state never leave this closure.
import { StudioError } from '../../../shared/contracts/ipc/studio-error';
import type { HttpClientOptions } from '../http-client';
import { startLoopbackRedirect, type CallbackAnswer } from './loopback-redirect';
import { authorizationRequestUrl, codeExchangeBody } from './oauth-requests';
import type { OAuthSettings } from './oauth-settings';
import { createPkcePair, randomState } from './pkce';
import type { SignInFlows } from './sign-in-flows';
import { oneLine, requestTokens, type TokenSet } from './token-endpoint';

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
  /** Keeps the tokens of a completed sign-in. */
  onTokens(tokens: TokenSet): Promise<void>;
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
        return refuse('The browser came back without an authorization code; start the sign-in again.', 'The answer holds no authorization code.');
      case 'error': {
        const said = `${oneLine(answer.error, 80)}${answer.description ? ` (${oneLine(answer.description, 300).replace(/\.$/, '')})` : ''}`;
        const message = answer.error === 'access_denied' ? `The sign-in was declined at the authorization server: ${said}.` : `The authorization server refused the sign-in: ${said}.`;
        return refuse(message, message);
      }
      case 'code': {
        let tokens: TokenSet;
        try {
          const form = codeExchangeBody(s, { code: answer.code, redirectUri: loopback.redirectUri, codeVerifier: pkce.verifier });
          tokens = await requestTokens(s.tokenUrl, form, {
            what: 'code exchange',
            secrets: [answer.code, pkce.verifier, ...(s.clientSecret ? [s.clientSecret] : [])],
            ...(o.http ? { http: o.http } : {}),
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
        o.flows.end(flowId, 'signed-in', 'Signed in.');
        return { ok: true, message: 'Connector Studio is signed in.' };
      }
    }
  };

  const loopback = await startLoopbackRedirect({
    state,
    timeoutMs: o.timeoutMs,
    onAnswer,
    onTimeout: () => o.flows.end(flowId, 'expired', `The sign-in was not completed within ${describeDuration(o.timeoutMs)}; start it again.`),
  });
  let authorizeUrl: string;
  try {
    authorizeUrl = authorizationRequestUrl(s, { redirectUri: loopback.redirectUri, state, codeChallenge: pkce.challenge });
  } catch (err) {
    loopback.close();
    throw err;
  }
  flowId = o.flows.create(o.owner, loopback.close).flowId;
  return { flowId, authorizeUrl, redirectUri: loopback.redirectUri };
}
