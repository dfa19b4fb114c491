// Security definitions (in the definition) and connection parameters (in apiProperties.json),
// including the parameter sets of multi-auth connectors.
import { appendPointer } from '../text';
import { asObject, asString, asStringArray, entries, isTrue } from './json-access';
import type { AuthKind, ConnectionParameterView, SecurityDefinitionView } from './types';

export function listSecurityDefinitions(definition: unknown): SecurityDefinitionView[] {
  return entries(asObject(definition)?.securityDefinitions).map(([name, raw]) => {
    const d = asObject(raw) ?? {};
    // One literal listing every key, undefined when absent (see operations.ts): one shape for every
    // view. A spread of `{ [k]: v }` per optional key cost a slow object and a new shape each.
    return {
      pointer: appendPointer('/securityDefinitions', name),
      name,
      type: asString(d.type) ?? '',
      in: asString(d.in),
      paramName: asString(d.name),
      flow: asString(d.flow),
      authorizationUrl: asString(d.authorizationUrl),
      tokenUrl: asString(d.tokenUrl),
      scopes: Object.keys(asObject(d.scopes) ?? {}),
    };
  });
}

function connectionParameter(name: string, raw: unknown, pointer: string, set?: string): ConnectionParameterView {
  const p = asObject(raw) ?? {};
  const ui = asObject(p.uiDefinition) ?? {};
  const constraints = asObject(ui.constraints) ?? {};
  const oauth = asObject(p.oAuthSettings);
  // Every key listed, undefined when absent: one shape for every view (see listSecurityDefinitions).
  return {
    pointer,
    name,
    type: asString(p.type) ?? '',
    displayName: asString(ui.displayName),
    description: asString(ui.description) ?? asString(asObject(ui.schema)?.description),
    required: isTrue(constraints.required),
    hidden: isTrue(constraints.hidden),
    identityProvider: oauth ? asString(oauth.identityProvider) : undefined,
    redirectMode: oauth ? asString(oauth.redirectMode) : undefined,
    scopes: oauth ? asStringArray(oauth.scopes) : undefined,
    set,
  };
}

export function listConnectionParameters(properties: unknown): ConnectionParameterView[] {
  const props = asObject(asObject(properties)?.properties);
  const out = entries(props?.connectionParameters).map(([name, raw]) =>
    connectionParameter(name, raw, appendPointer('/properties/connectionParameters', name)),
  );
  const sets = asObject(props?.connectionParameterSets);
  const values = Array.isArray(sets?.values) ? sets.values : [];
  values.forEach((rawSet, i) => {
    const s = asObject(rawSet);
    const setName = asString(s?.name) ?? String(i);
    for (const [name, raw] of entries(s?.parameters)) {
      out.push(connectionParameter(name, raw, appendPointer('/properties/connectionParameterSets/values', i, 'parameters', name), setName));
    }
  });
  return out;
}

/** What the connection asks for: from the security definitions, as the platform does (first one wins). */
export function authKindOf(security: SecurityDefinitionView[], params: ConnectionParameterView[]): AuthKind {
  if (params.some((p) => p.set !== undefined)) return 'multiple';
  const first = security[0];
  if (!first) return 'none';
  if (first.type === 'basic' || first.type === 'apiKey' || first.type === 'oauth2') return first.type;
  return 'none';
}
