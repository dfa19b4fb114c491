// The connector's one host, scheme and base path, chosen from every request's route.
// - Host: the one most requests go to. Requests whose host is a variable without a value are
//   taken to go there too; requests to other hosts are reported (a connector has one host).
// - Base path: what a base-URL variable brings ({{baseUrl}} = https://api.example.com/v2 gives
//   /v2), followed by the leading segments that look like an API root (api, rest, v1, 2.0),
//   as far as all requests share them. Ordinary resource names are not taken even when all
//   requests share them (/users and /users/{id} keep /users in their paths).
import type { ImportReport } from './import-report';
import { plural } from './import-report';
import type { Route } from './request-route';

export interface BaseUrl {
  scheme: string;
  host?: string;
  basePath: string;
}

export interface RoutedRequest {
  route: Route;
  /** Pointer of the request's URL in the source. */
  pointer: string;
}

const API_ROOT = /^(?:api|apis|rest|services?|v\d+(?:[._-]?[a-z0-9]+)*|\d+(?:\.\d+)*)$/i;

function prefixCandidate(route: Route): string[] {
  const out = route.segments.slice(0, route.baseSegments);
  for (let i = route.baseSegments; i < route.segments.length - 1; i++) {
    const s = route.segments[i]!;
    if (!API_ROOT.test(s)) break;
    out.push(s);
  }
  return out.filter((s) => !s.includes('{'));
}

function commonPrefix(lists: string[][]): string[] {
  if (lists.length === 0) return [];
  const first = lists[0]!;
  let n = first.length;
  for (const l of lists) {
    let i = 0;
    while (i < n && i < l.length && l[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n);
}

/** Whether a request goes to the connector's host (or to an unknown one, taken to be it). */
export function onConnectorHost(route: Route, base: BaseUrl): boolean {
  return route.host === undefined || route.host === base.host;
}

export function chooseBaseUrl(requests: readonly RoutedRequest[], report: ImportReport, collectionPointer: string): BaseUrl {
  const counts = new Map<string, { count: number; first: string }>();
  for (const r of requests) {
    if (r.route.host === undefined) continue;
    const c = counts.get(r.route.host);
    if (c) c.count++;
    else counts.set(r.route.host, { count: 1, first: r.pointer });
  }
  let host: string | undefined;
  let best = 0;
  for (const [h, c] of counts) if (c.count > best) [host, best] = [h, c.count];

  const mine = requests.filter((r) => r.route.host === undefined || r.route.host === host);
  const schemes = new Set(mine.map((r) => r.route.scheme).filter((s): s is string => s === 'http' || s === 'https'));
  const scheme = schemes.has('https') || schemes.size === 0 ? 'https' : 'http';
  if (schemes.size === 0 && host !== undefined) {
    report.add('decision', 'SchemeAssumed', `The URLs do not say http or https; the connector uses https.`, collectionPointer);
  }
  const basePath = `/${commonPrefix(mine.filter((r) => !r.route.empty).map((r) => prefixCandidate(r.route))).join('/')}`;

  const unresolved = new Map<string, string>();
  for (const r of mine) for (const v of r.route.hostVariables) if (!unresolved.has(v)) unresolved.set(v, r.pointer);
  for (const [name, pointer] of unresolved) {
    report.add(
      'warning',
      host ? 'HostVariableAssumed' : 'HostUnknown',
      host
        ? `{{${name}}} has no value in the collection; the requests that start with it were taken to go to ${host}. Check the host in General, or import again with the environment that defines ${name}.`
        : `{{${name}}} has no value in the collection, so the connector has no host yet: set it in General, or import again with the environment that defines ${name}.`,
      pointer,
    );
  }
  if (host === undefined && unresolved.size === 0 && requests.length > 0) {
    report.add(
      'warning',
      'HostUnknown',
      'No request names a host, so the connector has no host yet: set it in General.',
      collectionPointer,
    );
  }
  for (const [h, c] of counts) {
    if (h === host) continue;
    report.add(
      'warning',
      'RequestToOtherHost',
      `${plural(c.count, 'request')} ${c.count === 1 ? 'goes' : 'go'} to ${h}, but a connector has one host (${host}): as imported, ${c.count === 1 ? 'it calls' : 'they call'} ${host}. Make a separate connector for ${h}, or route them with a policy.`,
      c.first,
    );
  }
  if (host !== undefined) {
    report.add(
      'decision',
      'BaseUrlChosen',
      `The connector calls ${scheme}://${host}${basePath === '/' ? '' : basePath} (the host named by ${best} of ${plural(requests.length, 'request')}).`,
      collectionPointer,
    );
  }
  return { scheme, ...(host !== undefined ? { host } : {}), basePath };
}

/** The operation path of a route under the base path: always starts with `/`. */
export function operationPath(route: Route, base: BaseUrl): string {
  const segments = route.segments;
  const baseSegments = base.basePath.split('/').filter((s) => s !== '');
  const under = onConnectorHost(route, base) && baseSegments.every((s, i) => segments[i] === s);
  return `/${(under ? segments.slice(baseSegments.length) : segments).join('/')}`;
}
