// `scriptOperations` in apiProperties.json: the operations custom code runs for (none listed means
// all of them). Choosing or dropping one operation is one minimal edit: an item inserted at the end
// of the list or removed with its comma, never the whole list rewritten.
import type { EditOp } from '../../workers/parse-protocol';

export const SCRIPT_OPERATIONS = '/properties/scriptOperations';

/** The list as written: undefined when absent; non-string items are kept out. */
export function readScriptOperations(properties: unknown): { list: string[] | undefined; isArray: boolean } {
  const props = (properties as { properties?: unknown } | null)?.properties;
  const value = props !== null && typeof props === 'object' ? (props as Record<string, unknown>).scriptOperations : undefined;
  if (!Array.isArray(value)) return { list: undefined, isArray: false };
  return { list: value.filter((v): v is string => typeof v === 'string'), isArray: true };
}

/**
 * The edit that adds (`on`) or drops an operation id. `written` is the list as it stands in the
 * text (all items, for their indexes); undefined when there is nothing to change.
 */
export function scriptOperationEdit(written: unknown, operationId: string, on: boolean): EditOp | undefined {
  const items = Array.isArray(written) ? written : undefined;
  const index = items ? items.indexOf(operationId) : -1;
  if (on) {
    if (index >= 0) return undefined;
    if (!items) return { kind: 'set', pointer: SCRIPT_OPERATIONS, value: [operationId] };
    return { kind: 'set', pointer: `${SCRIPT_OPERATIONS}/${items.length}`, value: operationId };
  }
  if (index < 0) return undefined;
  return { kind: 'remove', pointer: `${SCRIPT_OPERATIONS}/${index}` };
}

/** The raw `scriptOperations` value of a parsed apiProperties.json (any type), for scriptOperationEdit. */
export function writtenScriptOperations(properties: unknown): unknown {
  const props = (properties as { properties?: unknown } | null)?.properties;
  return props !== null && typeof props === 'object' ? (props as Record<string, unknown>).scriptOperations : undefined;
}
