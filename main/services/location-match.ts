// A Location header the API answered (a webhook subscription to delete, the next address to poll)
// turned back into an operation of the connector, so the request is built as the platform builds it
// (credentials, policies) instead of sending the connection's credentials to an address the API
// chose. Only addresses on the origin and under the base path the request went to are followed.
import type { LoadedConnector } from '../../shared/core/connector';
import type { HttpMethod, OperationView, ParameterView } from '../../shared/core/model';
import { MASK } from '../../shared/engines/operation-runs';

export interface LocationTarget {
  /** The absolute address. */
  href: string;
  /** The address, relative to the connector's base URL: path (encoded) and decoded query pairs. */
  path: string;
  query: [string, string][];
}

/** Where a Location points inside the connector's base URL, or a sentence saying why it cannot be followed. */
export function locationTarget(location: string, requestUrl: string, basePath: string | undefined): LocationTarget | { error: string } {
  if (location.includes(MASK))
    return { error: `The Location header holds a secret of the connection (shown as ${MASK}), so it cannot be followed.` };
  let url: URL;
  let from: URL;
  try {
    from = new URL(requestUrl);
    url = new URL(location, from);
  } catch {
    return { error: `The Location header "${location.slice(0, 200)}" is not an address.` };
  }
  if (url.origin !== from.origin) {
    return {
      error: `The Location ${url.origin} is not the API's origin ${from.origin}; no request was sent there, so the connection's credentials stay with the API.`,
    };
  }
  const base = (basePath ?? '/').replace(/\/+$/, '');
  if (base && url.pathname !== base && !url.pathname.startsWith(`${base}/`)) {
    return { error: `The Location path ${url.pathname} is not under the base path ${base}.` };
  }
  return { href: url.href, path: url.pathname.slice(base.length) || '/', query: [...url.searchParams.entries()] };
}

function templateRegex(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[^{}]+\})/)
    .map((part) => {
      const m = /^\{([^{}]+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]!);
      return '([^/]+)';
    })
    .join('');
  return { regex: new RegExp(`^${source}/?$`), names };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export interface MatchedOperation {
  operation: OperationView;
  /** Path and declared query parameter values, by parameter name. */
  inputs: Record<string, string>;
  /** Query pairs the operation does not declare. */
  undeclared: [string, string][];
}

/** The operation of `method` whose path template matches the target; literal templates win over ones with parameters. */
export function matchOperation(connector: LoadedConnector, method: HttpMethod, target: LocationTarget): MatchedOperation | undefined {
  const candidates = connector.model.operations
    .filter((o) => o.method === method)
    .map((operation) => ({ operation, ...templateRegex(operation.path) }))
    .filter((c) => c.regex.test(target.path))
    .sort((a, b) => a.names.length - b.names.length);
  const found = candidates[0];
  if (!found) return undefined;
  const values = found.regex.exec(target.path)!.slice(1);
  const inputs: Record<string, string> = {};
  found.names.forEach((name, i) => (inputs[name] = decode(values[i]!)));
  const undeclared: [string, string][] = [];
  for (const [name, value] of target.query) {
    if (found.operation.parameters.some((p) => p.in === 'query' && p.name === name)) inputs[name] = value;
    else undeclared.push([name, value]);
  }
  return { operation: found.operation, inputs, undeclared };
}

/** The operation with a query parameter for each name it does not declare (a trigger state, a Location's query). */
export function withQueryParameters(operation: OperationView, names: readonly string[]): OperationView {
  const extra: ParameterView[] = [];
  for (const name of new Set(names)) {
    if (operation.parameters.some((p) => p.in === 'query' && p.name === name)) continue;
    extra.push({
      pointer: `${operation.pointer}/x-trigger-query/${extra.length}`,
      resolved: true,
      name,
      in: 'query',
      required: false,
      type: 'string',
      visibility: 'none',
      fromPathItem: false,
    });
  }
  return extra.length ? { ...operation, parameters: [...operation.parameters, ...extra] } : operation;
}

/**
 * The operation as it would be called at the target address exactly: its literal path and every
 * query pair of the target (declared or not), its header and body parameters kept. Polls that
 * follow a Location use this, since the API may add state the definition does not declare.
 */
export function operationAt(
  operation: OperationView,
  target: LocationTarget,
): { operation: OperationView; inputs: Record<string, string> } {
  const inputs: Record<string, string> = {};
  for (const [name, value] of target.query) inputs[name] = name in inputs ? `${inputs[name]},${value}` : value;
  const kept = { ...operation, path: target.path, parameters: operation.parameters.filter((p) => p.in !== 'path' && p.in !== 'query') };
  return { operation: withQueryParameters(kept, Object.keys(inputs)), inputs };
}
