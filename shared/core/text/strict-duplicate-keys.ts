// Where the duplicate keys of a strict JSON text are. JSON.parse reads such a text and keeps the
// last of each repeated key; the key counts (json-key-count.ts) tell that some key repeats, and
// this says which and where, as the tolerant read would (collectSyntaxDiagnostics), without its
// scanner: that one builds a string per whitespace run and token, megabytes for a large file.
import type { Diagnostic } from './diagnostic';
import { stringEnd } from './json-skip';
import { duplicateKeyDiagnostic } from './json-syntax-diagnostics';

/**
 * The DuplicateKey diagnostics of `text`, which must be strict JSON, in text order: one per key
 * that an earlier key of the same object names (as decoded: "\u0061" is "a"), at the key with its
 * quotes. On strict JSON the tolerant read reports these and nothing else.
 */
export function strictDuplicateKeys(text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  /** The keys seen in each open container; null for an array. */
  const open: (Map<string, number> | null)[] = [];
  let seen: Map<string, number> | null = null;
  /** The next string is a key: right after `{`, or after a comma in an object. */
  let key = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(text, i);
      if (key && seen) {
        const raw = text.slice(i + 1, end - 1);
        const name: string = raw.indexOf('\\') < 0 ? raw : JSON.parse(text.slice(i, end));
        if (seen.has(name)) out.push(duplicateKeyDiagnostic(name, i, end - i));
        seen.set(name, i);
        key = false;
      }
      i = end - 1;
    } else if (c === 123) {
      open.push((seen = new Map()));
      key = true;
    } else if (c === 91) {
      open.push((seen = null));
      key = false;
    } else if (c === 125 || c === 93) {
      open.pop();
      seen = open.length ? open[open.length - 1]! : null;
      key = false;
    } else if (c === 44) {
      key = seen !== null;
    } else if (c === 58) {
      key = false;
    }
  }
  return out;
}
