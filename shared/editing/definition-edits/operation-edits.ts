// Adding, duplicating, deleting and moving operations as minimal text edits: a new operation is one
// insertion (a new path item, or a method under an existing one), a delete removes the method and
// the path item when no operation is left on it.
import { asObject, asString, HTTP_METHODS, type HttpMethod } from '../../core/model';
import type { TextEdit, JsonDocument } from '../../core/text';
import { removeValueEdits, setValueEdits, appendPointer, formatPointer, parsePointer, valueAt } from '../../core/text';
import { composeEdits } from './compose-edits';
import { pathProblem, pathTemplateNames } from './path-template';

export interface NewOperation {
  method: HttpMethod;
  path: string;
  operationId: string;
  summary: string;
}

const OPERATION_ID = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Every operationId of the definition. */
export function operationIds(definition: unknown): Set<string> {
  const out = new Set<string>();
  for (const item of Object.values(asObject(asObject(definition)?.paths) ?? {})) {
    for (const m of HTTP_METHODS) {
      const id = asString(asObject(asObject(item)?.[m])?.operationId);
      if (id !== undefined) out.add(id);
    }
  }
  return out;
}

/** Why this new operation cannot be added, or undefined when it can. */
export function newOperationProblem(definition: unknown, op: NewOperation): string | undefined {
  if (!HTTP_METHODS.includes(op.method)) return `"${op.method}" is not a verb a connector can use.`;
  const pathIssue = pathProblem(op.path);
  if (pathIssue) return pathIssue;
  if (!OPERATION_ID.test(op.operationId)) return 'An operation ID starts with a letter and holds letters, digits and "_" only.';
  if (operationIds(definition).has(op.operationId)) return `There is already an operation with the ID "${op.operationId}".`;
  if (asObject(valueAt(definition, formatPointer(['paths', op.path, op.method]))))
    return `There is already a ${op.method.toUpperCase()} operation on ${op.path}.`;
  return undefined;
}

/** A required string path parameter for each `{name}` of the path. */
export function pathParameters(path: string): Record<string, unknown>[] {
  return pathTemplateNames(path).map((name) => ({ name, in: 'path', required: true, type: 'string' }));
}

export function newOperationValue(op: NewOperation): Record<string, unknown> {
  const params = pathParameters(op.path);
  return {
    summary: op.summary,
    operationId: op.operationId,
    ...(params.length ? { parameters: params } : {}),
    responses: { '200': { description: 'OK' } },
  };
}

export function pointerOf(path: string, method: string): string {
  return formatPointer(['paths', path, method]);
}

export function addOperationEdits(doc: JsonDocument, op: NewOperation, value: Record<string, unknown> = newOperationValue(op)): TextEdit[] {
  const problem = newOperationProblem(doc.value, op);
  if (problem) throw new Error(problem);
  // One insertion: the method under an existing path item, or a new path item (and `paths` if need be).
  const item = valueAt(doc.value, formatPointer(['paths', op.path]));
  return item !== undefined
    ? setValueEdits(doc, pointerOf(op.path, op.method), value)
    : setValueEdits(doc, formatPointer(['paths', op.path]), { [op.method]: value });
}

/** The operation at `pointer` as another one: same content, the new path, verb, ID and summary. */
export function duplicateOperationEdits(doc: JsonDocument, pointer: string, target: NewOperation): TextEdit[] {
  const source = asObject(valueAt(doc.value, pointer));
  if (!source) throw new Error('That operation is no longer in the definition.');
  const copy = JSON.parse(JSON.stringify(source)) as Record<string, unknown>;
  copy.operationId = target.operationId;
  if (target.summary !== '') copy.summary = target.summary;
  return addOperationEdits(doc, target, copy);
}

/** A free operationId for a copy of `id`: `idCopy`, `idCopy2`, ... */
export function copyOperationId(definition: unknown, id: string): string {
  const taken = operationIds(definition);
  const base = `${id || 'Operation'}Copy`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Methods not yet used on `path`. */
export function freeMethods(definition: unknown, path: string): HttpMethod[] {
  const item = asObject(valueAt(definition, formatPointer(['paths', path])));
  return HTTP_METHODS.filter((m) => !item || item[m] === undefined);
}

/** True when removing the operation at `pointer` leaves its path item with no operation. */
export function isLastOnPath(definition: unknown, pointer: string): boolean {
  const segments = parsePointer(pointer);
  const item = asObject(valueAt(definition, formatPointer(segments.slice(0, -1))));
  const method = segments[segments.length - 1];
  return !item || HTTP_METHODS.every((m) => m === method || item[m] === undefined);
}

export function deleteOperationEdits(doc: JsonDocument, pointer: string): TextEdit[] {
  if (!asObject(valueAt(doc.value, pointer))) throw new Error('That operation is no longer in the definition.');
  const segments = parsePointer(pointer);
  // The path item goes with its last operation (its shared parameters served only its operations).
  if (segments[0] === 'paths' && segments.length === 3 && isLastOnPath(doc.value, pointer))
    return removeValueEdits(doc, formatPointer(segments.slice(0, -1)));
  return removeValueEdits(doc, pointer);
}

/**
 * Moves the operation at `pointer` to another path (and verb): the path item is renamed when the
 * operation is alone on it, otherwise the operation moves to the new path's item. A required path
 * parameter is added for each `{name}` of the new path the operation does not declare yet.
 */
export function moveOperationEdits(doc: JsonDocument, pointer: string, path: string, method: HttpMethod): TextEdit[] {
  const segments = parsePointer(pointer);
  const op = asObject(valueAt(doc.value, pointer));
  if (!op || segments[0] !== 'paths' || segments.length !== 3) throw new Error('That operation is no longer in the definition.');
  const [, oldPath, oldMethod] = segments as [string, string, string];
  if (path === oldPath && method === oldMethod) return addPathParameterEdits(doc, pointer, path);
  const problem = pathProblem(path);
  if (problem) throw new Error(problem);
  if (asObject(valueAt(doc.value, formatPointer(['paths', path, method]))))
    throw new Error(`There is already a ${method.toUpperCase()} operation on ${path}.`);
  const alone = isLastOnPath(doc.value, pointer);
  const targetExists = valueAt(doc.value, formatPointer(['paths', path])) !== undefined;
  const newPointer = pointerOf(path, method);
  if (alone && !targetExists && method === oldMethod) {
    // Only the key changes: the path item keeps its place and layout.
    const key = doc.keyRangeOf(formatPointer(['paths', oldPath]));
    if (!key) throw new Error('That operation is no longer in the definition.');
    return composeEdits(doc, [
      () => [{ offset: key.offset, length: key.length, content: JSON.stringify(path) }],
      (d) => addPathParameterEdits(d, newPointer, path),
    ]);
  }
  return composeEdits(doc, [
    (d) => deleteOperationEdits(d, pointer),
    (d) =>
      valueAt(d.value, formatPointer(['paths', path])) !== undefined
        ? setValueEdits(d, newPointer, op)
        : setValueEdits(d, formatPointer(['paths', path]), { [method]: op }),
    (d) => addPathParameterEdits(d, newPointer, path),
  ]);
}

/** Adds a required path parameter for each `{name}` of `path` the operation (or its path item) does not declare. */
export function addPathParameterEdits(doc: JsonDocument, pointer: string, path: string): TextEdit[] {
  const declared = new Set<string>();
  const itemPointer = pointer.slice(0, pointer.lastIndexOf('/'));
  for (const list of [
    valueAt(doc.value, appendPointer(pointer, 'parameters')),
    valueAt(doc.value, appendPointer(itemPointer, 'parameters')),
  ]) {
    for (const raw of Array.isArray(list) ? list : []) {
      let p = asObject(raw);
      const ref = asString(p?.$ref);
      if (ref?.startsWith('#/')) p = asObject(valueAt(doc.value, ref.slice(1)));
      if (p?.in === 'path' && typeof p.name === 'string') declared.add(p.name);
    }
  }
  const missing = pathParameters(path).filter((p) => !declared.has(p.name as string));
  if (!missing.length) return [];
  const list = valueAt(doc.value, appendPointer(pointer, 'parameters'));
  if (!Array.isArray(list)) return setValueEdits(doc, appendPointer(pointer, 'parameters'), missing);
  return composeEdits(
    doc,
    missing.map(
      (p) => (d: JsonDocument) =>
        setValueEdits(
          d,
          appendPointer(pointer, 'parameters', (valueAt(d.value, appendPointer(pointer, 'parameters')) as unknown[]).length),
          p,
        ),
    ),
  );
}
