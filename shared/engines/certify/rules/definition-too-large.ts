import { definitionSizeText, MAX_DEFINITION_BYTES } from '../../../core/connector';
import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const definitionTooLarge: CertifyRule = {
  id: 'DefinitionTooLarge',
  microsoft: false,
  requirement: 'SIZE-1MB',
  category: 'limits',
  severity: forCertification('error', 'warning'),
  description: 'apiDefinition.swagger.json is smaller than 1 MB (split a larger connector).',
  check(ctx, report) {
    return {
      onDocument() {
        const doc = ctx.definition;
        if (doc === undefined) return;
        // At most 3 UTF-8 bytes per UTF-16 unit: most definitions are decided by their length alone.
        if (doc.text.length * 3 < MAX_DEFINITION_BYTES) return;
        const bytes = doc.utf8Length;
        if (bytes < MAX_DEFINITION_BYTES) return;
        report({
          pointer: '',
          message: `The definition is ${definitionSizeText(bytes)}; the limit is 1 MB. Split the connector or remove unused definitions.`,
        });
      },
    };
  },
};
