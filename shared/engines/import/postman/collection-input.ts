// What a file handed to the Postman importer is: a v2.0/v2.1 collection, one wrapped in
// `{"collection": ...}` (as Postman's API returns it), a v1 collection, an environment, or
// something else. Only the first two are read; the others fail with a sentence saying what to do.
import { ImportError } from '../import-result';
import type { ImportReport } from './import-report';

type Json = Record<string, unknown>;

export interface CollectionInput {
  collection: Json;
  /** Pointer of the collection inside the file ('' or '/collection'). */
  base: string;
  version: '2.0' | '2.1';
}

function asObj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

function isV1(o: Json): boolean {
  return Array.isArray(o.requests) || (Array.isArray(o.order) && !Array.isArray(o.item));
}

function isV2(o: Json): boolean {
  return asObj(o.info) !== undefined && (Array.isArray(o.item) || typeof asObj(o.info)?.schema === 'string');
}

function isEnvironment(o: Json): boolean {
  const scope = o._postman_variable_scope;
  return Array.isArray(o.values) && (scope === 'environment' || scope === 'globals' || (!('item' in o) && !('info' in o)));
}

/** True for anything the Postman importer recognises as a Postman collection, including v1 and wrapped files (which it then explains). */
export function isPostmanCollection(value: unknown): boolean {
  const o = asObj(value);
  if (!o) return false;
  const inner = asObj(o.collection);
  if (inner && (isV2(inner) || isV1(inner))) return true;
  return isV2(o) || isV1(o);
}

export function readCollectionInput(value: unknown, report: ImportReport): CollectionInput {
  let o = asObj(value);
  if (!o)
    throw new ImportError(
      'NotPostmanCollection',
      'This file is not a Postman collection: a collection is a JSON object with "info" and "item".',
    );
  let base = '';
  const inner = asObj(o.collection);
  if (inner && (isV2(inner) || isV1(inner))) {
    o = inner;
    base = '/collection';
    report.add(
      'decision',
      'WrappedCollectionUnwrapped',
      'The file wraps the collection in {"collection": ...}, as the Postman API returns it; the collection inside was read.',
      base,
    );
  }
  if (isV1(o)) {
    throw new ImportError(
      'PostmanV1NotSupported',
      'This is a Postman Collection v1 file, which is no longer supported: open it in Postman, export it as Collection v2.1 and import that file.',
    );
  }
  if (isEnvironment(o)) {
    throw new ImportError(
      'PostmanEnvironmentNotCollection',
      'This is a Postman environment (variable values), not a collection: import the collection, whose variables can take their values from this environment.',
    );
  }
  if (!isV2(o))
    throw new ImportError(
      'NotPostmanCollection',
      'This file is not a Postman collection: a collection is a JSON object with "info" and "item".',
    );
  const schema = String(asObj(o.info)?.schema ?? '');
  let version: '2.0' | '2.1' = '2.1';
  if (/\/v2\.0\.\d+\/|\/collection\/v2\//.test(schema)) version = '2.0';
  else if (/\/v2\.1\.\d+\//.test(schema)) version = '2.1';
  else if (/\/v\d+(\.\d+)*\//.test(schema)) {
    throw new ImportError(
      'PostmanVersionNotSupported',
      // One sentence, the declared format quoted (it is the file's text, not ours).
      `This collection declares the format ${JSON.stringify(schema.slice(0, 200))}, and only Postman Collection v2.0 and v2.1 can be imported (export it from Postman as Collection v2.1).`,
    );
  } else {
    report.add(
      'warning',
      'PostmanSchemaMissing',
      'The collection does not say which format version it is in; it was read as Collection v2.1.',
      `${base}/info`,
    );
  }
  if (!Array.isArray(o.item)) {
    report.add('warning', 'CollectionWithoutItems', 'The collection has no "item" list, so it has no requests to import.', base);
  }
  return { collection: o, base, version };
}
