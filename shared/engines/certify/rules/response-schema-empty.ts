import type { JsonObject } from '../../../core/model';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

/** A schema that tells the designer nothing: {} or {"type": "object"} with no properties or dynamic schema. */
export function isEmptySchema(s: JsonObject): boolean {
  for (const k of Object.keys(s)) {
    if (k === 'type' || k === 'description' || k === 'title' || k === 'x-ms-summary' || k === 'x-ms-visibility') continue;
    return false;
  }
  return s.type === undefined || s.type === 'object';
}

export const responseSchemaEmpty: CertifyRule = {
  id: 'ResponseSchemaEmpty',
  microsoft: false,
  requirement: 'RESP-EXACT',
  category: 'response',
  // Reviewers always raise it; the corpus has dozens: a warning.
  severity: forCertification('warning'),
  readsElsewhere: 'document',
  description: 'A 2xx response schema describes the output: not {} or a bare object (unless a dynamic schema fills it).',
  check(ctx, report) {
    return {
      onResponse(r) {
        if (!/^2\d\d$/.test(r.status) || r.value?.schema === undefined) return;
        const resolved = ctx.resolve(r.value.schema);
        const schema = resolved.value;
        if (!schema || !isEmptySchema(schema)) return;
        report({
          pointer: resolved.pointer ?? `${r.target}/schema`,
          message: `The ${r.status} response of ${r.operation.view.operationId ?? r.operation.path} has an empty schema; describe the output properties so flows can use them (or remove the schema if there is no body).`,
        });
      },
    };
  },
};
