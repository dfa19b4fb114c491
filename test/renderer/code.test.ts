// The Code tab's logic without a browser: the size of script.csx as written (against the 1 MB
// limit), and choosing the operations the code runs for as minimal edits of apiProperties.json.
import { describe, expect, it } from 'vitest';
import { applyEdits, encodeText, JsonDocument } from '../../shared/core/text';
import { encodedSize, formatSize, SCRIPT_MAX_BYTES } from '../../renderer/wizard/code/script-limits';
import { readScriptOperations, scriptOperationEdit, writtenScriptOperations } from '../../renderer/wizard/code/script-operations';
import { SCRIPT_TEMPLATE } from '../../renderer/wizard/code/script-template';
import { resolveEdit } from '../../shared/editing/resolve-edit';

describe('encodedSize', () => {
  it('counts the bytes the file will have in its encoding, byte-order mark included', () => {
    for (const text of ['public class Script {}', 'naïve — “quoted” 😀\r\n', '']) {
      for (const [encoding, bom] of [
        ['utf-8', false],
        ['utf-8', true],
        ['utf-16le', true],
        ['utf-16be', false],
      ] as const) {
        expect(encodedSize(text, encoding, bom), `${encoding} ${bom}`).toBe(encodeText(text, encoding, bom).length);
      }
    }
    expect(encodedSize('café', 'windows-1252', false)).toBe(encodeText('café', 'windows-1252', false).length);
  });

  it('tells sizes against the 1 MB limit', () => {
    expect(SCRIPT_MAX_BYTES).toBe(1048576);
    expect(formatSize(512)).toBe('512 bytes');
    expect(formatSize(12_700)).toBe('12.4 KB');
    expect(formatSize(SCRIPT_MAX_BYTES + 20_000)).toBe('1.02 MB');
    expect(encodedSize('x'.repeat(SCRIPT_MAX_BYTES + 1), 'utf-8', false) > SCRIPT_MAX_BYTES).toBe(true);
  });

  it('the template is the class the platform requires', () => {
    expect(SCRIPT_TEMPLATE).toMatch(/public class Script : ScriptBase/);
    expect(SCRIPT_TEMPLATE).toMatch(/public override async Task<HttpResponseMessage> ExecuteAsync\(\)/);
    expect(SCRIPT_TEMPLATE).toMatch(/this\.Context\.SendAsync\(/);
  });
});

describe('scriptOperationEdit', () => {
  const PROPERTIES = `{
  "properties": {
    "iconBrandColor": "#007ee5",
    "scriptOperations": [
      "GetItem",
      "ListItems"
    ],
    "publisher": "Contoso"
  }
}
`;
  const apply = (text: string, id: string, on: boolean): string => {
    const doc = JsonDocument.parse(text);
    const op = scriptOperationEdit(writtenScriptOperations(doc.value), id, on);
    return op ? applyEdits(text, resolveEdit(doc, op)) : text;
  };
  const changedLines = (a: string, b: string) => {
    const x = a.split('\n');
    const y = b.split('\n');
    return { removed: x.filter((l) => !y.includes(l)), added: y.filter((l) => !x.includes(l)) };
  };

  it("adds an operation as one item at the end of the list, in the file's own layout", () => {
    const out = apply(PROPERTIES, 'CreateItem', true);
    expect(readScriptOperations(JSON.parse(out)).list).toEqual(['GetItem', 'ListItems', 'CreateItem']);
    expect(changedLines(PROPERTIES, out)).toEqual({ removed: ['      "ListItems"'], added: ['      "ListItems",', '      "CreateItem"'] });
  });

  it('drops an operation with its comma and nothing else', () => {
    const out = apply(PROPERTIES, 'GetItem', false);
    expect(readScriptOperations(JSON.parse(out)).list).toEqual(['ListItems']);
    expect(changedLines(PROPERTIES, out)).toEqual({ removed: ['      "GetItem",'], added: [] });
  });

  it('creates the list when there is none, and changes nothing that is already so', () => {
    const without = '{\n  "properties": {\n    "iconBrandColor": "#007ee5"\n  }\n}\n';
    const out = apply(without, 'GetItem', true);
    expect(JSON.parse(out)).toEqual({ properties: { iconBrandColor: '#007ee5', scriptOperations: ['GetItem'] } });
    expect(out.startsWith('{\n  "properties": {\n    "iconBrandColor": "#007ee5",\n')).toBe(true);
    expect(apply(PROPERTIES, 'GetItem', true)).toBe(PROPERTIES);
    expect(apply(PROPERTIES, 'Nowhere', false)).toBe(PROPERTIES);
  });

  it('reads only string items and tells an absent list from an empty one', () => {
    expect(readScriptOperations({ properties: { scriptOperations: ['A', 3, null, 'B'] } })).toEqual({ list: ['A', 'B'], isArray: true });
    expect(readScriptOperations({ properties: { scriptOperations: [] } })).toEqual({ list: [], isArray: true });
    expect(readScriptOperations({ properties: {} })).toEqual({ list: undefined, isArray: false });
    expect(readScriptOperations(null)).toEqual({ list: undefined, isArray: false });
  });
});
