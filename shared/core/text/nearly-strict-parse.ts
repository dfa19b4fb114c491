// The tolerated problems real definitions have most are raw control characters in strings (tabs
// pasted into descriptions), trailing commas and now and then spaces JSON does not know (no-break
// spaces), and for them the tolerant read takes the whole text token by token. This pass instead
// escapes every raw control character inside a string, blanks every comma that comes right before
// a closing bracket and every run of such spaces, and parses the copy natively.
// When the copy is strict JSON without duplicate keys, the text is strict JSON but for those, and
// the tolerant read would report exactly one ControlCharacterInString per string holding such
// characters, one TrailingComma per comma and one NonStandardWhitespace per run of spaces, which is
// what this reports; anything else (a line break in a string, a comment, a duplicate key, a missing
// comma...) gives way to the tolerant read.
import type { Diagnostic } from './diagnostic';
import { parseStrictCopy } from './json-key-count';
import { describeError, isUnicodeSpace } from './json-syntax-diagnostics';

/** jsonc-parser's error codes (see json-syntax-diagnostics.ts). */
const INVALID_SYMBOL = 1;
const VALUE_EXPECTED = 4;
const INVALID_CHARACTER = 16;
const ESCAPES = Array.from({ length: 0x20 }, (_, c) => `\\u${c.toString(16).padStart(4, '0')}`);

/**
 * The value and diagnostics of `text` (which JSON.parse refused) when raw control characters in
 * strings and trailing commas are all that keep it from being strict JSON; undefined otherwise.
 *
 * Why the result is the tolerant read's: the copy differs from the text only where a control
 * character became a \u escape or a comma a space, and neither changes which quotes open and close
 * strings. When the copy is valid JSON, the strings this pass followed are therefore its real
 * strings: each escape stood inside a string, no string holds a control character left raw, and
 * each blanked comma stood between a value and a closing bracket.
 */
export function parseNearlyStrict(text: string, maxDepth: number): { value: unknown; diagnostics: Diagnostic[] } | undefined {
  const n = text.length;
  const diagnostics: Diagnostic[] = [];
  const parts: string[] = [];
  let copied = 0;
  /** The last character outside strings that is not whitespace (a quote for a string). */
  let previous = 0;
  /** A comma after a value, until something other than whitespace follows it. */
  let comma = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const open = i;
      let raw = false;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 34) break;
        if (d === 92) i++;
        else if (d < 0x20) {
          // A line break ends a string for the tolerant read: a structural error.
          if (d === 10 || d === 13) return undefined;
          raw = true;
          parts.push(text.slice(copied, i), ESCAPES[d]!);
          copied = i + 1;
        }
      }
      if (i >= n) return undefined;
      // The tolerant read's own wording and position: the string token, quotes included.
      if (raw) diagnostics.push(describeError(text, INVALID_CHARACTER, open, i + 1 - open));
      previous = 34;
      comma = -1;
    } else if (c === 32 || c === 10 || c === 13 || c === 9) {
      // whitespace
    } else if (isUnicodeSpace(c)) {
      // Spaces JSON does not know: the tolerant read takes a run of them as one unknown token,
      // reports it (NonStandardWhitespace, at its first) and reads on as after whitespace. A run
      // that goes on into other characters, or on from them, is another problem.
      const start = i;
      // Right after a word (true, null...) the run is part of the word's token: another problem.
      if (i > 0 && !endsUnknownToken(text.charCodeAt(i - 1)) && !isDigit(text.charCodeAt(i - 1))) return undefined;
      while (i + 1 < n && isUnicodeSpace(text.charCodeAt(i + 1))) i++;
      if (i + 1 < n && !endsUnknownToken(text.charCodeAt(i + 1))) return undefined;
      diagnostics.push(describeError(text, INVALID_SYMBOL, start, i + 1 - start));
      parts.push(text.slice(copied, start), ' ');
      copied = i + 1;
    } else {
      if ((c === 125 || c === 93) && comma >= 0) {
        const d = describeError(text, VALUE_EXPECTED, i, 1);
        if (d.code !== 'TrailingComma' || d.offset !== comma) return undefined;
        diagnostics.push(d);
        parts.push(text.slice(copied, comma), ' ');
        copied = comma + 1;
      }
      // After `[`, `{` or another comma a comma is an error of its own, not a trailing one.
      comma = c === 44 && previous !== 91 && previous !== 123 && previous !== 44 ? i : -1;
      previous = c;
    }
  }
  // Nothing to escape or blank: the problem is another one.
  if (!diagnostics.length) return undefined;
  // In text order, as the tolerant read gives them (a trailing comma is reported at its closing
  // bracket, after spaces between them).
  diagnostics.sort((a, b) => a.offset - b.offset);
  parts.push(text.slice(copied));
  const read = parseStrictCopy(parts.join(''), maxDepth);
  return read && { value: read.value, diagnostics };
}

/** A number's last character: the scanner reads a number on its own, and a run after it apart. */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** What jsonc-parser's scanner ends an unknown token at: whitespace, a line break, `{}[]":,/`. */
function endsUnknownToken(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 125 ||
    c === 93 ||
    c === 123 ||
    c === 91 ||
    c === 34 ||
    c === 58 ||
    c === 44 ||
    c === 47
  );
}
