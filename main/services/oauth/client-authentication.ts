// How a confidential client proves itself at the token endpoint (RFC 6749 §2.3.1): HTTP Basic
// (client_secret_basic, which every server must support) or client_id / client_secret in the body
// (client_secret_post). The author may choose; "automatic" follows the server's metadata
// (RFC 8414 token_endpoint_auth_methods_supported), and without metadata sends the secret in the
// body as the platform does, trying HTTP Basic once when the server answers invalid_client.
// A public client (no secret) sends its client_id in the body.
import type { ProviderMetadata } from './provider-metadata';

export type ClientAuthChoice = 'auto' | 'basic' | 'body';
export type ClientAuthMethod = 'basic' | 'body' | 'none';

export const CLIENT_AUTH_CHOICES: readonly ClientAuthChoice[] = ['auto', 'basic', 'body'];

/** The Authorization header value of client_secret_basic: each part form-encoded first (RFC 6749 §2.3.1). */
export function basicCredentials(clientId: string, clientSecret: string): string {
  const encode = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`, 'utf8').toString('base64')}`;
}

export interface MethodDecision {
  method: ClientAuthMethod;
  /** True when the choice was a guess (no metadata): an invalid_client answer is worth one try with Basic. */
  mayFallBack: boolean;
}

/**
 * The method for a token request. `bodyTemplateSendsSecret`: an oauth2generic body template that
 * names the client secret has already decided (the body).
 */
export function decideMethod(input: {
  hasSecret: boolean;
  choice: ClientAuthChoice;
  provider: string;
  bodyTemplateSendsSecret: boolean;
  metadata: ProviderMetadata | null;
}): MethodDecision {
  if (!input.hasSecret) return { method: 'none', mayFallBack: false };
  if (input.choice !== 'auto') return { method: input.choice, mayFallBack: false };
  if (input.bodyTemplateSendsSecret || input.provider === 'aad') return { method: 'body', mayFallBack: false };
  const methods = input.metadata?.tokenEndpointAuthMethods;
  if (!methods) return { method: 'body', mayFallBack: true };
  if (methods.includes('client_secret_basic')) return { method: 'basic', mayFallBack: false };
  if (methods.includes('client_secret_post')) return { method: 'body', mayFallBack: false };
  // Only methods the studio has not (private_key_jwt, tls_client_auth...): Basic, and the server says why not.
  return { method: 'basic', mayFallBack: false };
}

/** Puts the client's credentials where `method` says: the form, or the Authorization header it answers. */
export function authenticateClient(
  form: URLSearchParams,
  client: { clientId: string; clientSecret?: string },
  method: ClientAuthMethod,
): { form: URLSearchParams; headers: Record<string, string> } {
  const p = new URLSearchParams(form);
  if (method === 'basic' && client.clientSecret) {
    // One mechanism only (RFC 6749 §2.3): no client_secret beside the header, and no client_id a server could read as a second one.
    p.delete('client_secret');
    if (p.get('client_id') === client.clientId) p.delete('client_id');
    return { form: p, headers: { Authorization: basicCredentials(client.clientId, client.clientSecret) } };
  }
  if (!p.has('client_id')) p.set('client_id', client.clientId);
  if (method === 'body' && client.clientSecret && !p.has('client_secret')) p.set('client_secret', client.clientSecret);
  return { form: p, headers: {} };
}

export const METHOD_WORDS: Record<ClientAuthMethod, string> = {
  basic: 'HTTP Basic',
  body: 'the request body',
  none: 'no secret (a public client)',
};
