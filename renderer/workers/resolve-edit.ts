// Turns a form edit into minimal text edits on one JSON document (shared/text keeps formatting,
// key order and unknown keys as they are).
import { insertArrayItemEdits, removeValueEdits, setValueEdits, type JsonDocument, type TextEdit } from '../../shared/text';
import { securityTextEdits } from '../../shared/security-settings';
import type { EditOp } from './parse-protocol';

const METADATA = '/x-ms-connector-metadata';

export function resolveEdit(doc: JsonDocument, op: EditOp): TextEdit[] {
  switch (op.kind) {
    case 'set':
      return op.value === undefined ? removeValueEdits(doc, op.pointer) : setValueEdits(doc, op.pointer, op.value);
    case 'remove':
      return removeValueEdits(doc, op.pointer);
    case 'metadata':
      return metadataEdits(doc, op.name, op.value);
    case 'security':
      return securityTextEdits(doc, op.part, op.change);
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
