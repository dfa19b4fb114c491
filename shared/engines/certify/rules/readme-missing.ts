import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const readmeMissing: CertifyRule = {
  id: 'ReadmeMissing',
  microsoft: false,
  requirement: 'A readme.md beside the definition (PowerPlatformConnectors README and templates)',
  category: 'structure',
  // Required for a pull request, but a few older accepted connectors have none: a warning.
  severity: forCertification('warning'),
  description: 'A connector folder submitted for certification has a readme.md.',
  check(ctx, report) {
    return {
      onDocument() {
        // Only a folder read whole tells that the file is absent (the editors do not hold it).
        if (!ctx.connector.folder || ctx.connector.files.readme) return;
        // Named where it belongs; an absent file has no line.
        report({
          file: 'readme',
          pointer: '',
          message:
            'The folder has no readme.md; certification needs one from the template (publisher, prerequisites, supported operations, obtaining credentials, known issues).',
        });
      },
    };
  },
};
