// The connector schemas as generated code (schema-codegen.ts, what the checker runs) against the
// interpreter (which the Ajv test compares with Ajv): the same violations in the same order, on
// every corpus document and on shared objects (remembered sections). Also: the committed
// generated/connector-validators.js is up to date.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiDefinitionSchema, apiPropertiesSchema } from '../../../shared/engines/certify/generated/connector-schemas.js';
import { validatorModule } from '../../../shared/engines/certify/schema-validation/schema-codegen';
import { CompiledSchema } from '../../../shared/engines/certify/schema-validator';
import { structureValidators } from '../../../shared/engines/certify/structure-validators';
import { JsonDocument } from '../../../shared/core/text';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS, REPO_ROOT } from '../../support/corpus';
import { BROKEN_SECTIONS, fresh, MINIMAL } from './schema-fixtures';

const interpreted = { definition: new CompiledSchema(apiDefinitionSchema), properties: new CompiledSchema(apiPropertiesSchema) };
const generated = structureValidators();

describe('generated connector validators', () => {
  it('are the code schema-codegen.ts writes for the committed schemas', () => {
    const committed = readFileSync(path.join(REPO_ROOT, 'shared', 'engines', 'certify', 'generated', 'connector-validators.js'), 'utf8');
    expect(
      committed === validatorModule({ definition: apiDefinitionSchema, properties: apiPropertiesSchema }),
      'shared/engines/certify/generated/connector-validators.js is stale: run node scripts/build-schemas.mjs',
    ).toBe(true);
  });

  it('report what the interpreter reports on hand-made invalid documents', () => {
    const docs: unknown[] = [
      MINIMAL,
      {},
      null,
      [1, 'a'],
      { ...MINIMAL, swagger: '3.0', host: 'https://x.com/a', basePath: 'v1', schemes: ['ftp', 'https', 'https'], 'x-custom': 1 },
      {
        ...MINIMAL,
        paths: {
          'no-slash': {},
          '/a/{id}': {
            parameters: [{ name: 'id', in: 'path', type: 'string', required: 'yes', 'x-ms-url-encoding': 'triple' }],
            get: {
              responses: { '200': { description: 'ok', schema: { type: 'file' } }, default: { $ref: 1 } },
              parameters: [{ name: 'b', in: 'body' }, { name: 'z', in: 'nowhere' }, { $ref: '#/parameters/p' }, 3],
              'x-ms-visibility': 'Internal',
              'x-ms-dynamic-values': {},
            },
          },
        },
        definitions: {
          A: { type: 'object', properties: { b: { type: 'file' } }, required: [], additionalProperties: 3, minLength: -1 },
          B: { type: ['string', 'nope'], items: [{ type: 'string' }], enum: [], maximum: 'x', 'x-ms-editor': 'list' },
        },
        securityDefinitions: { o: { type: 'oauth2', flow: 'accessCode' }, k: { type: 'apiKey', in: 'cookie' }, x: { type: 'magic' } },
      },
    ];
    for (const doc of docs) expect(generated.definition.validate(doc)).toEqual(interpreted.definition.validate(doc));
    const props: unknown[] = [
      { properties: { connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad' } } } } },
      { properties: { policyTemplateInstances: [{ templateId: 'SetHeader', parameters: { 'x-ms-apimTemplateParameter.name': 1 } }, {}] } },
      { nothing: true },
    ];
    for (const doc of props) expect(generated.properties.validate(doc)).toEqual(interpreted.properties.validate(doc));
  });

  it.skipIf(!HAVE_CORPUS)(
    'report what the interpreter reports, in the same order, on every corpus connector',
    () => {
      let documents = 0;
      let violations = 0;
      for (const rel of corpusConnectors()) {
        for (const [kind, file] of [
          ['definition', 'apiDefinition.swagger.json'],
          ['properties', 'apiProperties.json'],
        ] as const) {
          const f = path.join(CONNECTORS_DIR, rel, file);
          if (!existsSync(f)) continue;
          const value = JsonDocument.parse(readFileSync(f, 'utf8').replace(/^\uFEFF/, '')).value;
          const expected = interpreted[kind].validate(value);
          expect(generated[kind].validate(value), `${rel}/${file}`).toEqual(expected);
          expect(generated[kind].isValid(value), `${rel}/${file}`).toBe(expected.length === 0);
          documents++;
          violations += expected.length;
        }
      }
      expect(documents).toBeGreaterThan(1500);
      expect(violations).toBeGreaterThan(100);
    },
    120_000,
  );
});

describe('generated connector validators on shared objects', () => {
  // As the interpreter's tests (schema-validator.test.ts): sections remembered between checks.
  const broken = BROKEN_SECTIONS;
  const byCopy = (v: unknown) => interpreted.definition.validate(fresh(v));
  const schema = generated.definition;

  it('reports the same violations, in the same order, for shared and fresh objects', () => {
    const first = schema.validate(broken, true);
    expect(first.length).toBeGreaterThan(3);
    expect(first).toEqual(byCopy(broken));
    expect(schema.validate(broken, true)).toEqual(first);
    const edited = { ...broken, paths: { ...broken.paths, '/c': { get: { responses: {} } } } };
    expect(schema.validate(edited, true)).toEqual(byCopy(edited));
    const again = schema.validate(broken, true);
    (again[0] as { instancePath: string }).instancePath = '/changed';
    expect(schema.validate(broken, true)).toEqual(first);
  });

  it('a test (valid or not) remembers no violations to report later', () => {
    const other = fresh(broken);
    expect(schema.isValid(other, true)).toBe(false);
    expect(schema.validate(other, true)).toEqual(byCopy(other));
    const fixed = { ...other, paths: { '/c': other.paths['/c'] }, definitions: { C: other.definitions.C } };
    expect(schema.isValid(fixed, true)).toBe(true);
    expect(schema.validate(fixed, true)).toEqual([]);
  });

  it('the same object at another place is checked there', () => {
    const bad = fresh(broken.definitions.B);
    schema.validate({ ...MINIMAL, definitions: { B: bad } }, true);
    const moved = { ...MINIMAL, definitions: { Other: bad } };
    expect(schema.validate(moved, true)).toEqual(byCopy(moved));
    const elsewhere = { ...MINIMAL, parameters: { B: bad } };
    expect(schema.validate(elsewhere, true)).toEqual(byCopy(elsewhere));
  });
});
