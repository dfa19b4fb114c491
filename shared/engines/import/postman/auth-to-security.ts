// Postman auth (set on the collection, a folder or a request, or only written as an Authorization
// or API-key header) to the connector's one security definition. The platform uses one kind of
// authentication per connection, so the kind most requests use wins and the others are reported.
// - basic -> basic; apikey -> apiKey (header or query); bearer -> apiKey in the Authorization header
//   (the platform has no bearer type: users enter "Bearer <token>"); oauth2 -> oauth2 accessCode.
// - oauth1, hawk, digest, ntlm, awsv4, akamai EdgeGrid and others cannot be expressed: reported.
// Secret values (passwords, tokens, keys, client secrets) are never copied.
import { isApiKeyQueryName } from '../credential-names';
import { headerRole } from '../header-roles';
import type { CollectedRequest } from './collect-requests';
import type { ImportReport } from './import-report';
import { plural } from './import-report';
import { substitute, type VariableScopes } from './postman-sdk';

export interface SecurityChoice {
  kind: 'basic' | 'apiKey' | 'oauth2';
  /** For apiKey: where the key goes and under which name. */
  in?: 'header' | 'query';
  name?: string;
  bearer: boolean;
  definitionName: string;
  definition: Record<string, unknown>;
}

interface Candidate {
  key: string;
  kind: SecurityChoice['kind'];
  in?: 'header' | 'query';
  name?: string;
  bearer: boolean;
  fromHeader: boolean;
  pointer: string;
  count: number;
  params: Record<string, unknown>;
  scopes: VariableScopes;
  label: string;
}

const UNSUPPORTED_LABEL: Record<string, string> = {
  oauth1: 'OAuth 1.0',
  hawk: 'Hawk',
  digest: 'Digest',
  ntlm: 'NTLM',
  awsv4: 'AWS Signature',
  akamai: 'Akamai EdgeGrid',
  edgegrid: 'Akamai EdgeGrid',
  asap: 'ASAP (Atlassian)',
  jwt: 'JWT Bearer',
};

const PLACEHOLDER_AUTH_URL = 'https://login.example.com/oauth2/authorize';
const PLACEHOLDER_TOKEN_URL = 'https://login.example.com/oauth2/token';

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

function candidateOf(req: CollectedRequest): Omit<Candidate, 'count'> | { unsupported: string; pointer: string } | undefined {
  const auth = req.auth?.auth;
  if (auth && auth.type !== 'noauth') {
    const pointer = req.auth!.pointer;
    const base = { bearer: false, fromHeader: false, pointer, params: auth.params, scopes: req.scopes };
    switch (auth.type) {
      case 'basic':
        return { ...base, key: 'basic', kind: 'basic', label: 'basic authentication' };
      case 'bearer':
        return {
          ...base,
          key: 'apiKey:header:authorization',
          kind: 'apiKey',
          in: 'header',
          name: 'Authorization',
          bearer: true,
          label: 'a bearer token',
        };
      case 'apikey': {
        const where = str(auth.params.in) === 'query' ? 'query' : 'header';
        const name = substitute(str(auth.params.key) ?? '', req.scopes).trim() || 'X-API-Key';
        return {
          ...base,
          key: `apiKey:${where}:${name.toLowerCase()}`,
          kind: 'apiKey',
          in: where,
          name,
          label: `an API key (${name} in the ${where})`,
        };
      }
      case 'oauth2':
        return { ...base, key: 'oauth2', kind: 'oauth2', label: 'OAuth 2.0' };
      default:
        return { unsupported: auth.type, pointer };
    }
  }
  // No auth set: an Authorization or API-key header, or an API-key query parameter, says what the API expects.
  for (const [i, h] of req.request.headers.entries()) {
    if (h.disabled) continue;
    const pointer = req.pointers.header(i);
    const base = { fromHeader: true, pointer, params: {}, scopes: req.scopes };
    const role = headerRole(h.key);
    if (role === 'authorization' && h.key.toLowerCase() === 'authorization') {
      const scheme = (h.value ?? '').trim().split(/\s+/)[0]?.toLowerCase();
      if (scheme === 'basic')
        return { ...base, key: 'basic', kind: 'basic', bearer: false, label: 'basic authentication (an Authorization: Basic header)' };
      return {
        ...base,
        key: 'apiKey:header:authorization',
        kind: 'apiKey',
        in: 'header',
        name: 'Authorization',
        bearer: scheme === 'bearer',
        label: scheme === 'bearer' ? 'a bearer token (an Authorization: Bearer header)' : 'an Authorization header',
      };
    }
    if (role === 'api-key') {
      return {
        ...base,
        key: `apiKey:header:${h.key.toLowerCase()}`,
        kind: 'apiKey',
        in: 'header',
        name: h.key,
        bearer: false,
        label: `an API key (the ${h.key} header)`,
      };
    }
  }
  for (const q of req.request.url.query) {
    if (!q.disabled && isApiKeyQueryName(q.key)) {
      return {
        key: `apiKey:query:${q.key.toLowerCase()}`,
        kind: 'apiKey',
        in: 'query',
        name: q.key,
        bearer: false,
        fromHeader: true,
        pointer: req.pointers.url,
        params: {},
        scopes: req.scopes,
        label: `an API key (the ${q.key} query parameter)`,
      };
    }
  }
  return undefined;
}

function oauthDefinition(c: Candidate, report: ImportReport): Record<string, unknown> {
  const p = (k: string) => {
    const v = str(c.params[k]);
    return v !== undefined ? substitute(v, c.scopes).trim() : undefined;
  };
  const url = (value: string | undefined, placeholder: string, label: string): string => {
    if (value && /^https?:\/\/[^\s{}]+$/i.test(value)) return value;
    report.add(
      'warning',
      'OAuthUrlMissing',
      value
        ? `The OAuth 2.0 ${label} "${value}" is not a URL (a variable without a value?); ${placeholder} stands in for it: set the real one in Security.`
        : `The collection gives no OAuth 2.0 ${label}; ${placeholder} stands in for it: set the real one in Security.`,
      c.pointer,
    );
    return placeholder;
  };
  const grant = (p('grant_type') ?? p('grantType') ?? 'authorization_code').toLowerCase();
  if (!/^(authorization_code|authorization_code_with_pkce|code)$/.test(grant)) {
    report.add(
      'loss',
      'OAuthGrantNotSupported',
      `The collection uses the OAuth 2.0 "${grant}" grant; connectors support only the authorization code grant, so the connection will sign users in with it.`,
      c.pointer,
    );
  }
  if (grant === 'authorization_code_with_pkce') {
    report.add(
      'warning',
      'OAuthPkce',
      'The collection uses PKCE; the generic OAuth 2.0 provider of a connector does not send a code challenge, so check that the service accepts sign-in without it.',
      c.pointer,
    );
  }
  if (p('addTokenTo') === 'queryParams') {
    report.add(
      'warning',
      'OAuthTokenInQuery',
      'The collection sends the OAuth 2.0 token in the query string; connectors send it in the Authorization header.',
      c.pointer,
    );
  }
  const scopes = (p('scope') ?? '').split(/[\s,]+/).filter((s) => s !== '' && !s.includes('{{'));
  report.add(
    'decision',
    'OAuthClientNotCopied',
    'The OAuth 2.0 client id and secret are not copied into the connector: enter them in Security, and register the redirect URL shown there with the service.',
    c.pointer,
  );
  return {
    type: 'oauth2',
    flow: 'accessCode',
    authorizationUrl: url(p('authUrl') ?? p('authorizationUrl'), PLACEHOLDER_AUTH_URL, 'authorization URL'),
    tokenUrl: url(p('accessTokenUrl') ?? p('tokenUrl'), PLACEHOLDER_TOKEN_URL, 'token URL'),
    scopes: Object.fromEntries(scopes.map((s) => [s, s])),
  };
}

/**
 * Chooses the connector's authentication from every request; undefined when none uses any. A
 * collection without requests takes the collection's own auth.
 */
export function chooseSecurity(
  requests: readonly CollectedRequest[],
  root: Pick<CollectedRequest, 'auth' | 'scopes'> & { pointer: string },
  report: ImportReport,
): SecurityChoice | undefined {
  const rootPointer = root.pointer;
  if (requests.length === 0 && root.auth) {
    const pseudo: CollectedRequest = {
      pointer: rootPointer,
      pointers: { request: rootPointer, url: rootPointer, header: () => rootPointer },
      name: '',
      request: { method: 'GET', url: { path: [], query: [], variables: [], hasCredentials: false }, headers: [] },
      responses: [],
      auth: root.auth,
      scopes: root.scopes,
    };
    return chooseSecurity([pseudo], { scopes: root.scopes, pointer: rootPointer }, report);
  }
  const candidates = new Map<string, Candidate>();
  const unsupported = new Map<string, { type: string; count: number }>();
  let noAuth = 0;
  let firstNoAuth = '';
  for (const req of requests) {
    const c = candidateOf(req);
    if (!c) {
      noAuth++;
      firstNoAuth ||= req.pointer;
      continue;
    }
    if ('unsupported' in c) {
      const u = unsupported.get(c.pointer);
      if (u) u.count++;
      else unsupported.set(c.pointer, { type: c.unsupported, count: 1 });
      continue;
    }
    const existing = candidates.get(c.key);
    if (existing) {
      existing.count++;
      existing.bearer ||= c.bearer;
    } else {
      candidates.set(c.key, { ...c, count: 1 });
    }
  }
  for (const [pointer, u] of unsupported) {
    const label = UNSUPPORTED_LABEL[u.type.toLowerCase()] ?? `"${u.type}"`;
    report.add(
      'loss',
      'AuthNotSupported',
      `${label} authentication (used by ${plural(u.count, 'request')}) cannot be expressed in a connector, which supports basic, API key and OAuth 2.0; ${u.count === 1 ? 'that request sends' : 'those requests send'} the connection's authentication instead, if any.`,
      pointer,
    );
  }
  let chosen: Candidate | undefined;
  for (const c of candidates.values()) if (!chosen || c.count > chosen.count) chosen = c;
  if (!chosen) {
    if (requests.length > 0 && unsupported.size === 0) {
      report.add(
        'decision',
        'NoAuthentication',
        'No request sets authentication or sends credentials, so the connector has none: if the API needs it, choose it in Security.',
        rootPointer,
      );
    }
    return undefined;
  }

  for (const c of candidates.values()) {
    if (c === chosen) continue;
    report.add(
      'loss',
      'AuthNotChosen',
      `${plural(c.count, 'request')} ${c.count === 1 ? 'uses' : 'use'} ${c.label}, but a connector has one kind of authentication and this one uses ${chosen.label} (used by ${plural(chosen.count, 'request')}).`,
      c.pointer,
    );
  }
  if (chosen.fromHeader) {
    report.add(
      'decision',
      'AuthFromRequestHeaders',
      `No auth is set in the collection, but ${plural(chosen.count, 'request')} ${chosen.count === 1 ? 'sends' : 'send'} ${chosen.label}; the connector asks for it when a connection is made.`,
      chosen.pointer,
    );
  }
  if (noAuth > 0 && requests.length > noAuth) {
    report.add(
      'decision',
      'NoAuthRequestsUseConnection',
      `${plural(noAuth, 'request')} ${noAuth === 1 ? 'uses' : 'use'} no authentication; in a connector every operation sends the connection's authentication.`,
      firstNoAuth,
    );
  }

  if (chosen.kind === 'basic') {
    return { kind: 'basic', bearer: false, definitionName: 'basic_auth', definition: { type: 'basic' } };
  }
  if (chosen.kind === 'apiKey') {
    if (chosen.bearer) {
      report.add(
        'decision',
        'BearerAsApiKey',
        'The platform has no bearer-token type: the token becomes an API key sent in the Authorization header, so users enter "Bearer " followed by their token when they create a connection.',
        chosen.pointer,
      );
    }
    return {
      kind: 'apiKey',
      in: chosen.in!,
      name: chosen.name!,
      bearer: chosen.bearer,
      definitionName: 'api_key',
      definition: { type: 'apiKey', in: chosen.in, name: chosen.name },
    };
  }
  return { kind: 'oauth2', bearer: false, definitionName: 'oauth2_auth', definition: oauthDefinition(chosen, report) };
}
