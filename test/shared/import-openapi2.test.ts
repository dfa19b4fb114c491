// Swagger 2.0 -> connector: the document keeps what it has; the importer adds what a connector
// needs and reports each change.
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { ImportError, type ImportResult } from '../../shared/engines/import/import-result';
import { importOpenApi2 } from '../../shared/engines/import/openapi2';

type Json = Record<string, any>;

function swagger(paths: Json, extra: Json = {}): Json {
  return {
    swagger: '2.0',
    info: { title: 'Pets', version: '1.0' },
    host: 'api.example.com',
    basePath: '/',
    schemes: ['https'],
    paths,
    ...extra,
  };
}

const ok = { '200': { description: 'OK' } };

function run(doc: Json): ImportResult & { definition: Json; properties: Json } {
  return importOpenApi2(doc) as ImportResult & { definition: Json; properties: Json };
}

const codes = (r: ImportResult) => r.report.map((n) => n.code);

describe('importOpenApi2', () => {
  it('refuses documents that are not Swagger 2.0', () => {
    expect(() => importOpenApi2({ openapi: '3.0.0' })).toThrow(/OpenAPI 3\.0\.0, not Swagger 2\.0/);
    expect(() => importOpenApi2({ swagger: '1.2' })).toThrow(ImportError);
    expect(() => importOpenApi2([])).toThrow(/not a Swagger 2\.0 document/);
  });

  it('keeps what is there, unknown keys and extensions included, and does not touch its input', () => {
    const doc = swagger(
      { '/pets': { get: { operationId: 'ListPets', summary: 'List pets', 'x-custom': 1, responses: ok } } },
      { 'x-ms-connector-metadata': [{ propertyName: 'Website', propertyValue: 'https://x' }], definitions: { Pet: { type: 'object' } } },
    );
    const before = JSON.stringify(doc);
    const r = run(doc);
    expect(JSON.stringify(doc)).toBe(before);
    expect(r.definition['x-ms-connector-metadata']).toEqual(doc['x-ms-connector-metadata']);
    expect(r.definition.paths['/pets'].get).toMatchObject({ operationId: 'ListPets', summary: 'List pets', 'x-custom': 1 });
    expect(r.definition.definitions).toEqual({ Pet: { type: 'object' } });
  });

  it('keeps valid operation ids, sanitises the others, numbers duplicates and generates missing ones', () => {
    const r = run(
      swagger({
        '/a': { get: { operationId: 'get_pet-list', responses: ok }, post: { operationId: 'GetPetList', responses: ok } },
        '/b': { get: { operationId: 'getPetList', responses: ok }, put: { summary: 'Replace the pet', responses: ok } },
        '/c/{id}': { delete: { parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }], responses: ok } },
      }),
    );
    const p = r.definition.paths;
    expect(p['/a'].post.operationId).toBe('GetPetList');
    expect(p['/a'].get.operationId).toBe('GetPetList2');
    expect(p['/b'].get.operationId).toBe('getPetList3');
    expect(p['/b'].put.operationId).toBe('ReplaceThePet');
    expect(p['/c/{id}'].delete.operationId).toBe('DeleteCById');
    const sanitized = r.report.find((n) => n.code === 'OperationIdSanitized')!;
    expect(sanitized).toMatchObject({ kind: 'decision', sourcePointer: '/paths/~1a/get' });
    expect(sanitized.message).toContain('"get_pet-list" became "GetPetList2"');
    expect(codes(r)).toContain('OperationIdDuplicate');
    expect(codes(r)).toContain('OperationIdGenerated');
  });

  it('follows renamed operation ids into Microsoft extensions', () => {
    const r = run(
      swagger({
        '/lists': { get: { operationId: 'get_lists', responses: ok } },
        '/items': {
          get: {
            operationId: 'GetItems',
            parameters: [
              { name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'get_lists', 'value-path': 'id' } },
            ],
            responses: ok,
          },
        },
      }),
    );
    expect(r.definition.paths['/items'].get.parameters[0]['x-ms-dynamic-values'].operationId).toBe('GetLists');
    expect(codes(r)).toContain('OperationReferenceUpdated');
  });

  it('drops a version suffix that every operation id carries', () => {
    const r = run(
      swagger({ '/a': { get: { operationId: 'get_a_v2025.0', responses: ok }, post: { operationId: 'post_a_v2025.0', responses: ok } } }),
    );
    expect(r.definition.paths['/a'].get.operationId).toBe('GetA');
    expect(codes(r)).toContain('OperationIdVersionSuffixDropped');
  });

  it('gives every operation a short summary without restricted characters', () => {
    const long = 'Retrieves a collection of accounts belonging to the account used to make the request, with paging';
    const r = run(
      swagger({
        '/a': { get: { operationId: 'listAccounts', summary: long, responses: ok } },
        '/b': { get: { operationId: 'getUserById', responses: ok } },
        '/c': { get: { operationId: 'C', summary: 'Read & write 50% of a/b <now>?', responses: ok } },
      }),
    );
    const p = r.definition.paths;
    expect(p['/a'].get.summary).toBe('Retrieves a collection of accounts');
    expect(p['/a'].get.description).toBe(long);
    expect(p['/b'].get.summary).toBe('Get user by ID');
    expect(p['/c'].get.summary).toBe('Read and write 50 percent of a or b now');
    for (const item of Object.values<Json>(p)) {
      expect(item.get.summary.length).toBeLessThanOrEqual(80);
      expect(item.get.summary).not.toMatch(/[/\\<>*%&?]/);
    }
    expect(codes(r)).toEqual(expect.arrayContaining(['SummaryShortened', 'SummaryGenerated', 'SummaryCleaned']));
  });

  it('labels parameters in Title Case and sets sensible visibility, keeping what the author wrote', () => {
    const r = run(
      swagger(
        {
          '/a': {
            get: {
              operationId: 'A',
              parameters: [
                { name: 'page_size', in: 'query', type: 'integer', default: 50 },
                { name: 'accountSid', in: 'query', type: 'string', required: true },
                { name: 'X-Request-Id', in: 'header', type: 'string' },
                { name: 'format', in: 'query', type: 'string', required: true, enum: ['json'] },
                { name: 'q', in: 'query', type: 'string', 'x-ms-summary': 'Search text', 'x-ms-visibility': 'important' },
                { $ref: '#/parameters/Shared' },
                { name: 'PageToken', in: 'query', type: 'string' },
                { name: 'name', in: 'query', type: 'string' },
              ],
              responses: ok,
            },
          },
        },
        { parameters: { Shared: { name: 'shared_thing', in: 'query', type: 'string' } } },
      ),
    );
    const params = r.definition.paths['/a'].get.parameters;
    expect(params.slice(0, 5).map((p: Json) => [p['x-ms-summary'], p['x-ms-visibility'], p.default])).toEqual([
      ['Page Size', 'advanced', 50],
      ['Account SID', undefined, undefined],
      ['X Request ID', 'advanced', undefined],
      ['Format', 'internal', 'json'],
      ['Search text', 'important', undefined],
    ]);
    expect(params[5]).toEqual({ $ref: '#/parameters/Shared' });
    // Paging controls are advanced; other optional inputs stay in sight.
    expect(params.slice(6).map((p: Json) => p['x-ms-visibility'])).toEqual(['advanced', undefined]);
    expect(r.definition.parameters.Shared['x-ms-summary']).toBe('Shared Thing');
  });

  it('fixes path parameters: adds a missing one, makes optional ones required, drops strays', async () => {
    const r = run(
      swagger({
        '/a/{id}/{sub}': {
          get: {
            operationId: 'A',
            parameters: [
              { name: 'id', in: 'path', type: 'string' },
              { name: 'gone', in: 'path', required: true, type: 'string' },
            ],
            responses: ok,
          },
        },
      }),
    );
    const params = r.definition.paths['/a/{id}/{sub}'].get.parameters;
    expect(params.map((p: Json) => [p.name, p.required])).toEqual([
      ['id', true],
      ['sub', true],
    ]);
    expect(codes(r)).toEqual(
      expect.arrayContaining(['PathParameterMadeRequired', 'PathParameterWithoutPlaceholder', 'PathParameterAdded']),
    );
    await expect(SwaggerParser.validate(structuredClone(r.definition) as never)).resolves.toBeTruthy();
  });

  it('derives connection parameters from the security definition', () => {
    const oauth = run(
      swagger(
        { '/a': { get: { operationId: 'A', responses: ok } } },
        {
          securityDefinitions: {
            o: {
              type: 'oauth2',
              flow: 'accessCode',
              authorizationUrl: 'https://x/auth',
              tokenUrl: 'https://x/token',
              scopes: { read: 'Read' },
            },
          },
          security: [{ o: ['read'] }],
        },
      ),
    );
    expect(oauth.properties).toEqual({
      properties: {
        connectionParameters: {
          token: {
            type: 'oauthSetting',
            oAuthSettings: {
              identityProvider: 'oauth2',
              clientId: '',
              scopes: ['read'],
              redirectMode: 'GlobalPerConnector',
              customParameters: {
                authorizationUrl: { value: 'https://x/auth' },
                tokenUrl: { value: 'https://x/token' },
                refreshUrl: { value: 'https://x/token' },
              },
            },
          },
        },
        iconBrandColor: '#007ee5',
        capabilities: [],
      },
    });
    const key = run(
      swagger(
        { '/a': { get: { operationId: 'A', responses: ok } } },
        { securityDefinitions: { k: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
      ),
    );
    expect(Object.keys(key.properties.properties.connectionParameters)).toEqual(['api_key']);
    const none = run(swagger({ '/a': { get: { operationId: 'A', responses: ok } } }));
    expect(none.properties.properties.connectionParameters).toEqual({});
  });

  it('reports OAuth flows the platform does not support, and keeps a supported definition instead', () => {
    const r = run(
      swagger(
        { '/a': { get: { operationId: 'A', responses: ok } } },
        {
          securityDefinitions: {
            implicit: { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://x/auth', scopes: {} },
            client: { type: 'oauth2', flow: 'application', tokenUrl: 'https://x/token', scopes: {} },
            basic: { type: 'basic' },
          },
          security: [{ implicit: [] }],
        },
      ),
    );
    expect(Object.keys(r.definition.securityDefinitions)).toEqual(['basic']);
    expect(r.definition.security).toEqual([{ basic: [] }]);
    const losses = r.report.filter((n) => n.code === 'SecurityDefinitionUnsupported');
    expect(losses.map((n) => n.sourcePointer)).toEqual(['/securityDefinitions/implicit', '/securityDefinitions/client']);
    expect(losses[1]!.message).toMatch(/client-credentials grant/);
    expect(Object.keys(r.properties.properties.connectionParameters)).toEqual(['username', 'password']);
  });

  it('keeps one security definition (the one asked for first), drops per-operation security and auth header parameters', () => {
    const r = run(
      swagger(
        {
          '/a': {
            get: {
              operationId: 'A',
              security: [],
              parameters: [{ name: 'X-Key', in: 'header', type: 'string', required: true }],
              responses: ok,
            },
          },
        },
        { securityDefinitions: { b: { type: 'basic' }, k: { type: 'apiKey', in: 'header', name: 'X-Key' } }, security: [{ k: [] }] },
      ),
    );
    expect(Object.keys(r.definition.securityDefinitions)).toEqual(['k']);
    const get = r.definition.paths['/a'].get;
    expect(get.security).toBeUndefined();
    expect(get.parameters).toEqual([]);
    expect(codes(r)).toEqual(
      expect.arrayContaining(['SecurityDefinitionNotUsed', 'OperationSecurityDropped', 'AuthHeaderParameterDropped']),
    );
  });

  it('points notes at the parameter as written, even after others were removed', () => {
    const r = run(
      swagger({
        '/a': {
          get: {
            operationId: 'A',
            parameters: [
              { name: 'q', in: 'query', type: 'string' },
              { name: 'q', in: 'query', type: 'string' },
              { name: 'X-Trace', in: 'header', type: 'string' },
            ],
            responses: ok,
          },
        },
      }),
    );
    expect(r.definition.paths['/a'].get.parameters).toHaveLength(2);
    expect(r.report.find((n) => n.code === 'DuplicateParameterDropped')?.sourcePointer).toBe('/paths/~1a/get/parameters/1');
    expect(r.report.find((n) => n.code === 'OptionalParameterAdvanced')?.sourcePointer).toBe('/paths/~1a/get/parameters/2');
  });

  it('warns about a missing host and references to other files', () => {
    const r = run({
      swagger: '2.0',
      info: { title: 'T', version: '1' },
      paths: { '/a': { get: { operationId: 'A', responses: { '200': { description: 'OK', schema: { $ref: 'other.json#/Pet' } } } } } },
    });
    expect(codes(r)).toEqual(expect.arrayContaining(['HostMissing', 'ExternalRefUnresolved']));
  });
});
