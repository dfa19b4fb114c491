// Turns what jsonc-parser's tolerant scanner meets into located diagnostics in plain words. What the
// studio can read back unambiguously (trailing commas, comments, duplicate keys, raw control
// characters, odd whitespace) is a warning; what it had to guess around is an error.
import { visit, type ParseErrorCode as JsoncErrorCode, type ParseError } from 'jsonc-parser';
import type { Diagnostic } from './diagnostic';

// jsonc-parser declares its error codes as a const enum, which isolated modules cannot read.
const ParseErrorCode = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;

const UNICODE_SPACES: Record<number, string> = {
  160: 'no-break space',
  5760: 'Ogham space mark',
  8192: 'en quad',
  8193: 'em quad',
  8194: 'en space',
  8195: 'em space',
  8196: 'three-per-em space',
  8197: 'four-per-em space',
  8198: 'six-per-em space',
  8199: 'figure space',
  8200: 'punctuation space',
  8201: 'thin space',
  8202: 'hair space',
  8203: 'zero-width space',
  8232: 'line separator',
  8233: 'paragraph separator',
  8239: 'narrow no-break space',
  8287: 'medium mathematical space',
  12288: 'ideographic space',
  65279: 'byte-order mark',
};

/** A space JSON does not know, which the tolerant read reports as NonStandardWhitespace. */
export function isUnicodeSpace(c: number): boolean {
  // Every one is past Latin-1's controls: most characters are settled without the table.
  return c >= 160 && UNICODE_SPACES[c] !== undefined;
}

function codePoint(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * What the tolerant read passed over in a text it read without guessing: comments, trailing commas
 * and runs of Unicode spaces it skipped (`blank`), and strings holding raw control characters it
 * kept as read (`escape`). With these blanked or escaped, the text is strict JSON of the same value.
 */
export interface ToleratedSpan {
  offset: number;
  length: number;
  kind: 'blank' | 'escape';
}

/**
 * The located problems of a text. With `structural`, its `errors` are set to the errors a read with
 * trailing commas and empty content allowed reports (the recovery's, json-recovery.ts), saving it a
 * pass: the same errors but for those a trailing comma causes here (the parser then continues alike).
 */
export function collectSyntaxDiagnostics(text: string, tolerated?: ToleratedSpan[], structural?: { errors?: ParseError[] }): Diagnostic[] {
  const out: Diagnostic[] = [];
  const keyStack: Map<string, number>[] = [];
  const errors: ParseError[] = [];
  /** The closing character of each open container. */
  const closers: number[] = [];
  let afterComma = false;
  let sawValue = false;
  visit(
    text,
    {
      onObjectBegin: () => {
        keyStack.push(new Map());
        closers.push(125);
        afterComma = false;
        sawValue = true;
      },
      onObjectEnd: () => {
        keyStack.pop();
        closers.pop();
        afterComma = false;
      },
      onArrayBegin: () => {
        closers.push(93);
        afterComma = false;
        sawValue = true;
      },
      onArrayEnd: () => {
        closers.pop();
        afterComma = false;
      },
      onLiteralValue: () => {
        afterComma = false;
        sawValue = true;
      },
      onSeparator: (separator) => {
        afterComma = separator === ',';
      },
      onObjectProperty: (name, offset, length) => {
        afterComma = false;
        const seen = keyStack[keyStack.length - 1];
        if (!seen) return;
        const earlier = seen.get(name);
        if (earlier !== undefined) out.push(duplicateKeyDiagnostic(name, offset, length));
        seen.set(name, offset);
      },
      onComment: (offset, length) => {
        tolerated?.push({ offset, length, kind: 'blank' });
        out.push({
          code: 'CommentNotAllowed',
          severity: 'warning',
          message: "JSON does not allow comments; Microsoft's service rejects them. Remove the comment.",
          offset,
          length,
        });
      },
      onError: (error, offset, length) => {
        // A comma right before its container's closing bracket: what allowing trailing commas skips.
        const trailing =
          afterComma &&
          ((error as number) === ParseErrorCode.PropertyNameExpected || (error as number) === ParseErrorCode.ValueExpected) &&
          text.charCodeAt(offset) === closers[closers.length - 1];
        if (!trailing) errors.push({ error, offset, length });
        const d = describeError(text, error, offset, length);
        if (tolerated) {
          // The scanner's span (the whole skipped token or string), not the diagnostic's one character.
          if (d.code === 'TrailingComma') tolerated.push({ offset: d.offset, length: 1, kind: 'blank' });
          else if (d.code === 'NonStandardWhitespace') tolerated.push({ offset, length, kind: 'blank' });
          else if (d.code === 'ControlCharacterInString') tolerated.push({ offset, length, kind: 'escape' });
        }
        out.push(d);
      },
    },
    { allowTrailingComma: false, disallowComments: false, allowEmptyContent: false },
  );
  // Without a value, the text is empty but for comments and spaces: an error here, none there.
  if (structural && sawValue) structural.errors = errors;
  return mergeTrailingCommaPairs(out).sort((a, b) => a.offset - b.offset);
}

/** A key an earlier key of the same object names, at the key token (quotes included). */
export function duplicateKeyDiagnostic(name: string, offset: number, length: number): Diagnostic {
  return {
    code: 'DuplicateKey',
    severity: 'warning',
    message: `The key "${name}" appears twice in the same object; the later value is used and the earlier one is ignored.`,
    offset,
    length,
  };
}

export function describeError(text: string, jsoncError: JsoncErrorCode, offset: number, length: number): Diagnostic {
  const at = (code: string, severity: Diagnostic['severity'], message: string, o = offset, l = length): Diagnostic => ({
    code,
    severity,
    message,
    offset: o,
    length: l,
  });
  const error = jsoncError as number;
  switch (error) {
    case ParseErrorCode.PropertyNameExpected:
    case ParseErrorCode.ValueExpected: {
      const comma = previousSignificant(text, offset);
      const next = text.charCodeAt(offset);
      if (comma >= 0 && text.charCodeAt(comma) === 44 && (next === 125 || next === 93)) {
        return at('TrailingComma', 'warning', 'A comma before a closing bracket is not allowed in JSON; remove it.', comma, 1);
      }
      if (offset >= text.length) return at('UnexpectedEndOfFile', 'error', 'The file ends before the JSON is complete.');
      return at(
        error === ParseErrorCode.ValueExpected ? 'ValueExpected' : 'PropertyNameExpected',
        'error',
        error === ParseErrorCode.ValueExpected ? 'A value is expected here.' : 'A property name in double quotes is expected here.',
      );
    }
    case ParseErrorCode.InvalidSymbol: {
      const c = text.charCodeAt(offset);
      const name = UNICODE_SPACES[c];
      if (name) {
        return at(
          'NonStandardWhitespace',
          'warning',
          `${codePoint(c)} (${name}) is used as whitespace; JSON allows only space, tab and line breaks. Replace it with a space.`,
          offset,
          1,
        );
      }
      return at(
        'UnexpectedCharacter',
        'error',
        `Unexpected character "${text.slice(offset, offset + Math.max(1, Math.min(length, 20)))}".`,
      );
    }
    case ParseErrorCode.InvalidCharacter: {
      const bad = firstControlChar(text, offset, length);
      return at(
        'ControlCharacterInString',
        'warning',
        `A raw control character (${codePoint(text.charCodeAt(bad))}) is inside a string; JSON requires it escaped (for a tab, write \\t).`,
        bad,
        1,
      );
    }
    case ParseErrorCode.CommaExpected:
      return at('CommaExpected', 'error', 'A comma is missing before this value.');
    case ParseErrorCode.ColonExpected:
      return at('ColonExpected', 'error', 'A colon is expected after the property name.');
    case ParseErrorCode.CloseBraceExpected:
      return at('CloseBraceExpected', 'error', 'A closing brace "}" is missing for the object that is open here.');
    case ParseErrorCode.CloseBracketExpected:
      return at('CloseBracketExpected', 'error', 'A closing bracket "]" is missing for the array that is open here.');
    case ParseErrorCode.EndOfFileExpected:
      return at('EndOfFileExpected', 'error', 'There is more text after the end of the JSON value.');
    case ParseErrorCode.UnexpectedEndOfString:
      return at('UnterminatedString', 'error', 'This string has no closing double quote.');
    case ParseErrorCode.UnexpectedEndOfComment:
      return at('UnterminatedComment', 'error', 'This comment is never closed.');
    case ParseErrorCode.InvalidNumberFormat:
    case ParseErrorCode.UnexpectedEndOfNumber:
      return at('InvalidNumber', 'error', 'This is not a valid number.');
    case ParseErrorCode.InvalidUnicode:
      return at('InvalidUnicodeEscape', 'error', 'A \\u escape must be followed by four hexadecimal digits.');
    case ParseErrorCode.InvalidEscapeCharacter:
      return at('InvalidEscape', 'error', 'Unknown escape sequence in a string (valid: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX).');
    default:
      return at('SyntaxError', 'error', 'The JSON is not valid here.');
  }
}

/** The offset of the last non-whitespace, non-comment character before `offset`, or -1. */
function previousSignificant(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || UNICODE_SPACES[c]) {
      i--;
      continue;
    }
    // Skip a trailing // comment or /* */ block on the way back.
    if (c === 47 && text.charCodeAt(i - 1) === 42) {
      const open = text.lastIndexOf('/*', i - 2);
      if (open >= 0) {
        i = open - 1;
        continue;
      }
    }
    const lineStart = text.lastIndexOf('\n', i) + 1;
    const slashes = lineCommentStart(text, lineStart, i);
    if (slashes >= 0) {
      i = slashes - 1;
      continue;
    }
    return i;
  }
  return -1;
}

/** Start of a `//` comment on the line [start, end], outside strings; -1 if none. */
function lineCommentStart(text: string, start: number, end: number): number {
  let inString = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 47 && text.charCodeAt(i + 1) === 47) return i;
  }
  return -1;
}

function firstControlChar(text: string, offset: number, length: number): number {
  for (let i = offset; i < offset + length; i++) if (text.charCodeAt(i) < 0x20) return i;
  return offset;
}

/** A trailing comma in an object yields two scanner errors at one spot; keep one diagnostic. */
function mergeTrailingCommaPairs(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.code}@${d.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
