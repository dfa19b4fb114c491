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

/** For the generated code (schema-codegen.ts): the keyword is the last segment of the schema path. */
export function report(errors: SchemaError[], path: Path, schemaPath: string, params: Record<string, unknown>): false {
  const keyword = schemaPath.slice(schemaPath.lastIndexOf('/') + 1);
  errors.push({ instancePath: pointer(path), schemaPath, keyword, params });
  return false;
}

/** A `type` violation of the member `segment` (generated code). */
export function reportAt(errors: SchemaError[], path: Path, segment: string | number, schemaPath: string, type: unknown): false {
  path.push(segment);
  report(errors, path, schemaPath, { type });
  path.pop();
  return false;
}

export function pointer(path: Path): string {
  let out = '';
  for (const s of path) out += `/${typeof s === 'number' ? s : escapeSegment(s)}`;
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
