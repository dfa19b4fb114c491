import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

/** Success statuses that carry a body (202, 204 and 205 do not need one). */
const BODY_STATUSES = new Set(['200', '201', '203', '206']);

export const responseSchemaMissing: CertifyRule = {
  id: 'ResponseSchemaMissing',
  microsoft: false,
  requirement: 'RESP-EXACT',
  category: 'response',
  // As ResponseSchemaEmpty: reviewers always raise it, accepted connectors have some: a warning.
  severity: forCertification('warning'),
  readsElsewhere: 'document',
  description: 'An operation answering 200 or 201 describes its output with a schema (unless another success response does).',
  check(_ctx, report) {
    const seen = new Set<string>();
    return {
      onOperation(op) {
        // A delete returns nothing useful; a webhook's subscribe answer is not the trigger's output
        // (x-ms-notification-content is); an internal operation is never shown.
        if (op.method === 'delete' || op.pathItem['x-ms-notification-content'] !== undefined || op.view.visibility === 'internal') return;
        let bare: (typeof op.responses)[number] | undefined;
        for (const r of op.responses) {
          if (!r.value || !/^2\d\d$/.test(r.status)) continue;
          if (r.value.schema !== undefined) return;
          if (!bare && BODY_STATUSES.has(r.status)) bare = r;
        }
        if (!bare || seen.has(bare.target)) return;
        seen.add(bare.target);
        report({
          pointer: bare.target,
          at: 'key',
          message: `The ${bare.status} response of ${op.view.operationId ?? op.path} has no schema, so flows get no output fields; describe the body (or answer 204 if there is none).`,
        });
      },
    };
  },
};
