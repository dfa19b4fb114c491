// Accept as the API's description asks: what the success response is decides it. A JSON document
// gets the first JSON type of `produces`; a download (`type: file`, binary string) its own types,
// or */* when `produces` names only JSON (the type of an error answer), never application/json.
import { describe, expect, it } from 'vitest';
import { buildConnectorModel } from '../../shared/core/model';
import { buildRequest } from '../../shared/engines/operation-runs';

function acceptOf(op: Record<string, unknown>, root: Record<string, unknown> = {}): string | undefined {
  const definition = {
    swagger: '2.0',
    info: { title: 'T', version: '1' },
    host: 'api.example.com',
    schemes: ['https'],
    paths: { '/x': { get: { operationId: 'X', ...op } } },
    definitions: { Blob: { type: 'string', format: 'binary' }, Doc: { type: 'object' } },
    responses: { Download: { description: 'The file', schema: { type: 'file' } } },
    ...root,
  };
  const model = buildConnectorModel(definition, {});
  const r = buildRequest({ definition, model, operation: model.operations[0]! });
  if (!r.ok) throw new Error(r.errors.join(' '));
  return r.request.headers.Accept as string | undefined;
}

describe('Accept', () => {
  it('a JSON success response: the first JSON type of produces', () => {
    expect(
      acceptOf({
        produces: ['text/plain', 'application/json'],
        responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Doc' } } },
      }),
    ).toBe('application/json');
    expect(acceptOf({ produces: ['application/xml'], responses: { '200': { description: 'OK' } } })).toBe('application/xml');
    expect(acceptOf({ responses: { '200': { description: 'OK' } } })).toBeUndefined();
  });

  it("a file download (Box's content and thumbnails): its own types, else */*", () => {
    expect(
      acceptOf({
        produces: ['application/json'],
        responses: {
          '200': { description: 'OK', schema: { type: 'file' } },
          default: { description: 'Error', schema: { type: 'object' } },
        },
      }),
    ).toBe('*/*');
    expect(
      acceptOf({
        produces: ['image/png', 'image/jpeg', 'application/json'],
        responses: {
          '200': { description: 'OK', schema: { $ref: '#/definitions/Blob' } },
          '404': { description: 'No', schema: { type: 'object' } },
        },
      }),
    ).toBe('image/png, image/jpeg');
    expect(
      acceptOf({ responses: { '200': { $ref: '#/responses/Download' } } }, { produces: ['application/octet-stream', 'application/json'] }),
    ).toBe('application/octet-stream');
    // The lowest 2xx is the success response; without one, default.
    expect(
      acceptOf({
        produces: ['application/json'],
        responses: { '202': { description: 'Later', schema: { type: 'object' } }, '200': { description: 'OK', schema: { type: 'file' } } },
      }),
    ).toBe('*/*');
    expect(acceptOf({ produces: ['application/json'], responses: { default: { description: 'OK', schema: { type: 'file' } } } })).toBe(
      '*/*',
    );
  });
});
