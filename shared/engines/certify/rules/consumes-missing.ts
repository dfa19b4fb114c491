import { asArray } from '../../../core/model';
import type { CertifyRule, ParameterNode } from '../types';
import { member } from '../value-checks';

const FORM_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded'];

// Made once: a callback made per operation died with it, and its optimized code at each full GC.
const isFormData = (p: ParameterNode) => p.view.in === 'formData';
const isFormType = (c: unknown) => typeof c === 'string' && FORM_TYPES.includes(c.toLowerCase().split(';')[0]!.trim());

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
        if (!op.parameters.some(isFormData)) return;
        const own = member(op.value, 'consumes');
        const consumes = asArray(own !== undefined ? own : member(ctx.root, 'consumes'));
        if (consumes.some(isFormType)) return;
        report({
          pointer: own !== undefined ? `${op.pointer}/consumes` : op.pointer,
          at: own !== undefined ? 'value' : 'key',
          message: `Operation ${op.view.operationId ?? op.path} has formData parameters, so "consumes" must list multipart/form-data or application/x-www-form-urlencoded.`,
        });
      },
    };
  },
};
