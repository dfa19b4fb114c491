import type { CertifyRule } from '../types';

/** The portal's limit for custom code (connectors.md 1.x: "≤ 1 MB"). */
export const MAX_SCRIPT_BYTES = 1024 * 1024;

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const scriptTooLarge: CertifyRule = {
  id: 'ScriptTooLarge',
  microsoft: false,
  requirement: 'Custom code: one script.csx of at most 1 MB (learn.microsoft.com, write-code)',
  category: 'limits',
  severity: 'error',
  description: 'script.csx is at most 1 MB.',
  check(ctx, report) {
    return {
      onApiProperties() {
        const text = ctx.connector.files.script?.text;
        // Cheap bound first: UTF-8 takes at least one byte per UTF-16 unit.
        if (!text || text.length * 3 <= MAX_SCRIPT_BYTES) return;
        const bytes = utf8Length(text);
        if (bytes <= MAX_SCRIPT_BYTES) return;
        report({
          file: 'script',
          pointer: '',
          line: 1,
          message: `script.csx is ${(bytes / 1048576).toFixed(2)} MB; the platform takes custom code of at most 1 MB: move work to the service or trim the script.`,
        });
      },
    };
  },
};
