// The $ref bundler's limits: a reader's refusal is reported with its reason and nothing about the
// file, and references that copy a target again and again stop at a stated number of values.
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/engines/import/import-result';
import { bundleExternalRefs, RefRefusedError } from '../../shared/engines/import/ref-bundler';

describe('bundleExternalRefs', () => {
  it("reports a refused reference with the reader's reason, not the file it resolved to", async () => {
    const doc = {
      swagger: '2.0',
      info: { title: 'T', version: '1' },
      paths: { '/a': { get: { responses: { '200': { description: 'OK', schema: { $ref: '../../secret.json#/S' } } } } } },
    };
    const asked: [string, string][] = [];
    const bundled = await bundleExternalRefs(doc, '/api/specs/root.json', async (uri, ref) => {
      asked.push([uri, ref]);
      throw new RefRefusedError('only files under the folder are read.');
    });
    expect(asked).toEqual([['/secret.json', '../../secret.json#/S']]);
    expect(bundled.report).toEqual([
      {
        kind: 'loss',
        code: 'ExternalRefRefused',
        message: 'The reference "../../secret.json#/S" was not followed: only files under the folder are read.',
        sourcePointer: '/paths/~1a/get/responses/200/schema',
      },
    ]);
    expect(bundled.files).toEqual([]);
  });

  it('stops when inlined copies of one target would pass the budget of copied values', async () => {
    // 200 path items each inlined from the same 100-value file: 20,000 values against a budget of 5,000.
    const item = { get: { responses: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [String(200 + i), { description: 'OK' }])) } };
    const paths = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`/p${i}`, { $ref: 'item.json' }]));
    const doc = { openapi: '3.0.3', info: { title: 'T', version: '1' }, paths };
    const run = () => bundleExternalRefs(doc, '/api/root.json', async () => JSON.stringify(item), { maxCopiedValues: 5000 });
    await expect(run()).rejects.toBeInstanceOf(ImportError);
    await expect(run()).rejects.toThrow(
      /^Including the files its references point to would copy more than 5,000 values into the description, more than an API description can hold\.$/,
    );
    // Under the default budget the same document bundles.
    const bundled = await bundleExternalRefs(doc, '/api/root.json', async () => JSON.stringify(item));
    expect(Object.keys((bundled.value as { paths: object }).paths)).toHaveLength(200);
  });
});
