// Which string value of a strict JSON text holds an offset, and its path. One forward scan that
// descends only into the member holding the offset and skips the others whole (strings by indexOf,
// containers by jumping from one structural character to the next): a fraction of a parse.

export type ValuePath = (string | number)[];

export interface StringValueSpan {
  path: ValuePath;
  /** The string as written, quotes included: `text.slice(start, end)`. */
  start: number;
  end: number;
}

const QUOTE = 34;
const BACKSLASH = 92;

/** The position after the string opening at `open` (the text's length when it does not end). */
function stringEnd(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  for (;;) {
    if (close < 0) return text.length;
    // A quote after an odd number of backslashes is escaped.
    let backslashes = 0;
    for (let p = close - 1; text.charCodeAt(p) === BACKSLASH; p--) backslashes++;
    if ((backslashes & 1) === 0) return close + 1;
    close = text.indexOf('"', close + 1);
  }
}

function skipWs(text: string, pos: number): number {
  let c = text.charCodeAt(pos);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++pos);
  return pos;
}

/**
 * The string value (not a property name) whose text, quotes included, holds `offset`; undefined
 * when the offset is anywhere else (a key, a number, a literal, whitespace, punctuation). `text`
 * must be strict JSON.
 */
export function valueStringAt(text: string, offset: number): StringValueSpan | undefined {
  const end = text.length;
  if (offset < 0 || offset >= end) return undefined;
  // First from the offset's line alone, which starts outside any string (a JSON string holds no
  // line break): is the offset in a string, and is that string a value?
  let open = -1;
  let close = -1;
  for (let q = text.indexOf('"', text.lastIndexOf('\n', offset - 1) + 1); q >= 0 && q <= offset; q = text.indexOf('"', close)) {
    close = stringEnd(text, q);
    if (offset < close) {
      open = q;
      break;
    }
  }
  if (open < 0 || text.charCodeAt(skipWs(text, close)) === 58) return undefined;
  // The next `"`, `{`, `}`, `[` and `]` at or after the scan, each searched again only once the scan
  // has passed it; forgotten when the scan steps back to descend into a member it skipped.
  let quote = -1;
  let openBrace = -1;
  let closeBrace = -1;
  let openBracket = -1;
  let closeBracket = -1;
  const next = (c: string, from: number) => {
    const i = text.indexOf(c, from);
    return i < 0 ? end : i;
  };

  /** Where the value at `pos` ends, or -1 when it does not end before `offset` (it holds it). */
  const valueEnd = (pos: number): number => {
    const c = text.charCodeAt(pos);
    if (c === QUOTE) {
      const e = stringEnd(text, pos);
      return e > offset ? -1 : e;
    }
    if (c === 123 || c === 91) {
      let depth = 0;
      let p = pos;
      for (;;) {
        if (quote < p) quote = next('"', p);
        if (openBrace < p) openBrace = next('{', p);
        if (closeBrace < p) closeBrace = next('}', p);
        if (openBracket < p) openBracket = next('[', p);
        if (closeBracket < p) closeBracket = next(']', p);
        const at = Math.min(quote, openBrace, closeBrace, openBracket, closeBracket);
        if (at >= offset) return -1;
        const d = text.charCodeAt(at);
        if (d === QUOTE) {
          p = stringEnd(text, at);
          if (p > offset) return -1;
        } else if (d === 123 || d === 91) {
          depth++;
          p = at + 1;
        } else {
          p = at + 1;
          if (--depth === 0) return p;
        }
      }
    }
    // number, true, false, null
    let p = pos;
    for (let d = text.charCodeAt(p); p < end && d !== 44 && d !== 125 && d !== 93 && d !== 32 && d !== 10 && d !== 13 && d !== 9; d = text.charCodeAt(++p));
    return p > offset ? -1 : p;
  };

  const path: ValuePath = [];
  let pos = skipWs(text, 0);
  for (;;) {
    // `pos` starts a value that holds `offset`.
    if (offset < pos) return undefined;
    const c = text.charCodeAt(pos);
    if (c === QUOTE) return pos === open ? { path, start: open, end: close } : undefined;
    if (c !== 123 && c !== 91) return undefined;
    const object = c === 123;
    let p = skipWs(text, pos + 1);
    let index = 0;
    for (;;) {
      if (offset < p) return undefined;
      let segment: string | number = index++;
      if (object) {
        if (text.charCodeAt(p) !== QUOTE) return undefined;
        const keyEnd = stringEnd(text, p);
        if (offset < keyEnd) return undefined;
        const raw = text.slice(p + 1, keyEnd - 1);
        segment = raw.indexOf('\\') < 0 ? raw : (JSON.parse(text.slice(p, keyEnd)) as string);
        p = skipWs(text, keyEnd);
        if (text.charCodeAt(p) !== 58 || offset <= p) return undefined;
        p = skipWs(text, p + 1);
        if (offset < p) return undefined;
      } else if (text.charCodeAt(p) === 93) {
        return undefined;
      }
      const e = valueEnd(p);
      if (e < 0) {
        path.push(segment);
        pos = p;
        quote = openBrace = closeBrace = openBracket = closeBracket = -1;
        break;
      }
      p = skipWs(text, e);
      if (offset <= p || text.charCodeAt(p) !== 44) return undefined;
      p = skipWs(text, p + 1);
    }
  }
}
