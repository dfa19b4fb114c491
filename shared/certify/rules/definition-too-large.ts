import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

export const MAX_DEFINITION_BYTES = 1024 * 1024;

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
        const text = ctx.definition?.text;
        if (text === undefined) return;
        // At most 3 UTF-8 bytes per UTF-16 unit: most definitions are decided by their length alone.
        if (text.length * 3 < MAX_DEFINITION_BYTES) return;
        const bytes = utf8Length(text);
        if (bytes < MAX_DEFINITION_BYTES) return;
        report({ pointer: '', message: `The definition is ${(bytes / 1048576).toFixed(2)} MB; the limit is 1 MB. Split the connector or remove unused definitions.` });
      },
    };
  },
};

/** The UTF-8 size of a text, as TextEncoder would encode it (a lone surrogate as U+FFFD), without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  // Jumps from one non-ASCII character to the next (a native search): definitions are mostly ASCII.
  NON_ASCII.lastIndex = 0;
  while (NON_ASCII.test(text)) {
    const i = NON_ASCII.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c < 0x800) {
      bytes += 1;
    } else if ((c & 0xfc00) === 0xd800 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two units, four bytes.
      bytes += 2;
      NON_ASCII.lastIndex = i + 2;
    } else {
      bytes += 2;
    }
  }
  return bytes;
}

const NON_ASCII = /[^\x00-\x7f]/g;
