// OpenAPI 3 security schemes to Swagger 2.0 security definitions, as far as Power Platform can
// use them: http basic -> basic; http bearer -> an API key in the Authorization header; apiKey in
// a header or the query -> apiKey; oauth2 authorization code -> oauth2 accessCode. Everything
// else (cookies, other OAuth flows, OpenID Connect, mutual TLS) is reported. Which one the
// connector uses is settled when the connector is finished (the first the API asks for).
import { asArray, asObject, type JsonObject } from '../../../core/model';
import { appendPointer } from '../../../core/text';
import { type ConvertContext, resolveSource } from './convert-context';

export interface ConvertedSecurity {
  securityDefinitions: JsonObject;
  /** Root requirements, with only the schemes that could be converted. */
  security: JsonObject[] | undefined;
  /** Schemes that were HTTP bearer (users must type "Bearer " before the token). */
  bearer: Set<string>;
  /** OAuth refresh URLs, where the API gives one. */
  refreshUrls: Map<string, string>;
}

export function convertSecurity(root: JsonObject, ctx: ConvertContext): ConvertedSecurity {
  const schemes = asObject(asObject(root.components)?.securitySchemes) ?? {};
  const result: ConvertedSecurity = { securityDefinitions: {}, security: undefined, bearer: new Set(), refreshUrls: new Map() };
  // The schemes the API asks for come first, so the finisher's choice follows the API's order.
  const asked = asArray(root.security).flatMap((r) => Object.keys(asObject(r) ?? {}));
  const names = [...new Set([...asked.filter((n) => n in schemes), ...Object.keys(schemes)])];
  for (const name of names) {
    const pointer = appendPointer('/components/securitySchemes', name);
    const located = resolveSource(ctx, schemes[name], pointer);
    const scheme = asObject(located?.value);
    if (!scheme) continue;
    const converted = convertScheme(name, scheme, pointer, ctx, result);
    if (converted) {
      ctx.origin.set(converted, pointer);
      result.securityDefinitions[name] = converted;
    }
  }
  result.security = mapRequirements(root.security, result.securityDefinitions);
  return result;
}

/** Requirements naming only converted schemes; empty alternatives (auth optional) are left out. */
export function mapRequirements(raw: unknown, definitions: JsonObject): JsonObject[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw
    .map((r) => Object.fromEntries(Object.entries(asObject(r) ?? {}).filter(([n]) => n in definitions)))
    .filter((r) => Object.keys(r).length > 0);
}

function convertScheme(
  name: string,
  s: JsonObject,
  pointer: string,
  ctx: ConvertContext,
  result: ConvertedSecurity,
): JsonObject | undefined {
  const description = typeof s.description === 'string' ? { description: s.description } : {};
  const lost = (code: string, why: string) => {
    ctx.notes.add('loss', code, `Security scheme "${name}" was left out: ${why}`, pointer);
    return undefined;
  };
  switch (s.type) {
    case 'http': {
      const scheme = String(s.scheme ?? '').toLowerCase();
      if (scheme === 'basic') return { type: 'basic', ...description };
      if (scheme === 'bearer') {
        result.bearer.add(name);
        ctx.notes.add(
          'decision',
          'BearerAsApiKey',
          `Security scheme "${name}" (HTTP bearer token) became an API key sent in the Authorization header: Power Platform has no bearer type. Users type "Bearer " followed by their token when they create a connection.`,
          pointer,
        );
        return { type: 'apiKey', in: 'header', name: 'Authorization', ...description };
      }
      return lost('HttpSchemeUnsupported', `Power Platform supports HTTP basic authentication and bearer tokens, not "${scheme}".`);
    }
    case 'apiKey':
      if (s.in === 'header' || s.in === 'query') {
        if (typeof s.name !== 'string' || s.name === '')
          return lost('ApiKeyNameMissing', 'it does not say which header or query parameter carries the key.');
        return { type: 'apiKey', in: s.in, name: s.name, ...description };
      }
      return lost('ApiKeyInCookie', `Power Platform sends API keys in a header or the query, not in a ${String(s.in)}.`);
    case 'oauth2':
      return convertOAuth(name, s, pointer, ctx, result, description);
    case 'openIdConnect':
      return lost(
        'OpenIdConnectUnsupported',
        `Power Platform has no OpenID Connect discovery. Set up OAuth 2.0 on the Security tab with the authorization and token URLs from ${typeof s.openIdConnectUrl === 'string' ? s.openIdConnectUrl : "the provider's discovery document"}.`,
      );
    case 'mutualTLS':
      return lost('MutualTlsUnsupported', 'Power Platform connectors cannot present client certificates (mutual TLS).');
    default:
      return lost('SecuritySchemeUnsupported', `Power Platform has no "${String(s.type)}" authentication.`);
  }
}

const FLOW_WORDS: Record<string, string> = {
  implicit: 'implicit',
  password: 'password (resource owner)',
  clientCredentials: 'client-credentials',
};

function convertOAuth(
  name: string,
  s: JsonObject,
  pointer: string,
  ctx: ConvertContext,
  result: ConvertedSecurity,
  description: JsonObject,
): JsonObject | undefined {
  const flows = asObject(s.flows) ?? {};
  const code = asObject(flows.authorizationCode);
  const others = Object.keys(flows).filter((f) => f !== 'authorizationCode');
  const otherWords = others.map((f) => FLOW_WORDS[f] ?? f).join(', ');
  if (!code) {
    ctx.notes.add(
      'loss',
      'OAuthFlowUnsupported',
      `Security scheme "${name}" was left out: it offers the OAuth 2.0 ${otherWords || 'no'} flow${others.length === 1 ? '' : 's'}, and Power Platform supports only the authorization-code flow${others.includes('clientCredentials') ? ' (the client-credentials grant is not supported)' : ''}.`,
      pointer,
    );
    return undefined;
  }
  if (others.length > 0) {
    ctx.notes.add(
      'decision',
      'OAuthOtherFlowsIgnored',
      `Security scheme "${name}" also offers the ${otherWords} flow${others.length === 1 ? '' : 's'}; the connector uses the authorization-code flow, the only one Power Platform supports.`,
      appendPointer(pointer, 'flows'),
    );
  }
  if (typeof code.refreshUrl === 'string' && code.refreshUrl !== '') result.refreshUrls.set(name, code.refreshUrl);
  return {
    type: 'oauth2',
    flow: 'accessCode',
    authorizationUrl: String(code.authorizationUrl ?? ''),
    tokenUrl: String(code.tokenUrl ?? ''),
    scopes: Object.fromEntries(Object.entries(asObject(code.scopes) ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : ''])),
    ...description,
  };
}
