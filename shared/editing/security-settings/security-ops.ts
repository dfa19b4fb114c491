// What a Security change asks of one file, as pointer operations. A switch replaces the auth entries
// of the old type with fresh ones; field values are written only where their entry already exists,
// and only when they differ from what the file holds, so writing back what was read changes nothing.
import { asObject, type JsonObject } from '../../core/model';
import { appendPointer } from '../../core/text';
import { apiKeyParameterOf, clientSecretKeyOf, connectionParametersOf, firstSecurityDefinition, oauthParameterOf } from './read-security';
import {
  connectionParametersFor,
  DEFINITION_NAMES,
  oauthSettingsFor,
  scopesObject,
  securityDefinitionFor,
  TENANT_CLAIM,
  TENANT_PARAMETER,
} from './security-entries';
import type { AuthType, PointerOp, SecurityChange, SecurityFields, SecurityPart } from './security-types';

const PARAMETERS = '/properties/connectionParameters';

export function securityOps(part: SecurityPart, value: unknown, change: SecurityChange): PointerOp[] {
  return part === 'definition' ? definitionOps(value, change) : propertiesOps(value, change);
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

/** Sets a string where it differs; an empty value is not added where there is none. */
function setString(ops: PointerOp[], pointer: string, have: unknown, want: string | undefined): void {
  if (want === undefined || have === want || (have === undefined && want === '')) return;
  ops.push({ kind: 'set', pointer, value: want });
}

function typeChanged(change: SecurityChange): boolean {
  return change.switch !== undefined && change.switch.from.type !== change.switch.to.type;
}

// ---- the definition ------------------------------------------------------------------------------

function definitionOps(definition: unknown, change: SecurityChange): PointerOp[] {
  const def = asObject(definition) ?? {};
  const to = change.switch?.to;
  if (to && typeChanged(change)) {
    // The tab edits one security definition: the new one replaces them all.
    const ops: PointerOp[] = [];
    const entry = securityDefinitionFor(to);
    const name = to.type === 'none' ? undefined : DEFINITION_NAMES[to.type];
    if ((entry && name) || Object.keys(asObject(def.securityDefinitions) ?? {}).length > 0) {
      ops.push({ kind: 'set', pointer: '/securityDefinitions', value: entry && name ? { [name]: entry } : {} });
    }
    // The top-level requirement names the definition; an empty list (or none) says nothing and stays.
    if (Array.isArray(def.security) && def.security.length > 0)
      ops.push({ kind: 'set', pointer: '/security', value: name ? [{ [name]: [] }] : [] });
    return ops;
  }
  // A new identity provider keeps the oauth2 definition and brings its URLs and scopes.
  const fields: SecurityFields = to
    ? { authorizationUrl: to.authorizationUrl, tokenUrl: to.tokenUrl, scopes: to.scopes, ...change.fields }
    : { ...change.fields };
  return definitionFieldOps(def, fields);
}

function definitionFieldOps(def: JsonObject, fields: SecurityFields): PointerOp[] {
  const first = firstSecurityDefinition(def);
  if (!first) return [];
  const ops: PointerOp[] = [];
  const at = (key: string) => appendPointer('/securityDefinitions', first.name, key);
  const entry = first.value;
  if (entry.type === 'apiKey') {
    setString(ops, at('name'), entry.name, fields.apiKeyName);
    setString(ops, at('in'), entry.in, fields.apiKeyIn);
  }
  if (entry.type === 'oauth2') {
    setString(ops, at('authorizationUrl'), entry.authorizationUrl, fields.authorizationUrl);
    setString(ops, at('tokenUrl'), entry.tokenUrl, fields.tokenUrl);
    const want = fields.scopes;
    const have = asObject(entry.scopes);
    if (want && !sameList(have && Object.keys(have), want) && !(entry.scopes === undefined && want.length === 0)) {
      ops.push({ kind: 'set', pointer: at('scopes'), value: scopesObject(want, have) });
    }
  }
  return ops;
}

// ---- apiProperties.json --------------------------------------------------------------------------

/** Names of the connection parameters that carry a type's credentials, as the file has them. */
function authParameterNames(params: JsonObject | undefined, type: AuthType): string[] {
  if (!params) return [];
  switch (type) {
    case 'basic':
      return ['username', 'password'].filter((n) => n in params);
    case 'apiKey': {
      const name = apiKeyParameterOf(params);
      return name ? [name] : [];
    }
    case 'oauth2': {
      const name = oauthParameterOf(params);
      // Sub-parameters (`token:TenantId`, `token:clientId`) belong to the token and go with it.
      return name ? [name, ...Object.keys(params).filter((n) => n.startsWith(`${name}:`))] : [];
    }
    default:
      return [];
  }
}

function propertiesOps(properties: unknown, change: SecurityChange): PointerOp[] {
  const params = connectionParametersOf(properties);
  const sw = change.switch;
  if (sw && typeChanged(change)) {
    const ops: PointerOp[] = authParameterNames(params, sw.from.type).map((n) => ({
      kind: 'remove',
      pointer: appendPointer(PARAMETERS, n),
    }));
    for (const [name, value] of Object.entries(connectionParametersFor(sw.to)))
      ops.push({ kind: 'set', pointer: appendPointer(PARAMETERS, name), value });
    return ops;
  }
  if (sw && sw.to.type === 'oauth2' && sw.from.identityProvider !== sw.to.identityProvider) {
    const name = oauthParameterOf(params);
    if (!name) {
      return Object.entries(connectionParametersFor(sw.to)).map(([n, value]) => ({
        kind: 'set',
        pointer: appendPointer(PARAMETERS, n),
        value,
      }));
    }
    const ops: PointerOp[] = [{ kind: 'set', pointer: appendPointer(PARAMETERS, name, 'oAuthSettings'), value: oauthSettingsFor(sw.to) }];
    const hasTenant = params !== undefined && TENANT_PARAMETER in params;
    if (sw.to.identityProvider === 'aad' && !hasTenant)
      ops.push({ kind: 'set', pointer: appendPointer(PARAMETERS, TENANT_PARAMETER), value: TENANT_CLAIM });
    if (sw.from.identityProvider === 'aad' && sw.to.identityProvider !== 'aad' && hasTenant)
      ops.push({ kind: 'remove', pointer: appendPointer(PARAMETERS, TENANT_PARAMETER) });
    return ops;
  }
  return change.fields ? propertiesFieldOps(params, change.fields) : [];
}

function propertiesFieldOps(params: JsonObject | undefined, fields: SecurityFields): PointerOp[] {
  if (!params) return [];
  const ops: PointerOp[] = [];
  const label = (name: string | undefined, want: string | undefined) => {
    const param = name ? asObject(params[name]) : undefined;
    if (!name || !param) return;
    setString(ops, appendPointer(PARAMETERS, name, 'uiDefinition', 'displayName'), asObject(param.uiDefinition)?.displayName, want);
  };
  label('username', fields.usernameLabel);
  label('password', fields.passwordLabel);
  label(apiKeyParameterOf(params), fields.apiKeyLabel);

  const name = oauthParameterOf(params);
  const oauth = name ? asObject(asObject(params[name])?.oAuthSettings) : undefined;
  if (!name || !oauth) return ops;
  const at = (...keys: string[]) => appendPointer(PARAMETERS, name, 'oAuthSettings', ...keys);
  const clientIdKey = Object.keys(oauth).find((k) => /^[cC]lientI[dD]$/.test(k)) ?? 'clientId';
  setString(ops, at(clientIdKey), oauth[clientIdKey], fields.clientId);
  setString(ops, at('redirectMode'), oauth.redirectMode, fields.redirectMode);
  const scopes = fields.oauthScopes;
  const haveScopes =
    Array.isArray(oauth.scopes) && oauth.scopes.every((s) => typeof s === 'string') ? (oauth.scopes as string[]) : undefined;
  if (scopes && !sameList(haveScopes, scopes) && !(oauth.scopes === undefined && scopes.length === 0)) {
    ops.push({ kind: 'set', pointer: at('scopes'), value: [...scopes] });
  }
  const custom = asObject(oauth.customParameters);
  for (const [key, want] of Object.entries(fields.customParameters ?? {})) {
    const entry = asObject(custom?.[key]);
    if (entry) setString(ops, at('customParameters', key, 'value'), entry.value, want);
    else if (want !== '') ops.push({ kind: 'set', pointer: at('customParameters', key), value: { value: want } });
  }
  const secretKey = clientSecretKeyOf(oauth);
  if (fields.fileClientSecret === false && secretKey) ops.push({ kind: 'remove', pointer: at(secretKey) });
  return ops;
}
