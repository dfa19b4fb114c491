import { describe, expect, it } from 'vitest';
import { inferSchema, inferSchemaFromSamples, inferTextValueSchema } from '../../shared/engines/import/schema-inference';
import { detectStringFormat } from '../../shared/engines/import/string-formats';
import { titleFromKey } from '../../shared/engines/import/display-names';

type S = Record<string, any>;
const schemaOf = (sample: unknown, options = {}) => inferSchema(sample, options).schema as S;

describe('inferSchema: types', () => {
  it('infers each JSON type', () => {
    const s = schemaOf({ s: 'x', i: 3, n: 2.5, b: false, o: { a: 1 }, a: ['x'] });
    expect(s.type).toBe('object');
    expect(s.properties.s.type).toBe('string');
    expect(s.properties.i.type).toBe('integer');
    expect(s.properties.n.type).toBe('number');
    expect(s.properties.b.type).toBe('boolean');
    expect(s.properties.o).toMatchObject({ type: 'object', properties: { a: { type: 'integer' } } });
    expect(s.properties.a).toMatchObject({ type: 'array', items: { type: 'string' } });
  });

  it('gives int64 to integers beyond 32 bits, and number to integers mixed with fractions', () => {
    expect(schemaOf(3000000000)).toEqual({ type: 'integer', format: 'int64' });
    expect(schemaOf(7)).toEqual({ type: 'integer' });
    expect(schemaOf([1, 2.5]).items).toEqual({ type: 'number' });
  });

  it('leaves the type open, with a warning, when values disagree', () => {
    const r = inferSchema([1, 'a']);
    expect((r.schema as S).items).toEqual({});
    expect(r.notes).toEqual([expect.objectContaining({ kind: 'warning', code: 'MixedTypes' })]);
  });
});

describe('inferSchema: string formats', () => {
  it('recognises date-time, date, date-no-tz, email, uri and uuid', () => {
    const s = schemaOf({
      at: '2024-02-29T10:20:30.5Z',
      offset: '2024-02-29T10:20:30+02:00',
      local: '2024-02-29T10:20:30',
      day: '2024-02-29',
      mail: 'ada@example.com',
      link: 'https://example.com/a?b=c',
      id: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
      text: 'hello world',
    });
    expect(s.properties.at.format).toBe('date-time');
    expect(s.properties.offset.format).toBe('date-time');
    expect(s.properties.local.format).toBe('date-no-tz');
    expect(s.properties.day.format).toBe('date');
    expect(s.properties.mail.format).toBe('email');
    expect(s.properties.link.format).toBe('uri');
    expect(s.properties.id.format).toBe('uuid');
    expect(s.properties.text.format).toBeUndefined();
  });

  it('rejects impossible dates and times', () => {
    expect(detectStringFormat('2023-02-29')).toBeUndefined();
    expect(detectStringFormat('2024-13-01')).toBeUndefined();
    expect(detectStringFormat('2024-01-01T25:00:00Z')).toBeUndefined();
  });

  it('recognises ipv4 but emits it only when asked for all formats (the platform rejects it)', () => {
    expect(detectStringFormat('192.168.0.1')).toBe('ipv4');
    expect(detectStringFormat('256.1.1.1')).toBeUndefined();
    expect(schemaOf('10.0.0.1')).toEqual({ type: 'string' });
    expect(schemaOf('10.0.0.1', { formats: 'all' })).toEqual({ type: 'string', format: 'ipv4' });
  });

  it('drops the format when samples disagree (or one is empty)', () => {
    expect(schemaOf(['2024-01-01', 'a@b.co']).items).toEqual({ type: 'string' });
    expect(schemaOf(['2024-01-01', '']).items).toEqual({ type: 'string' });
    expect(schemaOf(['2024-01-01', '2024-01-02']).items).toEqual({ type: 'string', format: 'date' });
  });
});

describe('inferSchema: arrays, merging, required', () => {
  it('merges the objects of an array into one schema with the union of their properties', () => {
    const s = schemaOf([
      { id: 1, name: 'a' },
      { id: 2, tags: ['x'] },
    ]);
    expect(Object.keys(s.items.properties)).toEqual(['id', 'name', 'tags']);
    expect(s.items.required).toBeUndefined();
  });

  it('marks properties present in every sample as required only when asked', () => {
    const s = schemaOf([{ id: 1, name: 'a' }, { id: 2, name: null }, { id: 3 }], { requiredFromSamples: true });
    expect(s.items.required).toEqual(['id']);
  });

  it('merges several samples (inferSchemaFromSamples)', () => {
    const s = inferSchemaFromSamples([{ a: 1 }, { b: 'x' }]).schema as S;
    expect(Object.keys(s.properties)).toEqual(['a', 'b']);
  });

  it('leaves the items of arrays that are always empty open, and says so', () => {
    const r = inferSchema({ list: [] });
    expect((r.schema as S).properties.list).toMatchObject({ type: 'array', items: {} });
    expect(r.notes).toEqual([expect.objectContaining({ code: 'EmptyArraySample', kind: 'decision' })]);
  });
});

describe('inferSchema: nulls', () => {
  it('types a property from its other samples and marks it nullable', () => {
    const s = schemaOf([{ v: null }, { v: 'x' }]);
    expect(s.items.properties.v).toMatchObject({ type: 'string', 'x-nullable': true });
  });

  it('leaves a property seen only as null open, with one warning naming the places', () => {
    const r = inferSchema({ a: null, b: { c: null } });
    const s = r.schema as S;
    expect(s.properties.a.type).toBeUndefined();
    expect(s.properties.a['x-nullable']).toBe(true);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatchObject({ kind: 'warning', code: 'NullOnlyValue' });
    expect(r.notes[0]!.message).toContain('$.a');
    expect(r.notes[0]!.message).toContain('$.b.c');
  });
});

describe('inferSchema: titles and unusual keys', () => {
  it('titles properties from their keys', () => {
    const s = schemaOf({ first_name: 'a', createdAt: 'b', html_url: 'c', USER_ID: 1 });
    expect(s.properties.first_name['x-ms-summary']).toBe('First Name');
    expect(s.properties.createdAt['x-ms-summary']).toBe('Created At');
    expect(s.properties.html_url['x-ms-summary']).toBe('HTML URL');
    expect(s.properties.USER_ID['x-ms-summary']).toBe('User ID');
    expect(schemaOf({ a: 1 }, { titles: false }).properties.a['x-ms-summary']).toBeUndefined();
  });

  it('keeps keys that are not identifiers exactly, with readable titles, and reports them', () => {
    const claim = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name';
    const r = inferSchema({ [claim]: 'x', '': 1, 'a b': 2, $type: 't', ok_key: 3 }, { pointer: '/responseBody' });
    const props = (r.schema as S).properties;
    expect(Object.keys(props)).toEqual([claim, '', 'a b', '$type', 'ok_key']);
    expect(props[claim]['x-ms-summary']).toBe('Name');
    expect(props['']['x-ms-summary']).toBe('Unnamed');
    expect(props['a b']['x-ms-summary']).toBe('A B');
    expect(props.$type['x-ms-summary']).toBe('Type');
    const note = r.notes.find((n) => n.code === 'UnusualPropertyName')!;
    expect(note.message).toMatch(/^4 property names/);
    expect(note.sourcePointer).toBe('/responseBody');
  });

  it('keeps a key named __proto__ as a property', () => {
    const s = schemaOf(JSON.parse('{"__proto__": {"x": 1}}'));
    expect(Object.hasOwn(s.properties, '__proto__')).toBe(true);
    expect(JSON.stringify(s)).toContain('"__proto__"');
  });

  it('titles keys readably', () => {
    expect(titleFromKey('@odata.nextLink')).toBe('Odata Next Link');
    expect(titleFromKey('+1')).toBe('+1');
    expect(titleFromKey('userID')).toBe('User ID');
    expect(titleFromKey('x'.repeat(200)).length).toBeLessThanOrEqual(80);
  });
});

describe('inferSchema: limits on hostile samples', () => {
  it('reads deep nesting only to maxDepth, without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 5000; i++) deep = { d: deep };
    const r = inferSchema(deep, { maxDepth: 10 });
    let s = r.schema as S;
    let levels = 0;
    while (s.properties?.d) {
      s = s.properties.d;
      levels++;
    }
    expect(levels).toBe(10);
    expect(s.type).toBeUndefined();
    expect(r.notes.map((n) => n.code)).toContain('SampleTooDeep');
  });

  it('reads at most maxArrayItems items of an array', () => {
    const items: unknown[] = Array.from({ length: 100_000 }, () => ({ a: 1 }));
    items[150] = { a: 1, late: true };
    const r = inferSchema(items);
    expect(Object.keys((r.schema as S).items.properties)).toEqual(['a']);
    expect(r.notes).toEqual([expect.objectContaining({ code: 'SampleArrayTruncated' })]);
    expect(r.notes[0]!.message).toContain('100 of 100000');
  });

  it('reads at most maxProperties keys of an object', () => {
    const big: Record<string, number> = {};
    for (let i = 0; i < 100_000; i++) big[`k${i}`] = i;
    const r = inferSchema(big);
    expect(Object.keys((r.schema as S).properties)).toHaveLength(1000);
    expect(r.notes.map((n) => n.code)).toEqual(['SampleTooManyProperties']);
  });

  it('stops after maxValues values', () => {
    const r = inferSchema(
      Array.from({ length: 50 }, (_, i) => ({ [`k${i}`]: i })),
      { maxValues: 20 },
    );
    expect(r.notes.map((n) => n.code)).toContain('SampleTooLarge');
  });
});

describe('inferTextValueSchema', () => {
  it('types values written as text', () => {
    expect(inferTextValueSchema('42')).toEqual({ type: 'integer' });
    expect(inferTextValueSchema('-4.5')).toEqual({ type: 'number' });
    expect(inferTextValueSchema('007')).toEqual({ type: 'string' });
    expect(inferTextValueSchema('true')).toEqual({ type: 'boolean' });
    expect(inferTextValueSchema('2024-01-01')).toEqual({ type: 'string', format: 'date' });
    expect(inferTextValueSchema('99999999999')).toEqual({ type: 'integer', format: 'int64' });
  });
});
