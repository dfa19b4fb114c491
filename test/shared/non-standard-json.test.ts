// What is not standard JSON, found by the tolerant parser and said in words with its places.
import { describe, expect, it } from 'vitest';
import { JsonDocument, LineIndex, nonStandardJson } from '../../shared/core/text';

function located(text: string) {
  const doc = JsonDocument.parse(text);
  const lines = new LineIndex(text);
  return { doc, diagnostics: doc.diagnostics.map((d) => ({ ...d, ...lines.position(d.offset) })) };
}

describe('nonStandardJson', () => {
  it('is undefined for standard JSON', () => {
    expect(nonStandardJson('a.json', located('{\n  "a": [1, 2]\n}\n').diagnostics)).toBeUndefined();
  });

  it('names each kind at its line and column, three at most, and counts the rest', () => {
    const text = '{\n  // note\n  "a": 1,\n  "a": 2,\n  "b": [1, 2,],\n  "c": {"d": 1,},\n}\n';
    const { doc, diagnostics } = located(text);
    expect(doc.hasErrors).toBe(false);
    expect(nonStandardJson('apiProperties.json', diagnostics)).toBe(
      'apiProperties.json is not standard JSON (a comment at line 2, column 3; a key repeated in one object at line 4, column 3; ' +
        'a trailing comma at line 5, column 13 and 2 more)',
    );
  });

  it('a raw control character in a string and a no-break space between tokens', () => {
    const { diagnostics } = located('{"a":\u00a0"x\ty"}');
    expect(nonStandardJson('x.json', diagnostics)).toBe(
      'x.json is not standard JSON (a space JSON does not allow at line 1, column 6; a raw control character in a string at line 1, column 9)',
    );
  });
});
