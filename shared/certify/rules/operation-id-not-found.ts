import { asObject, type JsonObject } from '../../model/json-access';
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

const ROOTS = [...new Set(CALLERS.map((c) => c[0]!))];

export const operationIdNotFound: CertifyRule = {
  id: 'OperationIdNotFound',
  microsoft: true,
  category: 'extension',
  severity: 'error',
  description: 'Extensions that call another operation (x-ms-dynamic-*, x-ms-notification, file-picker, testConnection) name an operationId that exists.',
  check(ctx, report) {
    const check = (obj: JsonObject, at: Where) => {
      // Most objects carry none of these extensions: look for one before walking the paths.
      if (!ROOTS.some((r) => obj[r] !== undefined)) return;
      for (const path of CALLERS) {
        let cur: unknown = obj;
        for (const seg of path) cur = asObject(cur)?.[seg];
        if (typeof cur !== 'string' || ctx.operationsById.has(cur)) continue;
        report({ pointer: `${at.pointer}/${path.join('/')}`, message: `${path[0]} calls operation "${cur}", which does not exist in this connector.` });
      }
    };
    return {
      onDocument(root) {
        check(root, { pointer: '' });
      },
      onOperation(op) {
        check(op.value, op);
      },
      onParameter(p) {
        if (p.value) check(p.value, { pointer: p.target });
      },
      onSchema(s) {
        if (!(s.keys & SchemaKey.Calls)) return;
        check(s.value, s);
      },
    };
  },
};
