// Every request the studio builds is one the API's own description accepts, as judged by a
// validator nobody here wrote: Stoplight Prism's HTTP validator on 127.0.0.1
// (test/support/prism-validator.ts). Over corpus OpenAPI 3 specs (imported by the studio, then
// checked against the original description, so the import counts too) and a systematic sample of
// corpus connectors (checked against their own Swagger 2.0 definition), each operation is run the
// way the Test tab runs it (main's testOperation: the request builder, the connection's
// credentials, real HTTP) with values a person would type (test/support/request-inputs.ts). The
// figures are printed: operations tried, accepted, and every rejection with its explanation; a
// rejection nobody explained fails the test.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JsonDocument } from '../../shared/core/text/json-document';
import { parseApiDescription } from '../../shared/engines/import/api-description-text';
import { importOpenApi3 } from '../../shared/engines/import/openapi3';
import { buildRequest, operationName } from '../../shared/engines/operation-runs';
import { testOperation } from '../../main/services/operation-run';
import { connectorFromTexts } from '../../main/services/studio-operation-run';
import { CONNECTORS_DIR, CORPUS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';
import { startPrismValidator } from '../support/prism-validator';
import { selfSignedLoopbackCertificate } from '../support/self-signed';
import { inputsFor } from '../support/request-inputs';

type Json = Record<string, any>;

/** OpenAPI 3 specs of the corpus: small and large, JSON and YAML, 3.0 and 3.1, every auth kind they have. */
const SPECS = [
  'box+box-openapi/openapi__openapi-v2025.0.json',
  'XeroAPI+Xero-OpenAPI/xero_accounting.yaml',
  'XeroAPI+Xero-OpenAPI/xero-projects.yaml',
  'XeroAPI+Xero-OpenAPI/xero_assets.yaml',
  'XeroAPI+Xero-OpenAPI/xero_bankfeeds.yaml',
  'twilio+twilio-oai/spec__json__twilio_studio_v2.json',
  'readmeio+oas-examples/3.1__json__train-travel.json',
  'OAI+OpenAPI-Specification/_archive___schemas__v3.0__pass__petstore.yaml',
  'OAI+OpenAPI-Specification/_archive___schemas__v3.0__pass__uspto.yaml',
];

/** Every `step`-th connector of the corpus (sorted), 12 in all: a sample nobody picked by hand. */
function sampledConnectors(): string[] {
  const all = corpusConnectors();
  const step = Math.floor(all.length / 12);
  return Array.from({ length: 12 }, (_, i) => all[i * step]!).filter(Boolean);
}

interface Row {
  target: string;
  op: string;
  outcome: 'accepted' | 'rejected' | 'not built' | 'not sent';
  problems: string[];
  explanation?: string;
  /** What the explanations read. */
  context: { description: Json; definition: Json; method: string; path: string; report: string[]; openapi3: boolean };
}

const resolve = (doc: Json, v: unknown): Json => {
  let s = v as Json | undefined;
  for (let hops = 0; s && typeof s.$ref === 'string' && hops < 10; hops++) {
    s = s.$ref
      .slice(2)
      .split('/')
      .map((k: string) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((o: any, k: string) => o?.[k], doc);
  }
  return s ?? {};
};

/** True when the original body schema offers choices (oneOf / anyOf) on the way to `names`. */
function unionOnPath(doc: Json, schema: unknown, names: string[], depth = 0): boolean {
  const s = resolve(doc, schema);
  if (depth > 12) return false;
  if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) return true;
  if (Array.isArray(s.allOf) && s.allOf.some((m: unknown) => unionOnPath(doc, m, names, depth + 1))) return true;
  if (names.length === 0) return false;
  const next = resolve(doc, s.properties?.[names[0]!]);
  return Object.keys(next).length > 0 && unionOnPath(doc, next, names.slice(1), depth + 1);
}

const raw = (r: Row): Json => r.context.definition.paths?.[r.context.path]?.[r.context.method] ?? {};

/**
 * Why a request may be refused although the studio built it as the connector says. Each names what
 * in the description, or which reported import loss, makes the refusal, and how to tell it.
 */
const EXPLANATIONS: { why: (r: Row) => string; test: (problem: string, r: Row) => boolean }[] = [
  {
    why: () =>
      'the original body offers choices (oneOf / anyOf) there; the import merged them into one object and its report says so (UnionMergedToObject), so a value made from the merged object fits no single choice',
    test: (p, r) => {
      const m = /^body\.([^:]*): /.exec(p);
      const original = r.context.description.paths?.[r.context.path]?.[r.context.method];
      const schema = resolve(r.context.description, original?.requestBody)?.content?.['application/json']?.schema;
      return (
        r.context.openapi3 &&
        m !== null &&
        r.context.report.includes('UnionMergedToObject') &&
        unionOnPath(r.context.description, schema, m[1]!.split('.').filter(Boolean))
      );
    },
  },
  {
    why: () =>
      'the API wants the list form field repeated (a=1&a=2); the import reports that the connector sends it comma-separated (RepeatedFormField), which is what Power Platform supports',
    test: (p, r) =>
      r.context.openapi3 &&
      /^body\.\w+: Request body property \w+ must be array$/.test(p) &&
      r.context.report.includes('RepeatedFormField'),
  },
  {
    why: (r) =>
      `the description has another path that differs from ${r.context.path} only in its parameter's name; Prism routes the request to the first of them and checks the value against that operation's parameter`,
    test: (p, r) => {
      const m = /^path\.(\w+): /.exec(p);
      if (!m) return false;
      const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}');
      const own = [...r.context.path.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]!.toLowerCase());
      const twins = Object.keys(r.context.description.paths ?? {}).filter(
        (other) => other !== r.context.path && shape(other) === shape(r.context.path),
      );
      return !own.includes(m[1]!) && twins.some((t) => t.toLowerCase().includes(`{${m[1]}}`));
    },
  },
  {
    why: () =>
      'the definition declares a body but no consumes, so the description names no media type for it; the studio sends application/json, as the platform does',
    test: (p, r) =>
      /^415: No supported content types/.test(p) &&
      !r.context.openapi3 &&
      (raw(r).consumes ?? r.context.definition.consumes ?? []).length === 0,
  },
  {
    why: (r) => {
      const header = (raw(r).parameters ?? []).find((x: Json) => x.in === 'header' && /^content-type$/i.test(x.name));
      return `the definition's own Content-Type header parameter (default ${header?.default}) contradicts its consumes (${(raw(r).consumes ?? []).join(', ')}); the studio sends the header the definition gives`;
    },
    test: (p, r) => {
      const header = (raw(r).parameters ?? []).find((x: Json) => x.in === 'header' && /^content-type$/i.test(x.name));
      return /^415: Supported content types/.test(p) && header !== undefined && !(raw(r).consumes ?? []).includes(header.default);
    },
  },
];

const rows: Row[] = [];

let tls: { key: string; cert: string } | undefined;

async function runTarget(
  target: string,
  description: Json,
  connector: { definition: Json; properties: Json },
  report: string[],
  openapi3: boolean,
): Promise<void> {
  tls ??= selfSignedLoopbackCertificate();
  const validator = await startPrismValidator(description, connector.definition.basePath ?? '/', tls);
  try {
    const definition = { ...connector.definition, host: validator.host, schemes: ['http'] };
    const loaded = connectorFromTexts({ definitionText: JSON.stringify(definition), propertiesText: JSON.stringify(connector.properties) });
    const connection: Record<string, string> = {};
    let oauth = false;
    for (const [name, p] of Object.entries((connector.properties?.properties?.connectionParameters ?? {}) as Record<string, Json>)) {
      const type = String(p?.type ?? '').toLowerCase();
      if (type === 'oauthsetting') oauth = true;
      else connection[name] = `conn-${name.replace(/[^A-Za-z0-9]/g, '')}-7f3a9c`;
    }
    const ours = (url: string) => url.startsWith(`${validator.origin}/`) || url.startsWith(`https://${validator.httpsHost}/`);
    for (const operation of loaded.model.operations) {
      const op = operationName(operation);
      const context = { description, definition, method: operation.method.toLowerCase(), path: operation.path, report, openapi3 };
      const inputs = inputsFor(definition, operation);
      const token = oauth ? { accessToken: 'test-access-token-5b1e' } : {};
      const build = (values: Record<string, string>) =>
        buildRequest({ definition, model: loaded.model, operation, inputs, connection: values, ...token });
      let values = connection;
      let built = build(values);
      if (!built.ok) {
        rows.push({ target, op, outcome: 'not built', problems: built.errors, context });
        continue;
      }
      // A policy that builds the host from a connection value (dynamichosturl): that value becomes this validator.
      if (!ours(built.request.url)) {
        const host = new URL(built.request.url).host;
        const https = built.request.url.startsWith('https:');
        values = Object.fromEntries(
          Object.entries(connection).map(([k, v]) => [
            k,
            host.includes(v.toLowerCase()) ? (https ? validator.httpsHost! : validator.host) : v,
          ]),
        );
        built = build(values);
      }
      // Never let a request leave this machine.
      if (!built.ok || !ours(built.request.url)) {
        rows.push({
          target,
          op,
          outcome: 'not sent',
          problems: [built.ok ? `a policy sends it to ${new URL(built.request.url).host}` : built.errors.join(' ')],
          context,
        });
        continue;
      }
      const before = validator.records.length;
      const result = await testOperation({
        connector: loaded,
        operation,
        inputs,
        connection: values,
        ...token,
        http: { timeoutMs: 20_000, maxRedirects: 0, ca: tls.cert },
      });
      const record = validator.records[before];
      if (!record) {
        rows.push({ target, op, outcome: 'not sent', problems: result.problems, context });
        continue;
      }
      rows.push({ target, op, outcome: record.accepted ? 'accepted' : 'rejected', problems: record.problems, context });
    }
  } finally {
    await validator.close();
  }
}

describe.skipIf(!HAVE_CORPUS)('requests the studio builds, checked by Prism against the API description', () => {
  it.each(SPECS)('OpenAPI 3: %s', async (rel) => {
    const file = path.join(CORPUS_DIR, 'openapi3', rel);
    const parsed = parseApiDescription(await readFile(file, 'utf8'), file);
    const imported = importOpenApi3(parsed.value);
    const report = [...new Set(imported.report.map((n) => n.code))];
    await runTarget(
      `openapi3/${rel}`,
      parsed.value as Json,
      { definition: imported.definition as Json, properties: imported.properties as Json },
      report,
      true,
    );
  });

  // Box's downloads as its description writes them: the file on success, JSON on error.
  it('OpenAPI 3: downloads whose error answers are JSON (written here, after Box)', async () => {
    const error = {
      description: 'An error',
      content: { 'application/json': { schema: { type: 'object', properties: { code: { type: 'string' } } } } },
    };
    const id = { name: 'file_id', in: 'path', required: true, schema: { type: 'string' } };
    const description = {
      openapi: '3.0.2',
      info: { title: 'Downloads', version: '1' },
      servers: [{ url: 'https://api.example.com/2.0' }],
      components: {
        securitySchemes: {
          OAuth2: {
            type: 'oauth2',
            flows: {
              authorizationCode: {
                authorizationUrl: 'https://account.example.com/authorize',
                tokenUrl: 'https://api.example.com/oauth2/token',
                scopes: {},
              },
            },
          },
        },
      },
      security: [{ OAuth2: [] }],
      paths: {
        '/files/{file_id}/content': {
          get: {
            operationId: 'GetFileContent',
            parameters: [id],
            responses: {
              '200': { description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
              '302': { description: 'Elsewhere' },
              default: error,
            },
          },
        },
        '/files/{file_id}/thumbnail.{extension}': {
          get: {
            operationId: 'GetFileThumbnail',
            parameters: [id, { name: 'extension', in: 'path', required: true, schema: { type: 'string', enum: ['png', 'jpg'] } }],
            responses: {
              '200': {
                description: 'The thumbnail',
                content: {
                  'image/png': { schema: { type: 'string', format: 'binary' } },
                  'image/jpeg': { schema: { type: 'string', format: 'binary' } },
                },
              },
              '404': error,
            },
          },
        },
      },
    };
    const imported = importOpenApi3(description);
    await runTarget(
      'openapi3 downloads (written here)',
      description,
      { definition: imported.definition as Json, properties: imported.properties as Json },
      [],
      true,
    );
  });

  it.each(sampledConnectors())('connector: %s', async (rel) => {
    const dir = path.join(CONNECTORS_DIR, rel);
    const definition = JsonDocument.parse(await readFile(path.join(dir, 'apiDefinition.swagger.json'), 'utf8')).value as Json;
    const properties = await readFile(path.join(dir, 'apiProperties.json'), 'utf8')
      .then((t) => JsonDocument.parse(t).value as Json)
      .catch(() => ({}));
    await runTarget(`connector ${rel}`, definition, { definition, properties }, [], false);
  });

  afterAll(() => {
    for (const r of rows) {
      if (r.outcome !== 'rejected') continue;
      const whys = r.problems.map((p) => EXPLANATIONS.find((e) => e.test(p, r))?.why(r));
      if (whys.every((w) => w !== undefined)) r.explanation = [...new Set(whys)].join('; ');
    }
    const count = (o: Row['outcome']) => rows.filter((r) => r.outcome === o).length;
    const lines = [
      `Requests checked by Prism: ${rows.length} operations over ${SPECS.length} corpus OpenAPI 3 specs, 1 written here and ${sampledConnectors().length} corpus connectors; ${count('accepted')} accepted, ${count('rejected')} rejected (${rows.filter((r) => r.explanation).length} explained), ${count('not built')} not built, ${count('not sent')} not sent.`,
      ...rows
        .filter((r) => r.outcome !== 'accepted')
        .map(
          (r) =>
            `  ${r.outcome}: ${r.target} ${r.op}: ${r.problems.join(' | ')}${r.explanation ? `\n    explained: ${r.explanation}` : ''}`,
        ),
    ];
    console.log(lines.join('\n'));
    // Downloads (a success response that is a file, not JSON): Accept must name what they answer.
    const downloads = rows.filter((r) => {
      const original = r.context.openapi3 ? r.context.description.paths?.[r.context.path]?.[r.context.method] : undefined;
      const ok = Object.entries(original?.responses ?? {}).find(([code]) => /^2/.test(code))?.[1] as Json | undefined;
      const types = Object.keys(resolve(r.context.description, ok)?.content ?? {});
      return types.length > 0 && types.every((t) => !/json/i.test(t));
    });
    console.log(`Downloads: ${downloads.filter((r) => r.outcome === 'accepted').length} of ${downloads.length} accepted.`);
    expect(downloads.length).toBeGreaterThan(0);
    expect(downloads.filter((r) => r.outcome !== 'accepted').map((r) => `${r.target} ${r.op}: ${r.problems.join(' | ')}`)).toEqual([]);
    const unexplained = rows.filter((r) => (r.outcome === 'rejected' && !r.explanation) || r.outcome === 'not built');
    expect(unexplained.map((r) => `${r.target} ${r.op}: ${r.problems.join(' | ')}`)).toEqual([]);
  });
});
