// What an import converts and writes is bounded: a collection with more requests than a connector
// can sensibly hold is refused before conversion, and an import whose files the studio would refuse
// to open writes nothing.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli';
import { importIntoFolder } from '../../main/services/connector-create-import';
import { openapi3Schema } from '../support/wide-openapi3';

let tmp: string;
let n = 0;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

async function write(name: string, value: unknown): Promise<string> {
  const file = path.join(tmp, `${++n}-${name}`);
  await fs.writeFile(file, JSON.stringify(value));
  return file;
}

beforeAll(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'connector-studio-import-limits-')));
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('import limits', () => {
  it('a Postman collection of 100,000 requests is refused before conversion: exit 1, one sentence, nothing written', async () => {
    const item = Array.from({ length: 100_000 }, (_, i) => ({
      name: `Get ${i}`,
      request: { method: 'GET', url: `https://api.contoso.com/v1/things${i}` },
    }));
    const src = await write('big.postman_collection.json', {
      info: { _postman_id: 'x', name: 'Big', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [{ name: 'folder', item }],
    });
    const out = path.join(tmp, `out${++n}`);
    const r = await cli('import', src, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `connector-studio: ${src} has more than 5,000 requests, more than the studio imports into one connector (real connectors have a few hundred), so split it first.`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('an OpenAPI description of 6,000 operations likewise', async () => {
    const paths = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [
        `/p${i}`,
        { get: { responses: { '200': { description: 'OK' } } }, post: { responses: { '200': { description: 'OK' } } } },
      ]),
    );
    const src = await write('many.json', { openapi: '3.0.3', info: { title: 'Many', version: '1' }, paths });
    const r = await cli('import', src, '--out', path.join(tmp, `out${++n}`));
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/has more than 5,000 operations, more than the studio imports into one connector/);
  });

  it('a description over 16 MB is refused before it is read further', async () => {
    const src = await write('huge.swagger.json', {
      swagger: '2.0',
      info: { title: 'Huge', version: '1', description: 'x'.repeat(17 * 1024 * 1024) },
      paths: {},
    });
    const out = path.join(tmp, `out${++n}`);
    const r = await cli('import', src, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`connector-studio: ${src} is 17.0 MB, larger than the 16 MB an API description can be.`]);
    expect(existsSync(out)).toBe(false);
  });

  it('a description of more than 500,000 values is refused before conversion', async () => {
    const src = await write('wide.json', openapi3Schema(1, 300_000));
    const r = await cli('import', src, '--out', path.join(tmp, `out${++n}`));
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `connector-studio: ${src} holds more than 500,000 values, more than the studio converts into one connector (the largest real descriptions hold under 100,000), so split it first.`,
    ]);
  });

  it('an import that would write a definition larger than the studio opens writes nothing, in the CLI and the studio', async () => {
    // Minified, a few MB; written out indented (a line per property per level), over 16 MB.
    const src = await write('deep-wide.json', openapi3Schema(14, 100_000));
    expect((await fs.stat(src)).size).toBeLessThan(16 * 1024 * 1024);
    const out = path.join(tmp, `out${++n}`);
    const r = await cli('import', src, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(
      /^connector-studio: The import would make apiDefinition\.swagger\.json \d+\.\d MB, larger than the 16 MB the studio opens, so nothing was written\.$/,
    );
    expect(existsSync(out)).toBe(false);
    const target = path.join(tmp, `studio${++n}`);
    await expect(importIntoFolder({ kind: 'path', path: src }, target)).rejects.toThrow(
      /^The import would make apiDefinition\.swagger\.json/,
    );
    expect(existsSync(target)).toBe(false);
  });
});
