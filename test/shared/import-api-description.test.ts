// Reading API descriptions (JSON, YAML), telling their kind, and bundling references to other files.
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { detectApiFormat, MAX_API_DESCRIPTION_CHARS, parseApiDescription } from '../../shared/engines/import/api-description-text';
import { ImportError } from '../../shared/engines/import/import-result';
import { importOpenApi2 } from '../../shared/engines/import/openapi2';
import { importOpenApi3 } from '../../shared/engines/import/openapi3';
import { bundleExternalRefs, resolveRefUri } from '../../shared/engines/import/ref-bundler';

function importError(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('parseApiDescription', () => {
  it('reads JSON, with or without a byte-order mark', () => {
    const text = '{"openapi": "3.0.0", "info": {"title": "T"}}';
    expect(parseApiDescription(text, 'a.json')).toEqual({
      value: { openapi: '3.0.0', info: { title: 'T' } },
      format: 'json',
      diagnostics: [],
    });
    expect(parseApiDescription(`\uFEFF${text}`).value).toEqual({ openapi: '3.0.0', info: { title: 'T' } });
  });

  it('repairs sloppy JSON and says where', () => {
    const r = parseApiDescription('{\n  "swagger": "2.0",\n  "paths": {},\n}', 'a.json');
    expect(r.value).toEqual({ swagger: '2.0', paths: {} });
    expect(r.diagnostics[0]).toMatchObject({ code: 'TrailingComma', line: 3, column: 14 });
  });

  it('reads YAML: comments, anchors, numeric keys as strings, BOM', () => {
    const yaml =
      '\uFEFF# comment\nopenapi: 3.1.0\ninfo: &info\n  title: Pets\n  version: "1.0"\npaths:\n  /pets:\n    get:\n      responses:\n        200:\n          description: OK\nx-copy: *info\n';
    const r = parseApiDescription(yaml, 'pets.yaml');
    expect(r.format).toBe('yaml');
    expect(r.value).toMatchObject({ openapi: '3.1.0', info: { title: 'Pets', version: '1.0' }, 'x-copy': { title: 'Pets' } });
    expect(Object.keys((r.value as any).paths['/pets'].get.responses)).toEqual(['200']);
  });

  it('chooses the format by extension, else by the first character', () => {
    expect(parseApiDescription('openapi: 3.0.0\n').format).toBe('yaml');
    expect(parseApiDescription('  {"a": 1}').format).toBe('json');
    expect(parseApiDescription('{"a": 1}', 'spec.yml').format).toBe('yaml');
    // Named .json but written as YAML: read as YAML; broken JSON stays a JSON error.
    expect(parseApiDescription('openapi: 3.0.0\n', 'spec.json').format).toBe('yaml');
    expect(importError(() => parseApiDescription('"a string"', 'spec.json')).code).toBe('InvalidJson');
  });

  it('locates YAML errors by line and column', () => {
    const e = importError(() => parseApiDescription('openapi: 3.0.0\ninfo:\n  title: "unclosed\n', 'x.yaml'));
    expect(e.code).toBe('InvalidYaml');
    expect(e.message).toMatch(/"x\.yaml" is not valid YAML: line \d+, column \d+/);
    const dup = importError(() => parseApiDescription('a: 1\na: 2\n', 'x.yaml'));
    expect(dup.message).toMatch(/line 2, column 1/);
  });

  it('finds duplicate keys as the YAML library does, in mappings of any size', () => {
    const wide = Array.from({ length: 5000 }, (_, i) => `  k${i}: ${i}`);
    const dup = importError(() => parseApiDescription(`paths:\n${wide.join('\n')}\n  k17: again\n  k18: again\n`, 'x.yaml'));
    expect(dup.code).toBe('InvalidYaml');
    expect(dup.message).toBe(
      '"x.yaml" is not valid YAML: line 5002, column 3: Map keys must be unique at line 5002, column 3: (and 1 more problems)',
    );
    const nested = importError(() => parseApiDescription('a:\n  - { b: 1, c: 2, b: 3 }\n', 'x.yaml'));
    expect(nested.message).toMatch(/line 2, column 19: Map keys must be unique at line 2, column 19:$/);
    // Equal as the library tests them: the same scalar value, so 1 and "1" differ and NaN never repeats.
    expect(parseApiDescription('1: a\n"1": b\n.nan: c\n.NaN: d\n? [x]\n: e\n? [x]\n: f\n', 'x.yaml').value).toBeTruthy();
    expect(importError(() => parseApiDescription('1: a\n0x1: b\n', 'x.yaml')).message).toMatch(/Map keys must be unique/);
    expect(importError(() => parseApiDescription('? ~\n: a\nnull: b\n', 'x.yaml')).message).toMatch(/Map keys must be unique/);
  });

  it('refuses binary, empty, scalar and huge input with a clear sentence', () => {
    expect(importError(() => parseApiDescription('PK\u0003\u0004\u0000\u0000binary', 'x.zip')).code).toBe('Binary');
    expect(importError(() => parseApiDescription('  \n')).code).toBe('Empty');
    expect(importError(() => parseApiDescription('just words', 'x.yaml')).code).toBe('NotAnObject');
    const huge = importError(() => parseApiDescription(' '.repeat(MAX_API_DESCRIPTION_CHARS + 1), 'big.json'));
    expect(huge.code).toBe('TooLarge');
    expect(huge.message).toMatch(/"big\.json" is 16\.0 MB/);
  });
});

describe('detectApiFormat', () => {
  it('tells Swagger 2.0, OpenAPI 3.0 / 3.1 and Postman apart, with versions', () => {
    expect(detectApiFormat({ swagger: '2.0' })).toEqual({ format: 'openapi2', version: '2.0' });
    expect(detectApiFormat({ openapi: '3.0.3' })).toEqual({ format: 'openapi3', version: '3.0.3' });
    expect(detectApiFormat({ openapi: '3.1.0' })).toEqual({ format: 'openapi3', version: '3.1.0' });
    expect(detectApiFormat({ info: { _postman_id: 'x', name: 'C' }, item: [] }).format).toBe('postman');
    expect(
      detectApiFormat({ info: { name: 'C', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [] }),
    ).toEqual({ format: 'postman', version: '2.1.0' });
    expect(detectApiFormat({ collection: { info: { name: 'C' }, item: [] } }).format).toBe('postman');
  });

  it('reads versions YAML turned into numbers', () => {
    const swagger = parseApiDescription('swagger: 2.0\ninfo: {title: T, version: 1}\npaths: {}\n', 'a.yaml').value;
    expect(detectApiFormat(swagger)).toEqual({ format: 'openapi2', version: '2.0' });
    expect(detectApiFormat(parseApiDescription('openapi: 3.0\n', 'a.yaml').value)).toEqual({ format: 'openapi3', version: '3.0' });
    expect(importOpenApi2(swagger).definition.swagger).toBe('2.0');
  });

  it('says why anything else is unknown', () => {
    expect(detectApiFormat({ swagger: '1.2' })).toMatchObject({ format: 'unknown', version: '1.2' });
    expect(detectApiFormat({ openapi: '3.2.0' }).reason).toMatch(/3\.2\.0 is not supported/);
    expect(detectApiFormat({ name: 'old', requests: [] }).reason).toMatch(/Collection v1/);
    expect(detectApiFormat({ hello: 'world' })).toMatchObject({ format: 'unknown' });
    expect(detectApiFormat([1, 2])).toMatchObject({ format: 'unknown' });
  });
});

describe('resolveRefUri', () => {
  it('resolves relative references against paths and URLs', () => {
    expect(resolveRefUri('/specs/api/root.yaml', './schemas/pet.json')).toBe('/specs/api/schemas/pet.json');
    expect(resolveRefUri('/specs/api/root.yaml', '../common.yaml')).toBe('/specs/common.yaml');
    expect(resolveRefUri('C:\\specs\\root.yaml', 'schemas\\pet.yaml')).toBe('C:\\specs\\schemas\\pet.yaml');
    expect(resolveRefUri('https://x.org/a/b/root.yaml', '../c.yaml')).toBe('https://x.org/a/c.yaml');
    expect(resolveRefUri('/a/root.yaml', 'https://x.org/c.yaml')).toBe('https://x.org/c.yaml');
  });
});

describe('bundleExternalRefs', () => {
  const files: Record<string, string> = {
    '/api/schemas/pet.yaml':
      'Pet:\n  type: object\n  properties:\n    name: { type: string }\n    owner: { $ref: "../owners.json#/Owner" }\n',
    '/api/owners.json':
      '{"Owner": {"type": "object", "properties": {"pets": {"type": "array", "items": {"$ref": "schemas/pet.yaml#/Pet"}}, "tag": {"$ref": "#/Tag"}}}, "Tag": {"type": "string"}}',
    '/api/params.yaml': 'components:\n  parameters:\n    Limit:\n      name: limit\n      in: query\n      schema: { type: integer }\n',
  };
  const readRef = async (uri: string) => {
    if (uri in files) return files[uri]!;
    throw new Error('no such file');
  };
  const root = () => ({
    openapi: '3.0.3',
    info: { title: 'Pets', version: '1' },
    servers: [{ url: 'https://api.example.com' }],
    paths: {
      '/pets': {
        get: {
          operationId: 'ListPets',
          parameters: [{ $ref: 'params.yaml#/components/parameters/Limit' }],
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: './schemas/pet.yaml#/Pet' } } } } },
        },
      },
    },
  });

  it('copies each external target into the components once and rewrites the references, cycles included', async () => {
    const bundled = await bundleExternalRefs(root(), '/api/root.json', readRef);
    const v = bundled.value as any;
    expect(v.paths['/pets'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Pet' });
    expect(v.paths['/pets'].get.parameters[0]).toEqual({ $ref: '#/components/parameters/Limit' });
    expect(v.components.schemas.Pet.properties.owner).toEqual({ $ref: '#/components/schemas/Owner' });
    expect(v.components.schemas.Owner.properties.pets.items).toEqual({ $ref: '#/components/schemas/Pet' });
    expect(v.components.schemas.Owner.properties.tag).toEqual({ $ref: '#/components/schemas/Tag' });
    expect(bundled.files).toEqual(['/api/params.yaml', '/api/schemas/pet.yaml', '/api/owners.json']);
    expect(bundled.report.filter((n) => n.code === 'ExternalFileIncluded')).toHaveLength(3);
    const result = importOpenApi3(bundled.value);
    await expect(SwaggerParser.validate(structuredClone(result.definition) as never)).resolves.toBeTruthy();
  });

  it('reports a missing file once and leaves its references for the importer to report', async () => {
    const doc = root() as any;
    doc.paths['/pets'].get.responses['404'] = {
      description: 'Gone',
      content: { 'application/json': { schema: { $ref: 'errors.yaml#/Error' } } },
    };
    doc.paths['/pets'].get.responses['500'] = {
      description: 'Broken',
      content: { 'application/json': { schema: { $ref: 'errors.yaml#/Error' } } },
    };
    const bundled = await bundleExternalRefs(doc, '/api/root.json', readRef);
    const missing = bundled.report.filter((n) => n.code === 'ExternalRefUnreadable');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ kind: 'loss', sourcePointer: '/paths/~1pets/get/responses/404/content/application~1json/schema' });
    expect(missing[0]!.message).toContain('/api/errors.yaml');
    const result = importOpenApi3(bundled.value);
    expect(result.report.filter((n) => n.code === 'SchemaRefBroken')).toHaveLength(2);
  });

  it('refuses remote references unless the reader fetches them', async () => {
    const doc = {
      swagger: '2.0',
      info: { title: 'T', version: '1' },
      paths: { '/a': { get: { responses: { '200': { description: 'OK', schema: { $ref: 'https://example.com/pet.json' } } } } } },
    };
    const refused = await bundleExternalRefs(doc, '/api/root.json', readRef);
    expect(refused.report.map((n) => n.code)).toEqual(['RemoteRefRefused']);
    const fetched = await bundleExternalRefs(doc, '/api/root.json', async () => '{"type": "object"}', { allowRemote: true });
    // Swagger 2.0 keeps schemas in definitions.
    expect((fetched.value as any).definitions).toEqual({ pet: { type: 'object' } });
    expect((fetched.value as any).paths['/a'].get.responses['200'].schema).toEqual({ $ref: '#/definitions/pet' });
  });

  it('returns the document itself when nothing is external', async () => {
    const doc = root() as any;
    doc.paths['/pets'].get.parameters = [];
    doc.paths['/pets'].get.responses['200'].content['application/json'].schema = { type: 'string' };
    const bundled = await bundleExternalRefs(doc, '/api/root.json', () => Promise.reject(new Error('not called')));
    expect(bundled.value).toBe(doc);
    expect(bundled.report).toEqual([]);
  });

  it('inlines an external path item and resolves its references against its own file', async () => {
    const doc = { openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: { '/pets': { $ref: 'paths/pets.yaml' } } };
    const more: Record<string, string> = {
      ...files,
      '/api/paths/pets.yaml':
        'get:\n  operationId: ListPets\n  responses:\n    "200":\n      description: OK\n      content:\n        application/json:\n          schema: { $ref: "../schemas/pet.yaml#/Pet" }\n',
    };
    const bundled = await bundleExternalRefs(doc, '/api/root.yaml', async (u) => more[u] ?? Promise.reject(new Error('missing')));
    const v = bundled.value as any;
    expect(v.paths['/pets'].get.operationId).toBe('ListPets');
    expect(v.paths['/pets'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Pet' });
  });
});
