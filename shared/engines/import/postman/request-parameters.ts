// Query and header parameters of one request.
// - Values become `x-ms-test-value` (not `default`, which every flow would send), except values
//   that are variables without a value, placeholders (<id>), or held by names that look secret.
// - "(Required)" or "[required]" in a description (as openapi-to-postman and others write it) makes
//   the parameter required; otherwise query parameters are optional. Disabled ones are `advanced`.
// - Headers are optional and `advanced`. Content-Type and Accept become consumes/produces,
//   credentials go to Security, cookies and transport headers are dropped; all reported.
import { isApiKeyQueryName, looksSecretName } from '../credential-names';
import { titleFromKey } from '../display-names';
import { headerRole, isValidHeaderName, mediaTypeOf } from '../header-roles';
import { inferTextValueSchema } from '../schema-inference';
import type { SecurityChoice } from './auth-to-security';
import type { ImportReport } from './import-report';
import { substitute, type PmKeyValue, type VariableScopes } from './postman-sdk';

export type Param = Record<string, unknown>;

const REQUIRED_MARK = /\s*[([]\s*required\s*[)\]]\s*/i;

export function isUsableSample(value: string | undefined): value is string {
  return value !== undefined && value !== '' && !value.includes('{{') && !/^<[^<>]*>$/.test(value.trim());
}

/**
 * A sample value with variables substituted, except variables whose names look secret
 * ({{api_token}}): those stay as written, so their values never reach a test value.
 */
export function sampleValue(raw: string | undefined, scopes: VariableScopes): string | undefined {
  if (raw === undefined) return undefined;
  for (const m of raw.matchAll(/\{\{([^{}]+)\}\}/g)) if (looksSecretName(m[1]!)) return raw;
  return substitute(raw, scopes);
}

/** A query, header or form parameter from a Postman key/value entry. */
export function keyValueParam(name: string, where: 'query' | 'header' | 'formData', entry: PmKeyValue, value: string | undefined): Param {
  const sample = isUsableSample(value) ? value : undefined;
  const typed = sample !== undefined ? inferTextValueSchema(sample) : { type: 'string' };
  const description = entry.description?.replace(REQUIRED_MARK, ' ').trim();
  const required = where !== 'header' && entry.description !== undefined && REQUIRED_MARK.test(entry.description);
  const p: Param = { name, in: where, required, ...typed, ...(description ? { description } : {}), 'x-ms-summary': titleFromKey(name) };
  if (where === 'header' || entry.disabled) p['x-ms-visibility'] = 'advanced';
  if (sample !== undefined && !looksSecretName(name)) p['x-ms-test-value'] = typed.type === 'string' ? sample : JSON.parse(sample);
  return p;
}

export function queryParameters(
  query: readonly PmKeyValue[],
  security: SecurityChoice | undefined,
  urlPointer: string,
  report: ImportReport,
): Param[] {
  const out: Param[] = [];
  const seen = new Set<string>();
  for (const q of query) {
    const name = q.key.trim();
    if (name === '') {
      report.tally(
        'decision',
        'QueryParameterWithoutName',
        urlPointer,
        (n) => `${n === 1 ? 'A query string part has' : `${n} query string parts have`} no name; left out.`,
      );
      continue;
    }
    if (seen.has(name)) {
      report.tally(
        'warning',
        'QueryParameterRepeated',
        urlPointer,
        (n) =>
          `${n === 1 ? 'A query parameter appears' : `${n} query parameters appear`} more than once in one request (e.g. "${name}"); each was imported once.`,
      );
      continue;
    }
    seen.add(name);
    const isKey = (security?.kind === 'apiKey' && security.in === 'query' && security.name === name) || isApiKeyQueryName(name);
    if (isKey) {
      report.tally(
        'decision',
        'CredentialQueryParameterLeftToSecurity',
        urlPointer,
        (n) =>
          `${n === 1 ? 'A query parameter carries' : `${n} query parameters carry`} a credential (e.g. "${name}"); it is the connection's job (Security), so it was left out.`,
      );
      continue;
    }
    out.push(keyValueParam(name, 'query', q, q.value));
  }
  return out;
}

export interface HeaderParameters {
  params: Param[];
  contentType?: string;
  accept?: string;
}

export function headerParameters(
  headers: readonly PmKeyValue[],
  security: SecurityChoice | undefined,
  scopes: VariableScopes,
  headerPointer: (index: number) => string,
  report: ImportReport,
): HeaderParameters {
  const result: HeaderParameters = { params: [] };
  const seen = new Set<string>();
  headers.forEach((h, i) => {
    const pointer = headerPointer(i);
    const name = substitute(h.key, scopes).trim();
    const value = sampleValue(h.value, scopes)?.trim();
    if (name === '') return;
    if (!isValidHeaderName(name)) {
      report.add('warning', 'HeaderNameInvalid', `"${name.slice(0, 80)}" is not a valid header name; the header was left out.`, pointer);
      return;
    }
    const role =
      security?.kind === 'apiKey' && security.in === 'header' && security.name?.toLowerCase() === name.toLowerCase()
        ? 'authorization'
        : headerRole(name);
    switch (role) {
      case 'content-type':
        if (!h.disabled && value) result.contentType ??= mediaTypeOf(value);
        report.tally(
          'decision',
          'ContentTypeHeaderToConsumes',
          pointer,
          (n) =>
            `Content-Type is sent by the platform: ${n === 1 ? 'a Content-Type header' : `${n} Content-Type headers`} became what ${n === 1 ? 'its operation consumes' : 'their operations consume'}.`,
        );
        return;
      case 'accept':
        if (!h.disabled && value) result.accept ??= mediaTypeOf(value);
        report.tally(
          'decision',
          'AcceptHeaderToProduces',
          pointer,
          (n) =>
            `${n === 1 ? 'An Accept header' : `${n} Accept headers`} became what ${n === 1 ? 'its operation produces' : 'their operations produce'}.`,
        );
        return;
      case 'authorization':
      case 'api-key':
        report.tally(
          'decision',
          'CredentialHeaderLeftToSecurity',
          pointer,
          (n) =>
            `${n === 1 ? 'A header carries' : `${n} headers carry`} credentials (e.g. ${name}); they are the connection's job (Security), so they were left out and their values not kept.`,
        );
        return;
      case 'cookie':
        report.tally(
          'loss',
          'CookieHeaderDropped',
          pointer,
          (n) => `Connectors do not support cookies: ${n === 1 ? 'a Cookie header was' : `${n} Cookie headers were`} left out.`,
        );
        return;
      case 'transport':
        report.tally(
          'decision',
          'TransportHeaderDropped',
          pointer,
          (n) =>
            `${n === 1 ? 'A header' : `${n} headers`} that the platform sets itself (e.g. ${name}) ${n === 1 ? 'was' : 'were'} left out.`,
        );
        return;
      default:
        break;
    }
    if (seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    result.params.push(keyValueParam(name, 'header', h, value));
  });
  return result;
}
