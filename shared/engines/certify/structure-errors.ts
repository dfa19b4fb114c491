// Reading JSON Schema violations: where they are, what value they are about, how to name it.
import { escapeSegment, valueAtSegments } from '../../core/text';
import { splitPointer } from './split-pointer';
import { placeOf, type Place } from './schema-places';
import type { SchemaError } from './schema-validator';
import type { RuleContext, StructureError } from './types';

/** Pointer of the member a `required` / `additionalProperties` error names, else of the value. */
export function memberPointer(e: StructureError): string {
  const name = e.params.additionalProperty ?? e.params.missingProperty;
  return typeof name === 'string' ? `${e.instancePath}/${escapeSegment(name)}` : e.instancePath;
}

/**
 * The error's instancePath as segments, split on first use and kept on the error: a violation is
 * offered to several rules in turn, and each asked for its place, name or value (a definition
 * with a thousand violations split each pointer four times over).
 */
export function errorSegments(e: StructureError): readonly string[] {
  if (e.segments === null) {
    try {
      e.segments = splitPointer(e.instancePath);
    } catch {
      // The validators write '' or '/…'; anything else is read as the root, as it always was.
      e.segments = [];
    }
  }
  return e.segments;
}

export function placeOfError(e: StructureError): Place {
  return placeOf(e.file, errorSegments(e));
}

/** What a structure error's `data` holds until its value is first read. */
const NOT_READ: unknown = Symbol('not read');

/**
 * A violation found in `file`, as the rules are offered it. Made here only, as one literal: an
 * error given its file afterwards had a map of its own that died at each full GC, and the code
 * that read errors was thrown away with it.
 */
export function structureError(e: SchemaError, file: StructureError['file']): StructureError {
  return {
    instancePath: e.instancePath,
    schemaPath: e.schemaPath,
    keyword: e.keyword,
    params: e.params,
    file,
    data: NOT_READ,
    segments: null,
  };
}

/**
 * The value the error is about (at its instancePath). Each violation is offered to the owning
 * rules in turn, and most look at its value: it is read once, and kept on the error (a WeakMap
 * from error to value cost a weak entry per error, and its lookups were compiled again each run).
 */
export function dataOf(ctx: RuleContext, e: StructureError): unknown {
  let data = e.data;
  if (data === NOT_READ) {
    const doc = e.file === 'definition' ? ctx.definition : ctx.properties;
    e.data = data = valueAtSegments(doc?.value, errorSegments(e));
  }
  return data;
}

export function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  switch (typeof v) {
    case 'string':
      return 'a string';
    case 'boolean':
      return 'a boolean';
    case 'number':
      return Number.isInteger(v) ? 'an integer' : 'a number';
    case 'object':
      return 'an object';
    default:
      return typeof v;
  }
}

/** The property name at the end of the error's place, quoted, or "the value" for the root / array items. */
export function nameOf(e: StructureError): string {
  const segs = errorSegments(e);
  const last = segs[segs.length - 1];
  return last === undefined || /^\d+$/.test(last) ? 'the value' : `"${last}"`;
}

/** True for errors under a JSON pointer prefix of a file. */
export function isUnder(e: StructureError, file: StructureError['file'], prefix: string): boolean {
  return e.file === file && (e.instancePath === prefix || e.instancePath.startsWith(`${prefix}/`));
}
