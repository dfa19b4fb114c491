// The requests of each grant: the authorization URL the browser opens, and the form bodies sent to
// the token endpoint, without the client's credentials: client-authentication.ts puts those in the
// body or an HTTP Basic header when the request is sent. The code verifier is always sent, also when
// an oauth2generic template does not name it. A refresh asks for no scope (RFC 6749 §6: the scope
// granted at sign-in), except with Entra ID, whose v2.0 endpoint wants the scopes of the sign-in.
import type { OAuthSettings } from './oauth-settings';
import { fillFormTemplate, templateLookup, type TemplateValues } from './oauth-templates';

type Resolved = OAuthSettings & { clientId: string };

const scopeText = (s: OAuthSettings, withCodeScopes: boolean): string =>
  [...s.scopes, ...(withCodeScopes ? s.codeScopes : [])].join(s.scopeDelimiter);

function standardValues(s: Resolved, extra: TemplateValues, withCodeScopes: boolean): TemplateValues {
  return {
    clientid: s.clientId,
    ...(s.clientSecret ? { clientsecret: s.clientSecret } : {}),
    scopes: scopeText(s, withCodeScopes),
    ...extra,
  };
}

function setIfAbsent(p: URLSearchParams, name: string, value: string | undefined): void {
  if (value !== undefined && value !== '' && !p.has(name)) p.set(name, value);
}

export function authorizationRequestUrl(
  s: Resolved & { authorizationUrl: string },
  r: { redirectUri: string; state: string; codeChallenge: string },
): string {
  const url = new URL(s.authorizationUrl);
  if (s.templates.authorizeQuery) {
    const lookup = templateLookup(standardValues(s, { redirecturl: r.redirectUri, state: r.state }, true), s.values, s.parameterName);
    for (const [k, v] of fillFormTemplate(s.templates.authorizeQuery, lookup, 'authorization query template')) url.searchParams.set(k, v);
  }
  const p = url.searchParams;
  setIfAbsent(p, 'response_type', 'code');
  setIfAbsent(p, 'client_id', s.clientId);
  setIfAbsent(p, 'scope', scopeText(s, true));
  // Ours whatever a template says: the loopback, the state and PKCE are what make the sign-in safe.
  p.set('redirect_uri', r.redirectUri);
  p.set('state', r.state);
  p.set('code_challenge', r.codeChallenge);
  p.set('code_challenge_method', 'S256');
  return url.href;
}

function body(s: Resolved, template: string | undefined, values: TemplateValues, withCodeScopes: boolean, what: string): URLSearchParams {
  return template
    ? fillFormTemplate(template, templateLookup(standardValues(s, values, withCodeScopes), s.values, s.parameterName), what)
    : new URLSearchParams();
}

/** True when an oauth2generic body template writes the client secret itself (so it goes in the body). */
export function bodyTemplateSendsSecret(s: OAuthSettings): boolean {
  return [s.templates.tokenBody, s.templates.refreshBody].some(
    (t) => t !== undefined && /\{clientsecret\}|(^|[?&])client_secret=/i.test(t),
  );
}

export function codeExchangeBody(s: Resolved, r: { code: string; redirectUri: string; codeVerifier: string }): URLSearchParams {
  const p = body(s, s.templates.tokenBody, { code: r.code, redirecturl: r.redirectUri }, true, 'token body template');
  setIfAbsent(p, 'grant_type', 'authorization_code');
  p.set('code', r.code);
  p.set('redirect_uri', r.redirectUri);
  p.set('code_verifier', r.codeVerifier);
  return p;
}

export function refreshBody(s: Resolved, refreshToken: string): URLSearchParams {
  const p = body(s, s.templates.refreshBody, { refreshtoken: refreshToken }, true, 'refresh body template');
  setIfAbsent(p, 'grant_type', 'refresh_token');
  p.set('refresh_token', refreshToken);
  // Asking again for every requested scope fails where the server granted fewer (invalid_scope);
  // without one the server keeps what it granted. Entra ID's v2.0 endpoint expects the sign-in's scopes.
  if (s.provider === 'aad') setIfAbsent(p, 'scope', scopeText(s, true));
  return p;
}

export function clientCredentialsBody(s: Resolved): URLSearchParams {
  const p = new URLSearchParams({ grant_type: 'client_credentials' });
  setIfAbsent(p, 'scope', scopeText(s, false));
  return p;
}
