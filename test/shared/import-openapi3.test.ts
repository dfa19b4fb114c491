// OpenAPI 3.0 / 3.1 -> Swagger 2.0 connector: one small hand-made input per conversion rule.
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { ImportError, type ImportNote, type ImportResult } from '../../shared/engines/import/import-result';
import { importOpenApi3 } from '../../shared/engines/import/openapi3';
import { valueAt } from '../../shared/core/text/json-pointer';

type Json = Record<string, any>;

function spec(extra: Json = {}, version = '3.0.3'): Json {
  return {
    openapi: version,
    info: { title: 'Pets', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com/v1' }],
    paths: {},
    ...extra,
  };
}

/** A spec with one operation; `op` is merged into a GET /pets that answers 200. */
function oneOp(op: Json, extra: Json = {}, method = 'get', path = '/pets', version = '3.0.3'): Json {
  return spec(
    { paths: { [path]: { [method]: { operationId: 'ListPets', responses: { '200': { description: 'OK' } }, ...op } } }, ...extra },
    version,
  );
}

function convert(doc: Json): ImportResult & { definition: Json; properties: Json } {
  return importOpenApi3(doc) as ImportResult & { definition: Json; properties: Json };
}

function notes(r: ImportResult, code: string): ImportNote[] {
  return r.report.filter((n) => n.code === code);
}

async function expectValid(definition: unknown): Promise<void> {
  await expect(SwaggerParser.validate(structuredClone(definition) as never)).resolves.toBeTruthy();
}

const op = (r: { definition: Json }, path = '/pets', method = 'get'): Json => r.definition.paths[path][method];

describe('importOpenApi3: input', () => {
  it('refuses what is not OpenAPI 3.0 / 3.1', () => {
    expect(() => importOpenApi3({ swagger: '2.0' })).toThrow(ImportError);
    expect(() => importOpenApi3({ openapi: '3.2.0', info: {}, paths: {} })).toThrow(/3\.2\.0 is not supported/);
    expect(() => importOpenApi3('nope')).toThrow(/not an OpenAPI 3 document/);
  });

  it('refuses a description with only webhooks, saying so', () => {
    const doc = spec({ paths: undefined, webhooks: { newPet: { post: { responses: { '200': { description: 'OK' } } } } } }, '3.1.0');
    try {
      importOpenApi3(doc);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      expect((e as ImportError).code).toBe('NoOperations');
      expect((e as ImportError).message).toMatch(/only 1 webhook/);
    }
  });

  it('does not change its input', () => {
    const doc = oneOp({ parameters: [{ name: 'q', in: 'query', schema: { type: 'string', nullable: true } }] });
    const before = JSON.stringify(doc);
    convert(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('importOpenApi3: servers', () => {
  it('splits the first server into host, basePath and schemes', () => {
    const r = convert(oneOp({}));
    expect(r.definition).toMatchObject({ swagger: '2.0', host: 'api.example.com', basePath: '/v1', schemes: ['https'] });
  });

  it('substitutes variables with their defaults and reports the other values and servers', () => {
    const r = convert(
      oneOp(
        {},
        {
          servers: [
            {
              url: 'https://{region}.example.com:{port}/{base}',
              variables: { region: { default: 'eu', enum: ['eu', 'us'] }, port: { default: '8443' }, base: { default: 'api' } },
            },
            { url: 'https://staging.example.com' },
          ],
        },
      ),
    );
    expect(r.definition).toMatchObject({ host: 'eu.example.com:8443', basePath: '/api' });
    const region = notes(r, 'ServerVariableInlined').find((n) => n.sourcePointer === '/servers/0/variables/region');
    expect(region?.message).toContain('other values it may take: us');
    expect(notes(r, 'OtherServersIgnored')[0]?.message).toContain('https://staging.example.com');
  });

  it('drops the default port and warns when there is no host', () => {
    expect(convert(oneOp({}, { servers: [{ url: 'https://api.example.com:443/' }] })).definition).toMatchObject({
      host: 'api.example.com',
      basePath: '/',
    });
    const relative = convert(oneOp({}, { servers: [{ url: '/api/v3' }] }));
    expect(relative.definition.host).toBeUndefined();
    expect(relative.definition.basePath).toBe('/api/v3');
    expect(notes(relative, 'HostMissing')).toHaveLength(1);
  });

  it('moves an operation under a path-level server on the same host, and reports one on another host', () => {
    const r = convert(
      spec({
        paths: {
          '/a': {
            servers: [{ url: 'https://api.example.com/v1/extra' }],
            get: { operationId: 'A', responses: { '200': { description: 'OK' } } },
          },
          '/b': { get: { operationId: 'B', servers: [{ url: 'https://other.example.com' }], responses: { '200': { description: 'OK' } } } },
        },
      }),
    );
    expect(Object.keys(r.definition.paths).sort()).toEqual(['/b', '/extra/a']);
    expect(notes(r, 'PathServerIgnored')[0]?.sourcePointer).toBe('/paths/~1b/get/servers');
  });
});

describe('importOpenApi3: request bodies', () => {
  it('turns a JSON body into a body parameter and consumes', async () => {
    const r = convert(
      oneOp(
        {
          requestBody: {
            required: true,
            description: 'The pet',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
          },
        },
        { components: { schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } } } },
        'post',
      ),
    );
    const o = op(r, '/pets', 'post');
    expect(o.consumes).toEqual(['application/json']);
    expect(o.parameters).toEqual([
      expect.objectContaining({
        name: 'body',
        in: 'body',
        required: true,
        description: 'The pet',
        schema: { $ref: '#/definitions/Pet' },
        'x-ms-summary': 'Body',
      }),
    ]);
    await expectValid(r.definition);
  });

  it('turns multipart/form-data into formData parameters, binary fields into files', async () => {
    const r = convert(
      oneOp(
        {
          requestBody: {
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['file'],
                  properties: {
                    file: { type: 'string', format: 'binary' },
                    note: { type: 'string' },
                    count: { type: 'integer' },
                    meta: { type: 'object', properties: { a: { type: 'string' } } },
                  },
                },
              },
            },
          },
        },
        {},
        'post',
      ),
    );
    const o = op(r, '/pets', 'post');
    expect(o.consumes).toEqual(['multipart/form-data']);
    expect(o.parameters.map((p: Json) => [p.name, p.in, p.type, p.required])).toEqual([
      ['file', 'formData', 'file', true],
      ['note', 'formData', 'string', false],
      ['count', 'formData', 'integer', false],
      ['meta', 'formData', 'string', false],
    ]);
    expect(notes(r, 'FormFieldObjectAsText')).toHaveLength(1);
    await expectValid(r.definition);
  });

  it('turns application/x-www-form-urlencoded into formData parameters', () => {
    const r = convert(
      oneOp(
        {
          requestBody: {
            content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { To: { type: 'string' } } } } },
          },
        },
        {},
        'post',
      ),
    );
    expect(op(r, '/pets', 'post')).toMatchObject({
      consumes: ['application/x-www-form-urlencoded'],
      parameters: [{ name: 'To', in: 'formData', type: 'string' }],
    });
  });

  it('prefers JSON when a form is offered too, and says so', () => {
    const r = convert(
      oneOp(
        {
          requestBody: {
            content: { 'multipart/form-data': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'object' } } },
          },
        },
        {},
        'post',
      ),
    );
    expect(op(r, '/pets', 'post').parameters[0].in).toBe('body');
    expect(notes(r, 'FormBodyAlternativeDropped')[0]?.sourcePointer).toBe('/paths/~1pets/post/requestBody/content');
  });

  it('sends other media types as a body (bytes for binary types)', () => {
    const r = convert(oneOp({ requestBody: { content: { 'application/octet-stream': {} } } }, {}, 'put'));
    expect(op(r, '/pets', 'put')).toMatchObject({
      consumes: ['application/octet-stream'],
      parameters: [{ in: 'body', schema: { type: 'string', format: 'binary' } }],
    });
  });

  it('inlines components.requestBodies', () => {
    const r = convert(
      oneOp(
        { requestBody: { $ref: '#/components/requestBodies/NewPet' } },
        {
          components: {
            requestBodies: {
              NewPet: {
                required: true,
                content: { 'application/json': { schema: { type: 'object', properties: { n: { type: 'string' } } } } },
              },
            },
          },
        },
        'post',
      ),
    );
    expect(op(r, '/pets', 'post').parameters[0]).toMatchObject({
      in: 'body',
      required: true,
      schema: { type: 'object', properties: { n: { type: 'string' } } },
    });
    expect(JSON.stringify(r.definition)).not.toContain('requestBodies');
  });
});

describe('importOpenApi3: components and references', () => {
  const components = {
    schemas: {
      'My Pet': { type: 'object', properties: { owner: { $ref: '#/components/schemas/Owner' } } },
      Owner: { type: 'object', properties: { pets: { type: 'array', items: { $ref: '#/components/schemas/My Pet' } } } },
    },
    parameters: {
      Limit: { name: 'limit', in: 'query', schema: { type: 'integer', default: 20 } },
      Session: { name: 's', in: 'cookie', schema: { type: 'string' } },
    },
    responses: {
      NotFound: { description: 'Not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Owner' } } } },
    },
  };

  it('moves schemas, parameters and responses to the root and rewrites every reference', async () => {
    const r = convert(
      oneOp(
        {
          parameters: [{ $ref: '#/components/parameters/Limit' }, { $ref: '#/components/parameters/Session' }],
          responses: {
            '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/My%20Pet' } } } },
            '404': { $ref: '#/components/responses/NotFound' },
          },
        },
        { components },
      ),
    );
    const d = r.definition;
    expect(Object.keys(d.definitions)).toEqual(['My_Pet', 'Owner']);
    expect(d.definitions.My_Pet.properties.owner).toEqual({ $ref: '#/definitions/Owner' });
    expect(d.definitions.Owner.properties.pets.items).toEqual({ $ref: '#/definitions/My_Pet' });
    expect(d.parameters).toEqual({ Limit: expect.objectContaining({ name: 'limit', in: 'query', type: 'integer', default: 20 }) });
    expect(op(r).parameters).toEqual([{ $ref: '#/parameters/Limit' }]);
    expect(op(r).responses['200'].schema).toEqual({ $ref: '#/definitions/My_Pet' });
    expect(op(r).responses['404']).toEqual({ $ref: '#/responses/NotFound' });
    expect(d.responses.NotFound).toMatchObject({ description: 'Not found', schema: { $ref: '#/definitions/Owner' } });
    expect(notes(r, 'ComponentRenamed')[0]).toMatchObject({ sourcePointer: '/components/schemas/My Pet' });
    expect(notes(r, 'CookieParameterDropped').length).toBeGreaterThan(0);
    expect(JSON.stringify(d)).not.toContain('#/components/');
    await expectValid(d);
  });

  it('removes a reference that points nowhere and reports it', async () => {
    const r = convert(
      oneOp({
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Missing' } } } } },
      }),
    );
    expect(op(r).responses['200'].schema).toEqual({});
    expect(notes(r, 'SchemaRefBroken')[0]?.sourcePointer).toBe('/paths/~1pets/get/responses/200/content/application~1json/schema');
    await expectValid(r.definition);
  });
});

describe('importOpenApi3: security', () => {
  const withSchemes = (schemes: Json, security?: Json[]) =>
    convert(oneOp({}, { components: { securitySchemes: schemes }, ...(security ? { security } : {}) }));

  it('http basic -> basic, with username and password connection parameters', () => {
    const r = withSchemes({ b: { type: 'http', scheme: 'basic' } });
    expect(r.definition.securityDefinitions).toEqual({ b: { type: 'basic' } });
    expect(Object.keys(r.properties!.properties.connectionParameters)).toEqual(['username', 'password']);
    expect(r.properties!.properties).toMatchObject({ iconBrandColor: '#007ee5', capabilities: [] });
  });

  it('http bearer -> API key in the Authorization header, with a note and a connection label saying "Bearer"', () => {
    const r = withSchemes({ t: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } });
    expect(r.definition.securityDefinitions).toEqual({ t: { type: 'apiKey', in: 'header', name: 'Authorization' } });
    expect(notes(r, 'BearerAsApiKey')[0]).toMatchObject({ kind: 'decision', sourcePointer: '/components/securitySchemes/t' });
    expect(r.properties!.properties.connectionParameters.api_key.uiDefinition.displayName).toBe('Bearer Token');
  });

  it('apiKey in header or query -> apiKey; in a cookie -> reported', () => {
    expect(withSchemes({ k: { type: 'apiKey', in: 'query', name: 'key' } }).definition.securityDefinitions).toEqual({
      k: { type: 'apiKey', in: 'query', name: 'key' },
    });
    const cookie = withSchemes({ c: { type: 'apiKey', in: 'cookie', name: 'sid' } });
    expect(cookie.definition.securityDefinitions).toBeUndefined();
    expect(notes(cookie, 'ApiKeyInCookie')[0]).toMatchObject({ kind: 'loss', sourcePointer: '/components/securitySchemes/c' });
    expect(cookie.properties!.properties.connectionParameters).toEqual({});
  });

  it('oauth2 authorization code -> accessCode with its URLs and scopes; other flows reported', () => {
    const r = withSchemes({
      o: {
        type: 'oauth2',
        flows: {
          implicit: { authorizationUrl: 'https://x/auth', scopes: {} },
          authorizationCode: {
            authorizationUrl: 'https://x/auth',
            tokenUrl: 'https://x/token',
            refreshUrl: 'https://x/refresh',
            scopes: { read: 'Read', write: 'Write' },
          },
        },
      },
    });
    expect(r.definition.securityDefinitions.o).toEqual({
      type: 'oauth2',
      flow: 'accessCode',
      authorizationUrl: 'https://x/auth',
      tokenUrl: 'https://x/token',
      scopes: { read: 'Read', write: 'Write' },
    });
    expect(notes(r, 'OAuthOtherFlowsIgnored')[0]?.message).toContain('implicit');
    const token = r.properties!.properties.connectionParameters.token;
    expect(token.oAuthSettings).toMatchObject({
      identityProvider: 'oauth2',
      scopes: ['read', 'write'],
      customParameters: { tokenUrl: { value: 'https://x/token' }, refreshUrl: { value: 'https://x/refresh' } },
    });
  });

  it('reports client credentials, OpenID Connect and mutual TLS as unsupported', () => {
    const r = withSchemes({
      cc: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://x/token', scopes: {} } } },
      oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://x/.well-known/openid-configuration' },
      tls: { type: 'mutualTLS' },
    });
    expect(notes(r, 'OAuthFlowUnsupported')[0]?.message).toMatch(/client-credentials grant is not supported/);
    expect(notes(r, 'OpenIdConnectUnsupported')[0]?.message).toContain('https://x/.well-known/openid-configuration');
    expect(notes(r, 'MutualTlsUnsupported')).toHaveLength(1);
    expect(r.definition.securityDefinitions).toBeUndefined();
  });

  it('keeps the one the API asks for first and reports the others', () => {
    const r = withSchemes({ k: { type: 'apiKey', in: 'header', name: 'X-Key' }, b: { type: 'http', scheme: 'basic' } }, [
      { b: [] },
      { k: [] },
    ]);
    expect(Object.keys(r.definition.securityDefinitions)).toEqual(['b']);
    expect(r.definition.security).toEqual([{ b: [] }]);
    expect(notes(r, 'SecurityDefinitionNotUsed')[0]).toMatchObject({ sourcePointer: '/components/securitySchemes/k' });
  });
});

describe('importOpenApi3: schema keywords', () => {
  const schemaOf = (schema: unknown, version = '3.0.3') => {
    const r = convert(
      oneOp({ responses: { '200': { description: 'OK', content: { 'application/json': { schema } } } } }, {}, 'get', '/pets', version),
    );
    return { r, schema: op(r).responses['200'].schema as Json };
  };

  it('nullable -> x-nullable', () => {
    expect(schemaOf({ type: 'string', nullable: true }).schema).toEqual({ type: 'string', 'x-nullable': true });
  });

  it('3.1 type arrays with null -> one type plus x-nullable; several types -> any, reported', () => {
    expect(schemaOf({ type: ['integer', 'null'] }, '3.1.0').schema).toEqual({ type: 'integer', 'x-nullable': true });
    const several = schemaOf({ type: ['integer', 'string'] }, '3.1.0');
    expect(several.schema.type).toBeUndefined();
    expect(notes(several.r, 'TypeUnionDropped')).toHaveLength(1);
  });

  it('keeps allOf', () => {
    expect(
      schemaOf({ allOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { properties: { b: { type: 'integer' } } }] }).schema
        .allOf,
    ).toHaveLength(2);
  });

  it('oneOf of objects -> one object with every property, required only where all require it; reported', () => {
    const { r, schema } = schemaOf({
      oneOf: [
        { type: 'object', required: ['kind', 'a'], properties: { kind: { type: 'string' }, a: { type: 'string' } } },
        { type: 'object', required: ['kind'], properties: { kind: { type: 'string' }, b: { type: 'integer' } } },
      ],
      discriminator: { propertyName: 'kind' },
    });
    expect(schema).toEqual({
      type: 'object',
      properties: { kind: { type: 'string' }, a: { type: 'string' }, b: { type: 'integer' } },
      required: ['kind'],
    });
    expect(notes(r, 'UnionMergedToObject')[0]?.sourcePointer).toBe(
      '/paths/~1pets/get/responses/200/content/application~1json/schema/oneOf',
    );
    expect(notes(r, 'DiscriminatorDropped')).toHaveLength(1);
  });

  it('anyOf of different kinds -> the first choice, reported', () => {
    const { r, schema } = schemaOf({ anyOf: [{ type: 'string' }, { type: 'object', properties: { x: { type: 'string' } } }] });
    expect(schema).toEqual({ type: 'string' });
    expect(notes(r, 'UnionFirstChoice')[0]?.kind).toBe('loss');
  });

  it('anyOf [X, null] -> X, nullable, without a loss', () => {
    const { r, schema } = schemaOf({ anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] }, '3.1.0');
    expect(schema).toEqual({ type: 'string', format: 'date-time', 'x-nullable': true });
    expect(r.report.filter((n) => n.kind === 'loss')).toEqual([]);
  });

  it('const -> enum; examples -> example; numeric exclusive bounds -> boolean form', () => {
    expect(schemaOf({ type: 'string', const: 'pet' }, '3.1.0').schema).toEqual({ type: 'string', enum: ['pet'] });
    expect(schemaOf({ type: 'integer', examples: [3, 4] }, '3.1.0').schema).toEqual({ type: 'integer', example: 3 });
    expect(schemaOf({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10 }, '3.1.0').schema).toEqual({
      type: 'number',
      minimum: 0,
      exclusiveMinimum: true,
      maximum: 10,
      exclusiveMaximum: true,
    });
  });

  it('drops writeOnly, deprecated and keywords Swagger 2.0 lacks, with notes', () => {
    const { r, schema } = schemaOf(
      {
        type: 'object',
        properties: { pw: { type: 'string', writeOnly: true }, old: { type: 'string', deprecated: true }, n: { not: { type: 'string' } } },
      },
      '3.1.0',
    );
    expect(schema.properties).toEqual({ pw: { type: 'string' }, old: { type: 'string' }, n: {} });
    expect(notes(r, 'WriteOnlyDropped')[0]?.sourcePointer).toMatch(/properties\/pw\/writeOnly$/);
    expect(notes(r, 'DeprecatedPropertyMarkDropped')[0]?.sourcePointer).toMatch(/properties\/old\/deprecated$/);
    expect(notes(r, 'SchemaKeywordDropped')[0]?.message).toContain('"not"');
  });

  it('does not hang on cycles outside the components, nor on very deep schemas', async () => {
    const self = { $ref: '#/paths/~1pets/get/responses/200/content/application~1json/schema' };
    const cyclic = convert(
      oneOp({
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { self } } } } } },
      }),
    );
    expect(op(cyclic).responses['200'].schema.properties.self.properties.self).toEqual({});
    expect(notes(cyclic, 'SchemaCycleCut')).toHaveLength(1);
    await expectValid(cyclic.definition);
    let deep: Json = { type: 'string' };
    for (let i = 0; i < 200; i++) deep = { type: 'object', properties: { next: deep } };
    const r = convert(oneOp({ responses: { '200': { description: 'OK', content: { 'application/json': { schema: deep } } } } }));
    expect(notes(r, 'SchemaTooDeep')).toHaveLength(1);
    await expectValid(r.definition);
  });

  it('converts a self-referencing component by reference (a cycle in the components is fine)', async () => {
    const r = convert(
      oneOp(
        { responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } } } },
        {
          components: {
            schemas: {
              Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
            },
          },
        },
      ),
    );
    expect(r.definition.definitions.Node.properties.children.items).toEqual({ $ref: '#/definitions/Node' });
    await expectValid(r.definition);
  });
});

describe('importOpenApi3: parameters, responses and media types', () => {
  it('drops cookie parameters and flattens schemas to simple types, lists comma-separated', () => {
    const r = convert(
      oneOp({
        parameters: [
          { name: 'session', in: 'cookie', schema: { type: 'string' } },
          { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
          { name: 'ids', in: 'query', style: 'pipeDelimited', explode: false, schema: { type: 'array', items: { type: 'integer' } } },
          { name: 'filter', in: 'query', style: 'deepObject', schema: { type: 'object', properties: { a: { type: 'string' } } } },
        ],
      }),
    );
    const params = op(r).parameters;
    expect(params.map((p: Json) => [p.name, p.type, p.collectionFormat])).toEqual([
      ['tags', 'array', 'csv'],
      ['ids', 'array', 'pipes'],
      ['filter', 'string', undefined],
    ]);
    expect(notes(r, 'CookieParameterDropped')[0]).toMatchObject({ kind: 'loss', sourcePointer: '/paths/~1pets/get/parameters/0' });
    expect(notes(r, 'RepeatedQueryParameter')).toHaveLength(1);
    expect(notes(r, 'ObjectParameterAsText')[0]?.sourcePointer).toBe('/paths/~1pets/get/parameters/3');
  });

  it('collects media types into consumes and produces, preferring JSON for the schema', () => {
    const r = convert(
      oneOp({
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/xml': { schema: { type: 'string' } },
              'application/json': { schema: { type: 'object', properties: { id: { type: 'integer' } } }, example: { id: 1 } },
            },
          },
        },
      }),
    );
    expect(op(r).produces).toEqual(['application/xml', 'application/json']);
    expect(op(r).responses['200']).toMatchObject({ schema: { type: 'object' }, examples: { 'application/json': { id: 1 } } });
  });

  it('converts response headers and status ranges', async () => {
    const r = convert(
      oneOp({
        responses: {
          '2XX': { description: 'Fine', headers: { 'X-Rate-Limit': { description: 'Calls left', schema: { type: 'integer' } } } },
          '4XX': { description: 'Bad' },
        },
      }),
    );
    expect(op(r).responses).toEqual({
      '200': { description: 'Fine', headers: { 'X-Rate-Limit': { description: 'Calls left', type: 'integer' } } },
      '400': { description: 'Bad' },
    });
    expect(notes(r, 'ResponseRangeAsCode')).toHaveLength(1);
    await expectValid(r.definition);
  });

  it('reports links and plain callbacks', () => {
    const r = convert(
      oneOp({
        responses: { '200': { description: 'OK', links: { next: { operationId: 'ListPets' } } } },
        callbacks: { onEvent: { '{$request.query.url}': { post: { responses: { '200': { description: 'OK' } } } } } },
      }),
    );
    expect(notes(r, 'LinksDropped')[0]?.sourcePointer).toBe('/paths/~1pets/get/responses/200/links');
    expect(notes(r, 'CallbackDropped')[0]?.message).toContain('does not come from a field of the request body');
    expect(op(r)['x-ms-trigger']).toBeUndefined();
  });

  it('turns a query string written in the path into a fixed, hidden parameter', () => {
    const r = convert(oneOp({}, {}, 'get', '/pets?beta=true'));
    expect(op(r).parameters).toContainEqual(
      expect.objectContaining({ name: 'beta', in: 'query', required: true, default: 'true', 'x-ms-visibility': 'internal' }),
    );
    expect(notes(r, 'PathQueryAsParameter')).toHaveLength(1);
  });
});

describe('importOpenApi3: webhooks', () => {
  const subscription = (version = '3.0.3') =>
    oneOp(
      {
        operationId: 'Subscribe',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Subscription' } } } },
        responses: { '201': { description: 'Created' } },
        callbacks: {
          petEvent: {
            '{$request.body#/target/url}': {
              post: {
                requestBody: {
                  description: 'A pet changed',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/PetEvent' } } },
                },
                responses: { '200': { description: 'OK' } },
              },
            },
          },
        },
      },
      {
        components: {
          schemas: {
            Subscription: {
              type: 'object',
              properties: { events: { type: 'array', items: { type: 'string' } }, target: { $ref: '#/components/schemas/Target' } },
            },
            Target: { type: 'object', properties: { url: { type: 'string', format: 'uri' } } },
            PetEvent: { type: 'object', properties: { id: { type: 'integer' } } },
          },
        },
      },
      'post',
      '/hooks',
      version,
    );

  it('offers a callback whose URL comes from the body as a webhook trigger', async () => {
    const r = convert(subscription());
    const o = op(r, '/hooks', 'post');
    expect(o['x-ms-trigger']).toBe('single');
    const body = o.parameters.find((p: Json) => p.in === 'body').schema;
    expect(body.required).toEqual(['target']);
    expect(body.properties.target.required).toEqual(['url']);
    expect(body.properties.target.properties.url).toMatchObject({
      type: 'string',
      'x-ms-notification-url': true,
      'x-ms-visibility': 'internal',
    });
    expect(r.definition.paths['/hooks']['x-ms-notification-content']).toEqual({
      description: 'A pet changed',
      schema: { $ref: '#/definitions/PetEvent' },
    });
    // The shared definitions are not marked: other operations may use them.
    expect(r.definition.definitions.Target.properties.url['x-ms-notification-url']).toBeUndefined();
    expect(notes(r, 'CallbackAsWebhookTrigger')[0]).toMatchObject({
      kind: 'decision',
      sourcePointer: '/paths/~1hooks/post/callbacks/petEvent/{$request.body#~1target~1url}',
    });
    await expectValid(r.definition);
  });

  it('reports 3.1 top-level webhooks', () => {
    const doc = { ...subscription('3.1.0'), webhooks: { petAdded: { post: { responses: { '200': { description: 'OK' } } } } } };
    expect(notes(convert(doc), 'WebhookNotImported')[0]).toMatchObject({ kind: 'loss', sourcePointer: '/webhooks/petAdded' });
  });
});

describe('importOpenApi3: what a connector needs', () => {
  it('labels parameters, names and summarises operations', () => {
    const r = convert(
      spec({
        paths: {
          '/users/{user_id}': {
            get: {
              operationId: 'get-user',
              summary:
                'Get a user. Returns the user with all of their settings, preferences and history; see [docs](https://x) for details.',
              parameters: [
                { name: 'user_id', in: 'path', required: true, schema: { type: 'string' } },
                { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
                { name: 'api-version', in: 'query', required: true, schema: { type: 'string', enum: ['2024-01-01'] } },
              ],
              responses: { '200': { description: 'OK' } },
            },
          },
          '/users': { post: { responses: { '201': { description: 'Created' } } } },
        },
      }),
    );
    const get = op(r, '/users/{user_id}');
    expect(get.operationId).toBe('GetUser');
    expect(get.summary).toBe('Get a user');
    expect(get.description).toContain('Returns the user');
    expect(get.parameters.map((p: Json) => [p['x-ms-summary'], p['x-ms-visibility']])).toEqual([
      ['User ID', undefined],
      ['X Trace', 'advanced'],
      ['API Version', 'internal'],
    ]);
    expect(get.parameters[2].default).toBe('2024-01-01');
    const post = op(r, '/users', 'post');
    expect(post.operationId).toBe('PostUsers');
    expect(post.summary).toBe('Post users');
    expect(notes(r, 'OperationIdSanitized')[0]).toMatchObject({ sourcePointer: '/paths/~1users~1{user_id}/get' });
  });

  it('points every note into the source document', () => {
    const doc = {
      ...oneOp(
        {
          parameters: [
            { name: 'c', in: 'cookie' },
            { name: 'q', in: 'query', example: 1, schema: { type: 'object' } },
          ],
          responses: { '2XX': { description: 'OK', links: { a: {} } } },
          'x-vendor': true,
          security: [],
        },
        {
          components: {
            securitySchemes: {
              o: { type: 'openIdConnect', openIdConnectUrl: 'https://x' },
              k: { type: 'apiKey', in: 'header', name: 'K' },
            },
            schemas: { 'A B': { type: 'object', properties: { w: { type: 'string', writeOnly: true } } } },
          },
        },
        'get',
        '/p?x=1',
        '3.1.0',
      ),
      webhooks: { w: {} },
    };
    const r = convert(doc);
    expect(r.report.length).toBeGreaterThan(8);
    for (const n of r.report) {
      expect(n.sourcePointer, n.code).toBeDefined();
      expect(valueAt(doc, n.sourcePointer!), `${n.code} ${n.sourcePointer}`).toBeDefined();
    }
  });
});
