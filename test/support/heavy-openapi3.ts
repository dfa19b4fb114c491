/**
 * An OpenAPI 3 YAML description of `count` operations, each with two parameters and a response
 * schema of 12 fields (1,200 operations: about 1.7 MB). Heavy-work, YAML-piece and import-bench input.
 */
export function heavyOpenApi3Yaml(count: number): string {
  const lines = ['openapi: 3.0.3', 'info: { title: Heavy, version: "1" }', 'servers: [{ url: "https://api.contoso.com/v1" }]', 'paths:'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  /things${i}/{id}:`,
      '    get:',
      `      operationId: GetThing${i}`,
      `      summary: Get thing ${i}`,
      '      parameters:',
      '        - { name: id, in: path, required: true, schema: { type: string } }',
      '        - { name: filter, in: query, schema: { type: string }, description: "A filter of the things listed here" }',
      '      responses:',
      "        '200':",
      '          description: OK',
      '          content:',
      '            application/json:',
      '              schema:',
      '                type: object',
      '                properties:',
    );
    for (let p = 0; p < 12; p++) lines.push(`                  field${p}: { type: string, description: "Field ${p} of thing ${i}" }`);
  }
  return `${lines.join('\n')}\n`;
}
