// Values and Default value as typed in the form: read by the property's type, and what is not of
// the type is an error to show, not a string written in its place.
import { describe, expect, it } from 'vitest';
import { parseTypedValue, parseValueLines, valueLine, valuesText, valueText } from '../../shared/editing/definition-edits';

describe('parseTypedValue', () => {
  it('reads integers, numbers and booleans by the type, trimmed', () => {
    expect(parseTypedValue(' 42 ', 'integer')).toEqual({ value: 42 });
    expect(parseTypedValue('-7', 'integer')).toEqual({ value: -7 });
    expect(parseTypedValue('1.5e3', 'number')).toEqual({ value: 1500 });
    expect(parseTypedValue('-.5', 'number')).toEqual({ value: -0.5 });
    expect(parseTypedValue('false', 'boolean')).toEqual({ value: false });
  });

  it('keeps text of any other type as it is typed, spaces included', () => {
    expect(parseTypedValue(' a b ', 'string')).toEqual({ value: ' a b ' });
    expect(parseTypedValue('12', 'string')).toEqual({ value: '12' });
    expect(parseTypedValue('true', '')).toEqual({ value: 'true' });
  });

  it('refuses text that is not of the type instead of writing it as a string', () => {
    expect(parseTypedValue('abc', 'integer')).toEqual({ error: '"abc" is not an integer.' });
    expect(parseTypedValue('1.5', 'integer')).toEqual({ error: '"1.5" is not an integer.' });
    expect(parseTypedValue('', 'integer')).toEqual({ error: '"" is not an integer.' });
    expect(parseTypedValue('12345678901234567890', 'integer')).toEqual({
      error: '12345678901234567890 is too large to be written exactly.',
    });
    // Number() reads these, JSON does not: refused.
    expect(parseTypedValue('0x10', 'number')).toEqual({ error: '"0x10" is not a number.' });
    expect(parseTypedValue('Infinity', 'number')).toEqual({ error: '"Infinity" is not a number.' });
    expect(parseTypedValue('1e999', 'number')).toEqual({ error: '"1e999" is not a number.' });
    expect(parseTypedValue('', 'number')).toEqual({ error: '"" is not a number.' });
    expect(parseTypedValue('True', 'boolean')).toEqual({ error: '"True" is not true or false.' });
    expect(parseTypedValue('yes', 'boolean')).toEqual({ error: '"yes" is not true or false.' });
  });

  it('reads arrays and objects as JSON of that shape', () => {
    expect(parseTypedValue('[1, "a"]', 'array')).toEqual({ value: [1, 'a'] });
    expect(parseTypedValue('{"a": 1}', 'object')).toEqual({ value: { a: 1 } });
    expect(parseTypedValue('{"a": 1}', 'array')).toEqual({ error: '"{"a": 1}" is not a JSON array.' });
    expect(parseTypedValue('[1]', 'object')).toEqual({ error: '"[1]" is not a JSON object.' });
    expect(parseTypedValue('null', 'object')).toEqual({ error: '"null" is not a JSON object.' });
    expect(parseTypedValue('{a: 1}', 'object')).toEqual({ error: '"{a: 1}" is not JSON.' });
  });
});

describe('parseValueLines', () => {
  it('reads one value a line, skipping blank lines', () => {
    expect(parseValueLines('1\n\n 2 \r\n3\n', 'integer')).toEqual({ values: [1, 2, 3] });
    expect(parseValueLines('true\nfalse', 'boolean')).toEqual({ values: [true, false] });
    expect(parseValueLines(' a \nb', 'string')).toEqual({ values: ['a', 'b'] });
  });

  it('is an empty list for an empty field (the key is removed)', () => {
    expect(parseValueLines('', 'string')).toEqual({ values: [] });
    expect(parseValueLines('\n  \n', 'integer')).toEqual({ values: [] });
  });

  it('names the first line not of the type, or repeating a value', () => {
    expect(parseValueLines('1\n\nx\ny', 'integer')).toEqual({ error: 'Line 3: "x" is not an integer.' });
    expect(parseValueLines('a\nb\na', 'string')).toEqual({ error: 'Line 3: a is listed twice.' });
    // 1 and 1.0 are one number.
    expect(parseValueLines('1\n1.0', 'number')).toEqual({ error: 'Line 2: 1.0 is listed twice.' });
    // "1" and 1 are not the same value, but a string field reads both as "1".
    expect(parseValueLines('1\n1', 'string')).toEqual({ error: 'Line 2: 1 is listed twice.' });
  });
});

describe('valuesText', () => {
  it('shows strings as they are and other values as JSON, one a line', () => {
    expect(valuesText(['a', 1, true, null, { b: 2 }])).toBe('a\n1\ntrue\nnull\n{"b":2}');
    expect(valuesText([])).toBe('');
    expect(valueText('x y')).toBe('x y');
  });

  it('reads back what it shows for values of the type', () => {
    for (const [values, type] of [
      [[1, -2, 30], 'integer'],
      [[0.5, 2], 'number'],
      [[true, false], 'boolean'],
      [['a', 'b c'], 'string'],
    ] as const) {
      expect(parseValueLines(valuesText(values), type)).toEqual({ values });
    }
  });

  it('counts a string’s own line breaks for the line a value starts on', () => {
    expect(valueLine(['a', 'two\nlines', 'c'], 0)).toBe(0);
    expect(valueLine(['a', 'two\nlines', 'c'], 2)).toBe(3);
  });
});
