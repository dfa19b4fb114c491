// Swagger 2.0 in, connector out: the document keeps everything it has (keys, order, extensions);
// the importer only adds or fixes what a connector needs, and reports each change.
import { asObject } from '../../../core/model';
import { appendPointer } from '../../../core/text';
import { versionText } from '../api-description-text';
import { ImportError, type ImportResult } from '../import-result';
import { finishConnector } from './connector-finish';
import { ImportNotes } from './import-notes';

export type OpenApi2ImportOptions = Record<string, never>;

export function importOpenApi2(value: unknown, _options: OpenApi2ImportOptions = {}): ImportResult {
  const source = asObject(value);
  if (!source || versionText(source.swagger) !== '2.0') {
    const version =
      source && 'openapi' in source
        ? `OpenAPI ${versionText(source.openapi)}`
        : source && 'swagger' in source
          ? `Swagger ${versionText(source.swagger)}`
          : undefined;
    throw new ImportError(
      'NotSwagger2',
      version ? `This is ${version}, not Swagger 2.0.` : 'This is not a Swagger 2.0 document (it has no "swagger": "2.0").',
    );
  }
  if (source.paths !== undefined && !asObject(source.paths)) {
    throw new ImportError('PathsNotAnObject', 'The document\'s "paths" is not an object, so it describes no operations.');
  }
  // The caller's value stays untouched: everything below edits a copy.
  const definition = JSON.parse(JSON.stringify(source)) as Record<string, unknown>;
  const notes = new ImportNotes();
  definition.swagger = '2.0';
  if (!definition.paths) definition.paths = {};
  warnExternalRefs(definition, notes);
  const origin = originsOf(definition);
  return finishConnector(definition, notes, (obj, outputPointer) => (obj && origin.get(obj)) ?? outputPointer);
}

/** Where each operation and parameter is before the finisher adds, removes or reorders any. */
function originsOf(definition: Record<string, unknown>): WeakMap<object, string> {
  const origin = new WeakMap<object, string>();
  const list = (holder: Record<string, unknown> | undefined, base: string) => {
    if (!holder || !Array.isArray(holder.parameters)) return;
    holder.parameters.forEach((p, i) => {
      if (asObject(p)) origin.set(p as object, appendPointer(base, 'parameters', i));
    });
  };
  for (const [name, p] of Object.entries(asObject(definition.parameters) ?? {})) {
    if (asObject(p)) origin.set(p as object, appendPointer('/parameters', name));
  }
  for (const [path, rawItem] of Object.entries(asObject(definition.paths) ?? {})) {
    const item = asObject(rawItem);
    const base = appendPointer('/paths', path);
    list(item, base);
    for (const [method, op] of Object.entries(item ?? {})) {
      const o = asObject(op);
      if (!o || method === 'parameters' || method.startsWith('x-')) continue;
      origin.set(o, appendPointer(base, method));
      list(o, appendPointer(base, method));
    }
  }
  return origin;
}

/** External references must have been bundled (ref-bundler) before import; say so if some remain. */
function warnExternalRefs(definition: unknown, notes: ImportNotes): void {
  const walk = (v: unknown, pointer: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, appendPointer(pointer, i)));
    const o = asObject(v);
    if (!o) return;
    if (typeof o.$ref === 'string' && !o.$ref.startsWith('#')) {
      notes.tally(
        'warning',
        'ExternalRefUnresolved',
        pointer,
        (n) =>
          `${n === 1 ? 'A reference points' : `${n} references point`} into another file (e.g. "${String(o.$ref)}") that was not included; open the file from its folder so it can be bundled.`,
      );
    }
    for (const [k, x] of Object.entries(o)) if (x !== null && typeof x === 'object') walk(x, appendPointer(pointer, k));
  };
  walk(definition, '');
}
