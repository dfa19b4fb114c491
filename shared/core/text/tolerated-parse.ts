// The value of a text the tolerant read took without guessing (comments, trailing commas, Unicode
// spaces, raw control characters in strings, duplicate keys), by the engine's native parser: the
// spans it passed over are blanked and the raw control characters escaped, in a copy. Many times
// faster than building jsonc-parser's syntax tree and reading the value from it; the tree is then
// built only when a position is asked for.
import type { ToleratedSpan } from './json-syntax-diagnostics';

/**
 * The value, or undefined when the copy is not strict JSON after all (then the tree is the way).
 * Blanking and escaping change nothing the tolerant read would have made of the text, and anything
 * else in it is strict JSON, which both parsers read alike: a value found here is the same value.
 */
export function parseTolerated(text: string, spans: readonly ToleratedSpan[]): unknown {
  const sorted = [...spans].sort((a, b) => a.offset - b.offset);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.offset < at) continue;
    out += text.slice(at, s.offset);
    const end = s.offset + s.length;
    if (s.kind === 'blank') out += ' '.repeat(s.length);
    else {
      for (let i = s.offset; i < end; i++) {
        const c = text.charCodeAt(i);
        out += c < 0x20 ? `\\u${c.toString(16).padStart(4, '0')}` : text[i];
      }
    }
    at = end;
  }
  out += text.slice(at);
  try {
    return JSON.parse(out);
  } catch {
    return undefined;
  }
}
