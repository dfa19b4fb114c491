// Sends a grant's form to the token endpoint with the client authenticated as client-authentication.ts
// decides: the author's choice, else the server's metadata, else the body with one try of HTTP
// Basic when the server answers invalid_client (then Basic is remembered for that endpoint and
// client for the rest of the run).
import { authenticateClient, decideMethod, type ClientAuthChoice, type ClientAuthMethod } from './client-authentication';
import { bodyTemplateSendsSecret } from './oauth-requests';
import type { OAuthSettings } from './oauth-settings';
import { createMetadataLookup } from './provider-metadata';
import { requestTokens, TokenEndpointError, type TokenSet } from './token-endpoint';
import type { HttpClientOptions } from '../http-client';

export interface TokenRequest {
  settings: OAuthSettings & { clientId: string };
  url: string;
  /** The grant's form, without the client's credentials. */
  form: URLSearchParams;
  /** Names the grant in messages ("code exchange"). */
  what: string;
  /** Values of the request to mask in any message (code, verifier, refresh token); the client secret is added. */
  secrets: readonly string[];
  choice: ClientAuthChoice;
}

export interface TokenClient {
  send(request: TokenRequest): Promise<TokenSet>;
}

export function createTokenClient(http?: HttpClientOptions): TokenClient {
  const metadata = createMetadataLookup(http);
  const learned = new Map<string, ClientAuthMethod>();

  const post = (r: TokenRequest, method: ClientAuthMethod) => {
    const s = r.settings;
    const { form, headers } = authenticateClient(
      r.form,
      { clientId: s.clientId, ...(s.clientSecret ? { clientSecret: s.clientSecret } : {}) },
      method,
    );
    return requestTokens(r.url, form, {
      what: r.what,
      secrets: [...r.secrets, ...(s.clientSecret ? [s.clientSecret] : [])],
      headers,
      ...(http ? { http } : {}),
    });
  };

  return {
    async send(r) {
      const s = r.settings;
      const key = `${r.url} ${s.clientId}`;
      const hasSecret = Boolean(s.clientSecret);
      const templated = bodyTemplateSendsSecret(s);
      const remembered = r.choice === 'auto' ? learned.get(key) : undefined;
      const needsMetadata = hasSecret && r.choice === 'auto' && !remembered && !templated && s.provider !== 'aad';
      const decision = remembered
        ? { method: remembered, mayFallBack: false }
        : decideMethod({
            hasSecret,
            choice: r.choice,
            provider: s.provider,
            bodyTemplateSendsSecret: templated,
            metadata: needsMetadata ? await metadata.find(r.url) : null,
          });
      try {
        return await post(r, decision.method);
      } catch (err) {
        if (!(decision.mayFallBack && err instanceof TokenEndpointError && err.oauthError === 'invalid_client')) throw err;
      }
      try {
        const tokens = await post(r, 'basic');
        learned.set(key, 'basic');
        return tokens;
      } catch (err) {
        if (!(err instanceof TokenEndpointError)) throw err;
        throw new TokenEndpointError(
          `${err.message.replace(/\.$/, '')}; the client secret was sent in the request body, then with HTTP Basic.`,
          err.oauthError,
        );
      }
    },
  };
}
