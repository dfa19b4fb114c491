// Skipping over JSON values in a text without parsing them, for scans that look at a few places in
// a large text: strings by searching for their closing quote, containers by jumping from one
// bracket to the next, each found by indexOf (a native search).

import { isUnicodeSpace } from './json-syntax-diagnostics';

const BACKSLASH = 92;

/** The position after the string opening at `open` (the text's length when it does not end). */
export function stringEnd(text: string, open: number): number {
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

/**
 * The first position at or after `pos` that is not JSON whitespace, nor a space JSON does not know
 * (a no-break space, a byte order mark...: the tolerant read reports a run of them between tokens
 * and reads on as after whitespace; strict JSON has none outside strings).
 */
export function skipWhitespace(text: string, pos: number): number {
  let c = text.charCodeAt(pos);
  while (c === 32 || c === 10 || c === 13 || c === 9 || isUnicodeSpace(c)) c = text.charCodeAt(++pos);
  return pos;
}

/** The end of the number or literal (true, false, null) starting at `pos`. */
export function scalarEnd(text: string, pos: number): number {
  const end = text.length;
  let p = pos;
  for (
    let d = text.charCodeAt(p);
    p < end && d !== 44 && d !== 125 && d !== 93 && d !== 32 && d !== 10 && d !== 13 && d !== 9 && !isUnicodeSpace(d);
    d = text.charCodeAt(++p)
  );
  return p;
}

/**
 * Finds where containers end, in a text whose strings hold no raw line break (strict JSON, or one
 * the tolerant parser reads alike: it ends a string at a line break). It jumps from bracket to
 * bracket (`{}[]`), and only the strings on a bracket's own line before it decide whether it is
 * inside one: no string spans a line break, so a line starts outside strings, and the strings on
 * the lines in between are never looked at. It remembers the next bracket of each kind and the
 * next quote after the furthest point reached and searches for each again only once a scan has
 * passed it, so a scan moving forward searches the text for each character once. A scan that
 * steps back (to descend into a member it skipped) makes it forget them.
 *
 * A bracket's line is found by a cursor that steps from line break to line break (seekLine), which
 * a scan may also use to tell the line and column of the places it finds: the text's line breaks
 * are then searched for once, for both.
 */
export class ContainerSkipper {
  private from = 0;
  private quote = -1;
  private openBrace = -1;
  private closeBrace = -1;
  private openBracket = -1;
  private closeBracket = -1;
  /** The line (1-based) the cursor is on, where it starts, and the next line break (-1: none). */
  line = 1;
  lineStart = 0;
  private nextBreak: number;

  constructor(private readonly text: string) {
    this.nextBreak = text.indexOf('\n');
  }

  /**
   * Moves the line cursor to the line holding `offset` (a line break belongs to the line it ends).
   * Forward from where it is; back, it counts again from the start.
   */
  seekLine(offset: number): void {
    if (offset < this.lineStart) {
      this.line = 1;
      this.lineStart = 0;
      this.nextBreak = this.text.indexOf('\n');
    }
    let b = this.nextBreak;
    if (b < 0 || b >= offset) return;
    const text = this.text;
    let line = this.line;
    let start = this.lineStart;
    do {
      line++;
      start = b + 1;
      b = text.indexOf('\n', start);
    } while (b >= 0 && b < offset);
    this.line = line;
    this.lineStart = start;
    this.nextBreak = b;
  }

  private next(c: string, from: number): number {
    // The length read on every call: read only when the character is not found (rarely), it had no
    // type feedback, and the optimized code of the scan was thrown away there.
    const text = this.text;
    const length = text.length;
    const i = text.indexOf(c, from);
    return i < 0 ? length : i;
  }

  /**
   * The first bracket at or after `p` that is outside strings (p outside strings), or the text's
   * length when there is none.
   */
  nextBracket(p: number): number {
    const text = this.text;
    if (p < this.from) this.quote = this.openBrace = this.closeBrace = this.openBracket = this.closeBracket = -1;
    for (;;) {
      if (this.openBrace < p) this.openBrace = this.next('{', p);
      if (this.closeBrace < p) this.closeBrace = this.next('}', p);
      if (this.openBracket < p) this.openBracket = this.next('[', p);
      if (this.closeBracket < p) this.closeBracket = this.next(']', p);
      this.from = p;
      const at = Math.min(this.openBrace, this.closeBrace, this.openBracket, this.closeBracket);
      // The strings before the bracket on its line (p is outside strings, and so is a line start);
      // none when the next quote known is after the bracket, and its line need not be found.
      if (this.quote >= at) return at;
      this.seekLine(at);
      const lineStart = Math.max(this.lineStart, p);
      if (this.quote < lineStart) this.quote = this.next('"', lineStart);
      let inside = -1;
      while (this.quote < at) {
        const e = stringEnd(text, this.quote);
        if (e > at) {
          inside = e;
          break;
        }
        this.quote = this.next('"', e);
      }
      if (inside < 0) return at;
      // The bracket is inside this string: on after it.
      p = inside;
    }
  }

  /**
   * The position after the bracket closing the container that `p` is directly in (p outside
   * strings); -1 when none does.
   */
  closingEnd(p: number): number {
    const text = this.text;
    let depth = 1;
    for (;;) {
      const at = this.nextBracket(p);
      if (at >= text.length) return -1;
      p = at + 1;
      const d = text.charCodeAt(at);
      if (d === 123 || d === 91) depth++;
      else if (--depth === 0) return p;
    }
  }

  /**
   * The position after the container (object or array) opening at `pos`; -1 when it does not end
   * before `limit` (a bracket at or after `limit`, or a string running past it).
   */
  containerEnd(pos: number, limit: number = this.text.length): number {
    const text = this.text;
    let depth = 0;
    let p = pos;
    for (;;) {
      const at = this.nextBracket(p);
      if (at >= limit) return -1;
      p = at + 1;
      const d = text.charCodeAt(at);
      if (d === 123 || d === 91) depth++;
      else if (--depth === 0) return p;
    }
  }
}
