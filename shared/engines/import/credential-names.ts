// Names that carry credentials. Such headers and query parameters belong to the connection
// (Security), not to operations, and their sample values must never be copied into a definition.

const API_KEY_HEADER =
  /^(?:x-)?(?:api[-_]?key|apikey|auth[-_]?token|access[-_]?token|private[-_]?token|functions[-_]?key|subscription[-_]?key|rapidapi[-_]?key)$|^ocp-apim-subscription-key$/i;
const API_KEY_QUERY = /^(?:x-)?(?:api[-_]?key|apikey|access[-_]?token|subscription[-_]?key|auth[-_]?token)$/i;
const SECRET_WORD = /token|secret|passw(?:or)?d|pwd|api[-_]?key|signature|credential|session/i;

/** A header that holds an API key (X-API-Key, Ocp-Apim-Subscription-Key, ...). */
export function isApiKeyHeaderName(name: string): boolean {
  return API_KEY_HEADER.test(name.trim());
}

/** A query parameter that holds an API key or token (api_key, access_token, ...). */
export function isApiKeyQueryName(name: string): boolean {
  return API_KEY_QUERY.test(name.trim());
}

/** A name whose value is probably secret: its sample value is not kept as a test value. */
export function looksSecretName(name: string): boolean {
  return SECRET_WORD.test(name) || isApiKeyHeaderName(name) || isApiKeyQueryName(name);
}
