// Authentication for the connector: Power Platform knows Basic, API key (header or query) and
// OAuth 2.0 with the authorization-code flow, and uses one of them per connector (the first
// security definition). This keeps the one the API asks for first, drops what cannot work, and
// derives apiProperties.json's connection parameters from what is left.
import { PORTAL_DEFAULT_COLOR, connectionParametersFor } from '../../export';
import { asArray, asObject, listSecurityDefinitions } from '../../../core/model';
import { appendPointer } from '../../../core/text';
import type { ImportNotes } from './import-notes';
import { plural } from './import-notes';

type SourcePointerOf = (obj: object | undefined, outputPointer: string) => string;

const HTTP = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

export function settleSecurity(
  definition: Record<string, unknown>,
  notes: ImportNotes,
  sourcePointerOf: SourcePointerOf,
): Record<string, unknown> {
  const defs = asObject(definition.securityDefinitions) ?? {};
  const where = (name: string) => sourcePointerOf(asObject(defs[name]), appendPointer('/securityDefinitions', name));
  const usable: string[] = [];
  for (const [name, raw] of Object.entries(defs)) {
    const problem = unsupportedReason(asObject(raw) ?? {});
    if (problem) notes.add('loss', 'SecurityDefinitionUnsupported', `Security definition "${name}" was left out: ${problem}`, where(name));
    else usable.push(name);
  }

  const requirements = asArray(definition.security).map((r) => asObject(r) ?? {});
  const requested = requirements.flatMap((r) => Object.keys(r));
  const primary = requested.find((n) => usable.includes(n)) ?? usable[0];
  for (const name of usable) {
    if (name === primary) continue;
    notes.add(
      'decision',
      'SecurityDefinitionNotUsed',
      `Security definition "${name}" was left out: a connector uses one kind of authentication, and "${primary}" was chosen${requested.includes(primary!) ? ' because the API asks for it first' : ' because it is listed first'}.`,
      where(name),
    );
  }

  const scopes = requirements.find((r) => primary !== undefined && primary in r)?.[primary ?? ''];
  if (primary !== undefined) {
    definition.securityDefinitions = { [primary]: defs[primary] };
    definition.security = [{ [primary]: asArray(scopes).filter((s) => typeof s === 'string') }];
  } else {
    delete definition.securityDefinitions;
    delete definition.security;
  }
  dropOperationSecurity(definition, notes, sourcePointerOf);
  const views = listSecurityDefinitions(definition);
  if (views[0]) dropAuthHeaderParameters(definition, authHeaderName(views[0]), notes, sourcePointerOf);

  return {
    properties: {
      connectionParameters: connectionParametersFor(views),
      iconBrandColor: PORTAL_DEFAULT_COLOR,
      capabilities: [],
    },
  };
}

function unsupportedReason(d: Record<string, unknown>): string | undefined {
  switch (d.type) {
    case 'basic':
      return undefined;
    case 'apiKey':
      return d.in === 'header' || d.in === 'query'
        ? typeof d.name === 'string' && d.name !== ''
          ? undefined
          : 'an API key needs the name of the header or query parameter that carries it.'
        : `Power Platform sends API keys in a header or the query, not in "${String(d.in)}".`;
    case 'oauth2':
      if (d.flow === 'accessCode') return undefined;
      if (d.flow === 'application')
        return 'the OAuth 2.0 client-credentials grant ("application" flow) is not supported by Power Platform; only the authorization-code flow is.';
      return `the OAuth 2.0 "${String(d.flow)}" flow is not supported by Power Platform; only the authorization-code flow ("accessCode") is. If the API also offers it, set up OAuth 2.0 on the Security tab with its authorization and token URLs.`;
    default:
      return `Power Platform has no "${String(d.type)}" authentication; it supports Basic, API key and OAuth 2.0.`;
  }
}

/** Per-operation security means nothing to the platform (the connection is the same for every action). */
function dropOperationSecurity(definition: Record<string, unknown>, notes: ImportNotes, sourcePointerOf: SourcePointerOf): void {
  for (const [path, rawItem] of Object.entries(asObject(definition.paths) ?? {})) {
    const item = asObject(rawItem);
    if (!item) continue;
    for (const method of HTTP) {
      const op = asObject(item[method]);
      if (!op || !('security' in op)) continue;
      // Differing scopes are no difference: the connection asks for every scope.
      const primary = Object.keys(asObject(asArray(definition.security)[0]) ?? {})[0];
      const alternatives = asArray(op.security).map((r) => Object.keys(asObject(r) ?? {}));
      const differs = primary === undefined ? alternatives.some((a) => a.length > 0) : !alternatives.some((a) => a.includes(primary));
      delete op.security;
      if (!differs) continue;
      notes.tally(
        'decision',
        'OperationSecurityDropped',
        `${sourcePointerOf(op, appendPointer('/paths', path, method))}/security`,
        (n) =>
          `${plural(n, 'operation')} asked for different authentication than the rest of the API (or none); a connector authenticates every action with the same connection, so the operation-level security was removed.`,
      );
    }
  }
}

function authHeaderName(view: { type: string; in?: string; paramName?: string }): string | undefined {
  if (view.type === 'apiKey') return view.in === 'header' ? view.paramName : undefined;
  return 'Authorization';
}

/** A header parameter that carries the credential would ask users for it on every action: the connection sends it. */
function dropAuthHeaderParameters(
  definition: Record<string, unknown>,
  header: string | undefined,
  notes: ImportNotes,
  sourcePointerOf: SourcePointerOf,
): void {
  if (!header) return;
  const isAuthHeader = (p: unknown) => {
    const o = asObject(p);
    return o?.in === 'header' && typeof o.name === 'string' && o.name.toLowerCase() === header.toLowerCase();
  };
  const sharedNames = new Set<string>();
  const shared = asObject(definition.parameters);
  for (const [name, p] of Object.entries(shared ?? {})) {
    if (!isAuthHeader(p)) continue;
    sharedNames.add(`#/parameters/${name}`);
    notes.add(
      'decision',
      'AuthHeaderParameterDropped',
      `Parameter "${header}" was removed: the connection sends this header.`,
      sourcePointerOf(asObject(p), appendPointer('/parameters', name)),
    );
    delete shared![name];
  }
  const filter = (holder: Record<string, unknown>, base: string) => {
    if (!Array.isArray(holder.parameters)) return;
    const kept = holder.parameters.filter((p, i) => {
      const ref = asObject(p)?.$ref;
      if (typeof ref === 'string') return !sharedNames.has(ref);
      if (!isAuthHeader(p)) return true;
      notes.tally(
        'decision',
        'AuthHeaderParameterDropped',
        sourcePointerOf(asObject(p), `${base}/parameters/${i}`),
        (n) => `${plural(n, 'header parameter')} "${header}" ${n === 1 ? 'was' : 'were'} removed: the connection sends this header.`,
      );
      return false;
    });
    holder.parameters = kept;
  };
  for (const [path, rawItem] of Object.entries(asObject(definition.paths) ?? {})) {
    const item = asObject(rawItem);
    if (!item) continue;
    filter(item, appendPointer('/paths', path));
    for (const method of HTTP) {
      const op = asObject(item[method]);
      if (op) filter(op, appendPointer('/paths', path, method));
    }
  }
}
