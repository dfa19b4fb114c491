// Skipping JSON values without parsing: where strings, containers and scalars end, with brackets and
// escaped quotes inside strings, a limit the container must end before, scans that step back, and
// texts that stop early.
import { describe, expect, it } from 'vitest';
import { ContainerSkipper, scalarEnd, skipWhitespace, stringEnd } from '../../shared/core/text/json-skip';

describe('json-skip', () => {
  it('ends strings after their closing quote, not at escaped ones', () => {
    const text = String.raw`"a\"b\\" , "c`;
    expect(stringEnd(text, 0)).toBe(8);
    expect(stringEnd(text, 11)).toBe(text.length);
  });

  it('skips whitespace and a byte order mark, and ends scalars at punctuation or whitespace', () => {
    expect(skipWhitespace('\uFEFF \n\t\r{', 0)).toBe(5);
    const text = '[12.5e3,true ,null]';
    expect(scalarEnd(text, 1)).toBe(7);
    expect(scalarEnd(text, 8)).toBe(12);
    expect(scalarEnd(text, 14)).toBe(18);
    expect(scalarEnd('42', 0)).toBe(2);
  });

  it('ends containers at their own closing bracket, whatever strings hold', () => {
    const text = '{"a": ["}", {"b": "]\\"{"}], "c": {}} [1, [2, [3]]]';
    const skip = new ContainerSkipper(text);
    expect(skip.containerEnd(0)).toBe(text.indexOf('} [') + 1);
    expect(text.slice(6, skip.containerEnd(6))).toBe('["}", {"b": "]\\"{"}]');
    const array = text.indexOf('[1');
    expect(text.slice(array, skip.containerEnd(array))).toBe('[1, [2, [3]]]');
  });

  it('tells brackets in strings from those outside them across lines', () => {
    const text = [
      '{',
      '  "paths": {',
      '    "/items/{id}": {"a": "x\\"{", "b": "]"},',
      '    "c": ["{", "\\\\", "}"], "d": "[" }',
      '  ,"e": {}',
      '}',
      '[1]',
    ].join('\n');
    const value = JSON.parse(text.slice(0, text.lastIndexOf('\n'))) as object;
    expect(Object.keys(value)).toEqual(['paths', 'e']);
    const skip = new ContainerSkipper(text);
    expect(skip.containerEnd(0)).toBe(text.lastIndexOf('}') + 1);
    const paths = text.indexOf('{', 2);
    expect(JSON.parse(text.slice(paths, new ContainerSkipper(text).containerEnd(paths)))).toEqual((value as { paths: unknown }).paths);
    const item = text.indexOf('{"a"');
    expect(text.slice(item, skip.containerEnd(item))).toBe('{"a": "x\\"{", "b": "]"}');
    const array = text.indexOf('["{"');
    expect(text.slice(array, skip.containerEnd(array))).toBe('["{", "\\\\", "}"]');
  });

  it('moves its line cursor to the line of an offset, forward and back', () => {
    const text = '{\n  "a": [1,\n    2],\n\n  "b": {}\n}';
    const skip = new ContainerSkipper(text);
    const naive = (offset: number) => {
      const before = text.slice(0, offset);
      return { line: before.split('\n').length, lineStart: before.lastIndexOf('\n') + 1 };
    };
    const offsets = [0, 1, 2, 5, 13, 14, 20, 21, 22, 25, text.length - 1, 3, 0, text.length];
    for (const offset of offsets) {
      skip.seekLine(offset);
      expect({ line: skip.line, lineStart: skip.lineStart }, `at ${offset}`).toEqual(naive(offset));
    }
    // Skipping a container moves it too, and it still answers for places after.
    const fresh = new ContainerSkipper(text);
    expect(fresh.containerEnd(text.indexOf('['))).toBe(text.indexOf(']') + 1);
    fresh.seekLine(text.indexOf('"b"'));
    expect({ line: fresh.line, lineStart: fresh.lineStart }).toEqual(naive(text.indexOf('"b"')));
  });

  it('steps from bracket to bracket outside strings', () => {
    const text = '{"a": "[{", "b": [1, {"c": "]\\"}"}],\n "d": "}"}';
    const skip = new ContainerSkipper(text);
    const found: string[] = [];
    for (let p = skip.nextBracket(0); p < text.length; p = skip.nextBracket(p + 1)) found.push(`${text[p]}${p}`);
    expect(found).toEqual([
      '{0',
      `[${text.indexOf('[1')}`,
      `{${text.indexOf('{"c"')}`,
      `}${text.indexOf('}]')}`,
      `]${text.indexOf('],')}`,
      `}${text.length - 1}`,
    ]);
  });

  it('ends the container a place is directly in', () => {
    const text = '{"a": [1, {"b": "}"}], "c": 2}, 3]';
    const skip = new ContainerSkipper(text);
    expect(skip.closingEnd(text.indexOf(', "c"'))).toBe(text.indexOf('},') + 1);
    expect(new ContainerSkipper(text).closingEnd(text.indexOf(', 3'))).toBe(text.length);
    expect(new ContainerSkipper('{"a": [1, 2').closingEnd(6)).toBe(-1);
  });

  it('finds the same ends after stepping back as a fresh scan does', () => {
    const text = JSON.stringify({ a: [{ x: '[' }, { y: [1, 2] }], b: { c: { d: '}' } }, e: [[], {}] });
    const fresh = (pos: number) => new ContainerSkipper(text).containerEnd(pos);
    // Opening brackets outside strings (the text has no escaped quotes).
    const inString = (i: number) => (text.slice(0, i).split('"').length - 1) % 2 === 1;
    const containers = [...text].flatMap((c, i) => ((c === '{' || c === '[') && !inString(i) ? [i] : []));
    expect(containers.length).toBeGreaterThan(6);
    const shared = new ContainerSkipper(text);
    // Last to first: every call steps back.
    for (const i of [...containers].reverse()) expect(shared.containerEnd(i), `at ${i}`).toBe(fresh(i));
    for (const i of containers) expect(shared.containerEnd(i), `at ${i}`).toBe(fresh(i));
  });

  it('says -1 when a container does not end before the limit or the text', () => {
    const text = '{"a": [1, 2], "b": "long string"}';
    const skip = new ContainerSkipper(text);
    expect(skip.containerEnd(6, text.indexOf(']'))).toBe(-1);
    expect(skip.containerEnd(6, text.indexOf(']') + 1)).toBe(text.indexOf(']') + 1);
    // The string runs past the limit.
    expect(new ContainerSkipper(text).containerEnd(0, text.indexOf('long'))).toBe(-1);
    expect(new ContainerSkipper('{"a": [1, {').containerEnd(0)).toBe(-1);
    expect(new ContainerSkipper('["abc').containerEnd(0)).toBe(-1);
  });
});
