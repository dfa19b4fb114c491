import { asArray } from '../../../core/model';
import type { CertifyRule } from '../types';

const FORM_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded'];

export const consumesMissing: CertifyRule = {
  id: 'ConsumesMissing',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'An operation with formData parameters consumes multipart/form-data or application/x-www-form-urlencoded.',
  check(ctx, report) {
    return {
      onOperation(op) {
        if (!op.parameters.some((p) => p.view.in === 'formData')) return;
        const consumes = op.value.consumes !== undefined ? asArray(op.value.consumes) : asArray(ctx.root.consumes);
        if (consumes.some((c) => typeof c === 'string' && FORM_TYPES.includes(c.toLowerCase().split(';')[0]!.trim()))) return;
        report({
          pointer: op.value.consumes !== undefined ? `${op.pointer}/consumes` : op.pointer,
          at: op.value.consumes !== undefined ? 'value' : 'key',
          message: `Operation ${op.view.operationId ?? op.path} has formData parameters, so "consumes" must list multipart/form-data or application/x-www-form-urlencoded.`,
        });
      },
    };
  },
};
