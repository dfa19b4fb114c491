// The form's fast path for a scalar value (shared/core/text/scalar-replacement.ts) and the one JSON
// pointer unescape everything uses (json-pointer.ts).
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  JsonDocument,
  lastSegment,
  parsePointer,
  scalarReplacement,
  setValueEdits,
  unescapeSegment,
} from '../../shared/core/text';
import { splitPointer } from '../../shared/engines/certify/split-pointer';

const TEXT = [
  '{',
  '  "paths": {',
  '    "/pets": {',
  '      "get": {',
  '        "summary": "List pets",',
  '        "x-ms-visibility": "important",',
  '        "deprecated": false',
  '      }',
  '    }',
  '  },',
  '  "a/b~c": 3',
  '}',
].join('\n');

/** The fast path's answer for the value at `pointer` in TEXT, as the edit queue asks it. */
function replaceAt(text: string, pointer: string, value: unknown): string | undefined {
  const doc = JsonDocument.parse(text);
  const range = doc.rangeOf(pointer);
  if (!range) throw new Error(`no ${pointer}`);
  const lead = text.slice(Math.max(0, range.offset - 512), range.offset);
  const current = text.slice(range.offset, range.offset + range.length);
  const content = scalarReplacement(pointer, value, lead, current);
  return content === undefined ? undefined : text.slice(0, range.offset) + content + text.slice(range.offset + range.length);
}

describe('scalarReplacement', () => {
  it('replaces a string value in place, as the full edit would', () => {
    const pointer = '/paths/~1pets/get/summary';
    const out = replaceAt(TEXT, pointer, 'List "all" pets');
    const doc = JsonDocument.parse(TEXT);
    expect(out).toBe(applyEdits(TEXT, setValueEdits(doc, pointer, 'List "all" pets')));
    expect(out).toContain('"summary": "List \\"all\\" pets",');
  });

  it('replaces booleans and numbers, and a member whose name needs escaping in the pointer', () => {
    expect(replaceAt(TEXT, '/paths/~1pets/get/deprecated', true)).toContain('"deprecated": true');
    expect(replaceAt(TEXT, '/a~1b~0c', 4)).toContain('"a/b~c": 4');
  });

  it('declines what the full edit must do: containers, null, non-finite numbers', () => {
    expect(replaceAt(TEXT, '/paths/~1pets/get/summary', { a: 1 })).toBeUndefined();
    expect(replaceAt(TEXT, '/paths/~1pets/get/summary', null)).toBeUndefined();
    expect(replaceAt(TEXT, '/paths/~1pets/get/summary', Number.NaN)).toBeUndefined();
    expect(replaceAt(TEXT, '/paths/~1pets/get/summary', undefined)).toBeUndefined();
  });

  it('declines when the range no longer holds exactly one scalar', () => {
    const pointer = '/paths/~1pets/get/summary';
    expect(scalarReplacement(pointer, 'x', '"summary": ', '"List pets",')).toBeUndefined();
    expect(scalarReplacement(pointer, 'x', '"summary": ', ' "List pets"')).toBeUndefined();
    expect(scalarReplacement(pointer, 'x', '"summary": ', '{"a": 1}')).toBeUndefined();
    expect(scalarReplacement(pointer, 'x', '"summary": ', '"List pets')).toBeUndefined();
  });

  it('declines when the value no longer follows the member the pointer names', () => {
    const pointer = '/paths/~1pets/get/summary';
    // Typing in the editor moved another member's value under the range.
    expect(scalarReplacement(pointer, 'x', '"description": ', '"List pets"')).toBeUndefined();
    // An array item follows no member name.
    expect(scalarReplacement('/schemes/0', 'http', '"schemes": [', '"https"')).toBeUndefined();
    expect(scalarReplacement(pointer, 'x', '', '"List pets"')).toBeUndefined();
    // The member name is decoded before it is compared.
    expect(scalarReplacement('/x-\u00e9', 'y', '"x-\\u00e9" :\n  ', '"z"')).toBe('"y"');
  });
});

describe('unescapeSegment and lastSegment', () => {
  it('decodes ~1 before ~0, so "~01" is "~1"', () => {
    expect(unescapeSegment('~1pets~1{id}')).toBe('/pets/{id}');
    expect(unescapeSegment('a~0b')).toBe('a~b');
    expect(unescapeSegment('~01')).toBe('~1');
    expect(unescapeSegment('plain')).toBe('plain');
  });

  it('gives the last segment, decoded', () => {
    expect(lastSegment('/paths/~1pets/get')).toBe('get');
    expect(lastSegment('/paths/~1pets')).toBe('/pets');
    expect(lastSegment('')).toBe('');
  });

  it('is what parsePointer and the checker split pointers with', () => {
    const pointer = '/paths/~1items~1{id}/get/~01';
    expect(parsePointer(pointer)).toEqual(['paths', '/items/{id}', 'get', '~1']);
    expect(splitPointer(pointer)).toEqual(parsePointer(pointer));
  });
});
