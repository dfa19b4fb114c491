import type { JsonObject } from '../../../core/model';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

/** A schema that tells the designer nothing: {} or {"type": "object"} with no properties or dynamic schema. */
export function isEmptySchema(s: JsonObject): boolean {
  // for-in rather than Object.keys: no array of keys per schema (JSON objects inherit none).
  for (const k in s) {
    if (k === 'type' || k === 'description' || k === 'title' || k === 'x-ms-summary' || k === 'x-ms-visibility') continue;
    return false;
  }
  return s.type === undefined || s.type === 'object';
}

/** 2xx, three digits: a look at the characters rather than a regular expression per response. */
function isSuccessStatus(status: string): boolean {
  return status.length === 3 && status.charCodeAt(0) === 50 && isDigit(status.charCodeAt(1)) && isDigit(status.charCodeAt(2));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
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
        if (!isSuccessStatus(r.status) || r.value?.schema === undefined) return;
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
