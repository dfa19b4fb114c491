// Operation nodes: the model's operation views joined with the raw objects they describe, built once
// per run before any rule runs (rules look operations up by id while the walk is under way).
import { asObject, type JsonObject, resolveIfRef, resolveRef } from '../../core/model';
import type { ConnectorModel } from '../../core/model';
import { escapeSegment } from '../../core/text';
import { keyBits } from './schema-keys';
import type { OperationNode, ParameterNode, ResponseNode } from './types';

export function buildOperationNodes(root: JsonObject, model: ConnectorModel): OperationNode[] {
  const paths = asObject(root.paths) ?? {};
  const out: OperationNode[] = [];
  // The operations of a path item come one after the other: its pointer and object are shared.
  let lastPath: string | undefined;
  let pathItemPointer = '';
  let pathItem: JsonObject = {};
  const views = model.operations;
  for (let o = 0; o < views.length; o++) {
    const view = views[o]!;
    if (view.path !== lastPath) {
      lastPath = view.path;
      const node = asObject(paths[view.path]);
      const resolved = resolveIfRef(root, node);
      // The path item's pointer ends the operation's unless the item is a reference (the view's
      // pointer then leads to where the operations are written): no second escape of the path.
      pathItemPointer = resolved
        ? `/paths/${escapeSegment(view.path)}`
        : view.pointer.slice(0, view.pointer.length - view.method.length - 1);
      pathItem = (resolved ? resolved.target : node) ?? {};
    }
    const value = asObject(pathItem[view.method]) ?? {};
    const op: OperationNode = {
      pointer: view.pointer,
      path: view.path,
      method: view.method,
      value,
      pathItem,
      pathItemPointer,
      view,
      parameters: [],
      responses: [],
    };
    const ownList = value.parameters;
    const itemList = pathItem.parameters;
    for (let i = 0; i < view.parameters.length; i++) {
      const p = view.parameters[i]!;
      const list = p.fromPathItem ? itemList : ownList;
      const raw = Array.isArray(list) ? list[lastIndex(p.pointer)] : undefined;
      const resolved = p.ref !== undefined ? resolveRef(root, raw).target : asObject(raw);
      const node: ParameterNode = {
        pointer: p.pointer,
        target: p.resolvedPointer ?? p.pointer,
        value: resolved,
        keys: resolved ? keyBits(resolved) : 0,
        view: p,
        operation: op,
      };
      op.parameters.push(node);
    }
    const responses = asObject(value.responses);
    for (let i = 0; i < view.responses.length; i++) {
      const r = view.responses[i]!;
      const raw = responses?.[r.status];
      const resolved = r.ref !== undefined ? resolveRef(root, raw).target : asObject(raw);
      const node: ResponseNode = {
        pointer: r.pointer,
        target: r.resolvedPointer ?? r.pointer,
        status: r.status,
        value: resolved,
        view: r,
        operation: op,
      };
      op.responses.push(node);
    }
    out.push(op);
  }
  return out;
}

/** The index at the end of a parameter's pointer (`…/parameters/3`), read without a substring. */
function lastIndex(pointer: string): number {
  let n = 0;
  let scale = 1;
  let i = pointer.length - 1;
  for (; i >= 0; i--) {
    const c = pointer.charCodeAt(i);
    if (c === 47) break;
    if (c < 48 || c > 57) return -1;
    n += (c - 48) * scale;
    scale *= 10;
  }
  return n;
}

export function indexById(operations: OperationNode[]): Map<string, OperationNode[]> {
  const byId = new Map<string, OperationNode[]>();
  for (const op of operations) {
    const id = op.view.operationId;
    if (id === undefined) continue;
    const list = byId.get(id);
    if (list) list.push(op);
    else byId.set(id, [op]);
  }
  return byId;
}
