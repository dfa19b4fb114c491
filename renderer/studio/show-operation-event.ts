// "Show this operation" from outside the studio view (the import report under the toolbar): a window
// event naming the operation by verb and path, as the source description did; the studio view
// selects it in the Definition tab when the connector has it.
export const SHOW_OPERATION_EVENT = 'studio:show-operation';

export interface OperationRef {
  method: string;
  path: string;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

/** The operation a JSON pointer into a description points at or into (/paths/<path>/<verb>/...). */
export function operationAt(pointer: string | undefined): OperationRef | undefined {
  const parts = pointer?.split('/') ?? [];
  if (parts[0] !== '' || parts[1] !== 'paths' || parts.length < 4) return undefined;
  const method = parts[3]!.toLowerCase();
  if (!METHODS.has(method)) return undefined;
  return { method, path: parts[2]!.replace(/~1/g, '/').replace(/~0/g, '~') };
}

export function showOperation(ref: OperationRef): void {
  window.dispatchEvent(new CustomEvent<OperationRef>(SHOW_OPERATION_EVENT, { detail: ref }));
}
