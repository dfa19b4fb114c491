import { asObject, type JsonObject } from '../../../core/model';
import { escapeSegment } from '../../../core/text';
import { type Where, SchemaKey, type CertifyRule } from '../types';

const DYNAMIC = ['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties'];

export const operationParameterNameNotFound: CertifyRule = {
  id: 'OperationParameterNameNotFound',
  microsoft: true,
  category: 'extension',
  // Extra parameters are ignored at run time; accepted connectors pass a few: a warning.
  severity: 'warning',
  readsElsewhere: 'document',
  description: 'The parameters an x-ms-dynamic-* extension passes are parameters of the operation it calls.',
  check(ctx, report) {
    const check = (obj: JsonObject, at: Where) => {
      for (const ext of DYNAMIC) {
        const d = asObject(obj[ext]);
        const id = d?.operationId;
        const params = asObject(d?.parameters);
        if (typeof id !== 'string' || !params) continue;
        const target = ctx.operationsById.get(id)?.[0];
        if (!target) continue; // OperationIdNotFound
        const names = new Set(target.parameters.map((p) => p.view.name));
        for (const name of Object.keys(params)) {
          // "body/fields" names a property of the target's body parameter.
          if (!names.has(name) && !names.has(name.split('/')[0]!))
            report({
              pointer: `${at.pointer}/${ext}/parameters/${escapeSegment(name)}`,
              at: 'key',
              message: `${ext} passes "${name}", but operation "${id}" has no parameter of that name.`,
            });
        }
      }
    };
    return {
      parameterKeys: SchemaKey.Calls,
      onParameter(p) {
        if (p.keys & SchemaKey.Calls && p.value) check(p.value, { pointer: p.target });
      },
      schemaKeys: SchemaKey.Calls,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Calls)) return;
        check(s.value, s);
      },
    };
  },
};
