import type { CertifyRule } from '../types';

export const scriptOperationsWithoutScript: CertifyRule = {
  id: 'ScriptOperationsWithoutScript',
  microsoft: false,
  requirement: 'Custom code: scriptOperations needs script.csx (connectors.md 2.6)',
  category: 'properties',
  severity: 'warning',
  readsElsewhere: 'document',
  description: 'A connector that lists scriptOperations has a script.csx.',
  check(ctx, report) {
    return {
      onApiProperties(props) {
        if (!Array.isArray(props.scriptOperations) || props.scriptOperations.length === 0 || ctx.hasScript) return;
        report({
          file: 'properties',
          pointer: '/properties/scriptOperations',
          at: 'key',
          message: 'scriptOperations lists operations, but the folder has no script.csx, so no custom code runs.',
        });
      },
    };
  },
};
