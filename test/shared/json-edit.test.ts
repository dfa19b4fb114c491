import { describe, expect, it } from 'vitest';
import { applyEdits, insertArrayItemEdits, JsonDocument, removeValueEdits, setValueEdits } from '../../shared/core/text';

function changedLines(a: string, b: string): string[] {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y.length).toBe(x.length);
  return y.filter((line, i) => line !== x[i]);
}

const FOUR_SPACES_CRLF = [
  '{',
  '    "swagger": "2.0",',
  '    "x-unknown": {"kept": true},',
  '    "paths": {',
  '        "/pets": {',
  '            "get": {',
  '                "summary": "List pets",',
  '                "operationId": "ListPets",',
  '                "responses": {"200": {"description": "OK"}}',
  '            }',
  '        }',
  '    }',
  '}',
].join('\r\n');

describe('minimal edits', () => {
  it('changing a summary changes exactly that line, keeping CRLF', () => {
    const doc = JsonDocument.parse(FOUR_SPACES_CRLF);
    const out = applyEdits(doc.text, setValueEdits(doc, '/paths/~1pets/get/summary', 'List all pets'));
    expect(changedLines(FOUR_SPACES_CRLF, out)).toEqual(['                "summary": "List all pets",\r']);
    expect(out.split('\r\n').length).toBe(FOUR_SPACES_CRLF.split('\r\n').length);
  });

  it("a new property uses the file's indentation and line endings and goes last", () => {
    const doc = JsonDocument.parse(FOUR_SPACES_CRLF);
    const out = applyEdits(doc.text, setValueEdits(doc, '/paths/~1pets/get/description', 'Returns every pet.'));
    expect(out).toContain('"operationId": "ListPets",');
    expect(out).toContain('\r\n                "description": "Returns every pet."\r\n            }');
    expect(JSON.parse(out).paths['/pets'].get.description).toBe('Returns every pet.');
    // Key order and unknown keys survive.
    expect(Object.keys(JSON.parse(out))).toEqual(['swagger', 'x-unknown', 'paths']);
  });

  it('keeps tab indentation', () => {
    const text = '{\n\t"info": {\n\t\t"title": "A"\n\t}\n}\n';
    const doc = JsonDocument.parse(text);
    const out = applyEdits(text, setValueEdits(doc, '/info/version', '1.0'));
    expect(out).toBe('{\n\t"info": {\n\t\t"title": "A",\n\t\t"version": "1.0"\n\t}\n}\n');
  });

  it('treats status codes as object keys, not array indices', () => {
    const doc = JsonDocument.parse(FOUR_SPACES_CRLF);
    const out = applyEdits(doc.text, setValueEdits(doc, '/paths/~1pets/get/responses/200/description', 'Pets'));
    expect(JSON.parse(out).paths['/pets'].get.responses['200'].description).toBe('Pets');
  });

  it('removes a property and inserts into an array without touching the rest', () => {
    const text = '{\n  "a": 1,\n  "tags": ["x", "y"],\n  "b": 2\n}';
    const doc = JsonDocument.parse(text);
    const removed = applyEdits(text, removeValueEdits(doc, '/b'));
    expect(JSON.parse(removed)).toEqual({ a: 1, tags: ['x', 'y'] });
    expect(removed.startsWith('{\n  "a": 1,\n  "tags": ["x", "y"]')).toBe(true);
    const inserted = applyEdits(text, insertArrayItemEdits(doc, '/tags', 'z', 1));
    expect(JSON.parse(inserted).tags).toEqual(['x', 'z', 'y']);
  });
});

describe('minimal edits keep neighbours as they are', () => {
  it('inserting after an inline value does not rewrap it', () => {
    const text = '{\n  "tags": ["x", "y"],\n  "responses": {"200": {"description": "OK"}}\n}';
    const doc = JsonDocument.parse(text);
    const out = applyEdits(text, setValueEdits(doc, '/summary', 'S'));
    expect(out).toBe('{\n  "tags": ["x", "y"],\n  "responses": {"200": {"description": "OK"}},\n  "summary": "S"\n}');
  });

  it('inserting into an inline object stays inline', () => {
    const text = '{\n  "responses": {"200": {"description": "OK"}}\n}';
    const doc = JsonDocument.parse(text);
    const out = applyEdits(text, setValueEdits(doc, '/responses/200/schema', { type: 'object' }));
    expect(out).toBe('{\n  "responses": {"200": {"description": "OK", "schema": {"type": "object"}}}\n}');
  });

  it('creates missing parents as one nested value', () => {
    const text = '{\n  "info": {\n    "title": "A"\n  }\n}';
    const doc = JsonDocument.parse(text);
    const out = applyEdits(text, setValueEdits(doc, '/info/contact/email', 'a@b.c'));
    expect(out).toBe('{\n  "info": {\n    "title": "A",\n    "contact": {\n      "email": "a@b.c"\n    }\n  }\n}');
  });

  it('removes the first, middle and only members cleanly', () => {
    const text = '{\n  "a": 1,\n  "b": [1, 2],\n  "c": {"only": true}\n}';
    const doc = JsonDocument.parse(text);
    expect(applyEdits(text, removeValueEdits(doc, '/a'))).toBe('{\n  "b": [1, 2],\n  "c": {"only": true}\n}');
    expect(applyEdits(text, removeValueEdits(doc, '/b/0'))).toBe('{\n  "a": 1,\n  "b": [2],\n  "c": {"only": true}\n}');
    expect(applyEdits(text, removeValueEdits(doc, '/c/only'))).toBe('{\n  "a": 1,\n  "b": [1, 2],\n  "c": {}\n}');
  });

  it('adds to an empty object on new lines under its indentation', () => {
    const text = '{\n    "definitions": {}\n}';
    const doc = JsonDocument.parse(text);
    expect(applyEdits(text, setValueEdits(doc, '/definitions/Pet', { type: 'object' }))).toBe(
      '{\n    "definitions": {\n        "Pet": {\n            "type": "object"\n        }\n    }\n}',
    );
  });
});

describe('inline values keep their strings intact', () => {
  it('brackets and spaces inside a string in an inline object are written as typed', () => {
    const text = '{"get": {"summary": "old", "tags": ["a"]}}';
    const doc = JsonDocument.parse(text);
    const typed = 'see [ this ] and { that }  twice';
    expect(JSON.parse(applyEdits(text, setValueEdits(doc, '/get/summary', typed))).get.summary).toBe(typed);
    const obj = { note: '[ x ]', list: ['{ y }'] };
    expect(JSON.parse(applyEdits(text, setValueEdits(doc, '/get/extra', obj))).get.extra).toEqual(obj);
  });
});
