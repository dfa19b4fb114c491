// Which string value of a strict JSON text holds an offset, and its path. One forward scan that
// descends only into the member holding the offset and skips the others whole (json-skip.ts): a
// fraction of a parse.
import { ContainerSkipper, scalarEnd, skipWhitespace, stringEnd } from './json-skip';

export type ValuePath = (string | number)[];

export interface StringValueSpan {
  path: ValuePath;
  /** The string as written, quotes included: `text.slice(start, end)`. */
  start: number;
  end: number;
}

const QUOTE = 34;

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
  if (open < 0 || text.charCodeAt(skipWhitespace(text, close)) === 58) return undefined;
  const containers = new ContainerSkipper(text);
  /** Where the value at `pos` ends, or -1 when it does not end before `offset` (it holds it). */
  const valueEnd = (pos: number): number => {
    const c = text.charCodeAt(pos);
    if (c === QUOTE) {
      const e = stringEnd(text, pos);
      return e > offset ? -1 : e;
    }
    if (c === 123 || c === 91) return containers.containerEnd(pos, offset);
    const e = scalarEnd(text, pos);
    return e > offset ? -1 : e;
  };

  const path: ValuePath = [];
  let pos = skipWhitespace(text, 0);
  for (;;) {
    // `pos` starts a value that holds `offset`.
    if (offset < pos) return undefined;
    const c = text.charCodeAt(pos);
    if (c === QUOTE) return pos === open ? { path, start: open, end: close } : undefined;
    if (c !== 123 && c !== 91) return undefined;
    const object = c === 123;
    let p = skipWhitespace(text, pos + 1);
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
        p = skipWhitespace(text, keyEnd);
        if (text.charCodeAt(p) !== 58 || offset <= p) return undefined;
        p = skipWhitespace(text, p + 1);
        if (offset < p) return undefined;
      } else if (text.charCodeAt(p) === 93) {
        return undefined;
      }
      const e = valueEnd(p);
      if (e < 0) {
        path.push(segment);
        pos = p;
        break;
      }
      p = skipWhitespace(text, e);
      if (offset <= p || text.charCodeAt(p) !== 44) return undefined;
      p = skipWhitespace(text, p + 1);
    }
  }
}
