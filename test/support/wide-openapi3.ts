// An OpenAPI 3 description whose one schema nests `depth` objects, then holds `width` string
// properties: minified it is small; written out indented, each property costs a line per level of
// depth. The import limits are tested with it.
export function openapi3Schema(depth: number, width: number): unknown {
  let schema: Record<string, unknown> = {
    type: 'object',
    properties: Object.fromEntries(Array.from({ length: width }, (_, i) => [`p${i}`, { type: 'string' }])),
  };
  for (let i = 1; i < depth; i++) schema = { type: 'object', properties: { inner: schema } };
  return {
    openapi: '3.0.3',
    info: { title: 'Wide', version: '1' },
    servers: [{ url: 'https://api.contoso.com' }],
    paths: {
      '/a': {
        get: {
          operationId: 'GetA',
          summary: 'Get A',
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Wide' } } } } },
        },
      },
    },
    components: { schemas: { Wide: schema } },
  };
}
