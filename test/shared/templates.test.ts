// New connectors from templates: each validates under the checker's custom profile with no error
// but the client id an OAuth template leaves to the maker (the portal cannot save it without one),
// and opens with the model showing the authentication the template promises.
import { describe, expect, it } from 'vitest';
import { certifyConnector } from '../../shared/engines/certify';
import { loadConnector } from '../../shared/core/connector';
import {
  CONNECTOR_TEMPLATES,
  newConnectorFiles,
  normalizeHost,
  splitBaseUrl,
  type ConnectorTemplateId,
} from '../../shared/editing/connector-templates';

function load(template: ConnectorTemplateId, title = 'Contoso Tickets', host?: string) {
  const files = newConnectorFiles({ template, title, ...(host !== undefined ? { host } : {}) });
  return {
    files,
    connector: loadConnector({
      definition: { fileName: 'apiDefinition.swagger.json', text: files.definition, encoding: 'utf-8', bom: false },
      properties: { fileName: 'apiProperties.json', text: files.properties, encoding: 'utf-8', bom: false },
    }),
  };
}

const EXPECTED_AUTH: Record<ConnectorTemplateId, { auth: string; parameters: string[]; provider?: string }> = {
  blank: { auth: 'none', parameters: [] },
  'no-auth': { auth: 'none', parameters: [] },
  'api-key': { auth: 'apiKey', parameters: ['api_key'] },
  basic: { auth: 'basic', parameters: ['username', 'password'] },
  oauth2: { auth: 'oauth2', parameters: ['token'], provider: 'oauth2' },
  'entra-id': { auth: 'oauth2', parameters: ['token', 'token:TenantId'], provider: 'aad' },
};

describe('connector templates', () => {
  it('offers blank and the five kinds of authentication', () => {
    expect(CONNECTOR_TEMPLATES.map((t) => t.id)).toEqual(['blank', 'no-auth', 'api-key', 'basic', 'oauth2', 'entra-id']);
  });

  for (const template of CONNECTOR_TEMPLATES) {
    it(`${template.id}: no error under the custom profile but the client id to fill in`, () => {
      const { connector } = load(template.id);
      const result = certifyConnector(connector, { profile: 'custom' });
      const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.pointer}`);
      const oauth = EXPECTED_AUTH[template.id].auth === 'oauth2';
      expect(errors).toEqual(oauth ? ['OAuthSettingsIncomplete /properties/connectionParameters/token/oAuthSettings/clientId'] : []);
      expect(result.errors).toBe(oauth ? 1 : 0);
      expect(connector.diagnostics).toEqual([]);
    });

    it(`${template.id}: opens with the right authentication`, () => {
      const { connector } = load(template.id);
      const expected = EXPECTED_AUTH[template.id];
      expect(connector.model.swaggerVersion).toBe('2.0');
      expect(connector.model.title).toBe('Contoso Tickets');
      expect(connector.model.auth).toBe(expected.auth);
      expect(connector.model.connectionParameters.map((p) => p.name)).toEqual(expected.parameters);
      if (expected.provider) expect(connector.model.connectionParameters[0]?.identityProvider).toBe(expected.provider);
      expect(connector.model.operations.length).toBe(template.id === 'blank' ? 0 : 1);
    });
  }

  it('keeps the host name only, whatever was typed', () => {
    expect(normalizeHost('https://api.fabrikam.com/v1/')).toBe('api.fabrikam.com');
    expect(normalizeHost('  ')).toBe('api.contoso.com');
    expect(load('api-key', 'X', 'http://example.org:8080/x').connector.model.host).toBe('example.org:8080');
  });

  it('takes the base path from a pasted URL', () => {
    expect(splitBaseUrl('https://api.contoso.com/v1')).toEqual({ host: 'api.contoso.com', basePath: '/v1' });
    expect(splitBaseUrl('https://api.contoso.com/api//v2/?key=1#top')).toEqual({ host: 'api.contoso.com', basePath: '/api/v2' });
    expect(splitBaseUrl('api.contoso.com')).toEqual({ host: 'api.contoso.com', basePath: '/' });
    expect(splitBaseUrl('https://api.contoso.com/')).toEqual({ host: 'api.contoso.com', basePath: '/' });
    expect(splitBaseUrl('api.contoso.com?x=1')).toEqual({ host: 'api.contoso.com', basePath: '/' });
    const definition = JSON.parse(load('blank', 'Contoso', 'https://api.contoso.com/v1').files.definition);
    expect([definition.host, definition.basePath]).toEqual(['api.contoso.com', '/v1']);
  });

  it('writes the files as plain two-space JSON (byte-stable when opened and saved untouched)', () => {
    const { files } = load('basic');
    expect(`${JSON.stringify(JSON.parse(files.definition), null, 2)}\n`).toBe(files.definition);
    expect(files.properties).not.toMatch(/password"\s*:\s*"[^"]/);
  });
});
