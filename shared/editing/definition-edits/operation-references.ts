// Where a definition and apiProperties.json name an operation by its operationId, so a rename can
// follow: the dynamic extensions (x-ms-dynamic-values, -list, -schema, -properties, -tree), the
// root x-ms-capabilities (testConnection, file-picker), x-ms-notification and
// x-ms-operation-context; in apiProperties.json, the operations a policy template applies to
// (`x-ms-apimTemplate-operationName`) and `scriptOperations`.
import { asArray, asObject } from '../../core/model';
import type { TextEdit, JsonDocument } from '../../core/text';
import { setValueEdits, appendPointer } from '../../core/text';

export interface OperationReference {
  /** Pointer of the string that names the operation. */
  pointer: string;
  operationId: string;
  /** What holds it, in words: "x-ms-dynamic-values", "policy template setheader", "scriptOperations". */
  via: string;
}

/** Extension keys whose object names an operation in `operationId`, and where inside it. */
const DYNAMIC: Record<string, readonly (readonly string[])[]> = {
  'x-ms-dynamic-values': [['operationId']],
  'x-ms-dynamic-list': [['operationId']],
  'x-ms-dynamic-schema': [['operationId']],
  'x-ms-dynamic-properties': [['operationId']],
  'x-ms-dynamic-tree': [
    ['open', 'operationId'],
    ['browse', 'operationId'],
  ],
  'x-ms-notification': [['operationId']],
  'x-ms-operation-context': [['simulate', 'operationId']],
};

const CAPABILITIES: readonly (readonly string[])[] = [
  ['testConnection', 'operationId'],
  ['file-picker', 'open', 'operationId'],
  ['file-picker', 'browse', 'operationId'],
];

function at(value: unknown, path: readonly string[]): unknown {
  let cur = value;
  for (const seg of path) cur = asObject(cur)?.[seg];
  return cur;
}

/** Every place in a definition that names an operation (anywhere: operations, parameters, definitions). */
export function definitionOperationReferences(definition: unknown): OperationReference[] {
  const out: OperationReference[] = [];
  const visit = (value: unknown, pointer: string, depth: number) => {
    if (depth > 64 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, appendPointer(pointer, i), depth + 1));
      return;
    }
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const paths = DYNAMIC[key];
      if (paths) {
        for (const path of paths) {
          const id = at(v, path);
          if (typeof id === 'string') out.push({ pointer: appendPointer(pointer, key, ...path), operationId: id, via: key });
        }
      }
      visit(v, appendPointer(pointer, key), depth + 1);
    }
  };
  visit(definition, '', 0);
  const capabilities = asObject(definition)?.['x-ms-capabilities'];
  for (const path of CAPABILITIES) {
    const id = at(capabilities, path);
    if (typeof id === 'string')
      out.push({ pointer: appendPointer('/x-ms-capabilities', ...path), operationId: id, via: 'x-ms-capabilities' });
  }
  return out;
}

/** Every place in apiProperties.json that names an operation. */
export function propertiesOperationReferences(properties: unknown): OperationReference[] {
  const out: OperationReference[] = [];
  const props = asObject(asObject(properties)?.properties);
  asArray(props?.policyTemplateInstances).forEach((raw, i) => {
    const instance = asObject(raw);
    const names = asObject(instance?.parameters)?.['x-ms-apimTemplate-operationName'];
    const base = appendPointer('/properties/policyTemplateInstances', i, 'parameters', 'x-ms-apimTemplate-operationName');
    const via = `policy template ${typeof instance?.templateId === 'string' ? instance.templateId : ''}`.trim();
    if (typeof names === 'string') out.push({ pointer: base, operationId: names, via });
    else asArray(names).forEach((n, j) => typeof n === 'string' && out.push({ pointer: appendPointer(base, j), operationId: n, via }));
  });
  asArray(props?.scriptOperations).forEach((n, i) => {
    if (typeof n === 'string')
      out.push({ pointer: appendPointer('/properties/scriptOperations', i), operationId: n, via: 'scriptOperations' });
  });
  return out;
}

/** Edits that make every reference to `from` in this document (definition or apiProperties.json) name `to`. */
export function renameReferenceEdits(doc: JsonDocument, file: 'definition' | 'properties', from: string, to: string): TextEdit[] {
  if (from === to) return [];
  const refs = file === 'definition' ? definitionOperationReferences(doc.value) : propertiesOperationReferences(doc.value);
  // Each reference is a string of its own: the edits never meet, so they apply together.
  return refs.filter((r) => r.operationId === from).flatMap((r) => setValueEdits(doc, r.pointer, to));
}
