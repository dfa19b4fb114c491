// The request builder: from an operation, inputs and connection values to the request the platform
// would send. Every encoding rule, auth kind and request policy template, the errors for missing
// values, and curl with secrets masked.
import { describe, expect, it } from 'vitest';
import { buildConnectorModel, type ConnectorModel } from '../../shared/core/model';
import {
  buildRequest,
  maskSecrets,
  toCurl,
  type BuildRequestResult,
  type FormPart,
  type HttpRequest,
} from '../../shared/engines/operation-runs';

const API_KEY = 'sk_live_7f3a9c2e41';

function connector(paths: Record<string, unknown>, extra: Record<string, unknown> = {}, properties: Record<string, unknown> = {}) {
  const definition = {
    swagger: '2.0',
    info: { title: 'T', version: '1' },
    host: 'api.example.com',
    basePath: '/v1',
    schemes: ['https'],
    paths,
    ...extra,
  };
  return { definition, model: buildConnectorModel(definition, { properties }) };
}

function build(
  c: { definition: unknown; model: ConnectorModel },
  operationId: string,
  inputs: Record<string, unknown> = {},
  connection: Record<string, string> = {},
  accessToken?: string,
): BuildRequestResult {
  const operation = c.model.operations.find((o) => o.operationId === operationId);
  if (!operation) throw new Error(`no operation ${operationId}`);
  return buildRequest({ definition: c.definition, model: c.model, operation, inputs, connection, ...(accessToken ? { accessToken } : {}) });
}

function request(r: BuildRequestResult): HttpRequest {
  if (!r.ok) throw new Error(`build failed: ${r.errors.join(' | ')}`);
  return r.request;
}

const ok200 = { '200': { description: 'OK' } };

describe('URL: scheme, host, base path, path parameters', () => {
  const c = connector(
    {
      '/files/{path}': {
        get: { operationId: 'Single', parameters: [{ name: 'path', in: 'path', required: true, type: 'string' }], responses: ok200 },
      },
      '/raw/{path}': {
        get: {
          operationId: 'Double',
          parameters: [{ name: 'path', in: 'path', required: true, type: 'string', 'x-ms-url-encoding': 'double' }],
          responses: ok200,
        },
      },
      '/': { get: { operationId: 'Root', responses: ok200 } },
    },
    { schemes: ['http', 'https'], basePath: '/v1/' },
  );

  it('prefers https, joins basePath and path once', () => {
    expect(request(build(c, 'Root')).url).toBe('https://api.example.com/v1/');
    expect(request(build(connector({ '/x': { get: { operationId: 'X', responses: ok200 } } }, { schemes: ['http'] }), 'X')).url).toBe(
      'http://api.example.com/v1/x',
    );
    expect(
      request(build(connector({ '/x': { get: { operationId: 'X', responses: ok200 } } }, { schemes: undefined, basePath: undefined }), 'X'))
        .url,
    ).toBe('https://api.example.com/x');
  });

  it('encodes path values once by default (x-ms-url-encoding single)', () => {
    expect(request(build(c, 'Single', { path: 'a/b c?d' })).url).toBe('https://api.example.com/v1/files/a%2Fb%20c%3Fd');
  });

  it('encodes path values twice with x-ms-url-encoding double', () => {
    expect(request(build(c, 'Double', { path: 'a/b c' })).url).toBe('https://api.example.com/v1/raw/a%252Fb%2520c');
  });

  it('a path parameter without value is an error naming it; an empty one too', () => {
    const r = build(c, 'Single');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['The required path parameter "path" of Single has no value.']);
    const empty = build(c, 'Single', { path: '' });
    expect(empty.ok).toBe(false);
  });

  it('no host: an error that says where to set it', () => {
    const r = build(connector({ '/x': { get: { operationId: 'X', responses: ok200 } } }, { host: undefined }), 'X');
    expect(r).toMatchObject({ ok: false, errors: ['The definition has no host; set it on the General tab.'] });
  });

  it('a path placeholder with no parameter is an error', () => {
    const r = build(connector({ '/items/{id}': { get: { operationId: 'X', responses: ok200 } } }), 'X');
    expect(r).toMatchObject({ ok: false, errors: ['The path /items/{id} has {id}, but X has no path parameter "id".'] });
  });
});

describe('query parameters and collectionFormat', () => {
  const param = (collectionFormat?: string) => ({
    name: 'ids',
    in: 'query',
    type: 'array',
    items: { type: 'string' },
    ...(collectionFormat ? { collectionFormat } : {}),
  });
  const c = connector({
    '/csv': { get: { operationId: 'Csv', parameters: [param()], responses: ok200 } },
    '/ssv': { get: { operationId: 'Ssv', parameters: [param('ssv')], responses: ok200 } },
    '/tsv': { get: { operationId: 'Tsv', parameters: [param('tsv')], responses: ok200 } },
    '/pipes': { get: { operationId: 'Pipes', parameters: [param('pipes')], responses: ok200 } },
    '/multi': { get: { operationId: 'Multi', parameters: [param('multi')], responses: ok200 } },
    '/scalars': {
      get: {
        operationId: 'Scalars',
        parameters: [
          { name: 'q', in: 'query', type: 'string' },
          { name: 'top', in: 'query', type: 'integer' },
          { name: 'flag', in: 'query', type: 'boolean', default: true },
          { name: 'unused', in: 'query', type: 'string' },
        ],
        responses: ok200,
      },
    },
  });
  const query = (op: string, ids: unknown) => request(build(c, op, { ids })).url.split('?')[1];

  it('csv (the default) joins with commas', () => {
    expect(query('Csv', ['a', 'b c', 'd,e'])).toBe('ids=a%2Cb%20c%2Cd%2Ce');
  });
  it('ssv, tsv, pipes', () => {
    expect(query('Ssv', ['a', 'b'])).toBe('ids=a%20b');
    expect(query('Tsv', ['a', 'b'])).toBe('ids=a%09b');
    expect(query('Pipes', ['a', 'b'])).toBe('ids=a%7Cb');
  });
  it('multi repeats the parameter', () => {
    expect(query('Multi', ['a', 'b', 3])).toBe('ids=a&ids=b&ids=3');
  });
  it('arrays given as JSON text or comma-separated text', () => {
    expect(query('Multi', '["x","y"]')).toBe('ids=x&ids=y');
    expect(query('Multi', 'x,y')).toBe('ids=x&ids=y');
    expect(query('Pipes', '[1,2]')).toBe('ids=1%7C2');
  });
  it('scalars, defaults for missing optional inputs, nothing for missing ones without default', () => {
    const r = build(c, 'Scalars', { q: 'a&b=c é', top: 5 });
    expect(request(r).url).toBe('https://api.example.com/v1/scalars?q=a%26b%3Dc%20%C3%A9&top=5&flag=true');
  });
  it('a value of the wrong type is sent, with a note', () => {
    const r = build(c, 'Scalars', { top: 'ten' });
    expect(request(r).url).toContain('top=ten');
    expect(r.notes).toContain('The query parameter "top" of Scalars is an integer, but "ten" was given; it was sent as written.');
  });
  it('an input that matches no parameter is noted', () => {
    expect(build(c, 'Scalars', { tpo: 1 }).notes).toContain('The input "tpo" matches no parameter of Scalars; it was ignored.');
  });
});

describe('headers and bodies', () => {
  const c = connector(
    {
      '/items': {
        post: {
          operationId: 'Create',
          parameters: [
            { name: 'X-Request-Id', in: 'header', type: 'string', required: true },
            { name: 'tags', in: 'header', type: 'array', items: { type: 'string' } },
            { name: 'item', in: 'body', required: true, schema: { $ref: '#/definitions/Item' } },
          ],
          responses: ok200,
        },
      },
      '/notes': {
        post: {
          operationId: 'Note',
          consumes: ['text/plain'],
          parameters: [{ name: 'text', in: 'body', schema: { type: 'string' } }],
          responses: ok200,
        },
      },
      '/names': {
        post: {
          operationId: 'Name',
          parameters: [{ name: 'name', in: 'body', required: true, schema: { type: 'string' } }],
          responses: ok200,
        },
      },
      '/form': {
        post: {
          operationId: 'Form',
          consumes: ['application/x-www-form-urlencoded'],
          parameters: [
            { name: 'title', in: 'formData', type: 'string', required: true },
            { name: 'labels', in: 'formData', type: 'array', collectionFormat: 'multi', items: { type: 'string' } },
          ],
          responses: ok200,
        },
      },
      '/upload': {
        post: {
          operationId: 'Upload',
          parameters: [
            { name: 'file', in: 'formData', type: 'file', required: true },
            { name: 'note', in: 'formData', type: 'string' },
          ],
          responses: ok200,
        },
      },
      '/multi-form': {
        post: {
          operationId: 'MultiForm',
          consumes: ['multipart/form-data'],
          parameters: [{ name: 'title', in: 'formData', type: 'string' }],
          responses: ok200,
        },
      },
    },
    { consumes: ['application/json'], produces: ['application/json'], definitions: { Item: { type: 'object' } } },
  );

  it('header parameters, arrays as csv; a JSON body from an object; Content-Type from consumes, Accept from produces', () => {
    const r = request(build(c, 'Create', { 'X-Request-Id': 'r-1', tags: ['a', 'b'], item: { name: 'Pen', price: 2 } }));
    expect(r.method).toBe('POST');
    expect(r.headers).toEqual({ 'X-Request-Id': 'r-1', tags: 'a,b', 'Content-Type': 'application/json', Accept: 'application/json' });
    expect(r.body).toBe('{"name":"Pen","price":2}');
  });

  it('a body given as JSON text is sent as written; "body" names the body parameter too', () => {
    expect(request(build(c, 'Create', { 'X-Request-Id': 'r', body: '{ "name": "Pen" }' })).body).toBe('{ "name": "Pen" }');
  });

  it('a body that is not JSON is an error', () => {
    const r = build(c, 'Create', { 'X-Request-Id': 'r', item: '{name: Pen}' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^The body of Create is not valid JSON \(.+\)\.$/);
  });

  it('a string body schema takes plain text as a JSON string; a text/plain body goes as written', () => {
    expect(request(build(c, 'Name', { name: 'Ada' })).body).toBe('"Ada"');
    const note = request(build(c, 'Note', { text: 'hello' }));
    expect(note.body).toBe('hello');
    expect(note.headers['Content-Type']).toBe('text/plain');
  });

  it('missing required inputs are all named at once', () => {
    const r = build(c, 'Create');
    expect(r).toMatchObject({
      ok: false,
      errors: [
        'The required header parameter "X-Request-Id" of Create has no value.',
        'The required body parameter "item" of Create has no value.',
      ],
    });
  });

  it('formData as application/x-www-form-urlencoded, multi repeated', () => {
    const r = request(build(c, 'Form', { title: 'a b&c', labels: ['x', 'y'] }));
    expect(r.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(r.body).toBe('title=a+b%26c&labels=x&labels=y');
  });

  it('formData as multipart/form-data when a file parameter exists', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const r = request(build(c, 'Upload', { file: { fileName: 'a.bin', bytes, contentType: 'application/pdf' }, note: 'n' }));
    expect(r.headers['Content-Type']).toBe('multipart/form-data; boundary=----ConnectorStudioFormBoundary');
    expect(r.body).toEqual([
      { name: 'file', value: bytes, fileName: 'a.bin', contentType: 'application/pdf' },
      { name: 'note', value: 'n' },
    ] satisfies FormPart[]);
  });

  it('formData as multipart/form-data when consumes says so', () => {
    const r = request(build(c, 'MultiForm', { title: 't' }));
    expect(r.headers['Content-Type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(r.body).toEqual([{ name: 'title', value: 't' }]);
  });
});

describe('defaults', () => {
  const c = connector({
    '/x': {
      get: {
        operationId: 'X',
        parameters: [
          { name: 'api-version', in: 'query', type: 'string', required: true, default: '2024-01-01', 'x-ms-visibility': 'internal' },
          { name: 'top', in: 'query', type: 'integer', default: 10 },
        ],
        responses: ok200,
      },
    },
  });
  it('fill missing inputs, required or not; given inputs win', () => {
    expect(request(build(c, 'X')).url).toBe('https://api.example.com/v1/x?api-version=2024-01-01&top=10');
    expect(request(build(c, 'X', { top: 3 })).url).toBe('https://api.example.com/v1/x?api-version=2024-01-01&top=3');
  });
});

describe('authentication', () => {
  const paths = { '/me': { get: { operationId: 'Me', responses: ok200 } } };

  it('none: no credentials', () => {
    expect(request(build(connector(paths), 'Me')).headers).toEqual({});
  });

  it('basic: username and password connection parameters', () => {
    const c = connector(
      paths,
      { securityDefinitions: { basic_auth: { type: 'basic' } } },
      {
        connectionParameters: { username: { type: 'string' }, password: { type: 'securestring' } },
      },
    );
    const r = build(c, 'Me', {}, { username: 'ada', password: 'pässword' });
    expect(request(r).headers.Authorization).toBe(`Basic ${Buffer.from('ada:pässword').toString('base64')}`);
    expect(r.secrets.headers).toEqual(['Authorization']);
    expect(build(c, 'Me', {}, { username: 'ada' })).toMatchObject({
      ok: false,
      errors: ['The connection parameter "password" (the password for Basic authentication) has no value.'],
    });
  });

  it('apiKey in a header, from api_key', () => {
    const c = connector(
      paths,
      { securityDefinitions: { k: { type: 'apiKey', in: 'header', name: 'Ocp-Apim-Subscription-Key' } } },
      {
        connectionParameters: { api_key: { type: 'securestring' } },
      },
    );
    const r = build(c, 'Me', {}, { api_key: API_KEY });
    expect(request(r).headers).toEqual({ 'Ocp-Apim-Subscription-Key': API_KEY });
    expect(r.secrets).toEqual({ values: [API_KEY], headers: ['Ocp-Apim-Subscription-Key'], query: [] });
    expect(build(c, 'Me')).toMatchObject({ ok: false, errors: ['The connection parameter "api_key" (the API key) has no value.'] });
  });

  it('apiKey in the query', () => {
    const c = connector(
      paths,
      { securityDefinitions: { k: { type: 'apiKey', in: 'query', name: 'code' } } },
      { connectionParameters: { api_key: { type: 'securestring' } } },
    );
    const r = build(c, 'Me', {}, { api_key: API_KEY });
    expect(request(r).url).toBe(`https://api.example.com/v1/me?code=${API_KEY}`);
    expect(r.secrets.query).toEqual(['code']);
  });

  it('apiKey from the only securestring parameter when there is no api_key', () => {
    const c = connector(
      paths,
      { securityDefinitions: { k: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
      { connectionParameters: { secretKey: { type: 'securestring' } } },
    );
    expect(request(build(c, 'Me', {}, { secretKey: 'abcd1234' })).headers).toEqual({ 'X-Key': 'abcd1234' });
  });

  it('OAuth 2.0: a bearer token given by the caller, or the token connection parameter', () => {
    const c = connector(
      paths,
      {
        securityDefinitions: {
          oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://l/a', tokenUrl: 'https://l/t', scopes: {} },
        },
      },
      { connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2' } } } },
    );
    expect(request(build(c, 'Me', {}, {}, 'tok-123456')).headers).toEqual({ Authorization: 'Bearer tok-123456' });
    expect(request(build(c, 'Me', {}, { token: 'tok-from-param' })).headers).toEqual({ Authorization: 'Bearer tok-from-param' });
    const none = build(c, 'Me');
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.errors[0]).toMatch(/^OAuth 2\.0: no access token was given/);
  });

  it('the first security definition is the one used', () => {
    const c = connector(paths, { securityDefinitions: { b: { type: 'basic' }, k: { type: 'apiKey', in: 'header', name: 'X-Key' } } });
    const r = build(c, 'Me', {}, { username: 'u', password: 'p' });
    expect(Object.keys(request(r).headers)).toEqual(['Authorization']);
    expect(r.notes[0]).toMatch(/the first one \("b"\) is used/);
  });
});

describe('policy templates', () => {
  const policy = (templateId: string, parameters: Record<string, unknown>, title = templateId) => ({ templateId, title, parameters });
  const paths = {
    '/items/{id}': {
      get: {
        operationId: 'GetItem',
        parameters: [
          { name: 'id', in: 'path', required: true, type: 'string' },
          { name: 'X-Region', in: 'header', type: 'string' },
          { name: 'format', in: 'query', type: 'string' },
        ],
        responses: ok200,
      },
      delete: { operationId: 'DeleteItem', parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }], responses: ok200 },
    },
  };
  const conn = { api_key: API_KEY, region: 'eu', account: 'contoso' };
  const props = (...policies: unknown[]) => ({
    connectionParameters: { api_key: { type: 'securestring' }, region: { type: 'string' }, account: { type: 'string' } },
    policyTemplateInstances: policies,
  });
  const sh = (name: string, value: string, existsAction?: string, extra: Record<string, unknown> = {}) =>
    policy('setheader', {
      'x-ms-apimTemplateParameter.name': name,
      'x-ms-apimTemplateParameter.value': value,
      ...(existsAction ? { 'x-ms-apimTemplateParameter.existsAction': existsAction } : {}),
      'x-ms-apimTemplate-policySection': 'Request',
      ...extra,
    });

  it('setheader: override with an embedded @connectionParameters, marked secret', () => {
    const c = connector(paths, {}, props(sh('Authorization', "apikey @connectionParameters('api_key')", 'override')));
    const r = build(c, 'GetItem', { id: '1' }, conn);
    expect(request(r).headers.Authorization).toBe(`apikey ${API_KEY}`);
    expect(r.secrets.headers).toContain('Authorization');
  });

  it('setheader: skip keeps an existing header; append adds to it; both set a missing one', () => {
    const skip = connector(paths, {}, props(sh('X-Region', "@connectionParameters('region')", 'skip')));
    expect(request(build(skip, 'GetItem', { id: '1', 'X-Region': 'us' }, conn)).headers['X-Region']).toBe('us');
    expect(request(build(skip, 'GetItem', { id: '1' }, conn)).headers['X-Region']).toBe('eu');
    const append = connector(paths, {}, props(sh('x-region', "@{connectionParameters('region')}", 'append')));
    expect(request(build(append, 'GetItem', { id: '1', 'X-Region': 'us' }, conn)).headers).toEqual({ 'X-Region': 'us, eu' });
    const override = connector(paths, {}, props(sh('x-region', 'fixed')));
    expect(request(build(override, 'GetItem', { id: '1', 'X-Region': 'us' }, conn)).headers).toEqual({ 'X-Region': 'fixed' });
  });

  it('setheader: @headers, @queryParameters and @header with a default', () => {
    const c = connector(paths, {}, props(sh('X-Echo', "@headers('X-Region')/@queryParameters('format')/@header('X-None', 'dflt')")));
    expect(request(build(c, 'GetItem', { id: '1', 'X-Region': 'us', format: 'json' }, conn)).headers['X-Echo']).toBe('us/json/dflt');
  });

  it('setheader: only for the operations it names', () => {
    const c = connector(paths, {}, props(sh('X-Only', 'yes', 'override', { 'x-ms-apimTemplate-operationName': ['DeleteItem'] })));
    expect(request(build(c, 'GetItem', { id: '1' }, conn)).headers['X-Only']).toBeUndefined();
    expect(request(build(c, 'DeleteItem', { id: '1' }, conn)).headers['X-Only']).toBe('yes');
  });

  it('setheader in the Response section is not applied to the request, with a note', () => {
    const c = connector(paths, {}, props(sh('X-Resp', 'v', 'override', { 'x-ms-apimTemplate-policySection': 'Response' })));
    const r = build(c, 'GetItem', { id: '1' }, conn);
    expect(request(r).headers['X-Resp']).toBeUndefined();
    expect(r.notes).toContain(
      'Policy "setheader" (setheader) changes the response, not the request; the test runner shows the response as the API sent it.',
    );
  });

  it('setqueryparameter: override, skip and append', () => {
    const q = (action: string) =>
      connector(
        paths,
        {},
        props(
          policy('setqueryparameter', {
            'x-ms-apimTemplateParameter.name': 'format',
            'x-ms-apimTemplateParameter.value': 'xml',
            'x-ms-apimTemplateParameter.existsAction': action,
          }),
        ),
      );
    expect(request(build(q('override'), 'GetItem', { id: '1', format: 'json' }, conn)).url).toBe(
      'https://api.example.com/v1/items/1?format=xml',
    );
    expect(request(build(q('skip'), 'GetItem', { id: '1', format: 'json' }, conn)).url).toBe(
      'https://api.example.com/v1/items/1?format=json',
    );
    expect(request(build(q('skip'), 'GetItem', { id: '1' }, conn)).url).toBe('https://api.example.com/v1/items/1?format=xml');
    expect(request(build(q('append'), 'GetItem', { id: '1', format: 'json' }, conn)).url).toBe(
      'https://api.example.com/v1/items/1?format=json&format=xml',
    );
  });

  it('setqueryparameter with a secret value marks the query parameter secret', () => {
    const c = connector(
      paths,
      {},
      props(
        policy('setqueryparameter', {
          'x-ms-apimTemplateParameter.name': 'key',
          'x-ms-apimTemplateParameter.value': "@connectionParameters('api_key')",
        }),
      ),
    );
    const r = build(c, 'GetItem', { id: '1' }, conn);
    expect(request(r).url).toBe(`https://api.example.com/v1/items/1?key=${API_KEY}`);
    expect(r.secrets.query).toEqual(['key']);
  });

  it('dynamichosturl: the template replaces scheme, host and base path', () => {
    const c = connector(
      paths,
      {},
      props(
        policy('dynamichosturl', {
          'x-ms-apimTemplateParameter.urlTemplate':
            "https://@connectionParameters('account').@connectionParameters('region').example.net/api",
        }),
      ),
    );
    expect(request(build(c, 'GetItem', { id: '7' }, conn)).url).toBe('https://contoso.eu.example.net/api/items/7');
  });

  it('dynamichosturl stands in for a missing host; a bad result is an error', () => {
    const p = props(policy('dynamichosturl', { 'x-ms-apimTemplateParameter.urlTemplate': "@connectionParameters('account')" }));
    const c = connector(paths, { host: undefined }, p);
    const r = build(c, 'GetItem', { id: '7' }, conn);
    expect(request(r).url).toBe('https://contoso/items/7');
    expect(r.notes).toContain('Policy "dynamichosturl" (dynamichosturl) gave a host URL without a scheme; https:// was put in front.');
    const bad = build(c, 'GetItem', { id: '7' }, { ...conn, account: 'two words' });
    expect(bad.ok).toBe(false);
  });

  it('routerequesttoendpoint: new path under the base path with {param} values, and a new method', () => {
    const c = connector(
      paths,
      {},
      props(
        policy('routerequesttoendpoint', {
          'x-ms-apimTemplateParameter.newPath': "/v2/things/{id}/@connectionParameters('region')",
          'x-ms-apimTemplateParameter.httpMethod': 'POST',
          'x-ms-apimTemplate-operationName': ['GetItem'],
        }),
      ),
    );
    const r = request(build(c, 'GetItem', { id: 'a b', format: 'json' }, conn));
    expect(r.method).toBe('POST');
    expect(r.url).toBe('https://api.example.com/v1/v2/things/a%20b/eu?format=json');
    expect(request(build(c, 'DeleteItem', { id: '1' }, conn))).toMatchObject({
      method: 'DELETE',
      url: 'https://api.example.com/v1/items/1',
    });
  });

  it('routerequesttoendpoint: @Request.OriginalHTTPMethod keeps the method; a bad method is noted', () => {
    const route = (httpMethod: string) =>
      connector(
        paths,
        {},
        props(
          policy('routerequesttoendpoint', {
            'x-ms-apimTemplateParameter.newPath': '/other/{id}',
            'x-ms-apimTemplateParameter.httpMethod': httpMethod,
          }),
        ),
      );
    const kept = build(route('@Request.OriginalHTTPMethod'), 'DeleteItem', { id: '1' }, conn);
    expect(request(kept)).toMatchObject({ method: 'DELETE', url: 'https://api.example.com/v1/other/1' });
    expect(kept.notes).toEqual([]);
    const bad = build(route('FETCH'), 'DeleteItem', { id: '1' }, conn);
    expect(request(bad).method).toBe('DELETE');
    expect(bad.notes).toEqual([
      'Policy "routerequesttoendpoint" (routerequesttoendpoint): httpMethod "FETCH" is not one of GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD; the operation\'s method was kept.',
    ]);
  });

  it('dynamichosturl from a connection value that is missing: an error naming it', () => {
    const c = connector(
      paths,
      {},
      props(
        policy(
          'dynamichosturl',
          { 'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('instance').example.net" },
          'Instance host',
        ),
      ),
    );
    const r = build(c, 'GetItem', { id: '1' }, conn);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        `Policy "Instance host" (dynamichosturl) builds the host URL from connectionParameters('instance'), which has no value.`,
      ]);
    const withDefault = connector(
      paths,
      {},
      props(
        policy('dynamichosturl', {
          'x-ms-apimTemplateParameter.urlTemplate': "@connectionParameters('instance', 'https://fallback.example.net/api')",
        }),
      ),
    );
    expect(request(build(withDefault, 'GetItem', { id: '1' }, conn)).url).toBe('https://fallback.example.net/api/items/1');
  });

  it('routerequesttoendpoint: a query string in the new path is added; a path without "/" gets one', () => {
    const c = connector(
      paths,
      {},
      props(policy('routerequesttoendpoint', { 'x-ms-apimTemplateParameter.newPath': "search?kind=@queryParameters('format')" })),
    );
    expect(request(build(c, 'GetItem', { id: '1', format: 'json' }, conn)).url).toBe(
      'https://api.example.com/v1/search?format=json&kind=json',
    );
  });

  it('policies apply in order: a later one sees what an earlier one set', () => {
    const c = connector(paths, {}, props(sh('X-A', 'first'), sh('X-B', "@headers('X-A')-second")));
    expect(request(build(c, 'GetItem', { id: '1' }, conn)).headers).toMatchObject({ 'X-A': 'first', 'X-B': 'first-second' });
  });

  it('unsupported expressions and templates are left alone, with notes', () => {
    const c = connector(
      paths,
      {},
      props(sh('X-Body', '@body().name'), policy('setproperty', {}, 'Set a property'), policy('updatenextlink', {})),
    );
    const r = build(c, 'GetItem', { id: '1' }, conn);
    expect(request(r).headers['X-Body']).toBe('@body().name');
    expect(r.notes).toEqual([
      'Policy "setheader" (setheader): The expression @body() is not supported by the local test runner; it was left as written.',
      'Policy "Set a property" (setproperty) is not simulated by the test runner; the request was sent without it.',
      'Policy "updatenextlink" (updatenextlink) rewrites the next-page link of responses; it is not simulated by the test runner.',
    ]);
  });

  it('an e-mail address is not an expression; a missing connection value is noted', () => {
    const c = connector(paths, {}, props(sh('From', "ada@example.com @connectionParameters('nothing')")));
    const r = build(c, 'GetItem', { id: '1' }, conn);
    expect(request(r).headers.From).toBe('ada@example.com ');
    expect(r.notes).toContain(
      'Policy "setheader" (setheader): connectionParameters(\'nothing\') has no value in this test; it was replaced by an empty text.',
    );
  });
});

describe('curl, with every secret masked', () => {
  const paths = {
    '/me': { post: { operationId: 'Me', parameters: [{ name: 'b', in: 'body', schema: { type: 'object' } }], responses: ok200 } },
  };

  it('a plain request', () => {
    const c = connector({
      '/x': { get: { operationId: 'X', parameters: [{ name: 'q', in: 'query', type: 'string' }], responses: ok200 } },
    });
    const r = build(c, 'X', { q: "it's" });
    // The apostrophe survives percent-encoding, so the shell quoting has to close and reopen around it.
    expect(toCurl(request(r), r.secrets)).toBe(`curl 'https://api.example.com/v1/x?q=it'\\''s'`);
  });

  it('the Authorization header keeps its scheme only', () => {
    const c = connector(
      paths,
      { securityDefinitions: { b: { type: 'basic' } } },
      { connectionParameters: { username: { type: 'string' }, password: { type: 'securestring' } } },
    );
    const r = build(c, 'Me', { b: { note: 'pw is hunter22' } }, { username: 'ada', password: 'hunter22' });
    const curl = toCurl(request(r), r.secrets);
    expect(curl).toBe(
      [
        'curl -X POST https://api.example.com/v1/me',
        "-H 'Content-Type: application/json'",
        "-H 'Authorization: Basic ****'",
        `--data-raw '{"note":"pw is ****"}'`,
      ].join(' \\\n  '),
    );
  });

  it('API key header and query values, and secrets a policy put anywhere', () => {
    const header = connector(
      paths,
      { securityDefinitions: { k: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
      { connectionParameters: { api_key: { type: 'securestring' } } },
    );
    const h = build(header, 'Me', {}, { api_key: API_KEY });
    expect(toCurl(request(h), h.secrets, { multiline: false })).toBe("curl -X POST https://api.example.com/v1/me -H 'X-Key: ****'");
    const query = connector(
      paths,
      { securityDefinitions: { k: { type: 'apiKey', in: 'query', name: 'code' } } },
      {
        connectionParameters: { api_key: { type: 'securestring' } },
        policyTemplateInstances: [
          {
            templateId: 'dynamichosturl',
            parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('api_key').example.org" },
          },
          {
            templateId: 'setheader',
            parameters: {
              'x-ms-apimTemplateParameter.name': 'X-Sig',
              'x-ms-apimTemplateParameter.value': "sig=@connectionParameters('api_key')",
            },
          },
        ],
      },
    );
    const q = build(query, 'Me', {}, { api_key: 'abcd+efgh' });
    const curl = toCurl(request(q), q.secrets, { multiline: false });
    expect(request(q).url).toBe('https://abcd+efgh.example.org/me?code=abcd%2Befgh');
    expect(request(q).headers['X-Sig']).toBe('sig=abcd+efgh');
    expect(curl).not.toContain('abcd');
    expect(curl).not.toContain('efgh');
    expect(curl).toContain("-H 'X-Sig: ****'");
    expect(curl).toBe("curl -X POST 'https://****.example.org/me?code=****' -H 'X-Sig: ****'");
  });

  it('form parts print as curl -F / --form-string; binary bodies by size', () => {
    const form: HttpRequest = {
      method: 'POST',
      url: 'https://h/u',
      headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
      body: [
        { name: 'f', value: new Uint8Array(3), fileName: 'a.png', contentType: 'image/png' },
        { name: 'n', value: '@not-a-file' },
      ],
    };
    expect(toCurl(form, undefined, { multiline: false })).toBe(
      "curl -X POST https://h/u -F 'f=@a.png;type=image/png' --form-string n=@not-a-file",
    );
    expect(toCurl({ method: 'PUT', url: 'https://h/u', headers: {}, body: new Uint8Array(5) })).toBe(
      'curl -X PUT https://h/u \\\n  --data-binary @request-body.bin\n# request-body.bin: the 5-byte binary body',
    );
  });

  it('maskSecrets catches encoded and escaped forms, and leaves short values alone', () => {
    const secret = 'p@ss "word"/1';
    const text = `raw ${secret} url ${encodeURIComponent(secret)} json ${JSON.stringify(secret)}`;
    expect(maskSecrets(text, [secret])).toBe('raw **** url **** json "****"');
    expect(maskSecrets('abc abc', ['abc'])).toBe('abc abc');
  });
});
