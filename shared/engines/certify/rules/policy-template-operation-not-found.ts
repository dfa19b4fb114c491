import type { CertifyRule } from '../types';

export const policyTemplateOperationNotFound: CertifyRule = {
  id: 'PolicyTemplateOperationNotFound',
  microsoft: false,
  requirement: 'Policy templates: x-ms-apimTemplate-operationName lists operations of the connector (connectors.md section 4)',
  category: 'policy',
  // A policy naming a missing operation does nothing; accepted connectors have a few.
  severity: 'warning',
  readsElsewhere: 'connector',
  description: 'The operations a policy applies to (x-ms-apimTemplate-operationName) exist.',
  check(ctx, report) {
    return {
      onPolicy(p) {
        const list = p.parameters['x-ms-apimTemplate-operationName'];
        if (!Array.isArray(list)) return;
        list.forEach((id, i) => {
          if (typeof id !== 'string' || ctx.operationsById.has(id)) return;
          const other = [...ctx.operationsById.keys()].find((k) => k.toLowerCase() === id.toLowerCase());
          report({
            file: 'properties',
            pointer: `${p.pointer}/parameters/x-ms-apimTemplate-operationName/${i}`,
            message: `Policy "${p.templateId}" names operation "${id}", which does not exist${other ? ` (operation ids are case-sensitive: "${other}")` : ''}; the policy never applies to it.`,
          });
        });
      },
    };
  },
};
