// What an authorization server says about itself (RFC 8414 authorization server metadata, or
// OpenID Connect discovery), found from the token URL alone: the studio knows no issuer. Candidates
// are the well-known documents at each path prefix of the token URL, both spellings, nearest
// first; a document counts only when its token_endpoint is the connector's token URL, so a
// document of another server on the same host is never believed. Nothing secret is sent, and each
// token URL is looked up once per run.
import { responseText, sendHttpRequest, type HttpClientOptions } from '../http-client';

export interface ProviderMetadata {
  /** The document the metadata came from. */
  source: string;
  /** token_endpoint_auth_methods_supported; when the server leaves it out, RFC 8414 says client_secret_basic. */
  tokenEndpointAuthMethods: string[];
}

const MAX_CANDIDATES = 6;
const LOOKUP_TIMEOUT_MS = 4_000;

/** The well-known URLs that may describe the server of `tokenUrl`, nearest to it first. */
export function metadataCandidates(tokenUrl: string): string[] {
  const url = new URL(tokenUrl);
  const segments = url.pathname.split('/').filter(Boolean);
  const out: string[] = [];
  // The issuer is the token URL's origin plus some prefix of its path (not the endpoint's own name).
  for (let n = segments.length - 1; n >= 0; n--) {
    const prefix = segments
      .slice(0, n)
      .map((s) => `/${s}`)
      .join('');
    out.push(`${url.origin}${prefix}/.well-known/openid-configuration`);
    out.push(`${url.origin}/.well-known/oauth-authorization-server${prefix}`);
  }
  return [...new Set(out)].slice(0, MAX_CANDIDATES);
}

const sameEndpoint = (a: unknown, b: string): boolean => {
  if (typeof a !== 'string') return false;
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname.replace(/\/+$/, '') === y.pathname.replace(/\/+$/, '');
  } catch {
    return false;
  }
};

async function readDocument(url: string, tokenUrl: string, http: HttpClientOptions | undefined): Promise<ProviderMetadata | undefined> {
  const outcome = await sendHttpRequest(
    { method: 'GET', url, headers: { Accept: 'application/json' } },
    { ...http, maxRedirects: 0, timeoutMs: Math.min(http?.timeoutMs ?? LOOKUP_TIMEOUT_MS, LOOKUP_TIMEOUT_MS), maxBytes: 512 * 1024 },
  );
  if (!outcome.ok || outcome.response.status !== 200) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(responseText(outcome.response));
  } catch {
    return undefined;
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  const d = doc as Record<string, unknown>;
  if (!sameEndpoint(d.token_endpoint, tokenUrl)) return undefined;
  const methods = Array.isArray(d.token_endpoint_auth_methods_supported)
    ? d.token_endpoint_auth_methods_supported.filter((m): m is string => typeof m === 'string')
    : ['client_secret_basic'];
  return { source: url, tokenEndpointAuthMethods: methods };
}

export interface MetadataLookup {
  /** The server's metadata, or null when none of the well-known documents describes this token URL. */
  find(tokenUrl: string): Promise<ProviderMetadata | null>;
}

export function createMetadataLookup(http?: HttpClientOptions): MetadataLookup {
  const known = new Map<string, Promise<ProviderMetadata | null>>();
  const lookUp = async (tokenUrl: string): Promise<ProviderMetadata | null> => {
    for (const candidate of metadataCandidates(tokenUrl)) {
      const found = await readDocument(candidate, tokenUrl, http).catch(() => undefined);
      if (found) return found;
    }
    return null;
  };
  return {
    find(tokenUrl) {
      let p = known.get(tokenUrl);
      if (!p) {
        p = lookUp(tokenUrl);
        known.set(tokenUrl, p);
      }
      return p;
    },
  };
}
