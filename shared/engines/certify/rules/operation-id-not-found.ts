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

const ROOTS = new Set(CALLERS.map((c) => c[0]!));

/** Whether the object has one of the extensions: a look at its own keys (most start with no "x"). */
function carriesCaller(obj: JsonObject): boolean {
  for (const key in obj) if (key.charCodeAt(0) === 120 && ROOTS.has(key)) return true;
  return false;
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
      // Most objects carry none of these extensions: look for one before walking the paths.
      if (!carriesCaller(obj)) return;
      for (const path of CALLERS) {
        let cur: unknown = obj;
        for (const seg of path) cur = asObject(cur)?.[seg];
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
