// Every OpenAPI 3.0 / 3.1 spec of the corpus imports to a Swagger 2.0 connector that
// @apidevtools/swagger-parser validates, or fails with a clear ImportError listed below.
import SwaggerParser from '@apidevtools/swagger-parser';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectApiFormat, parseApiDescription } from '../../shared/engines/import/api-description-text';
import { ImportError, type ImportNote } from '../../shared/engines/import/import-result';
import { importOpenApi3 } from '../../shared/engines/import/openapi3';
import { bundleExternalRefs } from '../../shared/engines/import/ref-bundler';
import { CORPUS_DIR, HAVE_CORPUS } from '../support/corpus';

const OPENAPI3_DIR = path.join(CORPUS_DIR, 'openapi3');

/** Specs that cannot become a connector, and why: they describe no operation to call. */
const EXPECTED_FAILURES: Record<string, { code: string; message: RegExp }> = {
  'Adyen+adyen-openapi/json__Webhooks-v1.json': { code: 'NoOperations', message: /no operations, only 48 webhooks/ },
  'XeroAPI+Xero-OpenAPI/xero-webhooks.yaml': { code: 'NoOperations', message: /no operations, only 4 webhooks/ },
  'readmeio+oas-examples/3.1__json__webhooks.json': { code: 'NoOperations', message: /no operations, only 1 webhook / },
  'twilio+twilio-oai/spec__json__twilio_iam_scim.json': {
    code: 'NoOperations',
    message: /no operations, so there is nothing a connector could call/,
  },
};

function specs(): string[] {
  if (!existsSync(OPENAPI3_DIR)) return [];
  const out: string[] = [];
  for (const source of readdirSync(OPENAPI3_DIR).sort()) {
    const dir = path.join(OPENAPI3_DIR, source);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (/\.(json|ya?ml)$/i.test(f)) out.push(`${source}/${f}`);
  }
  return out;
}

const imported: string[] = [];
const failed: string[] = [];
const drafted: string[] = [];
/** Per report code: in how many specs it appears, and how many notes it makes. */
const codeCounts = new Map<string, { specs: number; notes: number }>();

describe.skipIf(!HAVE_CORPUS || !existsSync(OPENAPI3_DIR))('corpus: OpenAPI 3 import', () => {
  it('has the specs SOURCES.tsv lists', () => {
    expect(specs().length).toBe(41);
  });

  it.each(specs())('%s', async (rel) => {
    const file = path.join(OPENAPI3_DIR, rel);
    const parsed = parseApiDescription(await readFile(file, 'utf8'), file);
    expect(detectApiFormat(parsed.value).format).toBe('openapi3');
    // None of these specs points to other files today; the reader is there for when one does.
    const bundled = await bundleExternalRefs(parsed.value, file, (uri) => readFile(uri, 'utf8'));
    const expected = EXPECTED_FAILURES[rel];
    let result;
    try {
      result = importOpenApi3(bundled.value);
    } catch (e) {
      if (!(e instanceof ImportError) || !expected) throw e;
      expect(e.code).toBe(expected.code);
      expect(e.message).toMatch(expected.message);
      failed.push(`${rel}: ${e.code}: ${e.message}`);
      return;
    }
    expect(expected, `${rel} was expected to fail`).toBeUndefined();
    await SwaggerParser.validate(structuredClone(result.definition) as never);
    checkConnector(result.definition, result.report);
    // What paconn's create reads unconditionally: drafted, and said to be, when the source has none.
    const info = (bundled.value as { info?: { description?: unknown; summary?: unknown } }).info ?? {};
    const sourceHasOne = [info.description, info.summary].some((v) => typeof v === 'string' && v.trim() !== '');
    const written = (result.definition.info as { description?: unknown }).description;
    expect(typeof written).toBe('string');
    expect((written as string).trim()).not.toBe('');
    expect(result.report.some((n) => n.code === 'DescriptionDrafted')).toBe(!sourceHasOne);
    if (!sourceHasOne) drafted.push(`${rel}: ${written}`);
    expect(result.properties).toMatchObject({ properties: { iconBrandColor: '#007ee5', capabilities: [] } });
    imported.push(rel);
    const seen = new Set<string>();
    for (const n of [...bundled.report, ...result.report]) {
      const key = `${n.kind} ${n.code}`;
      const c = codeCounts.get(key) ?? { specs: 0, notes: 0 };
      c.notes++;
      if (!seen.has(key)) c.specs++;
      seen.add(key);
      codeCounts.set(key, c);
    }
  });

  afterAll(() => {
    const rows = (filter: (code: string) => boolean) =>
      [...codeCounts]
        .filter(([code]) => filter(code))
        .sort((a, b) => b[1].specs - a[1].specs || b[1].notes - a[1].notes)
        .slice(0, 12)
        .map(([code, c]) => `  ${String(c.specs).padStart(3)} specs ${String(c.notes).padStart(5)} notes  ${code}`);
    console.log(
      [
        `OpenAPI 3 corpus: ${imported.length} imported and valid Swagger 2.0, ${failed.length} failed (all expected)`,
        `Descriptions drafted (the source has none): ${drafted.length}`,
        ...drafted.map((d) => `  ${d.slice(0, 160)}`),
        ...failed.map((f) => `  failed: ${f}`),
        'Most frequent report codes:',
        ...rows(() => true),
        'Most frequent losses:',
        ...rows((code) => code.startsWith('loss ')),
      ].join('\n'),
    );
  });
});

const RESTRICTED = /[/\\<>*%&?]/;

/** What a user would notice first: names, summaries, labels, and a report that points somewhere. */
function checkConnector(definition: Record<string, any>, report: ImportNote[]): void {
  const ids = new Set<string>();
  for (const item of Object.values<any>(definition.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      if (!['get', 'put', 'post', 'delete', 'options', 'head', 'patch'].includes(method)) continue;
      expect(op.operationId).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      expect(ids.has(op.operationId.toLowerCase()), op.operationId).toBe(false);
      ids.add(op.operationId.toLowerCase());
      expect(op.summary.length).toBeGreaterThan(0);
      expect(op.summary.length).toBeLessThanOrEqual(80);
      expect(op.summary).not.toMatch(RESTRICTED);
      for (const p of op.parameters ?? []) if (!p.$ref) expect(typeof p['x-ms-summary'], p.name).toBe('string');
    }
  }
  for (const n of report) expect(typeof n.sourcePointer, n.code).toBe('string');
}
