// Generates the structural schemas of the certification checker from Microsoft's JSON Schemas.
//
//   node scripts/build-schemas.mjs            write shared/engines/certify/generated/connector-schemas.js
//   node scripts/build-schemas.mjs --check    exit 1 when the committed output is stale
//
// Input: the schemas of microsoft/PowerPlatformConnectors (`schemas/apiDefinition.swagger.schema.json`,
// `schemas/paconn-apiProperties.schema.json`, with `//` comments), read from
// ../shared/reference/powerplatformconnectors/schemas (or $STUDIO_REFERENCE/powerplatformconnectors/schemas).
// The schemas are partly stale and written for editors rather than for precise messages, so the
// patches below (each with its reason) correct them.
//
// Output: the corrected schemas as plain data (an ES module, connector-schemas.js), and the same
// schemas as code (connector-validators.js: one function per schema, written by
// shared/engines/certify/schema-validation/schema-codegen.ts, which this script runs through esbuild).
// The checker runs the code: no eval at run time, so it runs under the renderer worker's CSP (no
// 'unsafe-eval'). The output is committed, so tests, typecheck and the app build need nothing to run
// first; rerun this script after changing a patch or the code generator
// (test/shared/certify/schema-validator.test.ts fails while it is stale). Without the reference
// folder, only connector-validators.js is regenerated, from the committed connector-schemas.js.
import { parse as parseJsonc } from 'jsonc-parser';
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const referenceRoot = process.env.STUDIO_REFERENCE ?? path.resolve(root, '..', 'shared', 'reference');
const schemaDir = path.join(referenceRoot, 'powerplatformconnectors', 'schemas');
const outDir = path.join(root, 'shared', 'engines', 'certify', 'generated');

// ---------------------------------------------------------------------------------------------
// Helpers

function readJsonc(file) {
  const errors = [];
  const value = parseJsonc(readFileSync(file, 'utf8'), errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) throw new Error(`${file}: ${errors.length} syntax errors`);
  return value;
}

/** Rewrites every `$ref` that `map` gives a new value for (deep). */
function rewriteRefs(node, map) {
  if (Array.isArray(node)) return node.forEach((n) => rewriteRefs(n, map));
  if (node === null || typeof node !== 'object') return;
  if (typeof node.$ref === 'string' && map(node.$ref) !== undefined) node.$ref = map(node.$ref);
  for (const v of Object.values(node)) rewriteRefs(v, map);
}

/** `if in == value then ...`: a branch that applies only when the discriminator has that value. */
function when(prop, values, then, { required = true } = {}) {
  const test = Array.isArray(values) ? { enum: values } : { const: values };
  return { if: { ...(required ? { required: [prop] } : {}), properties: { [prop]: test } }, then };
}

/** A case-insensitive pattern for a fixed word: `setheader` -> `^[sS][eE]...$`. */
function caseInsensitive(word) {
  let p = '^';
  for (const c of word) p += /[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `${p}$`;
}

// ---------------------------------------------------------------------------------------------
// apiDefinition.swagger.json

const DRAFT04 = {
  // The parts of the draft-04 meta-schema the Swagger schema points into, inlined so the schema
  // compiles as draft-07 without fetching anything.
  'draft04-title': { type: 'string' },
  'draft04-description': { type: 'string' },
  'draft04-default': {},
  'draft04-multipleOf': { type: 'number', exclusiveMinimum: 0 },
  'draft04-maximum': { type: 'number' },
  'draft04-exclusiveMaximum': { type: 'boolean', default: false },
  'draft04-minimum': { type: 'number' },
  'draft04-exclusiveMinimum': { type: 'boolean', default: false },
  'draft04-positiveInteger': { type: 'integer', minimum: 0 },
  'draft04-positiveIntegerDefault0': { type: 'integer', minimum: 0, default: 0 },
  'draft04-pattern': { type: 'string' },
  'draft04-uniqueItems': { type: 'boolean', default: false },
  'draft04-enum': { type: 'array', minItems: 1 },
  'draft04-stringArray': { type: 'array', items: { type: 'string' } },
  'draft04-type': {
    if: { type: 'array' },
    then: { items: { $ref: '#/definitions/draft04-simpleType' }, minItems: 1, uniqueItems: true },
    else: { $ref: '#/definitions/draft04-simpleType' },
  },
  'draft04-simpleType': { enum: ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string', 'file'] },
};

/** Patches to Microsoft's definition schema: [why, apply]. */
const DEFINITION_PATCHES = [
  [
    'draft-04 with remote meta-schema references: compile as draft-07 with the referenced parts inlined',
    (s) => {
      delete s.$schema;
      delete s.id;
      Object.assign(s.definitions, DRAFT04);
      rewriteRefs(s, (ref) => {
        const m = /^http:\/\/json-schema\.org\/draft-04\/schema#\/(?:properties|definitions)\/(\w+)$/.exec(ref);
        return m ? `#/definitions/draft04-${m[1]}` : undefined;
      });
    },
  ],
  [
    'parameters: one branch per `in` instead of oneOf, so an error names the actual problem (oneOf reports every branch)',
    (s) => {
      const d = s.definitions;
      const branches = {
        body: 'bodyParameter',
        header: 'headerParameterSubSchema',
        query: 'queryParameterSubSchema',
        formData: 'formDataParameterSubSchema',
        path: 'pathParameterSubSchema',
      };
      d.parameter = {
        type: 'object',
        required: ['name', 'in'],
        properties: { in: { enum: Object.keys(branches) }, name: { type: 'string' } },
        allOf: Object.entries(branches).map(([inValue, def]) =>
          when(
            'in',
            inValue,
            inValue === 'body' ? { $ref: `#/definitions/${def}` } : { required: ['type'], allOf: [{ $ref: `#/definitions/${def}` }] },
          ),
        ),
      };
      delete d.nonBodyParameter;
      d.parametersList.items = {
        if: { required: ['$ref'] },
        then: { $ref: '#/definitions/jsonReference' },
        else: { $ref: '#/definitions/parameter' },
      };
    },
  ],
  [
    'responses: a `$ref` response or an inline one, decided by the presence of `$ref`',
    (s) => {
      s.definitions.responseValue = {
        if: { required: ['$ref'] },
        then: { $ref: '#/definitions/jsonReference' },
        else: { $ref: '#/definitions/response' },
      };
      s.definitions.response.properties.schema = {
        if: { required: ['type'], properties: { type: { const: 'file' } } },
        then: { $ref: '#/definitions/fileSchema' },
        else: { $ref: '#/definitions/schema-dynamic-allowed' },
      };
    },
  ],
  [
    'security definitions: one branch per type and flow instead of oneOf',
    (s) => {
      const d = s.definitions;
      d.securityDefinitions.additionalProperties = {
        type: 'object',
        required: ['type'],
        properties: { type: { enum: ['basic', 'apiKey', 'oauth2'] } },
        allOf: [
          when('type', 'basic', { $ref: '#/definitions/basicAuthenticationSecurity' }),
          when('type', 'apiKey', { $ref: '#/definitions/apiKeySecurity' }),
          when('type', 'oauth2', {
            required: ['flow'],
            properties: { flow: { enum: ['implicit', 'password', 'application', 'accessCode'] } },
            allOf: [
              when('flow', 'implicit', { $ref: '#/definitions/oauth2ImplicitSecurity' }),
              when('flow', 'password', { $ref: '#/definitions/oauth2PasswordSecurity' }),
              when('flow', 'application', { $ref: '#/definitions/oauth2ApplicationSecurity' }),
              when('flow', 'accessCode', { $ref: '#/definitions/oauth2AccessCodeSecurity' }),
            ],
          }),
        ],
      };
    },
  ],
  [
    'schema items and additionalProperties: if/else on the value type instead of anyOf',
    (s) => {
      for (const name of ['schema', 'schema-dynamic-allowed']) {
        const props = s.definitions[name].properties;
        props.items = {
          if: { type: 'array' },
          then: { minItems: 1, items: { $ref: '#/definitions/schema' } },
          else: { $ref: `#/definitions/${name}` },
        };
        props.additionalProperties = { if: { type: 'boolean' }, else: { $ref: `#/definitions/${name}` } };
      }
    },
  ],
  [
    'x-ms-dynamic-values: operationId, builtInOperation or capability, with one clear message when none is given',
    (s) => {
      const dv = s.definitions['x-ms-dynamic-values'];
      delete dv.oneOf;
      dv.properties.operationId = { type: 'string' };
      dv.properties.builtInOperation = { enum: ['AadGraph.GetUsers'] };
      dv.properties.capability = { enum: ['file-picker'] };
      dv.anyOf = [{ required: ['operationId'] }, { required: ['builtInOperation'] }, { required: ['capability'] }];
    },
  ],
  [
    'dynamic-call parameters: a oneOf with a single branch, which only doubles every error',
    (s) => {
      const d = s.definitions['DynamicOperationCall-parameters-value-or-parameterReference'];
      d.additionalProperties = d.additionalProperties.oneOf[0];
    },
  ],
  [
    'stale details seen in connectors Microsoft accepted: file-picker `value-path`, AutoRest `x-ms-enum.values`, `format` on a file schema',
    (s) => {
      const d = s.definitions;
      d['x-ms-capabilities<api>'].properties['file-picker'].properties['value-path'] = { type: 'string' };
      d['AutoRest-x-ms-enum'].properties.values = { type: 'array' };
      d.fileSchema.properties.format = { $ref: '#/definitions/format' };
    },
  ],
  [
    'extensions documented by Microsoft (connectors.md section 3) but missing from the schema',
    (s) => {
      const d = s.definitions;
      // Shapes of the Copilot extensions vary between accepted connectors: declared, not constrained.
      d['x-ms-openai-data'] = {};
      d['x-ms-openai-manifest'] = {};
      d['x-ms-openai-published-to-copilots'] = {};
      d['x-ms-require-user-confirmation'] = { type: 'boolean' };
      d['x-ms-explicit-input'] = { type: 'boolean' };
      d['x-ms-agentic-protocol'] = { type: 'string' };
      d['x-ms-keywords'] = { type: 'array', items: { type: 'string' } };
      d['x-ms-editor'] = { type: 'string', enum: ['dictionary'] };
      d['x-ms-editor-options'] = { type: 'object' };
      const ref = (n) => ({ $ref: `#/definitions/${n}` });
      Object.assign(s.properties, { 'x-ms-openai-manifest': ref('x-ms-openai-manifest') });
      Object.assign(d.info.properties, {
        'x-ms-keywords': ref('x-ms-keywords'),
        'x-ms-openai-published-to-copilots': ref('x-ms-openai-published-to-copilots'),
      });
      Object.assign(d.operation.properties, {
        'x-ms-openai-data': ref('x-ms-openai-data'),
        'x-ms-require-user-confirmation': ref('x-ms-require-user-confirmation'),
        'x-ms-agentic-protocol': ref('x-ms-agentic-protocol'),
      });
      for (const p of [
        'bodyParameter',
        'headerParameterSubSchema',
        'queryParameterSubSchema',
        'formDataParameterSubSchema',
        'pathParameterSubSchema',
      ]) {
        d[p].properties['x-ms-explicit-input'] = ref('x-ms-explicit-input');
      }
      for (const p of ['schema', 'schema-dynamic-allowed']) {
        Object.assign(d[p].properties, {
          'x-ms-editor': ref('x-ms-editor'),
          'x-ms-editor-options': ref('x-ms-editor-options'),
          'x-ms-explicit-input': ref('x-ms-explicit-input'),
        });
      }
    },
  ],
];

// ---------------------------------------------------------------------------------------------
// apiProperties.json

const IDENTITY_PROVIDERS = [
  // The schema's five...
  'oauth2',
  'oauth2generic',
  'aad',
  'aadcertificate',
  'facebook',
  // ...and the named providers the platform offers (connectors.md 1.2; seen in accepted connectors).
  'DocuSign',
  'SalesforceV2',
  'github',
  'google',
  'dropbox',
  'instagram',
  'linkedin',
  'microsoftaccount',
  'slack',
  'yammer',
];

const EXTRA_POLICY_TEMPLATES = {
  setconnectionstatustounauthenticated: {
    required: ['x-ms-apimTemplateParameter.statusCode'],
    properties: { 'x-ms-apimTemplateParameter.statusCode': { type: ['integer', 'string'] } },
  },
  // Undocumented; seen once each in accepted connectors. Parameters are not known: accept any.
  moveproperties: { required: [], properties: {}, open: true },
  dynamicsubdomain: { required: [], properties: {}, open: true },
};

const PROPERTIES_PATCHES = [
  [
    'remote id: compile as a plain draft-07 schema',
    (s) => {
      delete s.$schema;
      delete s.id;
    },
  ],
  [
    '`connectionParameterSets` (multi-auth) and `scriptOperations` are used by paconn and the portal but missing',
    (s) => {
      const p = s.properties.properties.properties;
      p.scriptOperations = { type: 'array', items: { type: 'string' } };
      p.connectionParameterSets = { $ref: '#/definitions/ConnectionParameterSets' };
      s.definitions.ConnectionParameterSets = {
        type: 'object',
        required: ['values'],
        properties: {
          uiDefinition: { type: 'object', properties: { displayName: { type: 'string' }, description: { type: 'string' } } },
          values: {
            type: 'array',
            items: {
              type: 'object',
              required: ['name', 'parameters'],
              properties: {
                name: { type: 'string' },
                uiDefinition: { type: 'object', properties: { displayName: { type: 'string' }, description: { type: 'string' } } },
                parameters: { $ref: '#/properties/properties/properties/connectionParameters' },
              },
            },
          },
        },
      };
    },
  ],
  [
    '`redirectMode: GlobalPerConnector` is what certification asks for; identity providers beyond the five listed exist',
    (s) => {
      const o = s.definitions.oAuthSettings;
      o.properties.redirectMode.enum = ['Global', 'GlobalPerConnector', 'Direct'];
      o.properties.identityProvider.enum = IDENTITY_PROVIDERS;
    },
  ],
  [
    'oAuthSettings: per-provider rules as if/then instead of oneOf; customParameters said additionalItems for additionalProperties',
    (s) => {
      const o = s.definitions.oAuthSettings;
      const branches = o.oneOf.filter((b) => b.properties?.identityProvider?.enum?.length === 1);
      delete o.oneOf;
      o.allOf = branches.map((b) => {
        const { description, properties, ...rest } = b;
        const { identityProvider, ...others } = properties;
        return when('identityProvider', identityProvider.enum[0], { ...rest, properties: others });
      });
      o.properties.customParameters = { type: 'object', additionalProperties: { $ref: '#/definitions/oAuthSettings-CustomParameter' } };
      // Providers take more custom parameters than the schema lists (enableOnbehalfOfLogin, tenantId,
      // grantType, ... in accepted connectors) and more properties (IsOnbehalfofLoginSupported): the
      // lists document, they do not close.
      for (const branch of o.allOf) {
        const then = branch.then;
        if (then.properties?.customParameters) delete then.properties.customParameters.additionalProperties;
        if (then.properties?.properties) delete then.properties.properties.additionalProperties;
      }
      o.properties.properties.properties.IsOnbehalfofLoginSupported = { type: ['boolean', 'string'] };
      o.properties.properties.properties.AzureActiveDirectoryResourceId = { type: 'string' };
    },
  ],
  [
    'connection parameters: one branch per type instead of oneOf',
    (s) => {
      const d = s.definitions;
      const [, gateway, oauth] = d.ConnectionParameter.oneOf;
      d.ConnectionParameter = {
        type: 'object',
        required: ['type'],
        properties: { type: { enum: ['string', 'securestring', 'int', 'bool', 'gatewaySetting', 'oauthSetting'] } },
        allOf: [
          when('type', ['string', 'securestring', 'int', 'bool'], { $ref: '#/definitions/ConnectionParameter-primitive' }),
          when('type', 'gatewaySetting', {
            type: 'object',
            additionalProperties: gateway.additionalProperties,
            properties: gateway.properties,
          }),
          when('type', 'oauthSetting', {
            type: 'object',
            required: ['oAuthSettings'],
            additionalProperties: oauth.additionalProperties,
            properties: oauth.properties,
          }),
        ],
      };
      // Hidden parameters carry `metadata` (token:TenantId and others); allow it on primitives.
      d['ConnectionParameter-primitive'].properties.metadata = { type: 'object' };
      // token:TenantId: the schema pins the display texts to one English wording; keep the shape only.
      d['ConnectionParameter-claim-TenantId'].properties.uiDefinition = { $ref: '#/definitions/ConnectionParameter-uiDefinition' };
      // Multi-auth parameter sets put the description in uiDefinition.schema (DH multi-auth.md).
      d['ConnectionParameter-uiDefinition'].properties.schema = { type: 'object', properties: { description: { type: 'string' } } };
    },
  ],
  [
    'policy templates: chosen by templateId (case-insensitive, as the platform matches it) instead of oneOf; add the templates the schema lacks',
    (s) => {
      const d = s.definitions;
      const ids = [];
      for (const b of d.PolicyTemplateInstance.oneOf) ids.push(b.$ref.replace('#/definitions/PolicyTemplateInstance-', ''));
      for (const [id, t] of Object.entries(EXTRA_POLICY_TEMPLATES)) {
        d[`PolicyTemplateInstance-${id}`] = {
          type: 'object',
          required: ['templateId'],
          additionalProperties: false,
          properties: {
            templateId: { type: 'string' },
            title: { type: 'string' },
            parameters: {
              type: 'object',
              required: t.required,
              ...(t.open ? {} : { additionalProperties: false }),
              properties: {
                'x-ms-apimTemplate-operationName': {
                  $ref: '#/definitions/PolicyTemplateInstanceBase/properties/parameters/properties/x-ms-apimTemplate-operationName',
                },
                ...t.properties,
              },
            },
          },
        };
        ids.push(id);
      }
      for (const id of ids) {
        // The case variants listed in each enum are replaced by one case-insensitive match.
        const t = d[`PolicyTemplateInstance-${id}`];
        t.properties.templateId = { type: 'string' };
        // `type` (PollingTrigger) is written by the portal on more than the polling template.
        t.properties.type = { type: 'string' };
      }
      d.PolicyTemplateInstance = {
        type: 'object',
        required: ['templateId'],
        properties: { templateId: { type: 'string', minLength: 1 } },
        allOf: ids.map((id) => ({
          if: { required: ['templateId'], properties: { templateId: { type: 'string', pattern: caseInsensitive(id) } } },
          then: { $ref: `#/definitions/PolicyTemplateInstance-${id}` },
        })),
      };
    },
  ],
];

// ---------------------------------------------------------------------------------------------
// Compile

export function buildSchemas() {
  const definition = readJsonc(path.join(schemaDir, 'apiDefinition.swagger.schema.json'));
  const properties = readJsonc(path.join(schemaDir, 'paconn-apiProperties.schema.json'));
  for (const [, apply] of DEFINITION_PATCHES) apply(definition);
  for (const [, apply] of PROPERTIES_PATCHES) apply(properties);
  return { definition, properties };
}

export function generateModule() {
  const { definition, properties } = buildSchemas();
  return [
    '// GENERATED by scripts/build-schemas.mjs from microsoft/PowerPlatformConnectors schemas/*.json,',
    '// with the corrections listed in that script. Do not edit; rerun the script.',
    `export const apiDefinitionSchema = ${JSON.stringify(definition, null, 1)};`,
    `export const apiPropertiesSchema = ${JSON.stringify(properties, null, 1)};`,
    '',
  ].join('\n');
}

/** connector-validators.js for the schemas of a connector-schemas.js text. */
export async function generateValidatorModule(schemasModule) {
  const codegen = path.join(root, 'shared', 'engines', 'certify', 'schema-validation', 'schema-codegen.ts');
  const bundled = buildSync({
    entryPoints: [codegen],
    bundle: true,
    format: 'esm',
    platform: 'node',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'error',
  });
  const load = (text) => import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`);
  const { validatorModule } = await load(bundled.outputFiles[0].text);
  const { apiDefinitionSchema, apiPropertiesSchema } = await load(schemasModule);
  return validatorModule({ definition: apiDefinitionSchema, properties: apiPropertiesSchema });
}

const VALIDATORS_DTS = `// GENERATED by scripts/build-schemas.mjs: the connector schemas as code (schema-codegen.ts).
type Validate = (data: unknown, path: (string | number)[], errors: unknown[] | null) => boolean;
export declare function connectorValidators(rt: Record<string, unknown>): { definition: Validate; properties: Validate };
`;

const DTS = `// GENERATED by scripts/build-schemas.mjs: the corrected connector JSON Schemas (draft-07).
export declare const apiDefinitionSchema: Record<string, unknown>;
export declare const apiPropertiesSchema: Record<string, unknown>;
`;

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const files = {};
  if (existsSync(schemaDir)) {
    files['connector-schemas.js'] = generateModule();
    files['connector-schemas.d.ts'] = DTS;
  } else {
    console.error(`build-schemas: ${schemaDir} is absent; the committed connector-schemas.js is used as is.`);
  }
  const schemas = files['connector-schemas.js'] ?? readFileSync(path.join(outDir, 'connector-schemas.js'), 'utf8');
  files['connector-validators.js'] = await generateValidatorModule(schemas);
  files['connector-validators.d.ts'] = VALIDATORS_DTS;
  if (process.argv.includes('--check')) {
    const stale = Object.entries(files).filter(
      ([f, c]) => !existsSync(path.join(outDir, f)) || readFileSync(path.join(outDir, f), 'utf8') !== c,
    );
    if (stale.length) {
      console.error(`build-schemas: stale ${stale.map(([f]) => f).join(', ')}; run node scripts/build-schemas.mjs`);
      process.exit(1);
    }
    console.log('build-schemas: generated schemas are up to date.');
  } else {
    mkdirSync(outDir, { recursive: true });
    for (const [f, c] of Object.entries(files)) writeFileSync(path.join(outDir, f), c);
    console.log(
      `build-schemas: wrote ${Object.keys(files)
        .map((f) => path.relative(root, path.join(outDir, f)))
        .join(', ')}`,
    );
  }
}
