import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { connectionParametersFor } from '../../shared/engines/export/connection-parameters';
import { ImportError, type ImportResult } from '../../shared/engines/import/import-result';
import { environmentValues, importPostman, isPostmanCollection, isPostmanEnvironment } from '../../shared/engines/import/postman';
import { listSecurityDefinitions } from '../../shared/core/model/security';
import { valueAt } from '../../shared/core/text/json-pointer';

type J = Record<string, any>;
const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const V20 = 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json';

function collection(item: unknown[], extra: J = {}): J {
  return { info: { name: 'Contoso', schema: V21 }, item, ...extra };
}

function req(name: string, method: string, url: unknown, extra: J = {}, itemExtra: J = {}): J {
  return { name, request: { method, url, header: [], ...extra }, ...itemExtra };
}

/**
 * Imports, checks what every import must satisfy, and returns the result. `validate` also runs
 * swagger-parser, which takes about half a second a call, so only tests covering many features ask.
 */
async function imported(source: unknown, options = {}, validate = false): Promise<ImportResult & { def: J; ops: J }> {
  const result = importPostman(source, options);
  if (validate) await SwaggerParser.validate(structuredClone(result.definition) as never);
  for (const n of result.report) {
    expect(n.sourcePointer, `${n.code} has a pointer`).toBeTypeOf('string');
    expect(valueAt(source, n.sourcePointer!), `${n.code} ${n.sourcePointer} leads into the source`).not.toBeUndefined();
  }
  const ops: J = {};
  for (const item of Object.values<J>(result.definition.paths as J)) for (const op of Object.values<J>(item)) ops[op.operationId] = op;
  return { ...result, def: result.definition as J, ops };
}

const codes = (r: ImportResult) => r.report.map((n) => n.code);
const note = (r: ImportResult, code: string) => r.report.find((n) => n.code === code);

function importError(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('no ImportError');
}

describe('Postman input', () => {
  it('recognises collections, including wrapped and v1 ones, and not environments', () => {
    expect(isPostmanCollection(collection([]))).toBe(true);
    expect(isPostmanCollection({ collection: collection([]) })).toBe(true);
    expect(isPostmanCollection({ id: 'x', name: 'old', order: [], requests: [] })).toBe(true);
    expect(isPostmanCollection({ name: 'env', values: [{ key: 'a', value: '1' }], _postman_variable_scope: 'environment' })).toBe(false);
    expect(isPostmanCollection({ swagger: '2.0' })).toBe(false);
    expect(isPostmanCollection([])).toBe(false);
  });

  it('explains files it does not take', () => {
    expect(importError(() => importPostman({ id: 'x', name: 'old', order: [], requests: [] })).code).toBe('PostmanV1NotSupported');
    expect(importError(() => importPostman({ name: 'e', values: [], _postman_variable_scope: 'environment' })).code).toBe(
      'PostmanEnvironmentNotCollection',
    );
    expect(importError(() => importPostman('text')).code).toBe('NotPostmanCollection');
    expect(importError(() => importPostman({ openapi: '3.0.0' })).code).toBe('NotPostmanCollection');
    const v3 = importError(() =>
      importPostman({ info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v3.0.0/collection.json' }, item: [] }),
    );
    expect(v3.code).toBe('PostmanVersionNotSupported');
    expect(v3.message).toContain('v2.1');
    // One sentence, as every refusal (test/hostile/properties.test.ts mutates collections into this one).
    expect(v3.message).not.toMatch(/[.;]\s+[A-Z]/);
  });

  it('unwraps {"collection": ...} and points into the wrapped file', async () => {
    const source = {
      collection: collection([
        req('List items', 'GET', 'https://api.contoso.com/items', { header: [{ key: 'Authorization', value: 'Bearer x' }] }),
      ]),
    };
    const r = await imported(source, {}, true);
    expect(note(r, 'WrappedCollectionUnwrapped')?.sourcePointer).toBe('/collection');
    expect(note(r, 'CredentialHeaderLeftToSecurity')?.sourcePointer).toBe('/collection/item/0/request/header/0');
    expect(Object.keys(r.ops)).toEqual(['ListItems']);
  });

  it('reads a collection without a schema version as v2.1, with a warning', async () => {
    const r = await imported({ info: { name: 'x' }, item: [req('a', 'GET', 'https://h.com/a')] });
    expect(note(r, 'PostmanSchemaMissing')?.kind).toBe('warning');
  });

  it('reads environment values for substitution', () => {
    const env = {
      name: 'e',
      values: [
        { key: 'baseUrl', value: 'https://api.contoso.com', enabled: true },
        { key: 'off', value: 'x', enabled: false },
      ],
    };
    expect(isPostmanEnvironment(env)).toBe(true);
    expect(environmentValues(env)).toEqual({ baseUrl: 'https://api.contoso.com' });
  });
});

describe('Postman requests to operations', () => {
  it('makes unique PascalCase operation ids and clean summaries from request names, keeping descriptions', async () => {
    const long = 'Get the list of all the items in the warehouse that are waiting for a shipment to a customer somewhere';
    const r = await imported(
      collection([
        req('List items', 'GET', 'https://api.contoso.com/items', { description: 'Lists **items**.' }),
        req('List items', 'GET', 'https://api.contoso.com/other'),
        req('Copy a/b <fast> & 100% *now*?', 'POST', 'https://api.contoso.com/copy'),
        req(long, 'GET', 'https://api.contoso.com/long'),
        req('', 'DELETE', 'https://api.contoso.com/items/:id'),
        req('GET /quotes/{id}/pay-in-methods', 'GET', 'https://api.contoso.com/quotes/:id/pay-in-methods'),
        req('2fa setup', 'POST', 'https://api.contoso.com/2fa'),
      ]),
    );
    expect(Object.keys(r.ops)).toEqual([
      'ListItems',
      'ListItems2',
      'CopyABFast100Now',
      'GetTheListOfAllTheItemsInTheWarehouseThatAreWaitingForAShipment',
      'DeleteItemsById',
      'GetQuotesPayInMethods',
      'Op2faSetup',
    ]);
    expect(r.ops.ListItems.summary).toBe('List items');
    expect(r.ops.ListItems.description).toBe('Lists **items**.');
    expect(r.ops.CopyABFast100Now.summary).toBe('Copy a b fast 100 now');
    expect(r.ops.GetTheListOfAllTheItemsInTheWarehouseThatAreWaitingForAShipment.summary.length).toBeLessThanOrEqual(80);
    expect(r.ops.DeleteItemsById.summary).toBe('Delete items by ID');
    expect(r.ops.GetQuotesPayInMethods.summary).toBe('Get quotes pay in methods');
    expect(note(r, 'SummaryShortened')?.message).toMatch(/^3 request names/);
  });

  it('makes folders tags', async () => {
    const r = await imported(
      collection([
        {
          name: 'Items',
          description: 'Item calls',
          item: [req('List items', 'GET', 'https://h.com/items'), { name: 'Nested', item: [req('Deep', 'GET', 'https://h.com/deep')] }],
        },
        req('Root', 'GET', 'https://h.com/root'),
      ]),
    );
    expect(r.ops.ListItems.tags).toEqual(['Items']);
    expect(r.ops.Deep.tags).toEqual(['Nested']);
    expect(r.ops.Root.tags).toBeUndefined();
    expect(r.def.tags).toEqual([{ name: 'Items', description: 'Item calls' }, { name: 'Nested' }]);
  });

  it('takes host and base path from {{baseUrl}} in the collection variables', async () => {
    const r = await imported(
      collection([req('A', 'GET', '{{baseUrl}}/users'), req('B', 'GET', '{{baseUrl}}/users/:id')], {
        variable: [{ key: 'baseUrl', value: 'https://api.contoso.com/v2' }],
      }),
    );
    expect(r.def).toMatchObject({ host: 'api.contoso.com', basePath: '/v2', schemes: ['https'] });
    expect(Object.keys(r.def.paths)).toEqual(['/users', '/users/{id}']);
  });

  it('takes a common API root as base path, but not a resource all requests share', async () => {
    const api = await imported(collection([req('A', 'GET', 'http://h.com/api/v1/users'), req('B', 'POST', 'http://h.com/api/v1/orders')]));
    expect(api.def).toMatchObject({ basePath: '/api/v1', schemes: ['http'] });
    const users = await imported(collection([req('A', 'GET', 'https://h.com/users'), req('B', 'GET', 'https://h.com/users/:id')]));
    expect(users.def.basePath).toBe('/');
    expect(Object.keys(users.def.paths)).toEqual(['/users', '/users/{id}']);
  });

  it('lets given variables (an environment) win over the collection, and reports a host it cannot know', async () => {
    const source = collection([req('A', 'GET', '{{host}}/a')], { variable: [{ key: 'host', value: 'https://dev.contoso.com' }] });
    expect((await imported(source, { variables: { host: 'https://api.contoso.com' } })).def.host).toBe('api.contoso.com');
    const unknown = await imported(collection([req('A', 'GET', '{{host}}/a')]));
    expect(unknown.def.host).toBeUndefined();
    expect(note(unknown, 'HostUnknown')?.message).toContain('{{host}}');
  });

  it('reports requests to another host', async () => {
    const r = await imported(
      collection([
        req('A', 'GET', 'https://api.h.com/a'),
        req('B', 'GET', 'https://api.h.com/b'),
        req('C', 'GET', 'https://uploads.h.com/c'),
      ]),
    );
    expect(r.def.host).toBe('api.h.com');
    expect(note(r, 'RequestToOtherHost')).toMatchObject({ kind: 'warning', sourcePointer: '/item/2/request/url' });
  });

  it('makes path parameters of :name, {{var}}, {name} and <name> segments', async () => {
    const r = await imported(
      collection(
        [
          req('A', 'GET', {
            raw: 'https://h.com/repos/:owner/x',
            host: ['h', 'com'],
            protocol: 'https',
            path: ['repos', ':owner', 'x'],
            variable: [{ key: 'owner', value: 'octo', description: '(Required) The owner' }],
          }),
          req('B', 'GET', 'https://h.com/users/{{userId}}/{{deep}}'),
          req('C', 'GET', 'https://h.com/quotes/<quoteId>/items/{itemId}'),
        ],
        {
          variable: [
            { key: 'userId', value: '42' },
            { key: 'deep', value: 'a/b' },
          ],
        },
      ),
      {},
      true,
    );
    expect(Object.keys(r.def.paths)).toEqual(['/repos/{owner}/x', '/users/{userId}/a/b', '/quotes/{quoteId}/items/{itemId}']);
    expect(r.ops.A.parameters[0]).toMatchObject({
      name: 'owner',
      in: 'path',
      required: true,
      description: 'The owner',
      'x-ms-test-value': 'octo',
      'x-ms-summary': 'Owner',
    });
    expect(r.ops.B.parameters[0]).toMatchObject({ name: 'userId', type: 'integer', 'x-ms-test-value': 42 });
    expect(r.ops.C.parameters.map((p: J) => p.name)).toEqual(['quoteId', 'itemId']);
    expect(codes(r)).toEqual(expect.arrayContaining(['PathVariableToParameter', 'PlaceholderToParameter']));
  });

  it('makes query and header parameters, leaving auth headers and Content-Type to the platform', async () => {
    const r = await imported(
      collection([
        req(
          'A',
          'POST',
          {
            raw: 'https://h.com/a?top=10&since=2024-01-01&filter=x',
            host: ['h', 'com'],
            protocol: 'https',
            path: ['a'],
            query: [
              { key: 'top', value: '10', description: 'How many [required]' },
              { key: 'since', value: '2024-01-01' },
              { key: 'filter', value: '{{filter}}', disabled: true },
            ],
          },
          {
            header: [
              { key: 'Content-Type', value: 'application/json' },
              { key: 'X-Api-Key', value: 'k-123' },
              { key: 'Accept-Language', value: 'fr' },
              { key: 'Cookie', value: 'a=b' },
            ],
            body: { mode: 'raw', raw: '{"a":1}' },
          },
        ),
      ]),
      {},
      true,
    );
    const p = Object.fromEntries(r.ops.A.parameters.map((x: J) => [x.name, x]));
    expect(p.top).toMatchObject({ in: 'query', required: true, type: 'integer', description: 'How many', 'x-ms-test-value': 10 });
    expect(p.since).toMatchObject({ in: 'query', required: false, format: 'date' });
    expect(p.filter).toMatchObject({ 'x-ms-visibility': 'advanced' });
    expect(p.filter['x-ms-test-value']).toBeUndefined();
    expect(p['Accept-Language']).toMatchObject({
      in: 'header',
      required: false,
      'x-ms-visibility': 'advanced',
      'x-ms-summary': 'Accept Language',
    });
    expect(p['Content-Type']).toBeUndefined();
    expect(p['X-Api-Key']).toBeUndefined();
    expect(p.Cookie).toBeUndefined();
    expect(note(r, 'CookieHeaderDropped')?.kind).toBe('loss');
    expect(JSON.stringify(r.def)).not.toContain('k-123');
  });

  it('infers a body schema from a raw JSON body, reading variables and placeholders as open values', async () => {
    const r = await imported(
      collection([
        req('A', 'POST', 'https://h.com/a', {
          body: {
            mode: 'raw',
            raw: '{"name":"{{name}}","amount":{{amount}},"profile":<profileId>,"tags":["x"]}',
            options: { raw: { language: 'json' } },
          },
        }),
        req('B', 'POST', 'https://h.com/b', { body: { mode: 'raw', raw: '{"a": 1, // comment\n}' } }),
        req('C', 'POST', 'https://h.com/c', { body: { mode: 'raw', raw: '{"a": 1 "b": 2}', options: { raw: { language: 'json' } } } }),
      ]),
    );
    const body = r.ops.A.parameters.find((p: J) => p.in === 'body');
    expect(body).toMatchObject({ name: 'body', required: true, schema: { type: 'object' } });
    expect(body.schema.properties.name.type).toBe('string');
    expect(body.schema.properties.amount.type).toBeUndefined();
    expect(body.schema.properties.tags).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(note(r, 'BodyVariableAsValue')?.sourcePointer).toBe('/item/0/request/body/raw');
    expect(r.ops.B.parameters[0].schema.properties.a.type).toBe('integer');
    expect(codes(r)).toContain('BodyNotStrictJson');
    expect(note(r, 'BodyJsonRepaired')?.kind).toBe('warning');
  });

  it('makes formData parameters of urlencoded and form-data bodies', async () => {
    const r = await imported(
      collection([
        req('Form', 'POST', 'https://h.com/form', {
          body: {
            mode: 'urlencoded',
            urlencoded: [
              { key: 'grant_type', value: 'code' },
              { key: 'client_secret', value: 's3cr3t' },
            ],
          },
        }),
        req('Upload', 'POST', 'https://h.com/upload', {
          body: {
            mode: 'formdata',
            formdata: [
              { key: 'file', type: 'file', src: '/tmp/x.pdf' },
              { key: 'title', value: 'T', type: 'text' },
            ],
          },
        }),
      ]),
      {},
      true,
    );
    expect(r.ops.Form.consumes).toEqual(['application/x-www-form-urlencoded']);
    expect(r.ops.Form.parameters[0]).toMatchObject({ name: 'grant_type', in: 'formData', 'x-ms-test-value': 'code' });
    expect(r.ops.Form.parameters[1]['x-ms-test-value']).toBeUndefined();
    expect(r.ops.Upload.consumes).toEqual(['multipart/form-data']);
    expect(r.ops.Upload.parameters[0]).toMatchObject({ name: 'file', in: 'formData', type: 'file' });
    expect(JSON.stringify(r.def)).not.toContain('s3cr3t');
  });

  it('reports GraphQL and file bodies, scripts and unsupported methods as losses', async () => {
    const r = await imported(
      collection([
        req('Gql', 'POST', 'https://h.com/graphql', {
          body: { mode: 'graphql', graphql: { query: '{ me { id } }', variables: '{"first": 2}' } },
        }),
        req('Bin', 'PUT', 'https://h.com/bin', { body: { mode: 'file', file: { src: '/x.bin' } } }),
        req(
          'Scripted',
          'GET',
          'https://h.com/s',
          {},
          {
            event: [
              { listen: 'prerequest', script: { exec: ['pm.environment.set("a", 1)'] } },
              { listen: 'test', script: { exec: [''] } },
            ],
          },
        ),
        req('Purge', 'PURGE', 'https://h.com/p'),
      ]),
      {},
      true,
    );
    expect(note(r, 'GraphQLBodyNotImported')).toMatchObject({ kind: 'loss', sourcePointer: '/item/0/request/body' });
    expect(r.ops.Gql.parameters[0].schema.properties.variables.properties.first.type).toBe('integer');
    expect(note(r, 'FileBodyNotImported')?.kind).toBe('loss');
    expect(r.ops.Bin.parameters[0].schema).toEqual({ type: 'string', format: 'binary' });
    expect(r.report.filter((n) => n.code === 'ScriptNotImported').map((n) => n.sourcePointer)).toEqual(['/item/2/event/0']);
    expect(note(r, 'MethodNotSupported')?.sourcePointer).toBe('/item/3/request');
    expect(Object.keys(r.ops)).not.toContain('Purge');
  });

  it('drops the body of a GET, as a loss', async () => {
    const r = await imported(collection([req('A', 'GET', 'https://h.com/a', { body: { mode: 'raw', raw: '{"a":1}' } })]));
    expect(r.ops.A.parameters).toEqual([]);
    expect(note(r, 'BodyOnFetchDropped')?.kind).toBe('loss');
  });

  it('makes responses from saved examples, with schemas for success only', async () => {
    const r = await imported(
      collection([
        req(
          'A',
          'GET',
          'https://h.com/a',
          {},
          {
            response: [
              {
                name: 'ok',
                code: 200,
                status: 'OK',
                header: [{ key: 'Content-Type', value: 'application/json' }],
                body: '{"id":1,"when":"2024-01-01T00:00:00Z"}',
              },
              { name: 'ok2', code: 200, status: 'OK', body: '{"id":2,"extra":true}', _postman_previewlanguage: 'json' },
              { name: 'missing', code: 404, status: 'Not Found', body: '{"error":"no"}' },
              { name: 'created', status: 'Created', body: '' },
            ],
          },
        ),
        req('B', 'GET', 'https://h.com/b'),
      ]),
      {},
      true,
    );
    expect(Object.keys(r.ops.A.responses)).toEqual(['200', '201', '404']);
    expect(Object.keys(r.ops.A.responses['200'].schema.properties)).toEqual(['id', 'when', 'extra']);
    expect(r.ops.A.responses['200'].schema.properties.when.format).toBe('date-time');
    expect(r.ops.A.responses['404']).toEqual({ description: 'Not Found' });
    expect(r.ops.B.responses).toEqual({ '200': { description: 'OK' } });
    expect(note(r, 'NoResponseExample')?.kind).toBe('warning');
  });

  it('merges requests with the same method and path into one operation', async () => {
    const r = await imported(
      collection([
        req('POST /accounts GBP', 'POST', 'https://h.com/v1/accounts', { body: { mode: 'raw', raw: '{"currency":"GBP","sortCode":"1"}' } }),
        req('POST /accounts IBAN', 'POST', 'https://h.com/v1/accounts?dryRun=true', {
          body: { mode: 'raw', raw: '{"currency":"EUR","iban":"X"}' },
        }),
        req('Get one', 'GET', 'https://h.com/v1/Accounts/:accountId'),
        req('Delete one', 'DELETE', 'https://h.com/v1/accounts/:id'),
      ]),
      {},
      true,
    );
    expect(Object.keys(r.ops)).toEqual(['PostAccountsGbp', 'GetOne', 'DeleteOne']);
    const body = r.ops.PostAccountsGbp.parameters.find((p: J) => p.in === 'body');
    expect(Object.keys(body.schema.properties)).toEqual(['currency', 'sortCode', 'iban']);
    expect(r.ops.PostAccountsGbp.parameters.map((p: J) => p.name)).toContain('dryRun');
    expect(note(r, 'RequestsMerged')?.sourcePointer).toBe('/item/1');
    // Paths differing only in case or parameter names are one path to the platform.
    expect(r.def.basePath).toBe('/v1');
    expect(Object.keys(r.def.paths)).toEqual(['/accounts', '/Accounts/{accountId}']);
    expect(r.ops.DeleteOne.parameters[0].name).toBe('accountId');
  });

  it('keeps dynamic variables as written, so imports are repeatable', async () => {
    const source = collection([
      req('A', 'POST', 'https://h.com/a', { body: { mode: 'raw', raw: '{"id":"{{$guid}}","n":"{{$randomInt}}"}' } }),
    ]);
    const a = await imported(source);
    const b = await imported(source);
    expect(JSON.stringify(a.definition)).toBe(JSON.stringify(b.definition));
  });

  it('warns when the connector has more operations than the platform allows', async () => {
    const r = await imported(collection(Array.from({ length: 257 }, (_, i) => req(`Op ${i}`, 'GET', `https://h.com/r${i}`))));
    expect(note(r, 'TooManyOperations')?.kind).toBe('warning');
  });
});

describe('Postman auth to security', () => {
  const security = (r: ImportResult) => r.definition.securityDefinitions as J;
  const connection = (r: ImportResult) => (r.properties as J).properties.connectionParameters;
  const consistent = (r: ImportResult) => {
    expect(connection(r)).toEqual(connectionParametersFor(listSecurityDefinitions(r.definition)));
    expect((r.properties as J).properties).toMatchObject({ iconBrandColor: '#007ee5', capabilities: [] });
  };

  it('maps basic auth (v2.1 list form) and keeps no password', async () => {
    const r = await imported(
      collection([req('A', 'GET', 'https://h.com/a')], {
        auth: {
          type: 'basic',
          basic: [
            { key: 'username', value: 'ada' },
            { key: 'password', value: 'pa55word' },
          ],
        },
      }),
      {},
      true,
    );
    expect(security(r)).toEqual({ basic_auth: { type: 'basic' } });
    expect(r.definition.security).toEqual([{ basic_auth: [] }]);
    expect(Object.keys(connection(r))).toEqual(['username', 'password']);
    consistent(r);
    expect(JSON.stringify(r)).not.toContain('pa55word');
  });

  it('maps API keys in a header or the query (v2.0 object form too)', async () => {
    const header = await imported({
      ...collection([req('A', 'GET', 'https://h.com/a')]),
      info: { name: 'x', schema: V20 },
      auth: { type: 'apikey', apikey: { key: 'X-Key', value: 'v-999', in: 'header' } },
    });
    expect(security(header)).toEqual({ api_key: { type: 'apiKey', in: 'header', name: 'X-Key' } });
    consistent(header);
    const query = await imported(
      collection([req('A', 'GET', 'https://h.com/a?key=v-999&q=1')], {
        auth: {
          type: 'apikey',
          apikey: [
            { key: 'key', value: 'key' },
            { key: 'value', value: 'v-999' },
            { key: 'in', value: 'query' },
          ],
        },
      }),
      {},
      true,
    );
    expect(security(query)).toEqual({ api_key: { type: 'apiKey', in: 'query', name: 'key' } });
    expect(query.ops.A.parameters.map((p: J) => p.name)).toEqual(['q']);
    expect(JSON.stringify(query.definition)).not.toContain('v-999');
  });

  it('maps bearer tokens to an API key in the Authorization header, and says why', async () => {
    const r = await imported(
      collection([req('A', 'GET', 'https://h.com/a')], { auth: { type: 'bearer', bearer: [{ key: 'token', value: 'tok-1' }] } }),
    );
    expect(security(r)).toEqual({ api_key: { type: 'apiKey', in: 'header', name: 'Authorization' } });
    expect(note(r, 'BearerAsApiKey')).toMatchObject({ kind: 'decision', sourcePointer: '/auth' });
    consistent(r);
    expect(JSON.stringify(r)).not.toContain('tok-1');
  });

  it('maps OAuth 2.0 to accessCode with its URLs and scopes, without the client secret', async () => {
    const r = await imported(
      collection([req('A', 'GET', 'https://h.com/a')], {
        auth: {
          type: 'oauth2',
          oauth2: [
            { key: 'authUrl', value: '{{auth}}/authorize' },
            { key: 'accessTokenUrl', value: 'https://login.h.com/token' },
            { key: 'scope', value: 'read write' },
            { key: 'clientId', value: 'cid-1' },
            { key: 'clientSecret', value: 'cs-1' },
            { key: 'grant_type', value: 'authorization_code' },
          ],
        },
        variable: [{ key: 'auth', value: 'https://login.h.com' }],
      }),
      {},
      true,
    );
    expect(security(r)).toEqual({
      oauth2_auth: {
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: 'https://login.h.com/authorize',
        tokenUrl: 'https://login.h.com/token',
        scopes: { read: 'read', write: 'write' },
      },
    });
    expect(connection(r).token.oAuthSettings.scopes).toEqual(['read', 'write']);
    consistent(r);
    expect(JSON.stringify(r)).not.toContain('cs-1');
    expect(codes(r)).toContain('OAuthClientNotCopied');
  });

  it('reports OAuth 2.0 grants the platform lacks, and URLs it cannot know', async () => {
    const r = await imported(
      collection([req('A', 'GET', 'https://h.com/a')], {
        auth: {
          type: 'oauth2',
          oauth2: [
            { key: 'grant_type', value: 'client_credentials' },
            { key: 'accessTokenUrl', value: '{{tokenUrl}}' },
          ],
        },
      }),
      {},
      true,
    );
    expect(note(r, 'OAuthGrantNotSupported')?.kind).toBe('loss');
    expect(r.report.filter((n) => n.code === 'OAuthUrlMissing')).toHaveLength(2);
  });

  it('follows inheritance: request over folder over collection, noauth, inherit', async () => {
    const r = await imported(
      collection(
        [
          {
            name: 'F',
            auth: {
              type: 'apikey',
              apikey: [
                { key: 'key', value: 'x' },
                { key: 'in', value: 'header' },
              ],
            },
            item: [
              req('A', 'GET', 'https://h.com/a'),
              req('B', 'GET', 'https://h.com/b'),
              req('C', 'GET', 'https://h.com/c', { auth: { type: 'inherit' } }),
              req('D', 'GET', 'https://h.com/d', { auth: { type: 'noauth' } }),
            ],
          },
          req('E', 'GET', 'https://h.com/e'),
        ],
        { auth: { type: 'basic', basic: [] } },
      ),
    );
    // Three requests use the folder's API key, one the collection's basic auth.
    expect(Object.keys(security(r))).toEqual(['api_key']);
    expect(note(r, 'AuthNotChosen')).toMatchObject({ kind: 'loss', sourcePointer: '/auth' });
    expect(note(r, 'NoAuthRequestsUseConnection')?.sourcePointer).toBe('/item/0/item/3');
  });

  it('reports auth the platform cannot express', async () => {
    for (const type of ['hawk', 'digest', 'ntlm', 'awsv4', 'akamai', 'edgegrid', 'oauth1']) {
      const r = await imported(collection([req('A', 'GET', 'https://h.com/a', { auth: { type, [type]: [] } })]));
      expect(note(r, 'AuthNotSupported'), type).toMatchObject({ kind: 'loss', sourcePointer: '/item/0/request/auth' });
      expect(security(r)).toEqual({});
      expect(connection(r)).toEqual({});
    }
  });

  it('takes the authentication from Authorization headers when no auth is set', async () => {
    const r = await imported(
      collection([
        req('A', 'GET', 'https://h.com/a', { header: [{ key: 'Authorization', value: 'Bearer {{TOKEN}}' }] }),
        req('B', 'GET', 'https://h.com/b', { header: [{ key: 'Authorization', value: 'Bearer {{TOKEN}}' }] }),
        req('C', 'GET', 'https://h.com/c'),
      ]),
    );
    expect(security(r)).toEqual({ api_key: { type: 'apiKey', in: 'header', name: 'Authorization' } });
    expect(note(r, 'AuthFromRequestHeaders')?.sourcePointer).toBe('/item/0/request/header/0');
    expect(codes(r)).toContain('BearerAsApiKey');
    consistent(r);
  });

  it('says so when nothing sets authentication', async () => {
    const r = await imported(collection([req('A', 'GET', 'https://h.com/a')]));
    expect(security(r)).toEqual({});
    expect(r.definition.security).toEqual([]);
    expect(connection(r)).toEqual({});
    expect(note(r, 'NoAuthentication')).toMatchObject({ kind: 'decision', sourcePointer: '' });
  });

  it('uses the collection auth of a collection without requests', async () => {
    const r = await imported(collection([], { auth: { type: 'basic', basic: [] } }));
    expect(security(r)).toEqual({ basic_auth: { type: 'basic' } });
    expect(codes(r)).toContain('NoRequests');
  });
});
