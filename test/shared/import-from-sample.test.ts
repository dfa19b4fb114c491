import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { operationFromSample, type SampleRequest } from '../../shared/engines/import/from-sample';
import { ImportError } from '../../shared/engines/import/import-result';

type P = Record<string, any>;
const sample = (over: Partial<SampleRequest>) => operationFromSample({ verb: 'GET', url: 'https://api.contoso.com/items', ...over });
const params = (r: ReturnType<typeof operationFromSample>) => r.operation.parameters as P[];
const param = (r: ReturnType<typeof operationFromSample>, name: string): P => params(r).find((p) => p.name === name) as P;
const codes = (r: ReturnType<typeof operationFromSample>) => r.notes.map((n) => n.code);

function importError(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('no ImportError');
}

describe('operationFromSample: URL', () => {
  it('splits the URL into scheme, host and path', () => {
    const r = sample({ url: 'http://api.contoso.com:8080/v1/items' });
    expect(r).toMatchObject({ scheme: 'http', host: 'api.contoso.com:8080', path: '/v1/items', method: 'get' });
    expect(r.basePath).toBeUndefined();
  });

  it('removes the connector base path when the URL starts with it', () => {
    expect(sample({ url: 'https://api.contoso.com/v1/items', basePath: '/v1' })).toMatchObject({ path: '/items', basePath: '/v1' });
    expect(sample({ url: 'https://api.contoso.com/v10/items', basePath: '/v1' })).toMatchObject({ path: '/v10/items' });
  });

  it('reads a path alone, and a URL without a scheme', () => {
    expect(sample({ url: '/items/{id}' })).toMatchObject({ path: '/items/{id}' });
    expect(sample({ url: '/items/{id}' }).host).toBeUndefined();
    expect(sample({ url: 'api.contoso.com/items' })).toMatchObject({ host: 'api.contoso.com', scheme: 'https', path: '/items' });
  });

  it('makes a required path parameter of each {name}, also inside a segment', () => {
    const r = sample({ url: "https://services.odata.org/People('{Person}')/Trips/{tripId}" });
    expect(r.path).toBe("/People('{Person}')/Trips/{tripId}");
    expect(param(r, 'Person')).toMatchObject({
      in: 'path',
      required: true,
      type: 'string',
      'x-ms-summary': 'Person',
      'x-ms-url-encoding': 'single',
    });
    expect(param(r, 'tripId')).toMatchObject({ in: 'path', required: true, 'x-ms-summary': 'Trip ID' });
  });

  it('renames path parameter names with odd characters, and reports it', () => {
    const r = sample({ url: '/users/{user id}' });
    expect(r.path).toBe('/users/{user_id}');
    expect(codes(r)).toContain('PathParameterRenamed');
  });

  it('refuses URLs it cannot use with a clear ImportError', () => {
    expect(importError(() => sample({ url: 'not a url at all' })).code).toBe('SampleUrlInvalid');
    expect(importError(() => sample({ url: 'https://api.contoso.com/a/{}' })).message).toContain('empty "{}"');
    expect(importError(() => sample({ url: 'https://api.contoso.com/a/{id}/b/{id}' })).message).toContain('twice');
    expect(importError(() => sample({ url: 'https://{region}.contoso.com/a' })).code).toBe('SampleUrlInvalid');
    expect(importError(() => sample({ url: 'https://api.contoso.com/a/{id' })).code).toBe('SampleUrlInvalid');
  });

  it('refuses verbs a connector cannot use', () => {
    expect(importError(() => sample({ verb: 'PURGE' })).code).toBe('SampleVerbUnsupported');
  });

  it('drops credentials and fragments written in the URL, and says so', () => {
    const r = sample({ url: 'https://user:secret@api.contoso.com/items#top' });
    expect(JSON.stringify(r.operation)).not.toContain('secret');
    expect(codes(r)).toEqual(expect.arrayContaining(['UrlCredentialsDropped', 'UrlFragmentDropped']));
  });
});

describe('operationFromSample: query string', () => {
  it('makes optional query parameters whose sample values are test values, typed from the value', () => {
    const r = sample({ url: "https://api.contoso.com/items?$filter=Name eq 'x'&top=10&since=2024-01-01T00:00:00Z&code=007" });
    expect(param(r, '$filter')).toMatchObject({
      in: 'query',
      required: false,
      type: 'string',
      'x-ms-summary': 'Filter',
      'x-ms-test-value': "Name eq 'x'",
    });
    expect(param(r, '$filter').default).toBeUndefined();
    expect(param(r, 'top')).toMatchObject({ type: 'integer', 'x-ms-test-value': 10 });
    expect(param(r, 'since')).toMatchObject({ type: 'string', format: 'date-time' });
    expect(param(r, 'code')).toMatchObject({ type: 'string', 'x-ms-test-value': '007' });
  });

  it('leaves credential query parameters to Security and keeps no secret-looking value', () => {
    const r = sample({ url: 'https://api.contoso.com/items?api_key=abc123&session_token=zzz' });
    expect(param(r, 'api_key')).toBeUndefined();
    expect(param(r, 'session_token')['x-ms-test-value']).toBeUndefined();
    expect(codes(r)).toContain('CredentialQueryParameterLeftToSecurity');
    expect(JSON.stringify(r.operation)).not.toContain('abc123');
  });

  it('imports a repeated query parameter once, with a warning', () => {
    const r = sample({ url: 'https://api.contoso.com/items?a=1&a=2' });
    expect(params(r).filter((p) => p.name === 'a')).toHaveLength(1);
    expect(codes(r)).toContain('QueryParameterRepeated');
  });
});

describe('operationFromSample: headers', () => {
  it('reads "Name: value" lines and records alike', () => {
    const fromText = sample({ headers: 'X-Request-Id: 5\r\nAccept-Language: fr\n\n' });
    const fromRecord = sample({ headers: { 'X-Request-Id': '5', 'Accept-Language': 'fr' } });
    for (const r of [fromText, fromRecord]) {
      expect(param(r, 'X-Request-Id')).toMatchObject({
        in: 'header',
        required: false,
        'x-ms-visibility': 'advanced',
        'x-ms-test-value': 5,
      });
      expect(param(r, 'Accept-Language')).toMatchObject({ in: 'header', 'x-ms-summary': 'Accept Language', 'x-ms-test-value': 'fr' });
    }
  });

  it('leaves Content-Type, Accept, credentials, cookies and transport headers out, each reported', () => {
    const r = sample({
      verb: 'POST',
      headers:
        'Content-Type: application/json; charset=utf-8\nAccept: application/json\nAuthorization: Bearer abc\nX-API-Key: k\nCookie: a=b\nUser-Agent: x',
      body: '{"a":1}',
    });
    expect(params(r).filter((p) => p.in === 'header')).toEqual([]);
    expect(r.operation.consumes).toEqual(['application/json']);
    expect(r.operation.produces).toEqual(['application/json']);
    expect(codes(r)).toEqual(
      expect.arrayContaining([
        'ContentTypeHeaderToConsumes',
        'AcceptHeaderToProduces',
        'CredentialHeaderLeftToSecurity',
        'CookieHeaderDropped',
        'TransportHeaderDropped',
      ]),
    );
    expect(r.notes.find((n) => n.code === 'CookieHeaderDropped')).toMatchObject({ kind: 'loss', sourcePointer: '/headers/4' });
    expect(JSON.stringify(r.operation)).not.toContain('abc');
  });

  it('warns about lines that are not headers', () => {
    const r = sample({ headers: 'X-Ok: 1\nnot a header' });
    expect(r.notes.find((n) => n.code === 'HeaderLineUnreadable')).toMatchObject({ kind: 'warning', sourcePointer: '/headers/1' });
  });
});

describe('operationFromSample: body', () => {
  it('makes a body parameter with the schema inferred from a JSON sample', () => {
    const r = sample({ verb: 'POST', body: '{"documents":[{"language":"en","id":"1","text":"hi"}]}' });
    const body = param(r, 'body');
    expect(body).toMatchObject({ in: 'body', required: true });
    expect(Object.keys(body.schema.properties.documents.items.properties)).toEqual(['language', 'id', 'text']);
    expect(r.operation.consumes).toEqual(['application/json']);
  });

  it('fails with a clear ImportError (line and column) when the body is not JSON', () => {
    const e = importError(() => sample({ verb: 'POST', body: '{\n  "a": 1,\n  "b": \n}' }));
    expect(e.code).toBe('SampleBodyNotJson');
    expect(e.message).toMatch(/line \d+, column \d+/);
  });

  it('accepts JSON with comments, and says so', () => {
    const r = sample({ verb: 'POST', body: '{ "a": 1, // note\n }' });
    expect(param(r, 'body').schema.properties.a.type).toBe('integer');
    expect(codes(r)).toContain('SampleNotStrictJson');
  });

  it('makes formData parameters of a form body', () => {
    const r = sample({ verb: 'POST', headers: 'Content-Type: application/x-www-form-urlencoded', body: 'grant_type=code&count=3' });
    expect(param(r, 'grant_type')).toMatchObject({ in: 'formData', type: 'string', 'x-ms-test-value': 'code' });
    expect(param(r, 'count')).toMatchObject({ in: 'formData', type: 'integer' });
    expect(r.operation.consumes).toEqual(['application/x-www-form-urlencoded']);
  });

  it('imports a text or XML body as a string, with a warning', () => {
    const r = sample({ verb: 'POST', headers: 'Content-Type: application/xml', body: '<a>1</a>' });
    expect(param(r, 'body').schema).toEqual({ type: 'string' });
    expect(r.operation.consumes).toEqual(['application/xml']);
    expect(codes(r)).toContain('BodyNotJson');
  });

  it('leaves out the body of a GET, as a reported loss', () => {
    const r = sample({ body: '{"a":1}' });
    expect(param(r, 'body')).toBeUndefined();
    expect(r.notes.find((n) => n.code === 'BodyOnFetchDropped')?.kind).toBe('loss');
  });

  it('refuses samples larger than 5 MB', () => {
    expect(importError(() => sample({ verb: 'POST', body: `"${'x'.repeat(6 * 1024 * 1024)}"` })).code).toBe('SampleTooLarge');
  });
});

describe('operationFromSample: response', () => {
  it('puts the response schema under 200 by default, or under the given status', () => {
    const r = sample({ responseBody: '[{"id":1,"email":"a@b.co"}]' });
    expect(r.operation.responses).toMatchObject({ '200': { description: 'OK', schema: { type: 'array', items: { type: 'object' } } } });
    const created = sample({ verb: 'POST', responseBody: '{"id":1}', responseStatus: 201 });
    expect(Object.keys(created.operation.responses as object)).toEqual(['201']);
    expect((created.operation.responses as P)['201'].description).toBe('Created');
  });

  it('answers 200 without a schema when no response sample is given', () => {
    const r = sample({});
    expect(r.operation.responses).toEqual({ '200': { description: 'OK' } });
    expect(codes(r)).toContain('NoResponseSample');
  });

  it('refuses a response sample that is not JSON, and a status that is not one', () => {
    expect(importError(() => sample({ responseBody: '{oops' })).code).toBe('SampleResponseNotJson');
    expect(importError(() => sample({ responseBody: '{}', responseStatus: 42 })).code).toBe('SampleStatusInvalid');
  });
});

describe('operationFromSample: the operation', () => {
  it('names the operation from its route', () => {
    const r = sample({ verb: 'get', url: 'https://api.contoso.com/users/{id}' });
    expect(r.operation).toMatchObject({ operationId: 'GetUsersById', summary: 'Get users by ID' });
  });

  it('makes an operation that validates as Swagger 2.0', async () => {
    const r = sample({
      verb: 'PATCH',
      url: 'https://api.contoso.com/v1/users/{id}?notify=true',
      headers: 'If-Match: *\nContent-Type: application/json',
      body: '{"name":"Ada","tags":[],"manager":null,"$type":"user"}',
      responseBody: '{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","updated":"2024-01-01T00:00:00Z"}',
    });
    const doc = {
      swagger: '2.0',
      info: { title: 'T', version: '1.0' },
      host: r.host,
      basePath: '/',
      schemes: [r.scheme],
      paths: { [r.path]: { [r.method]: r.operation } },
    };
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });
});
