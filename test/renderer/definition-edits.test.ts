// The parse worker's side of the Definition tab: a change sent as an EditOp is resolved to text
// edits against the current text, and a value written back as it is gives no edit.
import { describe, expect, it } from 'vitest';
import { applyEdits, JsonDocument } from '../../shared/core/text';
import { resolveEdit } from '../../shared/editing/resolve-edit';

const TEXT =
  '{\n  "swagger": "2.0",\n  "paths": {\n    "/a": {\n      "get": { "operationId": "A", "summary": "caf\\u00e9", "responses": {} }\n    }\n  }\n}\n';

describe('Definition tab edits through resolveEdit', () => {
  it('resolves a definition change (delete the last operation of a path: the path goes too)', () => {
    const doc = JsonDocument.parse(TEXT);
    const out = applyEdits(TEXT, resolveEdit(doc, { kind: 'definition', change: { kind: 'delete-operation', pointer: '/paths/~1a/get' } }));
    expect(out).toBe('{\n  "swagger": "2.0",\n  "paths": {}\n}\n');
  });

  it('gives no edit for a value written back as it is, escapes included', () => {
    const doc = JsonDocument.parse(TEXT);
    expect(resolveEdit(doc, { kind: 'set', pointer: '/paths/~1a/get/summary', value: 'café' })).toEqual([]);
    expect(resolveEdit(doc, { kind: 'set', pointer: '/paths/~1a/get/summary', value: 'cafe' })).toHaveLength(1);
  });

  it('turns an impossible change into an error with a sentence', () => {
    const doc = JsonDocument.parse(TEXT);
    expect(() =>
      resolveEdit(doc, {
        kind: 'definition',
        change: { kind: 'add-parameter', pointer: '/paths/~1a/get', path: '/a', parameter: { name: 'id', in: 'path' } },
      }),
    ).toThrow('Add {id} to the path first: a path parameter fills a placeholder of the path.');
  });
});
