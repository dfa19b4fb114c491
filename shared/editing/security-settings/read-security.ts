// Reads the Security tab's settings from the parsed definition and apiProperties.json, exactly as
// the files hold them (see security-types.ts): what is read here is what writing back compares to.
import { asObject, asString, entries, type JsonObject } from '../../core/model';
import type { AuthType, SecuritySettings } from './security-types';

const AUTH_TYPES: readonly string[] = ['basic', 'apiKey', 'oauth2'];

export function connectionParametersOf(properties: unknown): JsonObject | undefined {
  return asObject(asObject(asObject(properties)?.properties)?.connectionParameters);
}

/** The first security definition (the platform ignores the others). */
export function firstSecurityDefinition(definition: unknown): { name: string; value: JsonObject } | undefined {
  const first = entries(asObject(definition)?.securityDefinitions)[0];
  return first ? { name: first[0], value: asObject(first[1]) ?? {} } : undefined;
}

/** The oauthSetting parameter (the type compared without case: files spell it `oAuthSetting` too). */
export function oauthParameterOf(params: JsonObject | undefined): string | undefined {
  return entries(params).find(([, p]) => asString(asObject(p)?.type)?.toLowerCase() === 'oauthsetting')?.[0];
}

/** The parameter holding the API key: `api_key` as the portal names it, else the likeliest secure string. */
export function apiKeyParameterOf(params: JsonObject | undefined): string | undefined {
  const secure = entries(params)
    .filter(([name, p]) => !name.includes(':') && asString(asObject(p)?.type) === 'securestring')
    .map(([n]) => n);
  if (secure.includes('api_key')) return 'api_key';
  return secure.find((n) => /api.?key|^key$/i.test(n)) ?? (secure.length === 1 ? secure[0] : undefined);
}

/** `clientSecret` as the schema allows it to be spelt. */
export function clientSecretKeyOf(oauth: JsonObject): string | undefined {
  return Object.keys(oauth).find((k) => /^[cC]lientSecret$/.test(k));
}

function labelOf(param: unknown): string | undefined {
  return asString(asObject(asObject(param)?.uiDefinition)?.displayName);
}

function stringArray(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...(v as string[])] : undefined;
}

export function customParametersOf(oauth: JsonObject | undefined): Record<string, string> | undefined {
  const custom = asObject(oauth?.customParameters);
  if (!custom) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(custom)) {
    const value = asString(asObject(v)?.value);
    if (value !== undefined) out[k] = value;
  }
  return out;
}

export function readSecuritySettings(definition: unknown, properties: unknown): SecuritySettings {
  const first = firstSecurityDefinition(definition);
  const params = connectionParametersOf(properties);
  const oauthParameter = oauthParameterOf(params);
  const oauth = oauthParameter ? asObject(asObject(params?.[oauthParameter])?.oAuthSettings) : undefined;
  const firstType = asString(first?.value.type);
  // Without a security definition, an oauthSetting parameter still makes the connection sign in.
  const type: AuthType =
    firstType && AUTH_TYPES.includes(firstType) ? (firstType as AuthType) : !first && oauthParameter ? 'oauth2' : 'none';
  const apiKeyParameter = apiKeyParameterOf(params);
  const def = first?.value;
  const scopes = firstType === 'oauth2' ? asObject(def?.scopes) : undefined;
  const secretKey = oauth ? clientSecretKeyOf(oauth) : undefined;
  const secret = secretKey ? oauth?.[secretKey] : undefined;
  const settings: SecuritySettings = {
    type,
    definitionCount: entries(asObject(definition)?.securityDefinitions).length,
    plainClientSecret: typeof secret === 'string' && secret.trim() !== '',
    parameterSets: asObject(asObject(properties)?.properties)?.connectionParameterSets !== undefined,
  };
  const put = <K extends keyof SecuritySettings>(key: K, value: SecuritySettings[K] | undefined) => {
    if (value !== undefined) settings[key] = value;
  };
  put('definitionName', first?.name);
  put('usernameLabel', labelOf(params?.username));
  put('passwordLabel', labelOf(params?.password));
  put('apiKeyParameter', apiKeyParameter);
  put('apiKeyLabel', apiKeyParameter ? labelOf(params?.[apiKeyParameter]) : undefined);
  if (firstType === 'apiKey') {
    put('apiKeyName', asString(def?.name));
    put('apiKeyIn', asString(def?.in));
  }
  if (firstType === 'oauth2') {
    put('authorizationUrl', asString(def?.authorizationUrl));
    put('tokenUrl', asString(def?.tokenUrl));
    put('scopes', scopes ? Object.keys(scopes) : undefined);
  }
  put('oauthParameter', oauthParameter);
  if (oauth) {
    put('identityProvider', asString(oauth.identityProvider));
    put('clientId', asString(oauth[Object.keys(oauth).find((k) => /^[cC]lientI[dD]$/.test(k)) ?? 'clientId']));
    put('oauthScopes', stringArray(oauth.scopes));
    put('redirectMode', asString(oauth.redirectMode));
    put('redirectUrl', asString(oauth.redirectUrl));
    put('customParameters', customParametersOf(oauth));
    settings.fileClientSecret = secretKey !== undefined;
  }
  return settings;
}
