// The Definition tab's structural changes, as one serialisable value the parse worker resolves to
// text edits against the current text (shared/editing/resolve-edit.ts). Single values (a summary,
// a parameter's x-ms-summary) are plain set/remove edits and are not listed here.
import type { HttpMethod } from '../../core/model';
import type { TextEdit, JsonDocument } from '../../core/text';
import { addDynamicListEdits } from './dynamic-list';
import { addDynamicPropertiesEdits } from './dynamic-properties';
import { renameReferenceEdits } from './operation-references';
import { addOperationEdits, deleteOperationEdits, duplicateOperationEdits, moveOperationEdits, type NewOperation } from './operation-edits';
import {
  addParameterEdits,
  removeParameterEdits,
  setDropdownEdits,
  setLocationEdits,
  setSchemaRequiredEdits,
  setTypeEdits,
  type DropdownKind,
  type NewParameter,
  type ParameterLocation,
} from './parameter-edits';
import { addResponseEdits } from './response-edits';
import { importRequestEdits, importResponseEdits, type RequestSample, type ResponseSample } from './sample-edits';
import { setValueEdits, appendPointer } from '../../core/text';

export type DefinitionChange =
  | { kind: 'add-operation'; operation: NewOperation }
  | { kind: 'duplicate-operation'; pointer: string; operation: NewOperation }
  | { kind: 'delete-operation'; pointer: string }
  | { kind: 'move-operation'; pointer: string; path: string; method: HttpMethod }
  /**
   * Every reference to operationId `from` in `file` becomes `to`. In the definition, `pointer` names
   * the operation whose own operationId is set to `to` in the same edit.
   */
  | { kind: 'rename-operation'; file: 'definition' | 'properties'; pointer?: string; from: string; to: string }
  | { kind: 'add-parameter'; pointer: string; path: string; parameter: NewParameter }
  | { kind: 'remove-parameter'; pointer: string }
  | { kind: 'set-type'; pointer: string; type: string }
  | { kind: 'set-location'; pointer: string; location: ParameterLocation }
  | { kind: 'set-dropdown'; pointer: string; dropdown: DropdownKind; enum?: unknown[]; operationId?: string }
  /** Writes the parameter's x-ms-dynamic-list from its x-ms-dynamic-values. */
  | { kind: 'add-dynamic-list'; pointer: string }
  /** Writes the schema's x-ms-dynamic-properties from its x-ms-dynamic-schema. */
  | { kind: 'add-dynamic-properties'; schemaPointer: string }
  | { kind: 'schema-required'; schemaPointer: string; name: string; required: boolean }
  | { kind: 'add-response'; pointer: string; status: string; description: string }
  | { kind: 'import-request'; pointer: string; sample: RequestSample }
  | { kind: 'import-response'; pointer: string; sample: ResponseSample };

export function definitionChangeEdits(doc: JsonDocument, change: DefinitionChange): TextEdit[] {
  if (change.kind === 'rename-operation' && change.file === 'properties')
    return renameReferenceEdits(doc, 'properties', change.from, change.to);
  switch (change.kind) {
    case 'add-operation':
      return addOperationEdits(doc, change.operation);
    case 'duplicate-operation':
      return duplicateOperationEdits(doc, change.pointer, change.operation);
    case 'delete-operation':
      return deleteOperationEdits(doc, change.pointer);
    case 'move-operation':
      return moveOperationEdits(doc, change.pointer, change.path, change.method);
    case 'rename-operation': {
      if (change.from === change.to) return [];
      const own = change.pointer !== undefined ? setValueEdits(doc, appendPointer(change.pointer, 'operationId'), change.to) : [];
      // The operation's own ID and the references are separate strings: their edits never meet.
      return [...own, ...renameReferenceEdits(doc, 'definition', change.from, change.to)];
    }
    case 'add-parameter':
      return addParameterEdits(doc, change.pointer, change.parameter, change.path);
    case 'remove-parameter':
      return removeParameterEdits(doc, change.pointer);
    case 'set-type':
      return setTypeEdits(doc, change.pointer, change.type);
    case 'set-location':
      return setLocationEdits(doc, change.pointer, change.location);
    case 'set-dropdown':
      return setDropdownEdits(doc, change.pointer, change.dropdown, {
        ...(change.enum ? { enum: change.enum } : {}),
        ...(change.operationId ? { operationId: change.operationId } : {}),
      });
    case 'add-dynamic-list':
      return addDynamicListEdits(doc, change.pointer);
    case 'add-dynamic-properties':
      return addDynamicPropertiesEdits(doc, change.schemaPointer);
    case 'schema-required':
      return setSchemaRequiredEdits(doc, change.schemaPointer, change.name, change.required);
    case 'add-response':
      return addResponseEdits(doc, change.pointer, change.status, change.description);
    case 'import-request':
      return importRequestEdits(doc, change.pointer, change.sample);
    case 'import-response':
      return importResponseEdits(doc, change.pointer, change.sample);
  }
}
