// What reviewers ask of the strings and schemas makers see (connectors.md 5.1), beyond Microsoft's
// validator: labels, descriptions, summaries and output schemas.
import { op, type RuleCase } from './rule-case';

const top = (c: Parameters<RuleCase['bad']>[0]) => op(c, '/items', 'get').parameters[0];

export const GUIDANCE_CASES: RuleCase[] = [
  {
    rule: 'ParameterSummaryRequired',
    bad: (c) => void delete top(c)['x-ms-summary'],
    // An internal parameter is never shown: it needs no label.
    good: (c) => {
      delete top(c)['x-ms-summary'];
      top(c)['x-ms-visibility'] = 'internal';
      top(c).default = 10;
    },
    at: '/paths/~1items/get/parameters/0',
  },
  {
    rule: 'ParameterDescriptionRequired',
    bad: (c) => void (c.definition.parameters.ItemId.description = ' '),
    // A body parameter is shown as its properties, not as a field of its own.
    good: (c) => void delete op(c, '/items', 'post').parameters[0].description,
    at: '/parameters/ItemId/description',
  },
  {
    rule: 'ResponseSchemaMissing',
    bad: (c) => void delete op(c, '/items/{itemId}', 'get').responses['200'].schema,
    // 204 says there is no body.
    good: (c) => void (op(c, '/items/{itemId}', 'get').responses = { '204': { description: 'No content' } }),
    at: '/paths/~1items~1{itemId}/get/responses/200',
  },
  {
    rule: 'SummaryEqualsDescription',
    bad: (c) => void (op(c, '/items', 'get').description = 'List items.'),
    good: (c) => void (op(c, '/items', 'get').description = 'List items of the account.'),
    at: '/paths/~1items/get/description',
  },
  {
    rule: 'SummaryCharactersNotRecommended',
    bad: (c) => void (op(c, '/items', 'get').summary = 'List items.'),
    // Restricted characters are RestrictedCharactersInSummary's; parentheses are allowed.
    good: (c) => void (op(c, '/items', 'get').summary = 'List items (paged) & more'),
    at: '/paths/~1items/get/summary',
  },
  {
    rule: 'DescriptionNotSentence',
    bad: (c) => void (op(c, '/items', 'get').description = 'lists the items of the account'),
    good: (c) => void (op(c, '/items', 'get').description = 'Lists the items of the account (paged).'),
    at: '/paths/~1items/get/description',
  },
  {
    rule: 'DescriptionContainsUrl',
    bad: (c) => void (op(c, '/items', 'get').description = 'Lists the items; see https://docs.contoso.com/items for details.'),
    good: (c) => void (op(c, '/items', 'get').description = 'Lists the items of the contoso.com account.'),
    at: '/paths/~1items/get/description',
  },
  {
    rule: 'DescriptionContainsProductName',
    bad: (c) => void (c.definition.info.description = 'Manage Contoso items from Power Automate flows and other places.'),
    good: (c) => void (c.definition.info.description = 'Manage Contoso items: automate the power of your inventory.'),
    at: '/info/description',
  },
  {
    rule: 'SummaryNotTitleCase',
    bad: (c) => void (c.definition.definitions.Item.properties.name['x-ms-summary'] = 'item name'),
    // A brand written with a lower-case first letter is not lower case.
    good: (c) => void (c.definition.definitions.Item.properties.name['x-ms-summary'] = 'iPhone Name'),
    at: '/definitions/Item/properties/name/x-ms-summary',
  },
];

const oauth = (clientId: string, authorizationUrl: string, tokenUrl: string) => ({
  type: 'oauthSetting',
  oAuthSettings: {
    identityProvider: 'oauth2',
    clientId,
    scopes: [],
    redirectUrl: 'https://global.consent.azure-apim.net/redirect',
    properties: { IsFirstParty: 'False' },
    customParameters: { authorizationUrl: { value: authorizationUrl }, tokenUrl: { value: tokenUrl }, refreshUrl: { value: tokenUrl } },
  },
});

/** Microsoft's validator rules and what paconn or the maker portal refuse. */
export const PLATFORM_CASES: RuleCase[] = [
  {
    rule: 'OperationIdTooLong',
    profile: 'custom',
    bad: (c) => void (op(c, '/items', 'get').operationId = `List${'Items'.repeat(30)}`),
    good: (c) => void (op(c, '/items', 'get').operationId = `List${'X'.repeat(76)}`),
    at: '/paths/~1items/get/operationId',
  },
  {
    rule: 'OperationPathVariablesContainDefaults',
    bad: (c) => void (c.definition.parameters.ItemId.default = 'first'),
    // A fixed (internal) path segment needs its default.
    good: (c) => {
      c.definition.parameters.ItemId.default = 'first';
      c.definition.parameters.ItemId['x-ms-visibility'] = 'internal';
    },
    at: '/parameters/ItemId/default',
  },
  {
    rule: 'MimeTypeNotSupported',
    bad: (c) => void (op(c, '/items', 'post').consumes = ['application/json', 'application/xml']),
    good: (c) => void (op(c, '/items', 'post').consumes = ['application/json', 'application/xml-patch+json']),
    at: '/paths/~1items/post/consumes/1',
  },
  {
    rule: 'InfoDescriptionRequired',
    profile: 'custom',
    bad: (c) => void delete c.definition.info.description,
    good: (c) => void (c.definition.info.description = 'Items.'),
    at: '/info',
  },
  {
    rule: 'OAuthSettingsIncomplete',
    profile: 'custom',
    bad: (c) => void (c.properties.properties.connectionParameters = { token: oauth('', '', '') }),
    good: (c) =>
      void (c.properties.properties.connectionParameters = {
        token: oauth('8a1f0c55-0b7e-4d0e-a4c1-3b0e2f6d9c11', 'https://login.contoso.com/authorize', 'https://login.contoso.com/token'),
      }),
    at: '/properties/connectionParameters/token/oAuthSettings',
  },
  {
    rule: 'FileEncodingNotSupported',
    profile: 'custom',
    bad: (c) => void (c.bom = true),
    // A zero-width no-break space inside a string is text, not a byte order mark.
    good: (c) => void (c.definition.info.title = 'Contoso\uFEFFItems'),
    at: '',
  },
];
