// Every Postman file of the corpus imports to a Swagger 2.0 document that swagger-parser accepts,
// or fails with a clear ImportError listed below; every report note points into the source file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError, type ImportResult } from '../../shared/engines/import/import-result';
import { importPostman, isPostmanCollection, isPostmanEnvironment } from '../../shared/engines/import/postman';
import { decodeBytes, JsonDocument } from '../../shared/core/text';
import { valueAt } from '../../shared/core/text/json-pointer';
import { CORPUS_DIR, HAVE_CORPUS } from '../support/corpus';

const POSTMAN_DIR = path.join(CORPUS_DIR, 'postman');

/** Files expected to fail, with the ImportError code and why. The corpus has none today. */
const EXPECTED_FAILURES: Record<string, { code: string; reason: string }> = {};

/** Files that are not collections (environments, other JSON), with what they are. None today. */
const NOT_COLLECTIONS: Record<string, 'environment' | 'other'> = {};

function listJson(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? listJson(p) : name.endsWith('.json') ? [p] : [];
    });
}

interface Outcome {
  rel: string;
  source: unknown;
  result?: ImportResult;
  error?: ImportError;
  invalid?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function operations(definition: Record<string, unknown>): [string, string, Record<string, unknown>][] {
  const out: [string, string, Record<string, unknown>][] = [];
  for (const [p, item] of Object.entries(definition.paths as Record<string, Record<string, unknown>>)) {
    for (const [m, op] of Object.entries(item)) out.push([p, m, op as Record<string, unknown>]);
  }
  return out;
}

describe.skipIf(!HAVE_CORPUS)('corpus: Postman import', () => {
  const outcomes: Outcome[] = [];
  const classes = new Map<string, 'collection' | 'environment' | 'other'>();

  beforeAll(async () => {
    for (const file of listJson(POSTMAN_DIR)) {
      const rel = path.relative(POSTMAN_DIR, file);
      const doc = JsonDocument.parse(decodeBytes(readFileSync(file)).text);
      const source = doc.value;
      classes.set(rel, isPostmanCollection(source) ? 'collection' : isPostmanEnvironment(source) ? 'environment' : 'other');
      if (!isPostmanCollection(source)) continue;
      const outcome: Outcome = { rel, source };
      try {
        outcome.result = importPostman(source);
        try {
          await SwaggerParser.validate(structuredClone(outcome.result.definition) as never);
        } catch (e) {
          outcome.invalid = (e as Error).message.slice(0, 500);
        }
      } catch (e) {
        if (!(e instanceof ImportError)) throw new Error(`${rel}: ${(e as Error).stack}`);
        outcome.error = e;
      }
      outcomes.push(outcome);
    }

    const codes = new Map<string, number>();
    for (const o of outcomes)
      for (const n of o.result?.report ?? []) codes.set(`${n.kind} ${n.code}`, (codes.get(`${n.kind} ${n.code}`) ?? 0) + 1);
    const top = [...codes]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([c, n]) => `  ${String(n).padStart(5)}  ${c}`);
    console.log(
      `[postman corpus] ${classes.size} files: ${outcomes.filter((o) => o.result && !o.invalid).length} imported and valid, ` +
        `${outcomes.filter((o) => o.error).length} failed with an ImportError, ${outcomes.filter((o) => o.invalid).length} invalid, ` +
        `${[...classes.values()].filter((c) => c !== 'collection').length} not collections.\nMost frequent report notes:\n${top.join('\n')}`,
    );
  }, 300_000);

  it('finds the corpus collections (108 files) and classifies them', () => {
    expect(classes.size).toBe(108);
    const notCollections = Object.fromEntries([...classes].filter(([, c]) => c !== 'collection'));
    expect(notCollections).toEqual(NOT_COLLECTIONS);
  });

  it('imports every collection to a document swagger-parser validates, or fails with an expected ImportError', () => {
    const invalid = outcomes.filter((o) => o.invalid).map((o) => `${o.rel}: ${o.invalid}`);
    expect(invalid).toEqual([]);
    const failures = Object.fromEntries(outcomes.filter((o) => o.error).map((o) => [o.rel, o.error!.code]));
    expect(failures).toEqual(Object.fromEntries(Object.entries(EXPECTED_FAILURES).map(([rel, f]) => [rel, f.code])));
    for (const o of outcomes.filter((x) => x.error)) expect(o.error!.message.length).toBeGreaterThan(20);
  });

  it('gives every report note a pointer that leads to a value in the collection file', () => {
    const bad: string[] = [];
    for (const o of outcomes) {
      for (const n of o.result?.report ?? []) {
        if (n.sourcePointer === undefined || valueAt(o.source, n.sourcePointer) === undefined)
          bad.push(`${o.rel} ${n.code} ${String(n.sourcePointer)}`);
        if (n.message.trim() === '') bad.push(`${o.rel} ${n.code}: empty message`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('writes the description paconn reads unconditionally: drafted, and said to be, when the collection has none', () => {
    const drafted: string[] = [];
    for (const o of outcomes) {
      if (!o.result) continue;
      const info = o.result.definition.info as { description?: unknown };
      expect(typeof info.description, o.rel).toBe('string');
      expect((info.description as string).trim(), o.rel).not.toBe('');
      const own = (o.source as { info?: { description?: unknown } } | undefined)?.info?.description;
      const wasDrafted = o.result.report.some((n) => n.code === 'DescriptionDrafted');
      // A collection's description may be an object ({ content }) as well as text.
      if (own === undefined || own === null || own === '') expect(wasDrafted, o.rel).toBe(true);
      if (wasDrafted) drafted.push(`${o.rel}: ${info.description}`);
    }
    expect(drafted.length).toBeGreaterThan(0);
    console.log(
      [`Postman corpus: descriptions drafted for ${drafted.length} collections`, ...drafted.map((d) => `  ${d.slice(0, 160)}`)].join('\n'),
    );
  });

  it('makes connectors a user can keep working on: ids, summaries, parameter titles, responses, connection parameters', () => {
    const bad: string[] = [];
    for (const o of outcomes) {
      if (!o.result) continue;
      const def = o.result.definition;
      const ids = new Set<string>();
      for (const [p, m, op] of operations(def)) {
        const where = `${o.rel} ${m.toUpperCase()} ${p}`;
        const id = String(op.operationId);
        if (!/^[A-Z][A-Za-z0-9]*$/.test(id)) bad.push(`${where}: operationId ${id}`);
        if (ids.has(id.toLowerCase())) bad.push(`${where}: duplicate operationId ${id}`);
        ids.add(id.toLowerCase());
        const summary = String(op.summary ?? '');
        if (summary === '' || summary.length > 80 || /[/\\<>*%&?]/.test(summary)) bad.push(`${where}: summary "${summary}"`);
        for (const param of op.parameters as Record<string, unknown>[]) {
          if (param.in !== 'body' && typeof param['x-ms-summary'] !== 'string')
            bad.push(`${where}: ${String(param.name)} has no x-ms-summary`);
          if (param.in === 'path' && param.required !== true) bad.push(`${where}: path parameter ${String(param.name)} not required`);
        }
        if (!isObject(op.responses) || Object.keys(op.responses).length === 0) bad.push(`${where}: no responses`);
      }
      const security = Object.values(def.securityDefinitions as Record<string, Record<string, unknown>>);
      const params = (o.result.properties as { properties: { connectionParameters: Record<string, unknown> } }).properties
        .connectionParameters;
      const expected =
        security.length === 0
          ? []
          : security[0]!.type === 'basic'
            ? ['password', 'username']
            : security[0]!.type === 'apiKey'
              ? ['api_key']
              : ['token'];
      if (JSON.stringify(Object.keys(params).sort()) !== JSON.stringify(expected))
        bad.push(`${o.rel}: connection parameters ${Object.keys(params).join(',')} for ${String(security[0]?.type)}`);
    }
    expect(bad).toEqual([]);
  });

  it('never copies a credential from the collection into the connector', () => {
    // Values the corpus uses as passwords, tokens and client secrets. Descriptions are the authors'
    // own prose (some quote demo credentials) and are kept as written, so they are not searched.
    const secrets = [
      'myPassword',
      'YUIHUILOIJOJOJ',
      'secretToken',
      'secretClientValue',
      'wkjehbxoqnunc2k3',
      'D+EdQ-gs$-%@2Nu7',
      'ssh-secret',
    ];
    const leaks: string[] = [];
    for (const o of outcomes) {
      if (!o.result) continue;
      const text = JSON.stringify(o.result, (key, value: unknown) => (key === 'description' ? undefined : value));
      for (const s of secrets) if (text.includes(s)) leaks.push(`${o.rel}: ${s}`);
    }
    expect(leaks).toEqual([]);
  });
});
