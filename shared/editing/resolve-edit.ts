// Turns a form edit into minimal text edits on one JSON document (shared/core/text keeps formatting,
// key order and unknown keys as they are).
import { insertArrayItemEdits, removeValueEdits, setValueEdits, valueAt, type JsonDocument, type TextEdit } from '../core/text';
import { definitionChangeEdits } from './definition-edits';
import { securityTextEdits } from './security-settings';
import { deleteReferenceEdits, renameReferenceEdits } from './definition-references';
import { addPolicyEdits } from './policy-templates';
import { callbackPropertyEdits } from './trigger-settings';
import type { EditOp } from './edit-op';

const METADATA = '/x-ms-connector-metadata';

export function resolveEdit(doc: JsonDocument, op: EditOp): TextEdit[] {
  switch (op.kind) {
    case 'set':
      if (op.value === undefined) return removeValueEdits(doc, op.pointer);
      // The value it already has: no edit (a string keeps its escapes as written).
      if (sameValue(valueAt(doc.value, op.pointer), op.value)) return [];
      return setValueEdits(doc, op.pointer, op.value);
    case 'remove':
      return removeValueEdits(doc, op.pointer);
    case 'metadata':
      return metadataEdits(doc, op.name, op.value);
    case 'security':
      return securityTextEdits(doc, op.part, op.change);
    case 'definition':
      return definitionChangeEdits(doc, op.change);
    case 'reference-rename':
      return renameReferenceEdits(doc, op.section, op.from, op.to);
    case 'reference-delete':
      return deleteReferenceEdits(doc, op.section, op.name);
    case 'policy-add':
      return addPolicyEdits(doc, op.instance);
    case 'callback-property':
      return callbackPropertyEdits(doc, op.operation, op.property);
  }
}

function metadataEdits(doc: JsonDocument, name: string, value: string | undefined): TextEdit[] {
  const list = (doc.value as Record<string, unknown> | undefined)?.['x-ms-connector-metadata'];
  const index = Array.isArray(list)
    ? list.findIndex((item) => item !== null && typeof item === 'object' && (item as Record<string, unknown>).propertyName === name)
    : -1;
  if (value === undefined) return index >= 0 ? removeValueEdits(doc, `${METADATA}/${index}`) : [];
  if (index >= 0) return setValueEdits(doc, `${METADATA}/${index}/propertyValue`, value);
  const entry = { propertyName: name, propertyValue: value };
  return Array.isArray(list) ? insertArrayItemEdits(doc, METADATA, entry) : setValueEdits(doc, METADATA, [entry]);
}

function sameValue(a: unknown, b: unknown): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
