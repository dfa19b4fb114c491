// A request's URL as a connector route: where it goes (scheme, host), its path as a template with
// path parameters, and its query. Variables are substituted first; what stays a parameter:
// - `:name` segments (Postman path variables),
// - `{{name}}` filling a whole segment (a per-request value such as {{user_id}}), unless its value
//   holds a `/` (then it is a piece of the base URL and is substituted),
// - `{{name}}` with no value anywhere, inside a segment,
// - `{name}` and `<name>` segments, which people write as placeholders in documentation.
import { isValidHost, parseQueryString, parseUrl } from '../url-parts';
import type { ImportReport } from './import-report';
import { isUsableSample, sampleValue } from './request-parameters';
import { substitute, type PmKeyValue, type PmUrl, type VariableScopes } from './postman-sdk';

export interface RouteParam {
  name: string;
  testValue?: string;
  description?: string;
}

export interface Route {
  scheme?: string;
  /** A valid host (with `:port`), when the URL names one after substitution. */
  host?: string;
  /** Variables left in the host part because nothing gives them a value. */
  hostVariables: string[];
  /** How many leading segments came from a variable in the host part (a base URL such as {{baseUrl}}). */
  baseSegments: number;
  /** Path segments in template form (`{name}` for parameters). */
  segments: string[];
  params: RouteParam[];
  query: PmKeyValue[];
  /** The request has no URL at all. */
  empty: boolean;
}

const WHOLE_VARIABLE = /^\{\{([^{}]+)\}\}$/;
const ANY_VARIABLE = /\{\{([^{}]+)\}\}/g;

export function paramName(raw: string): string {
  const name = raw.trim().replace(/[^A-Za-z0-9_.-]/g, '_');
  return name.replace(/_/g, '') === '' ? 'parameter' : name;
}

function variableValue(name: string, scopes: VariableScopes): string | undefined {
  const token = `{{${name}}}`;
  const v = substitute(token, scopes);
  return v === token ? undefined : v;
}

export function routeOf(url: PmUrl, scopes: VariableScopes, urlPointer: string, report: ImportReport): Route {
  const route: Route = { hostVariables: [], baseSegments: 0, segments: [], params: [], query: [], empty: false };
  const names = new Set<string>();
  const addParam = (raw: string, testValue?: string, description?: string): string => {
    let name = paramName(raw);
    for (let n = 2; names.has(name); n++) name = `${paramName(raw)}${n}`;
    names.add(name);
    route.params.push({ name, ...(isUsableSample(testValue) ? { testValue } : {}), ...(description ? { description } : {}) });
    return `{${name}}`;
  };

  if (url.hasCredentials)
    report.add(
      'loss',
      'UrlCredentialsDropped',
      'The user name and password written in the URL were not kept; credentials belong to the connection (Security).',
      urlPointer,
    );
  if (url.hash !== undefined)
    report.tally(
      'decision',
      'UrlFragmentDropped',
      urlPointer,
      (n) => `${n === 1 ? 'A URL has' : `${n} URLs have`} a #fragment, which is never sent to the API; it was left out.`,
    );

  // Host part: protocol, host and port, after substitution. A base-URL variable may bring a scheme and a path.
  const hostText = substitute(`${url.protocol ? `${url.protocol}://` : ''}${url.host ?? ''}${url.port ? `:${url.port}` : ''}`, scopes);
  if (hostText !== '') {
    const unresolved = [...hostText.matchAll(ANY_VARIABLE)].map((m) => m[1]!.trim());
    if (unresolved.length > 0) {
      route.hostVariables = unresolved;
      const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(hostText)?.[1];
      if (scheme) route.scheme = scheme.toLowerCase();
    } else {
      const parts = parseUrl(hostText.includes('://') || hostText.includes('/') ? hostText : `//${hostText}`);
      if (parts?.host !== undefined && isValidHost(parts.host)) route.host = parts.host;
      else
        report.tally(
          'warning',
          'HostUnreadable',
          urlPointer,
          (n) =>
            `${n === 1 ? 'A URL does' : `${n} URLs do`} not start with a host that can be read (e.g. "${hostText.slice(0, 80)}"); ${n === 1 ? 'it was' : 'they were'} taken to go to the connector's host.`,
        );
      if (parts?.scheme) route.scheme = parts.scheme;
      const baseSegments = (parts?.path ?? '/').split('/').filter((s) => s !== '');
      route.segments.push(...baseSegments);
      route.baseSegments = baseSegments.length;
      if (parts?.hadCredentials)
        report.add(
          'loss',
          'UrlCredentialsDropped',
          'The user name and password written in the base URL were not kept; credentials belong to the connection (Security).',
          urlPointer,
        );
    }
  }

  const pathVariables = new Map(url.variables.map((v) => [v.key, v]));
  for (const raw of url.path) {
    if (raw === '') continue;
    const colon = /^:(.+)$/.exec(raw);
    if (colon) {
      const v = pathVariables.get(colon[1]!);
      route.segments.push(addParam(colon[1]!, v?.value !== undefined ? substitute(v.value, scopes) : undefined, v?.description));
      continue;
    }
    const whole = WHOLE_VARIABLE.exec(raw);
    if (whole) {
      const value = variableValue(whole[1]!.trim(), scopes);
      if (value?.includes('/')) {
        route.segments.push(...value.split('/').filter((s) => s !== ''));
      } else {
        route.segments.push(addParam(whole[1]!, value));
        report.tally(
          'decision',
          'PathVariableToParameter',
          urlPointer,
          (n) =>
            `${n === 1 ? 'A path segment written' : `${n} path segments written`} as a {{variable}} became path parameters (with the variable's value, when it has one, as the test value).`,
        );
      }
      continue;
    }
    const braces = /^\{([^{}]+)\}$/.exec(raw) ?? /^<([^<>]+)>$/.exec(raw);
    if (braces) {
      route.segments.push(addParam(braces[1]!));
      report.tally(
        'decision',
        'PlaceholderToParameter',
        urlPointer,
        (n) =>
          `${n === 1 ? 'A path segment written' : `${n} path segments written`} as a placeholder ({id} or <id>) became path parameters.`,
      );
      continue;
    }
    const text = substitute(raw, scopes).replace(ANY_VARIABLE, (_m, name: string) => addParam(name));
    route.segments.push(...text.split('/').filter((s) => s !== ''));
  }

  // Characters a URL path cannot hold (a space, < >) come from placeholders or typos: percent-encode them.
  route.segments = route.segments.map((s) => {
    const clean = s.replace(/[\s<>"\\^`|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    if (clean !== s)
      report.tally(
        'warning',
        'PathCharactersEncoded',
        urlPointer,
        (n) =>
          `${n === 1 ? 'A URL path holds' : `${n} URL paths hold`} characters a URL cannot (spaces, < or >; e.g. "${s}"); they were percent-encoded: check ${n === 1 ? 'that path' : 'those paths'}.`,
      );
    return clean;
  });

  route.query = url.query
    .filter((q) => q.key !== '' || q.value !== undefined)
    .map((q) => ({ ...q, key: substitute(q.key, scopes), ...(q.value !== undefined ? { value: sampleValue(q.value, scopes) } : {}) }));

  // `/validators/iban&iban=EE00...`: a query string written with `&` instead of `?`.
  const last = route.segments[route.segments.length - 1];
  if (route.query.length === 0 && last !== undefined && /^[^&=]+&[^&=]+=/.test(last)) {
    const amp = last.indexOf('&');
    route.segments[route.segments.length - 1] = last.slice(0, amp);
    route.query = parseQueryString(last.slice(amp + 1)).map((q) => ({ key: q.key, value: q.value, disabled: false }));
    report.add(
      'warning',
      'QueryWrittenWithAmpersand',
      `The URL "${last}" starts its query string with "&" instead of "?"; it was read as the query string.`,
      urlPointer,
    );
  }
  route.empty = hostText === '' && route.segments.length === 0 && route.query.length === 0;
  return route;
}
