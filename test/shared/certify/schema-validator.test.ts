// The certify schema validator (no eval) against Ajv, the reference implementation, on the same
// corrected schemas: identical violations (location, keyword, parameters) on every corpus document
// and on hand-made invalid documents. Also: the committed generated schemas are up to date.
import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiDefinitionSchema, apiPropertiesSchema } from '../../../shared/engines/certify/generated/connector-schemas.js';
import { CompiledSchema, literalPrefix, type SchemaError } from '../../../shared/engines/certify/schema-validator';
import { JsonDocument } from '../../../shared/core/text';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS, REPO_ROOT } from '../../support/corpus';
import { BROKEN_SECTIONS, fresh, MINIMAL } from './schema-fixtures';

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, messages: false });
const ajvDefinition = ajv.compile(apiDefinitionSchema);
const ajvProperties = ajv.compile(apiPropertiesSchema);
const ours = { definition: new CompiledSchema(apiDefinitionSchema), properties: new CompiledSchema(apiPropertiesSchema) };

/** Ajv also reports the failing `if` and every failing anyOf branch; ours reports outcomes only. */
function key(e: { instancePath: string; keyword: string; params: Record<string, unknown> }): string {
  const p = e.params;
  const detail = p.missingProperty ?? p.additionalProperty ?? p.type ?? p.limit ?? (p.allowedValues ? 'enum' : '');
  return `${e.instancePath} ${e.keyword} ${String(detail)}`;
}

function compare(kind: 'definition' | 'properties', value: unknown): { ours: string[]; ajv: string[] } {
  const validate = kind === 'definition' ? ajvDefinition : ajvProperties;
  validate(value);
  const reference = (validate.errors ?? []).filter((e) => e.keyword !== 'if' && !e.schemaPath.includes('/anyOf/'));
  const mine: SchemaError[] = ours[kind].validate(value);
  return { ours: [...new Set(mine.map(key))].sort(), ajv: [...new Set(reference.map(key))].sort() };
}

describe('certify schema validator', () => {
  it('accepts a minimal definition and reports the same violations as Ajv on broken ones', () => {
    expect(ours.definition.validate(MINIMAL)).toEqual([]);
    const broken: unknown[] = [
      {},
      { ...MINIMAL, swagger: '3.0', host: 'https://x.com/a', basePath: 'v1', schemes: ['ftp', 'https', 'https'] },
      { ...MINIMAL, info: { title: 1, version: '1', 'x-ms-visibilty': 'x', contact: { email: 3 } } },
      {
        ...MINIMAL,
        paths: {
          'no-slash': {},
          '/a/{id}': {
            parameters: [{ name: 'id', in: 'path', type: 'string', required: 'yes', 'x-ms-url-encoding': 'triple' }],
            get: {
              responses: {},
              parameters: [
                { name: 'b', in: 'body' },
                { name: 'q', in: 'query', type: 'array', items: { type: 'string', 'x-ms-summary': 'S' }, collectionFormat: 'multi' },
                { name: 'h', in: 'header', type: 'string', 'x-ms-url-encoding': 'single' },
                { name: 'z', in: 'nowhere' },
                { $ref: '#/parameters/p', description: 'adjacent' },
              ],
              'x-ms-visibility': 'Internal',
              'x-ms-dynamic-values': {},
            },
            post: { responses: { '200': { description: 'ok', schema: { type: 'file', format: 'binary' } }, '2xx': {} } },
          },
        },
        definitions: {
          A: {
            type: 'object',
            properties: { b: { type: 'file' }, c: { type: ['string', 'nope'], enum: [] } },
            required: [],
            additionalProperties: 3,
          },
          B: { type: 'array', items: [{ type: 'string' }], minItems: -1, 'x-ms-dynamic-values': { parameters: 1 } },
        },
        securityDefinitions: { o: { type: 'oauth2', flow: 'accessCode' }, k: { type: 'apiKey', in: 'cookie' }, x: { type: 'magic' } },
        'x-ms-connector-metadata': [{ propertyName: 'Website' }],
      },
    ];
    for (const doc of broken) {
      const r = compare('definition', doc);
      expect(r.ours.length).toBeGreaterThan(0);
      expect(r.ours).toEqual(r.ajv);
    }
    const props = [
      {
        properties: {
          iconBrandColor: '#da3b01',
          connectionParameters: {
            'API Key': { type: 'securestring' },
            token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad', redirectMode: 'direct', customParameters: {} } },
          },
        },
      },
      {
        properties: {
          policyTemplateInstances: [
            { templateId: 'SetHeader', parameters: { 'x-ms-apimTemplateParameter.name': 1 } },
            { templateId: 'dynamichosturl', parameters: {} },
            {},
          ],
        },
      },
      { nothing: true },
    ];
    for (const doc of props) {
      const r = compare('properties', doc);
      expect(r.ours.length).toBeGreaterThan(0);
      expect(r.ours).toEqual(r.ajv);
    }
  });

  it.skipIf(!HAVE_CORPUS)(
    'reports exactly what Ajv reports on every corpus connector',
    () => {
      let documents = 0;
      let violations = 0;
      const differences: string[] = [];
      for (const rel of corpusConnectors()) {
        for (const [kind, file] of [
          ['definition', 'apiDefinition.swagger.json'],
          ['properties', 'apiProperties.json'],
        ] as const) {
          const f = path.join(CONNECTORS_DIR, rel, file);
          if (!existsSync(f)) continue;
          // The tolerant parser builds prototype-less objects, which Ajv's deep-equal cannot compare.
          const value: unknown = JSON.parse(
            JSON.stringify(JsonDocument.parse(readFileSync(f, 'utf8').replace(/^\uFEFF/, '')).value ?? null),
          );
          const r = compare(kind, value);
          documents++;
          violations += r.ours.length;
          if (JSON.stringify(r.ours) !== JSON.stringify(r.ajv))
            differences.push(`${rel}/${file}: ours ${r.ours.length}, Ajv ${r.ajv.length}`);
        }
      }
      expect(documents).toBeGreaterThan(1500);
      expect(violations).toBeGreaterThan(100);
      expect(differences).toEqual([]);
    },
    120_000,
  );

  const REFERENCE = path.resolve(REPO_ROOT, '..', 'shared', 'reference', 'powerplatformconnectors', 'schemas');
  it.skipIf(!existsSync(REFERENCE))('the committed generated schemas match scripts/build-schemas.mjs', async () => {
    const script = path.join(REPO_ROOT, 'scripts', 'build-schemas.mjs');
    const { generateModule } = (await import(script)) as { generateModule: () => string };
    const committed = readFileSync(path.join(REPO_ROOT, 'shared', 'engines', 'certify', 'generated', 'connector-schemas.js'), 'utf8');
    expect(
      committed === generateModule(),
      'shared/engines/certify/generated/connector-schemas.js is stale: run node scripts/build-schemas.mjs',
    ).toBe(true);
  });
});

describe('certify schema validator on shared objects', () => {
  // What a parse edited inside strings gives: the objects the edit did not reach are the same
  // objects as in the previous parse, and their outcome is remembered.
  const broken = BROKEN_SECTIONS;
  const byCopy = (v: unknown) => new CompiledSchema(apiDefinitionSchema).validate(fresh(v));

  it('reports the same violations, in the same order, for shared and fresh objects', () => {
    const schema = new CompiledSchema(apiDefinitionSchema);
    const first = schema.validate(broken, true);
    expect(first.length).toBeGreaterThan(3);
    expect(first).toEqual(byCopy(broken));
    // Again, every section remembered; then one section changed (its copy), the others shared.
    expect(schema.validate(broken, true)).toEqual(first);
    const edited = { ...broken, paths: { ...broken.paths, '/c': { get: { responses: {} } } } };
    expect(schema.validate(edited, true)).toEqual(byCopy(edited));
    // Handed-out violations are copies: changing one changes nothing remembered.
    const again = schema.validate(broken, true);
    (again[0] as { instancePath: string }).instancePath = '/changed';
    expect(schema.validate(broken, true)).toEqual(first);
  });

  it('a test (valid or not) remembers no violations to report later', () => {
    const schema = new CompiledSchema(apiDefinitionSchema);
    expect(schema.isValid(broken, true)).toBe(false);
    expect(schema.validate(broken, true)).toEqual(byCopy(broken));
    expect(schema.isValid(broken, true)).toBe(false);
    const fixed = { ...broken, paths: { '/c': broken.paths['/c'] }, definitions: { C: broken.definitions.C } };
    expect(schema.isValid(fixed, true)).toBe(true);
    expect(schema.validate(fixed, true)).toEqual([]);
  });

  it('the same object at another place is checked there', () => {
    const schema = new CompiledSchema(apiDefinitionSchema);
    const bad = broken.definitions.B;
    schema.validate({ ...MINIMAL, definitions: { B: bad } }, true);
    const moved = { ...MINIMAL, definitions: { Other: bad } };
    expect(schema.validate(moved, true)).toEqual(byCopy(moved));
    const elsewhere = { ...MINIMAL, parameters: { B: bad } };
    expect(schema.validate(elsewhere, true)).toEqual(byCopy(elsewhere));
  });
});

describe('literal prefixes of patterns', () => {
  it('are conservative', () => {
    expect(literalPrefix('^x-(?!ms-)')).toBe('x-');
    expect(literalPrefix('^/')).toBe('/');
    expect(literalPrefix('^token:TenantId$')).toBe('token:TenantId');
    expect(literalPrefix('^x-ms-apimTemplateParameter.\\w+$')).toBe('x-ms-apimTemplateParameter');
    expect(literalPrefix('^x-ms-apimTemplateParameter\\.\\w+$')).toBe('x-ms-apimTemplateParameter.');
    expect(literalPrefix('^ab?c')).toBe('a');
    expect(literalPrefix('^([0-9]{3})$|^(default)$')).toBe('');
    expect(literalPrefix('abc')).toBe('');
  });
});
