// Swagger 2.0 schemas inferred from JSON samples, as the wizard's "Import from sample" does, and
// more carefully: several samples (or the items of an array) are merged into one schema, nulls
// make `x-nullable`, string formats are recognised, odd keys are kept but named readably, and
// hostile samples (deep nesting, huge arrays, 100k keys) are read within fixed limits.
//
// Decisions:
// - Keys are kept exactly as written: the platform accepts any key, and renaming one would break the
//   mapping to the API. A key that is not a plain identifier (`$type`, `a b`, a claim URI, `""`) gets a
//   readable `x-ms-summary` and a report line.
// - No `required` by default: a sample cannot tell a required property from an optional one that
//   happened to be filled in, and wrongly required body properties force every flow to fill them.
//   With `requiredFromSamples`, a property present (and not null) in every sampled object is required.
// - A value seen only as null gets no type (any value) and a warning; `x-nullable: true` otherwise
//   marks properties seen both as null and as a value.
// - Values of different types at one place (a string here, an object there) leave the type open.
// - Arrays: at most `maxArrayItems` items are read (the first ones); their schemas are merged.
import { titleFromKey } from './display-names';
import type { ImportNote } from './import-result';
import { detectStringFormat, PLATFORM_STRING_FORMATS, type StringFormat } from './string-formats';

export type JsonSchema = Record<string, unknown>;

export interface InferSchemaOptions {
  /** Pointer of the sample in the source document; every note points here. */
  pointer?: string;
  /** How messages name the sample, e.g. "the response body". */
  label?: string;
  /** Nesting levels read; deeper values get an open schema. Default 20. */
  maxDepth?: number;
  /** Items read from each array. Default 100. */
  maxArrayItems?: number;
  /** Properties read from each object. Default 1000. */
  maxProperties?: number;
  /** Values read in all. Default 200,000. */
  maxValues?: number;
  /** Add `x-ms-summary` titles made from the keys. Default true. */
  titles?: boolean;
  /** Mark properties present in every sampled object as required. Default false. */
  requiredFromSamples?: boolean;
  /** `platform` (default): only formats Microsoft accepts; `all`: also ipv4. */
  formats?: 'platform' | 'all';
}

export interface InferSchemaResult {
  schema: JsonSchema;
  notes: ImportNote[];
}

type Kind = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';

/** What the samples showed at one place of the document. */
interface Shape {
  nulls: number;
  kinds: Set<Kind>;
  /** undefined: no string seen yet; null: strings of several (or no) formats. */
  format: StringFormat | null | undefined;
  int64: boolean;
  objects: number;
  props: Map<string, Shape> | undefined;
  /** Per property: in how many objects it held a non-null value. */
  present: Map<string, number> | undefined;
  items: Shape | undefined;
  tooDeep: boolean;
}

const GROUPED = {
  NullOnlyValue: {
    kind: 'warning',
    message: (n: number, shown: string, label: string) =>
      n === 1
        ? `The value at ${shown} of ${label} is null in every sample, so its type is left open; set it once you know it.`
        : `${n} values of ${label} are null in every sample (${shown}), so their types are left open; set them once you know them.`,
  },
  MixedTypes: {
    kind: 'warning',
    message: (n: number, shown: string, label: string) =>
      n === 1
        ? `The value at ${shown} of ${label} has different types in different places; its type is left open.`
        : `${n} values of ${label} have different types in different places (${shown}); their types are left open.`,
  },
  EmptyArraySample: {
    kind: 'decision',
    message: (n: number, shown: string, label: string) =>
      n === 1
        ? `The array at ${shown} of ${label} is empty in every sample, so the type of its items is left open.`
        : `${n} arrays of ${label} are empty in every sample (${shown}), so the types of their items are left open.`,
  },
  UnusualPropertyName: {
    kind: 'decision',
    message: (n: number, shown: string, label: string) =>
      n === 1
        ? `The property ${shown} of ${label} is not a plain name; it is kept as written, with a readable title.`
        : `${n} property names of ${label} are not plain names (${shown}); they are kept as written, with readable titles.`,
  },
} as const satisfies Record<string, { kind: ImportNote['kind']; message: (n: number, shown: string, label: string) => string }>;

type GroupedCode = keyof typeof GROUPED;

/** Marks "the items of an array" in a path. */
const ITEMS = '\u0000[]';
const INT32_MAX = 2147483647;
const INT32_MIN = -2147483648;
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function newShape(): Shape {
  return {
    nulls: 0,
    kinds: new Set(),
    format: undefined,
    int64: false,
    objects: 0,
    props: undefined,
    present: undefined,
    items: undefined,
    tooDeep: false,
  };
}

class Inference {
  readonly notes: ImportNote[] = [];
  private values = 0;
  private stopped = false;
  private readonly seenNotes = new Set<string>();
  private readonly groups = new Map<GroupedCode, { places: Set<string>; index: number }>();
  readonly maxDepth: number;
  readonly maxArrayItems: number;
  readonly maxProperties: number;
  readonly maxValues: number;
  readonly pointer: string | undefined;
  readonly label: string;

  constructor(readonly options: InferSchemaOptions) {
    this.maxDepth = options.maxDepth ?? 20;
    this.maxArrayItems = options.maxArrayItems ?? 100;
    this.maxProperties = options.maxProperties ?? 1000;
    this.maxValues = options.maxValues ?? 200_000;
    this.pointer = options.pointer;
    this.label = options.label ?? 'the sample';
  }

  note(kind: ImportNote['kind'], code: string, message: string, once = `${code}:${message}`): void {
    if (this.seenNotes.has(once)) return;
    this.seenNotes.add(once);
    this.notes.push({ kind, code, message, ...(this.pointer !== undefined ? { sourcePointer: this.pointer } : {}) });
  }

  /**
   * A finding that may repeat across a sample (every null-only value of a large response): one
   * note per kind of finding, naming the first few places.
   */
  finding(code: GroupedCode, place: string): void {
    let group = this.groups.get(code);
    if (!group) {
      group = { places: new Set(), index: this.notes.length };
      this.groups.set(code, group);
      this.notes.push({
        kind: GROUPED[code].kind,
        code,
        message: '',
        ...(this.pointer !== undefined ? { sourcePointer: this.pointer } : {}),
      });
    }
    group.places.add(place);
  }

  finish(): ImportNote[] {
    for (const [code, group] of this.groups) {
      const n = group.places.size;
      const shown = [...group.places].slice(0, 3).join(', ') + (n > 3 ? ` and ${n - 3} more` : '');
      this.notes[group.index]!.message = GROUPED[code].message(n, shown, this.label);
    }
    return this.notes;
  }

  /** Where `add` is, as `$.items[].name`; a stack rather than a string per value, joined only for a note. */
  private readonly at: string[] = [];

  private where(): string {
    return `$${this.at.map((k) => (k === ITEMS ? '[]' : `.${k}`)).join('')}`;
  }

  add(shape: Shape, value: unknown, depth: number): void {
    if (this.stopped) return;
    if (++this.values > this.maxValues) {
      this.stopped = true;
      this.note(
        'loss',
        'SampleTooLarge',
        `Only the first ${this.maxValues.toLocaleString('en-US')} values of ${this.label} were read; the rest of it is not in the schema.`,
      );
      return;
    }
    if (value === null || value === undefined) {
      shape.nulls++;
      return;
    }
    switch (typeof value) {
      case 'string': {
        shape.kinds.add('string');
        if (shape.format !== null) {
          const f = detectStringFormat(value);
          const usable = f && (this.options.formats === 'all' || PLATFORM_STRING_FORMATS.has(f)) ? f : null;
          shape.format = shape.format === undefined || shape.format === usable ? usable : null;
        }
        return;
      }
      case 'number':
        if (Number.isInteger(value)) {
          shape.kinds.add('integer');
          if (value > INT32_MAX || value < INT32_MIN) shape.int64 = true;
        } else {
          shape.kinds.add('number');
        }
        return;
      case 'boolean':
        shape.kinds.add('boolean');
        return;
      case 'object':
        break;
      default:
        return;
    }
    if (depth >= this.maxDepth) {
      shape.tooDeep = true;
      this.note(
        'loss',
        'SampleTooDeep',
        `${capitalized(this.label)} nests deeper than ${this.maxDepth} levels; below ${this.where()} any value is accepted.`,
        'SampleTooDeep',
      );
      return;
    }
    if (Array.isArray(value)) {
      shape.kinds.add('array');
      const items = (shape.items ??= newShape());
      const n = Math.min(value.length, this.maxArrayItems);
      if (value.length > this.maxArrayItems) {
        const path = this.where();
        this.note(
          'decision',
          'SampleArrayTruncated',
          `Only the first ${this.maxArrayItems} of ${value.length} items of the array at ${path} of ${this.label} were read to build the schema.`,
          `SampleArrayTruncated:${path}`,
        );
      }
      this.at.push(ITEMS);
      for (let i = 0; i < n; i++) this.add(items, value[i], depth + 1);
      this.at.pop();
      return;
    }
    shape.kinds.add('object');
    shape.objects++;
    const props = (shape.props ??= new Map());
    const present = this.options.requiredFromSamples ? (shape.present ??= new Map()) : undefined;
    let count = 0;
    for (const key in value as Record<string, unknown>) {
      if (!Object.hasOwn(value, key)) continue;
      if (++count > this.maxProperties) {
        const path = this.where();
        this.note(
          'loss',
          'SampleTooManyProperties',
          `The object at ${path} of ${this.label} has more than ${this.maxProperties} properties; only the first ${this.maxProperties} are in the schema.`,
          `SampleTooManyProperties:${path}`,
        );
        break;
      }
      const child = (value as Record<string, unknown>)[key];
      let propShape = props.get(key);
      if (!propShape) {
        propShape = newShape();
        props.set(key, propShape);
        if (!PLAIN_KEY.test(key)) {
          const title = titleFromKey(key);
          this.finding('UnusualPropertyName', title === key ? JSON.stringify(key) : `${JSON.stringify(key)}, titled "${title}"`);
        }
      }
      if (present && child !== null && child !== undefined) present.set(key, (present.get(key) ?? 0) + 1);
      this.at.push(key);
      this.add(propShape, child, depth + 1);
      this.at.pop();
    }
  }

  toSchema(shape: Shape, path: string): JsonSchema {
    const kinds = new Set(shape.kinds);
    if (kinds.has('integer') && kinds.has('number')) kinds.delete('integer');
    const schema: JsonSchema = {};
    if (kinds.size === 0) {
      if (shape.tooDeep) return schema;
      if (shape.nulls > 0) {
        this.finding('NullOnlyValue', path);
        schema['x-nullable'] = true;
      }
      return schema;
    }
    if (kinds.size > 1) {
      this.finding('MixedTypes', `${path} (${[...kinds].join(' or ')})`);
      if (shape.nulls > 0) schema['x-nullable'] = true;
      return schema;
    }
    const kind = [...kinds][0]!;
    schema.type = kind;
    if (kind === 'string' && shape.format) schema.format = shape.format;
    if (kind === 'integer' && shape.int64) schema.format = 'int64';
    if (kind === 'object') {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      const titles = new Set<string>();
      for (const [key, child] of shape.props ?? []) {
        const childPath = `${path}.${key}`;
        const childSchema = this.toSchema(child, childPath);
        if (this.options.titles !== false) {
          // Two keys with one title ("first_name", "firstName") would look alike in the designer.
          let title = titleFromKey(key);
          if (titles.has(title)) title = key.slice(0, 80) || 'Unnamed';
          titles.add(title);
          childSchema['x-ms-summary'] = title;
        }
        // A key named "__proto__" must stay a property, not replace the prototype.
        if (key === '__proto__')
          Object.defineProperty(properties, key, { value: childSchema, enumerable: true, writable: true, configurable: true });
        else properties[key] = childSchema;
        if (this.options.requiredFromSamples && (shape.present?.get(key) ?? 0) === shape.objects) required.push(key);
      }
      schema.properties = properties;
      if (required.length > 0) schema.required = required;
    }
    if (kind === 'array') {
      if (shape.items && (shape.items.kinds.size > 0 || shape.items.nulls > 0 || shape.items.tooDeep)) {
        schema.items = this.toSchema(shape.items, `${path}[]`);
      } else {
        schema.items = {};
        this.finding('EmptyArraySample', path);
      }
    }
    if (shape.nulls > 0) schema['x-nullable'] = true;
    return schema;
  }
}

/** The schema of one JSON sample. */
export function inferSchema(sample: unknown, options: InferSchemaOptions = {}): InferSchemaResult {
  return inferSchemaFromSamples([sample], options);
}

/** One schema for several samples of the same thing (e.g. every saved response with one status). */
export function inferSchemaFromSamples(samples: readonly unknown[], options: InferSchemaOptions = {}): InferSchemaResult {
  const inference = new Inference(options);
  const shape = newShape();
  for (const sample of samples) inference.add(shape, sample, 0);
  const schema = inference.toSchema(shape, '$');
  return { schema, notes: inference.finish() };
}

/**
 * The type of a value written as text (a query string, a header, a form field): "42" is an
 * integer, "4.5" a number, "true" a boolean; numbers with leading zeros stay text (codes, ids).
 */
export function inferTextValueSchema(text: string, options: Pick<InferSchemaOptions, 'formats'> = {}): JsonSchema {
  if (/^-?(0|[1-9]\d{0,14})$/.test(text)) {
    const n = Number(text);
    return n > INT32_MAX || n < INT32_MIN ? { type: 'integer', format: 'int64' } : { type: 'integer' };
  }
  if (/^-?(0|[1-9]\d{0,14})\.\d{1,15}$/.test(text)) return { type: 'number' };
  if (text === 'true' || text === 'false') return { type: 'boolean' };
  const f = detectStringFormat(text);
  if (f && (options.formats === 'all' || PLATFORM_STRING_FORMATS.has(f))) return { type: 'string', format: f };
  return { type: 'string' };
}
