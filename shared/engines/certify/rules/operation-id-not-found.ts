import { asObject, type JsonObject } from '../../../core/model';
import { type Where, SchemaKey, type CertifyRule } from '../types';

/** The x-ms-* places that call another operation by id, relative to the object that carries them. */
const CALLERS: readonly (readonly string[])[] = [
  ['x-ms-dynamic-values', 'operationId'],
  ['x-ms-dynamic-list', 'operationId'],
  ['x-ms-dynamic-schema', 'operationId'],
  ['x-ms-dynamic-properties', 'operationId'],
  ['x-ms-dynamic-tree', 'open', 'operationId'],
  ['x-ms-dynamic-tree', 'browse', 'operationId'],
  ['x-ms-notification', 'operationId'],
  ['x-ms-operation-context', 'simulate', 'operationId'],
  ['x-ms-capabilities', 'file-picker', 'open', 'operationId'],
  ['x-ms-capabilities', 'file-picker', 'browse', 'operationId'],
  ['x-ms-capabilities', 'testConnection', 'operationId'],
];

/** Each extension's bit, and the bits of the extensions each place in CALLERS starts at. */
const ROOTS = new Map<string, number>();
for (const c of CALLERS) if (!ROOTS.has(c[0]!)) ROOTS.set(c[0]!, 1 << ROOTS.size);
const CALLER_ROOT = CALLERS.map((c) => ROOTS.get(c[0]!)!);

/** The extensions the object has, as bits: a look at its own keys (most start with no "x"). */
function callerRoots(obj: JsonObject): number {
  let roots = 0;
  for (const key in obj) if (key.charCodeAt(0) === 120) roots |= ROOTS.get(key) ?? 0;
  return roots;
}

export const operationIdNotFound: CertifyRule = {
  id: 'OperationIdNotFound',
  microsoft: true,
  category: 'extension',
  severity: 'error',
  readsElsewhere: 'document',
  description:
    'Extensions that call another operation (x-ms-dynamic-*, x-ms-notification, file-picker, testConnection) name an operationId that exists.',
  check(ctx, report) {
    const check = (obj: JsonObject, at: Where | string) => {
      // Most objects carry none of these extensions: look for them before walking the paths, and
      // walk only the paths of those it has.
      const roots = callerRoots(obj);
      if (roots === 0) return;
      for (let c = 0; c < CALLERS.length; c++) {
        if ((roots & CALLER_ROOT[c]!) === 0) continue;
        const path = CALLERS[c]!;
        let cur: unknown = obj;
        for (let i = 0; i < path.length; i++) cur = asObject(cur)?.[path[i]!];
        if (typeof cur !== 'string' || ctx.operationsById.has(cur)) continue;
        report({
          pointer: `${typeof at === 'string' ? at : at.pointer}/${path.join('/')}`,
          message: `${path[0]} calls operation "${cur}", which does not exist in this connector.`,
        });
      }
    };
    return {
      onDocument(root) {
        check(root, '');
      },
      onOperation(op) {
        check(op.value, op);
      },
      parameterKeys: SchemaKey.Calls,
      onParameter(p) {
        if (p.keys & SchemaKey.Calls && p.value) check(p.value, p.target);
      },
      schemaKeys: SchemaKey.Calls,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Calls)) return;
        check(s.value, s);
      },
    };
  },
};
