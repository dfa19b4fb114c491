// What reviewers ask of the strings and schemas makers see (connectors.md 5.1), beyond Microsoft's
// validator: labels, descriptions, summaries and output schemas.
import { brandIcon } from '../png-fixture';
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
    // A description that repeats the summary is SummaryEqualsDescription's alone.
    good: (c) => void (op(c, '/items', 'get').description = 'list items'),
    at: '/paths/~1items/get/description',
  },
  {
    rule: 'DescriptionContainsUrl',
    bad: (c) => void (op(c, '/items', 'get').description = 'Lists the items; see https://docs.contoso.com/items for details.'),
    good: (c) => void (op(c, '/items', 'get').description = 'Lists the items of the contoso.com account.'),
    at: '/paths/~1items/get/description',
  },
  {
    rule: 'TitleContainsProductName',
    bad: (c) => void (c.definition.info.title = 'Contoso for PowerApps'),
    good: (c) => void (c.definition.info.title = 'Contoso Power Tools'),
    at: '/info/title',
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

const TEMPLATE_README = [
  '# Contoso Items',
  'Manage the items of a Contoso account.',
  '## Publisher: Contoso',
  '## Prerequisites',
  '## Supported Operations',
  '### List items',
  '## Obtaining Credentials',
  '## Known Issues and Limitations',
  '## Deployment Instructions',
  '',
].join('\n');

const SECRET = 'q8W~d9Kf2.Xn7Tz_Lm3Vb6Qr1Hs4Jc0Pa5Ye8Ug';

function withSecret(clientSecret: string) {
  const token = oauth('8a1f0c55-0b7e-4d0e-a4c1-3b0e2f6d9c11', 'https://login.contoso.com/authorize', 'https://login.contoso.com/token');
  return { ...token, oAuthSettings: { ...token.oAuthSettings, clientSecret } };
}

/** The files beside the definition: icon, readme, script, secrets. */
export const FOLDER_CASES: RuleCase[] = [
  {
    rule: 'IconFormatNotValid',
    bad: (c) => void (c.icon = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0])),
    good: (c) => void (c.icon = brandIcon()),
    in: { file: 'icon.png', line: 0 },
  },
  {
    rule: 'IconSizeNotValid',
    bad: (c) => void (c.icon = brandIcon(230, 200)),
    good: (c) => void (c.icon = brandIcon(160)),
    in: { file: 'icon.png', line: 0 },
  },
  {
    rule: 'IconBackgroundNotValid',
    bad: (c) => void (c.icon = brandIcon(230, 230, [255, 255, 255, 255], [0x0f, 0x6c, 0xbd, 255])),
    // A white logo that touches the edge is still a logo on the brand colour.
    good: (c) => void (c.icon = brandIcon(230, 230, [0x0f, 0x6c, 0xbd, 255], [255, 255, 255, 255])),
    in: { file: 'icon.png', line: 0 },
  },
  {
    rule: 'SecretInApiProperties',
    bad: (c) => void (c.properties.properties.connectionParameters = { token: withSecret(SECRET) }),
    good: (c) => void (c.properties.properties.connectionParameters = { token: withSecret('Value-From-Your-App-Registration') }),
    at: '/properties/connectionParameters/token/oAuthSettings/clientSecret',
  },
  {
    rule: 'ScriptTooLarge',
    bad: (c) => void (c.script = `// ${'é'.repeat(600 * 1024)}`),
    good: (c) => void (c.script = 'x'.repeat(1024 * 1024)),
    in: { file: 'script.csx', line: 1 },
  },
  {
    rule: 'ReadmeMissing',
    bad: (c) => void (c.folder = true),
    good: (c) => {
      c.folder = true;
      c.readme = TEMPLATE_README;
    },
    // Named where it belongs, with no line: there is no file.
    in: { file: 'README.md', line: 0 },
  },
  {
    rule: 'ReadmeSectionsMissing',
    bad: (c) => void (c.readme = TEMPLATE_README.replace('## Obtaining Credentials\n', '')),
    // Headings worded freely, as accepted readmes do.
    good: (c) =>
      void (c.readme = TEMPLATE_README.replace('## Prerequisites', '## Pre-requisites').replace(
        'Supported Operations',
        'Supported Actions',
      )),
    // The file as it is spelt in the folder; where the section goes: after Supported Operations
    // (and its List items), at Known Issues and Limitations, now line 7.
    in: { file: 'readme.md', line: 7 },
  },
];
