import type { CertifyRule } from '../types';

/**
 * Microsoft does not publish the limit. Custom connectors run on API Management, whose operation
 * identifiers are at most 80 characters; the longest of the 15,922 accepted operations in the
 * corpus has 77.
 */
export const MAX_OPERATION_ID_LENGTH = 80;

export const operationIdTooLong: CertifyRule = {
  id: 'OperationIdTooLong',
  microsoft: true,
  category: 'operation',
  severity: 'error',
  description: `An operationId is at most ${MAX_OPERATION_ID_LENGTH} characters.`,
  check(_ctx, report) {
    return {
      onOperation(op) {
        // The view holds the string (undefined for any other value): a read of one shape, not of
        // objects of thousands.
        const id = op.view.operationId;
        if (id === undefined || id.length <= MAX_OPERATION_ID_LENGTH) return;
        report({
          pointer: `${op.pointer}/operationId`,
          message: `The operationId has ${id.length} characters; the platform takes at most ${MAX_OPERATION_ID_LENGTH}: shorten it (flows refer to the operation by it).`,
        });
      },
    };
  },
};
