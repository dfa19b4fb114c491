// Document and info rules: title, description, contact, connector metadata, limits.
import type { RuleCase } from './rule-case';

const firstPartyOAuth = (isFirstParty: unknown) => ({
  type: 'oauthSetting',
  oAuthSettings: {
    identityProvider: 'oauth2',
    clientId: '8a1f0c55-0b7e-4d0e-a4c1-3b0e2f6d9c11',
    scopes: [],
    redirectUrl: 'https://global.consent.azure-apim.net/redirect',
    properties: { IsFirstParty: isFirstParty },
  },
});

const manyOperations = (n: number) =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `/op${i}`,
      {
        get: {
          operationId: `Op${i}`,
          summary: `Operation ${i}`,
          description: 'An operation.',
          responses: { '200': { description: 'ok', schema: { type: 'object', properties: { a: { type: 'string' } } } } },
        },
      },
    ]),
  );

export const METADATA_CASES: RuleCase[] = [
  { rule: 'RequiredValueEmpty', bad: (c) => void (c.definition.info.title = ' '), at: '/info/title' },
  {
    rule: 'FieldLengthExceeded',
    bad: (c) => void (c.definition.info.title = 'Contoso Items And Other Things Too'),
    good: (c) => void (c.definition.info.title = 'Contoso Items And Other Things'),
    at: '/info/title',
  },
  {
    rule: 'ValueContainsRestrictedWords',
    bad: (c) => void (c.definition.info.title = 'Contoso API'),
    // "Rapid" holds "api"; a product name is guidance (TitleContainsProductName), not the validator's list.
    good: (c) => void (c.definition.info.title = 'Contoso Rapid for Power BI'),
    at: '/info/title',
  },
  {
    rule: 'ValueMustEndWithAlphanumeric',
    bad: (c) => void (c.definition.info.title = 'Contoso Items.'),
    good: (c) => void (c.definition.info.title = 'Contoso (EU)'),
    at: '/info/title',
  },
  { rule: 'FieldLengthNotInRange', bad: (c) => void (c.definition.info.description = 'Too short.'), at: '/info/description' },
  { rule: 'InfoContactRequired', bad: (c) => void delete c.definition.info.contact.email, at: '/info/contact' },
  { rule: 'ContactEmailNotValid', bad: (c) => void (c.definition.info.contact.email = 'support at contoso'), at: '/info/contact/email' },
  {
    rule: 'UrlNotValid',
    bad: (c) => void (c.definition['x-ms-connector-metadata'][0].propertyValue = 'www.contoso.com'),
    at: '/x-ms-connector-metadata/0/propertyValue',
  },
  { rule: 'ConnectorMetadataMissing', bad: (c) => void delete c.definition['x-ms-connector-metadata'], at: '' },
  {
    rule: 'ConnectorMetadataPropertiesMissing',
    bad: (c) => void c.definition['x-ms-connector-metadata'].splice(1, 1),
    good: (c) => void (c.definition['x-ms-connector-metadata'][1].propertyName = 'Privacy Policy'),
    at: '/x-ms-connector-metadata',
  },
  {
    rule: 'PropertyNameCaseMismatch',
    bad: (c) => {
      const entry = c.definition['x-ms-connector-metadata'][0];
      c.definition['x-ms-connector-metadata'][0] = { PropertyName: entry.propertyName, propertyValue: entry.propertyValue };
    },
    good: (c) => void (c.definition['x-ms-connector-metadata'][0].PropertyName = 'Website'),
    at: '/x-ms-connector-metadata/0/PropertyName',
  },
  {
    rule: 'ApiAnnotationRevisionZero',
    bad: (c) => void (c.definition.paths['/items'].get['x-ms-api-annotation'] = { family: 'ListItems', revision: 0 }),
    good: (c) => void (c.definition.paths['/items'].get['x-ms-api-annotation'] = { family: 'ListItems', revision: 1 }),
    at: '/paths/~1items/get/x-ms-api-annotation/revision',
  },
  {
    rule: 'BooleanWrittenForString',
    bad: (c) => void (c.properties.properties.connectionParameters = { token: firstPartyOAuth(false) }),
    good: (c) => void (c.properties.properties.connectionParameters = { token: firstPartyOAuth('False') }),
    at: '/properties/connectionParameters/token/oAuthSettings/properties/IsFirstParty',
  },
  {
    rule: 'NumberWrittenForString',
    bad: (c) => void (c.definition.paths['/items'].get.parameters[0]['x-ms-summary'] = 1),
    good: (c) => void (c.definition.paths['/items'].get.parameters[0]['x-ms-summary'] = 'Top 1'),
    at: '/paths/~1items/get/parameters/0/x-ms-summary',
  },
  {
    rule: 'InvalidConnectorCategory',
    bad: (c) => void (c.definition['x-ms-connector-metadata'][2].propertyValue = 'Productivty'),
    good: (c) => void (c.definition['x-ms-connector-metadata'][2].propertyValue = 'productivity'),
    at: '/x-ms-connector-metadata/2/propertyValue',
  },
  {
    rule: 'TooManyConnectorCategories',
    bad: (c) => void (c.definition['x-ms-connector-metadata'][2].propertyValue = 'Data;AI;Finance'),
    at: '/x-ms-connector-metadata/2/propertyValue',
  },
  { rule: 'SchemesArrayEmpty', bad: (c) => void (c.definition.schemes = []), at: '/schemes' },
  { rule: 'SchemeNotSupported', bad: (c) => void (c.definition.schemes = ['https', 'wss']), at: '/schemes/1' },
  { rule: 'TagRedefined', bad: (c) => void (c.definition.tags = [{ name: 'Items' }, { name: 'Items' }]), at: '/tags/1/name' },
  { rule: 'DefinitionTooLarge', bad: (c) => void (c.definition.info['x-padding'] = 'x'.repeat(1024 * 1024)), at: '' },
  {
    rule: 'TotalOperationsCountExceedsMaxAllowed',
    bad: (c) => void Object.assign(c.definition.paths, manyOperations(256)),
    good: (c) => void Object.assign(c.definition.paths, manyOperations(250)),
    at: '/paths',
  },
];
