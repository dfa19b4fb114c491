// Validates a JSON value against a Swagger 2.0 schema, the subset connectors use: type (integer
// apart from number), format date-time and date (loosely), properties, required, items, enum,
// additionalProperties, allOf, x-nullable, and $ref to #/definitions (cycle-safe: a schema reached
// again at the same place in the value is not walked twice).
//
// Hand-written rather than Ajv: each mismatch carries both the path in the body and the pointer of
// the schema keyword in the definition, so the studio and the CLI can point at the line to fix;
// Swagger's own words (x-nullable, integer vs number, type "file", missing types) apply without
// translating the schema; and it runs in the renderer, whose content security policy forbids the
// code generation Ajv depends on.
import { asObject } from '../../core/model';
import { appendPointer, refToPointer, valueAt } from '../../core/text';
import { appendJsonPath, portalPath } from './json-path';

export type MismatchKind = 'type' | 'required' | 'enum' | 'additional-property' | 'format' | 'not-json' | 'empty';

export interface SchemaMismatch {
  kind: MismatchKind;
  /** Where in the body: "$", "$.items[3].id". */
  path: string;
  /** JSON pointer of the schema in the definition ("/definitions/Item/properties/id"). */
  schemaPointer: string;
  /** JSON pointer of the keyword that failed ("/definitions/Item/properties/id/type") when it is written; else the schema's. */
  keywordPointer: string;
  /** "Property .items[3].id type mismatch, Expected: integer, Actual: string". */
  message: string;
  expected?: string;
  actual?: string;
}

export interface SchemaCheckResult {
  mismatches: SchemaMismatch[];
  /** Mismatches found beyond the cap and not listed. */
  omitted: number;
  /** What could not be checked (an unresolved $ref, a type unknown to Swagger 2.0). */
  notes: string[];
}

export interface SchemaCheckOptions {
  /** At most this many mismatches are listed (default 100). */
  maxMismatches?: number;
}

const MAX_DEPTH = 256;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KNOWN_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'file', 'null']);

/** The JSON type of a value in Swagger's words; whole numbers are "integer". */
export function jsonTypeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function matchesType(type: string, v: unknown): boolean {
  const actual = jsonTypeOf(v);
  if (type === 'number') return actual === 'number' || actual === 'integer';
  if (type === 'file') return true;
  return actual === type;
}

function shown(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function subject(path: string): string {
  return path === '$' ? 'The body' : `Property ${portalPath(path)}`;
}

export function checkAgainstSchema(
  root: unknown,
  schema: unknown,
  schemaPointer: string,
  value: unknown,
  options: SchemaCheckOptions = {},
): SchemaCheckResult {
  const max = options.maxMismatches ?? 100;
  const mismatches: SchemaMismatch[] = [];
  const notes = new Set<string>();
  let omitted = 0;
  const onStack = new Set<string>();

  const report = (m: Omit<SchemaMismatch, 'keywordPointer'>, keyword?: string | number, ...more: (string | number)[]) => {
    if (mismatches.length >= max) {
      omitted++;
      return;
    }
    const keywordPointer = keyword === undefined ? m.schemaPointer : appendPointer(m.schemaPointer, keyword, ...more);
    mismatches.push({ ...m, keywordPointer });
  };

  /** Follows $ref hops; undefined (with a note) when a reference does not resolve or loops. */
  const deref = (node: unknown, pointer: string): { s: Record<string, unknown>; pointer: string } | undefined => {
    let s = asObject(node);
    let at = pointer;
    const seen = new Set<string>();
    while (s && typeof s.$ref === 'string') {
      const ref = s.$ref;
      const target = refToPointer(ref);
      if (target === undefined || seen.has(target)) {
        notes.add(
          target === undefined
            ? `The schema reference ${ref} (at ${at}) is not local to the definition; values there were not checked.`
            : `The schema reference ${ref} refers back to itself; values there were not checked.`,
        );
        return undefined;
      }
      seen.add(target);
      const next = asObject(valueAt(root, target));
      if (!next) {
        notes.add(`The schema reference ${ref} (at ${at}) does not resolve; values there were not checked.`);
        return undefined;
      }
      s = next;
      at = target;
    }
    return s ? { s, pointer: at } : undefined;
  };

  const visit = (node: unknown, pointer: string, v: unknown, path: string, depth: number): void => {
    if (depth > MAX_DEPTH) {
      notes.add(`The body nests deeper than ${MAX_DEPTH} levels; values below that were not checked.`);
      return;
    }
    const found = deref(node, pointer);
    if (!found) return;
    const { s, pointer: at } = found;
    // The same schema at the same place in the body again: an allOf or $ref loop that reads no data.
    const key = `${at}\u0000${path}`;
    if (onStack.has(key)) return;
    onStack.add(key);
    try {
      check(s, at, v, path, depth);
    } finally {
      onStack.delete(key);
    }
  };

  const check = (s: Record<string, unknown>, at: string, v: unknown, path: string, depth: number): void => {
    const props = asObject(s.properties);
    const additional = s.additionalProperties;
    const declared = s.type;
    const types = (Array.isArray(declared) ? declared : declared === undefined ? [] : [declared]).filter(
      (t): t is string => typeof t === 'string',
    );
    for (const t of types)
      if (!KNOWN_TYPES.has(t))
        notes.add(`The schema at ${at} has type "${t}", which Swagger 2.0 does not define; its values were not type-checked.`);
    const known = types.filter((t) => KNOWN_TYPES.has(t));
    // No type, but properties or items: the shape says what it is.
    if (types.length === 0) {
      if (props || asObject(additional)) known.push('object');
      else if (s.items !== undefined) known.push('array');
    }
    const nullable = s['x-nullable'] === true || known.includes('null');

    if (Array.isArray(s.allOf)) s.allOf.forEach((member, i) => visit(member, appendPointer(at, 'allOf', i), v, path, depth + 1));

    if (v === null) {
      if (nullable || known.length === 0) return;
      const expected = known.join(' or ');
      report(
        {
          kind: 'type',
          path,
          schemaPointer: at,
          expected,
          actual: 'null',
          message: `${subject(path)} type mismatch, Expected: ${expected}, Actual: null (mark the schema "x-nullable": true if null is allowed)`,
        },
        s.type !== undefined ? 'type' : undefined,
      );
      return;
    }
    if (known.length && !known.some((t) => matchesType(t, v))) {
      const expected = known.filter((t) => t !== 'null').join(' or ');
      const actual = jsonTypeOf(v);
      report(
        {
          kind: 'type',
          path,
          schemaPointer: at,
          expected,
          actual,
          message: `${subject(path)} type mismatch, Expected: ${expected}, Actual: ${actual}`,
        },
        s.type !== undefined ? 'type' : undefined,
      );
      return;
    }
    if (Array.isArray(s.enum) && !s.enum.some((e) => deepEqual(e, v))) {
      const list = s.enum.slice(0, 10).map(shown).join(', ') + (s.enum.length > 10 ? ', ...' : '');
      report(
        {
          kind: 'enum',
          path,
          schemaPointer: at,
          expected: list,
          actual: shown(v),
          message: `${subject(path)} value mismatch, Expected one of: ${list}, Actual: ${shown(v)}`,
        },
        'enum',
      );
    }
    if (typeof v === 'string' && (s.format === 'date-time' || s.format === 'date')) {
      const ok = s.format === 'date' ? DATE.test(v) : DATE_TIME.test(v);
      if (!ok) {
        report(
          {
            kind: 'format',
            path,
            schemaPointer: at,
            expected: s.format,
            actual: shown(v),
            message: `${subject(path)} format mismatch, Expected: ${s.format}, Actual: ${shown(v)}`,
          },
          'format',
        );
      }
    }
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const obj = v as Record<string, unknown>;
      if (Array.isArray(s.required)) {
        s.required.forEach((name, i) => {
          if (typeof name === 'string' && !Object.hasOwn(obj, name)) {
            const p = appendJsonPath(path, name);
            report(
              {
                kind: 'required',
                path: p,
                schemaPointer: at,
                expected: name,
                message: `Property ${portalPath(p)} is required, but missing`,
              },
              'required',
              i,
            );
          }
        });
      }
      for (const [name, child] of Object.entries(obj)) {
        const p = appendJsonPath(path, name);
        if (props && Object.hasOwn(props, name)) visit(props[name], appendPointer(at, 'properties', name), child, p, depth + 1);
        else if (additional === false) {
          report(
            {
              kind: 'additional-property',
              path: p,
              schemaPointer: at,
              actual: name,
              message: `Property ${portalPath(p)} is not in the schema, which allows no other properties (additionalProperties: false)`,
            },
            'additionalProperties',
          );
        } else if (asObject(additional)) visit(additional, appendPointer(at, 'additionalProperties'), child, p, depth + 1);
      }
    }
    if (Array.isArray(v) && s.items !== undefined) {
      if (Array.isArray(s.items)) {
        notes.add(`The schema at ${at} lists items as an array (tuple), which Swagger 2.0 does not allow; its items were not checked.`);
      } else {
        v.forEach((item, i) => visit(s.items, appendPointer(at, 'items'), item, appendJsonPath(path, i), depth + 1));
      }
    }
  };

  visit(schema, schemaPointer, value, '$', 0);
  return { mismatches, omitted, notes: [...notes] };
}
