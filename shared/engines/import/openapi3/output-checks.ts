// Last checks on the converted document, so it validates as Swagger 2.0: every `$ref` resolves
// (a dangling one in the source, or one into a schema whose shape changed, would not), and object
// schemas built with allOf require only properties they (or their parents) describe.
import { asObject, type JsonObject } from '../../../core/model';
import { appendPointer, formatPointer, refToPointer, valueAt } from '../../../core/text';
import { plural } from '../openapi2';
import type { ConvertContext } from './convert-context';

export function checkReferences(doc: JsonObject, ctx: ConvertContext): void {
  const known = new Map<string, boolean>();
  const resolves = (ref: string) => {
    let ok = known.get(ref);
    if (ok === undefined) {
      const pointer = refToPointer(ref);
      ok = pointer !== undefined && valueAt(doc, pointer) !== undefined;
      known.set(ref, ok);
    }
    return ok;
  };
  // References kept verbatim inside Microsoft extensions (x-ms-dynamic-schema and the like) still
  // use OpenAPI 3 names: map them too.
  const mapped = (ref: string) =>
    ref.startsWith('#/components/')
      ? (ctx.names.mapRef(ref, 'schemas') ?? ctx.names.mapRef(ref, 'parameters') ?? ctx.names.mapRef(ref, 'responses') ?? ref)
      : ref;
  // The path is kept as segments; a pointer string is built only for a report.
  const path: (string | number)[] = [];
  const here = (...more: (string | number)[]) => sourcePointer(formatPointer([...path, ...more]), ctx);
  const report = (ref: string, pointer: () => string) =>
    ctx.notes.tally(
      'loss',
      'DanglingRefRemoved',
      pointer,
      (n) =>
        `${plural(n, 'reference')} (e.g. "${ref}") pointed nowhere in the converted document; ${n === 1 ? 'it was' : 'they were'} removed.`,
    );
  const walk = (value: unknown, depth: number): void => {
    if (depth > 200 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      // Parameter lists: a broken reference drops the parameter; elsewhere the value becomes "any".
      const isParameters = path[path.length - 1] === 'parameters';
      for (let i = value.length - 1; i >= 0; i--) {
        const ref = asObject(value[i])?.$ref;
        if (isParameters && typeof ref === 'string' && !resolves(mapped(ref))) {
          value.splice(i, 1);
          report(ref, () => here(i));
        } else {
          path.push(i);
          walk(value[i], depth + 1);
          path.pop();
        }
      }
      return;
    }
    const o = value as JsonObject;
    if (typeof o.$ref === 'string') {
      const ref = mapped(o.$ref);
      if (resolves(ref)) o.$ref = ref;
      else {
        report(o.$ref, () => here());
        delete o.$ref;
      }
    }
    const last = path[path.length - 1];
    const isMap = typeof last === 'string' && MAP_KEYS.has(last);
    for (const k in o) {
      const v = o[k];
      if (v === null || typeof v !== 'object') continue;
      if (isMap || !EXAMPLE_KEYS.has(k)) {
        path.push(k);
        walk(v, depth + 1);
        path.pop();
      } else if (holdsRef(v, 0)) {
        // Swagger tools resolve "$ref" even inside examples; such an example would break them.
        delete o[k];
        ctx.notes.tally(
          'loss',
          'ExampleWithRefDropped',
          () => here(k),
          (n) => `${plural(n, 'example')} holding a "$ref" ${n === 1 ? 'was' : 'were'} left out: Swagger tools would try to follow it.`,
        );
      }
    }
  };
  walk(doc, 0);
}

function holdsRef(v: unknown, depth: number): boolean {
  if (v === null || typeof v !== 'object' || depth > 100) return false;
  if (Array.isArray(v)) return v.some((x) => holdsRef(x, depth + 1));
  for (const k in v as JsonObject) if (k === '$ref' || holdsRef((v as JsonObject)[k], depth + 1)) return true;
  return false;
}

// Values, not schemas: a "$ref" inside an example is data. (Unless the key names a property.)
const EXAMPLE_KEYS = new Set(['example', 'examples', 'default', 'enum']);
const MAP_KEYS = new Set(['properties', 'definitions', 'parameters', 'responses', 'headers', 'paths']);

/**
 * Swagger tools check the required list of each definition and body schema (not of nested
 * schemas) against its properties and its allOf parents'.
 */
export function pruneUndescribedRequired(doc: JsonObject, ctx: ConvertContext): void {
  const definitions = asObject(doc.definitions) ?? {};
  const propertiesOf = (schema: JsonObject, seen: Set<object>): Set<string> => {
    const names = new Set(Object.keys(asObject(schema.properties) ?? {}));
    if (seen.has(schema)) return names;
    seen.add(schema);
    for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) {
      let m = asObject(member);
      const ref = m?.$ref;
      if (typeof ref === 'string') {
        const pointer = refToPointer(ref);
        m = pointer === undefined ? undefined : asObject(valueAt(doc, pointer));
      }
      if (m) for (const n of propertiesOf(m, seen)) names.add(n);
    }
    return names;
  };
  const check = (schema: JsonObject | undefined, pointer: string) => {
    if (schema?.type !== 'object' || !Array.isArray(schema.required)) return;
    const known = propertiesOf(schema, new Set());
    const kept = (schema.required as string[]).filter((n) => known.has(n));
    if (kept.length === schema.required.length) return;
    const missing = (schema.required as string[]).find((n) => !known.has(n));
    ctx.notes.tally(
      'loss',
      'RequiredPropertyUndescribed',
      sourcePointer(pointer, ctx),
      (n) =>
        `${plural(n, 'object schema')} required properties ${n === 1 ? 'it does' : 'they do'} not describe (e.g. "${missing}"); Swagger 2.0 tools reject that, so they are no longer required.`,
    );
    if (kept.length > 0) schema.required = kept;
    else delete schema.required;
  };
  for (const [name, d] of Object.entries(definitions)) check(asObject(d), appendPointer('/definitions', name));
  for (const item of Object.values(asObject(doc.paths) ?? {})) {
    for (const op of Object.values(asObject(item) ?? {})) {
      for (const p of Array.isArray(asObject(op)?.parameters) ? (asObject(op)!.parameters as unknown[]) : []) {
        const param = asObject(p);
        if (param?.in === 'body') check(asObject(param.schema), ctx.origin.get(param) ?? '');
      }
    }
  }
}

/** Where an output pointer's value came from: definitions and shared parameters/responses map back to components. */
function sourcePointer(outputPointer: string, ctx: ConvertContext): string {
  const m = outputPointer.match(/^\/(definitions|parameters|responses)\/([^/]+)(.*)$/);
  if (!m) return outputPointer;
  const source = ctx.names.sourceOf(`#/${m[1]}/${m[2]}`);
  return source === undefined ? outputPointer : source + m[3];
}
