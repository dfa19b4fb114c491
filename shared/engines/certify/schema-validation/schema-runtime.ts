// What every compiled schema shares at run time: the function shapes, error recording and the
// runner of keyword steps.
import { escapeSegment } from '../../../core/text';
import type { Node, SchemaError } from './schema-node';
import { typeBits } from './schema-values';

export type Path = (string | number)[];
/**
 * Validates `data`. With `errors` null it is a test: it stops at the first failure. `path` is the
 * instance location as a stack (strings are built only for errors).
 */
export type Validate = (data: unknown, path: Path, errors: SchemaError[] | null) => boolean;
/** One keyword group of a schema, given the value's type bits (computed once per value). */
export type Step = (data: unknown, bits: number, path: Path, errors: SchemaError[] | null) => boolean;
/** Filled once its schema is compiled: schemas are recursive, so callers hold the cell. */
export interface Cell {
  fn: Validate;
}

export function record(errors: SchemaError[], node: Node, path: Path, keyword: string, params: Record<string, unknown>): false {
  errors.push({ instancePath: pointer(path), schemaPath: `#${node.path}/${keyword}`, keyword, params });
  return false;
}

/**
 * The generated code (schema-codegen.ts) builds no path while it checks: an error is recorded
 * relative to the value of the function that found it, and a function called on a member (`at`,
 * its name or index) puts it in front of what it found, once on its way out (under). Errors are
 * few; members checked are many.
 */
export type RelativeValidate = (data: unknown, errors: SchemaError[] | null, at?: string | number) => boolean;

/** An error of the value being checked (generated code). */
export function report(errors: SchemaError[], schemaPath: string, params: Record<string, unknown>): false {
  return push(errors, '', schemaPath, params);
}

/** A `type` violation of the member `segment` (generated code). */
export function reportAt(errors: SchemaError[], segment: string | number, schemaPath: string, type: unknown): false {
  return push(errors, segmentPointer(segment), schemaPath, { type });
}

/** The keyword is the last segment of the schema path. */
function push(errors: SchemaError[], instancePath: string, schemaPath: string, params: Record<string, unknown>): false {
  errors.push({ instancePath, schemaPath, keyword: schemaPath.slice(schemaPath.lastIndexOf('/') + 1), params });
  return false;
}

/** The errors from index `from` on were found in the member `segment`: their paths start with it. */
export function under(errors: SchemaError[], from: number, segment: string | number): void {
  if (from === errors.length) return;
  const prefix = segmentPointer(segment);
  for (let i = from; i < errors.length; i++) errors[i]!.instancePath = prefix + errors[i]!.instancePath;
}

function segmentPointer(s: string | number): string {
  return `/${typeof s === 'number' ? s : escapeSegment(s)}`;
}

export function pointer(path: Path): string {
  let out = '';
  for (const s of path) out += segmentPointer(s);
  return out;
}

export const ALWAYS: Validate = () => true;

/** Runs the steps in order; a test stops at the first failure, a validation collects them all. */
export function sequence(steps: Step[]): Validate {
  if (steps.length === 0) return ALWAYS;
  if (steps.length === 1) {
    const [a] = steps as [Step];
    return (data, path, errors) => a(data, typeBits(data), path, errors);
  }
  if (steps.length === 2) {
    const [a, b] = steps as [Step, Step];
    return (data, path, errors) => {
      const bits = typeBits(data);
      if (!a(data, bits, path, errors)) {
        if (errors === null) return false;
        b(data, bits, path, errors);
        return false;
      }
      return b(data, bits, path, errors);
    };
  }
  return (data, path, errors) => {
    const bits = typeBits(data);
    let ok = true;
    for (let i = 0; i < steps.length; i++) {
      if (!steps[i]!(data, bits, path, errors)) {
        if (errors === null) return false;
        ok = false;
      }
    }
    return ok;
  };
}

export function all(list: Cell[], data: unknown, path: Path, errors: SchemaError[] | null): boolean {
  let ok = true;
  for (let i = 0; i < list.length; i++) {
    if (!list[i]!.fn(data, path, errors)) {
      if (errors === null) return false;
      ok = false;
    }
  }
  return ok;
}
