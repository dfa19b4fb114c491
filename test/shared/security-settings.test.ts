// The Security tab's logic without a browser: what each choice writes into the definition and
// apiProperties.json, as minimal text edits on real JSON text.
import { describe, expect, it } from 'vitest';
import {
  differingSpan,
  readSecuritySettings,
  rememberSecurity,
  securityChangeFor,
  type RememberedSecurity,
  securityTextEdits,
  type AuthType,
  type SecurityChoice,
  type SecuritySettings,
} from '../../shared/editing/security-settings';
import { applyEdits, JsonDocument, type TextEdit } from '../../shared/core/text';

interface Files {
  definition: string;
  properties: string;
}

const BLANK: Files = {
  definition: `{
  "swagger": "2.0",
  "info": {
    "title": "Contoso",
    "version": "1.0"
  },
  "host": "api.contoso.com",
  "paths": {}
}
`,
  properties: `{
  "properties": {
    "connectionParameters": {
      "region": {
        "type": "string",
        "uiDefinition": { "displayName": "Region" }
      }
    },
    "iconBrandColor": "#0f5132"
  }
}
`,
};

const parse = (text: string): unknown => JSON.parse(text);
const settingsOf = (f: Files): SecuritySettings => readSecuritySettings(parse(f.definition), parse(f.properties));

function editsFor(f: Files, choice: SecurityChoice): { definition: TextEdit[]; properties: TextEdit[] } {
  const change = securityChangeFor(settingsOf(f), choice);
  return {
    definition: securityTextEdits(JsonDocument.parse(f.definition), 'definition', change),
    properties: securityTextEdits(JsonDocument.parse(f.properties), 'properties', change),
  };
}

function choose(f: Files, choice: SecurityChoice): Files {
  const edits = editsFor(f, choice);
  return { definition: applyEdits(f.definition, edits.definition), properties: applyEdits(f.properties, edits.properties) };
}

function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.filter((line, i) => line !== a[i]);
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The auth-related parts of both files, and checks that they agree with each other. */
function consistent(f: Files, type: AuthType): { defs: Json; params: Json; definition: Json } {
  const definition = parse(f.definition) as Json;
  const defs = (definition.securityDefinitions ?? {}) as Json;
  const params = (parse(f.properties) as Json).properties.connectionParameters as Json;
  // What was there besides auth is kept.
  expect(params.region).toEqual({ type: 'string', uiDefinition: { displayName: 'Region' } });
  const names = Object.keys(params).filter((n) => n !== 'region');
  switch (type) {
    case 'none':
      expect(Object.keys(defs)).toEqual([]);
      expect(names).toEqual([]);
      break;
    case 'basic':
      expect(defs).toEqual({ basic_auth: { type: 'basic' } });
      expect(names.sort()).toEqual(['password', 'username']);
      expect(params.username.type).toBe('securestring');
      expect(params.password.uiDefinition.displayName).toBe('Password');
      break;
    case 'apiKey':
      expect(defs).toEqual({ 'API Key': { type: 'apiKey', in: 'header', name: 'X-API-Key' } });
      expect(names).toEqual(['api_key']);
      expect(params.api_key.type).toBe('securestring');
      expect(params.api_key.uiDefinition.displayName).toBe('API Key');
      break;
    case 'oauth2':
      expect(Object.keys(defs)).toEqual(['oauth2_auth']);
      expect(Object.keys(defs.oauth2_auth)).toEqual(['type', 'flow', 'authorizationUrl', 'tokenUrl', 'scopes']);
      expect(defs.oauth2_auth).toMatchObject({ type: 'oauth2', flow: 'accessCode' });
      expect(names).toEqual(['token']);
      expect(params.token.type).toBe('oauthSetting');
      expect(params.token.oAuthSettings.identityProvider).toBe('oauth2');
      expect(params.token.oAuthSettings.redirectMode).toBe('GlobalPerConnector');
      expect(Object.keys(params.token.oAuthSettings.customParameters)).toEqual(['authorizationUrl', 'tokenUrl', 'refreshUrl']);
      break;
  }
  const read = settingsOf(f);
  expect(read.type).toBe(type);
  // The files hold exactly what was read: writing it back changes nothing.
  expect(editsFor(f, { kind: 'type', type })).toEqual({ definition: [], properties: [] });
  for (const part of ['definition', 'properties'] as const) {
    expect(securityTextEdits(JsonDocument.parse(f[part]), part, { fields: read })).toEqual([]);
  }
  // No secret value is ever written.
  expect(f.properties).not.toMatch(/clientSecret/i);
  return { defs, params, definition };
}

const TYPES: AuthType[] = ['none', 'basic', 'apiKey', 'oauth2'];

describe('switching the authentication type', () => {
  for (const type of TYPES.filter((t) => t !== 'none')) {
    it(`writes a consistent ${type} pair from blank`, () => {
      const f = choose(BLANK, { kind: 'type', type });
      const { definition, defs } = consistent(f, type);
      if (type === 'oauth2')
        expect(defs.oauth2_auth).toEqual({ type: 'oauth2', flow: 'accessCode', authorizationUrl: '', tokenUrl: '', scopes: {} });
      // No top-level `security` was there, and none is added.
      expect(definition.security).toBeUndefined();
      // The rest of the definition is untouched.
      expect(f.definition.startsWith(BLANK.definition.slice(0, BLANK.definition.indexOf('"paths"')))).toBe(true);
    });
  }

  for (const from of TYPES) {
    for (const to of TYPES.filter((t) => t !== from)) {
      it(`goes from ${from} to ${to} and back to ${from}`, () => {
        const start = from === 'none' ? BLANK : choose(BLANK, { kind: 'type', type: from });
        const switched = choose(start, { kind: 'type', type: to });
        consistent(switched, to);
        const back = choose(switched, { kind: 'type', type: from });
        consistent(back, from);
        if (from === 'none') expect(back.properties).toBe(BLANK.properties);
      });
    }
  }

  it('rewrites a top-level security requirement that named the old definition, and leaves an empty one', () => {
    const withRequirement: Files = {
      definition: BLANK.definition.replace(
        '"paths": {}',
        '"paths": {},\n  "securityDefinitions": {\n    "oauth2": {\n      "type": "oauth2",\n      "flow": "accessCode",\n      "authorizationUrl": "https://a",\n      "tokenUrl": "https://t",\n      "scopes": {}\n    }\n  },\n  "security": [\n    {\n      "oauth2": []\n    }\n  ]',
      ),
      properties: BLANK.properties,
    };
    const f = choose(withRequirement, { kind: 'type', type: 'apiKey' });
    expect((parse(f.definition) as Json).security).toEqual([{ 'API Key': [] }]);
    const none = choose(f, { kind: 'type', type: 'none' });
    expect((parse(none.definition) as Json).security).toEqual([]);
    const empty = choose(none, { kind: 'type', type: 'basic' });
    expect((parse(empty.definition) as Json).security).toEqual([]);
  });

  it('keeps tabs and CRLF line endings', () => {
    const crlf: Files = {
      definition: BLANK.definition.replace(/ {2}/g, '\t').replace(/\n/g, '\r\n'),
      properties: BLANK.properties.replace(/\n/g, '\r\n'),
    };
    const f = choose(crlf, { kind: 'type', type: 'oauth2' });
    expect(f.definition.split('\r\n').length - 1).toBe(f.definition.split('\n').length - 1);
    expect(f.definition).toContain('\n\t"securityDefinitions": {\r\n\t\t"oauth2_auth": {\r\n\t\t\t"type": "oauth2"');
    expect(f.properties.split('\r\n').length - 1).toBe(f.properties.split('\n').length - 1);
  });
});

describe('one field, one minimal edit', () => {
  const apiKey = choose(BLANK, { kind: 'type', type: 'apiKey' });

  it('Parameter name changes one line of the definition and nothing of apiProperties.json', () => {
    const edits = editsFor(apiKey, { kind: 'field', field: 'apiKeyName', value: 'Ocp-Apim-Subscription-Key' });
    expect(edits.properties).toEqual([]);
    expect(edits.definition).toHaveLength(1);
    const after = applyEdits(apiKey.definition, edits.definition);
    expect(changedLines(apiKey.definition, after)).toEqual(['      "name": "Ocp-Apim-Subscription-Key"']);
  });

  it('Parameter location changes one line', () => {
    const after = choose(apiKey, { kind: 'field', field: 'apiKeyIn', value: 'query' });
    expect(changedLines(apiKey.definition, after.definition)).toEqual(['      "in": "query",']);
    expect(after.properties).toBe(apiKey.properties);
  });

  it('Parameter label changes one line of apiProperties.json and nothing of the definition', () => {
    const after = choose(apiKey, { kind: 'field', field: 'apiKeyLabel', value: 'Subscription key' });
    expect(after.definition).toBe(apiKey.definition);
    expect(changedLines(apiKey.properties, after.properties)).toEqual(['          "displayName": "Subscription key",']);
  });

  it('Client ID and Redirect mode change one line each', () => {
    const oauth = choose(BLANK, { kind: 'type', type: 'oauth2' });
    const id = choose(oauth, { kind: 'field', field: 'clientId', value: 'c0ffee' });
    expect(changedLines(oauth.properties, id.properties)).toEqual(['          "clientId": "c0ffee",']);
    const mode = choose(id, { kind: 'field', field: 'redirectMode', value: 'Global' });
    expect(changedLines(id.properties, mode.properties)).toEqual(['          "redirectMode": "Global",']);
    expect(mode.definition).toBe(oauth.definition);
  });

  it('does not create a value where the file has no such entry', () => {
    const edits = editsFor(BLANK, { kind: 'field', field: 'apiKeyName', value: 'key' });
    expect(edits).toEqual({ definition: [], properties: [] });
  });
});

describe('OAuth 2.0', () => {
  const generic = choose(BLANK, { kind: 'type', type: 'oauth2' });

  it('Generic OAuth 2 URLs write customParameters and the security definition', () => {
    let f = choose(generic, { kind: 'custom', key: 'authorizationUrl', value: 'https://id.contoso.com/authorize' });
    f = choose(f, { kind: 'custom', key: 'tokenUrl', value: 'https://id.contoso.com/token' });
    f = choose(f, { kind: 'custom', key: 'refreshUrl', value: 'https://id.contoso.com/token' });
    const { defs, params } = consistent(f, 'oauth2');
    expect(defs.oauth2_auth.authorizationUrl).toBe('https://id.contoso.com/authorize');
    expect(defs.oauth2_auth.tokenUrl).toBe('https://id.contoso.com/token');
    expect(params.token.oAuthSettings.customParameters).toEqual({
      authorizationUrl: { value: 'https://id.contoso.com/authorize' },
      tokenUrl: { value: 'https://id.contoso.com/token' },
      refreshUrl: { value: 'https://id.contoso.com/token' },
    });
  });

  it('leaves a definition URL that an author set apart from the connection parameter', () => {
    let f = choose(generic, { kind: 'custom', key: 'authorizationUrl', value: 'https://a.example/authorize' });
    f = choose(f, { kind: 'field', field: 'authorizationUrl', value: 'https://docs.example/authorize' });
    f = choose(f, { kind: 'custom', key: 'authorizationUrl', value: 'https://b.example/authorize' });
    expect((parse(f.definition) as Json).securityDefinitions.oauth2_auth.authorizationUrl).toBe('https://docs.example/authorize');
  });

  it('switching away and back restores the client ID, URLs, scopes and provider (and an API key its name and label)', () => {
    // As the Security tab does: the settings are remembered under their type before each switch.
    let memory: RememberedSecurity = {};
    const switchTo = (f: Files, type: AuthType): Files => {
      const current = settingsOf(f);
      memory = rememberSecurity(memory, current);
      const change = securityChangeFor(current, { kind: 'type', type }, memory);
      return {
        definition: applyEdits(f.definition, securityTextEdits(JsonDocument.parse(f.definition), 'definition', change)),
        properties: applyEdits(f.properties, securityTextEdits(JsonDocument.parse(f.properties), 'properties', change)),
      };
    };
    let f = choose(generic, { kind: 'custom', key: 'authorizationUrl', value: 'https://id.contoso.com/authorize' });
    f = choose(f, { kind: 'custom', key: 'tokenUrl', value: 'https://id.contoso.com/token' });
    f = choose(f, { kind: 'field', field: 'clientId', value: 'contoso-app' });
    f = choose(f, { kind: 'scope', text: 'openid offline_access' });
    const oauth = f;
    f = switchTo(f, 'apiKey');
    f = choose(f, { kind: 'field', field: 'apiKeyName', value: 'Ocp-Apim-Subscription-Key' });
    f = choose(f, { kind: 'field', field: 'apiKeyLabel', value: 'Subscription key' });
    const apiKey = f;
    f = switchTo(f, 'none');
    f = switchTo(f, 'oauth2');
    expect(parse(f.definition)).toEqual(parse(oauth.definition));
    expect(parse(f.properties)).toEqual(parse(oauth.properties));
    f = switchTo(f, 'apiKey');
    expect(parse(f.definition)).toEqual(parse(apiKey.definition));
    // (The fresh parameter's description and tooltip are written from the label, as the portal does.)
    expect(settingsOf(f)).toMatchObject({ apiKeyName: 'Ocp-Apim-Subscription-Key', apiKeyLabel: 'Subscription key', apiKeyIn: 'header' });
    // Without a memory (a type never held while the connector was open), the portal's defaults.
    const fresh = choose(apiKey, { kind: 'type', type: 'oauth2' });
    expect(settingsOf(fresh)).toMatchObject({ clientId: '', oauthScopes: [], authorizationUrl: '', tokenUrl: '' });
  });

  it('Scope writes the scopes of both files', () => {
    const f = choose(generic, { kind: 'scope', text: 'openid  offline_access' });
    const { defs, params } = consistent(f, 'oauth2');
    expect(params.token.oAuthSettings.scopes).toEqual(['openid', 'offline_access']);
    expect(defs.oauth2_auth.scopes).toEqual({ openid: 'openid', offline_access: 'offline_access' });
    expect(readSecuritySettings(parse(f.definition), parse(f.properties)).oauthScopes).toEqual(['openid', 'offline_access']);
  });

  it('keeps scopes held as one space-separated string that way', () => {
    const one = { ...generic, properties: generic.properties.replace('"scopes": []', '"scopes": ["a b"]') };
    const f = choose(one, { kind: 'scope', text: 'a b c' });
    expect((parse(f.properties) as Json).properties.connectionParameters.token.oAuthSettings.scopes).toEqual(['a b c']);
  });

  it('Microsoft Entra ID: login URL, tenant, resource, on-behalf-of, the tenant claim and matching URLs', () => {
    let f = choose(generic, { kind: 'field', field: 'clientId', value: 'app-id' });
    f = choose(f, { kind: 'provider', identityProvider: 'aad' });
    const settings = settingsOf(f);
    expect(settings.identityProvider).toBe('aad');
    expect(settings.clientId).toBe('app-id');
    const params = (parse(f.properties) as Json).properties.connectionParameters;
    expect(params.token.oAuthSettings.customParameters).toEqual({
      loginUri: { value: 'https://login.windows.net' },
      tenantId: { value: 'common' },
      resourceUri: { value: '' },
      enableOnbehalfOfLogin: { value: 'false' },
    });
    expect(params['token:TenantId'].metadata).toEqual({ sourceType: 'AzureActiveDirectoryTenant' });
    const def = (parse(f.definition) as Json).securityDefinitions.oauth2_auth;
    expect(def.authorizationUrl).toBe('https://login.windows.net/common/oauth2/authorize');
    expect(def.tokenUrl).toBe('https://login.windows.net/common/oauth2/token');

    f = choose(f, { kind: 'custom', key: 'tenantId', value: 'contoso.onmicrosoft.com' });
    f = choose(f, { kind: 'custom', key: 'resourceUri', value: 'https://graph.microsoft.com/' });
    f = choose(f, { kind: 'custom', key: 'enableOnbehalfOfLogin', value: 'true' });
    expect((parse(f.definition) as Json).securityDefinitions.oauth2_auth.tokenUrl).toBe(
      'https://login.windows.net/contoso.onmicrosoft.com/oauth2/token',
    );
    expect(settingsOf(f).customParameters).toEqual({
      loginUri: 'https://login.windows.net',
      tenantId: 'contoso.onmicrosoft.com',
      resourceUri: 'https://graph.microsoft.com/',
      enableOnbehalfOfLogin: 'true',
    });

    // Back to a generic provider: the tenant claim goes with Entra ID.
    const back = choose(f, { kind: 'provider', identityProvider: 'oauth2' });
    expect(Object.keys((parse(back.properties) as Json).properties.connectionParameters)).toEqual(['region', 'token']);
    expect(settingsOf(back).clientId).toBe('app-id');
  });

  it('templates and named providers', () => {
    let f = choose(generic, { kind: 'provider', identityProvider: 'oauth2generic' });
    f = choose(f, { kind: 'custom', key: 'tokenBodyTemplate', value: 'code={Code}&client_secret={ClientSecret}' });
    const oauth = (parse(f.properties) as Json).properties.connectionParameters.token.oAuthSettings;
    expect(oauth.identityProvider).toBe('oauth2generic');
    expect(oauth.customParameters.tokenBodyTemplate).toEqual({ value: 'code={Code}&client_secret={ClientSecret}' });
    f = choose(f, { kind: 'provider', identityProvider: 'github' });
    const github = (parse(f.properties) as Json).properties.connectionParameters.token.oAuthSettings;
    expect(github.identityProvider).toBe('github');
    expect(github.customParameters).toEqual({});
  });

  it('removes a client secret kept in the file, and writes none itself', () => {
    const leaked = {
      ...generic,
      properties: generic.properties.replace('"clientId": "",', '"clientId": "",\n          "clientSecret": "s3cr3t",'),
    };
    expect(settingsOf(leaked).plainClientSecret).toBe(true);
    const f = choose(leaked, { kind: 'removeFileSecret' });
    expect(f.properties).toBe(generic.properties);
  });
});

describe('differingSpan', () => {
  it('never splits a CRLF or a surrogate pair', () => {
    const [e] = differingSpan('a\r\nb', 'a\nb');
    expect(applyEdits('a\r\nb', [e!])).toBe('a\nb');
    const [s] = differingSpan('x\u{1F600}y', 'x\u{1F601}y');
    expect(s!.content).toBe('\u{1F601}');
    expect(differingSpan('same', 'same')).toEqual([]);
  });
});
