// Where a file with syntax errors was read by guesswork. The tolerant parser repairs a missing comma
// exactly, but a missing "}" or "]" is closed where the parser first notices it, often far below
// where it belongs: everything in between lands in the wrong object ("no such definition" for a
// definition that exists further down). Findings that depend on such text are withheld until the
// syntax errors are fixed: a fix of the comma must not make a dozen "errors" vanish.
import { ContainerSkipper, type JsonDocument, type JsonNode } from '../../core/text';

/** A half-open range [start, end) of the text whose structure is a guess. */
export interface UnsureSpan {
  start: number;
  end: number;
}

/**
 * No span, shared (read only). An array once holding objects, so that every list of spans has the
 * one kind of elements: locate() read lists of two or three kinds (empty literals, pushed to, made
 * by map) and its code, made for those it had seen, was thrown away at another.
 */
export const NO_SPANS: readonly UnsureSpan[] = (() => {
  const none: UnsureSpan[] = [{ start: 0, end: 0 }];
  none.pop();
  return none;
})();

/** A missing comma between two values: the one repair whose result is what the author meant. */
const EXACT_REPAIRS = new Set(['CommaExpected']);
/** A closing bracket the parser inserted: the spans come from the objects it closed. */
const INSERTED_CLOSERS = new Set(['CloseBraceExpected', 'CloseBracketExpected']);

/**
 * The parts of `doc` whose structure the parser guessed (empty for a document without syntax
 * errors, or whose only errors are missing commas in a consistently indented text):
 *  - an object or array closed by a bracket the parser inserted: its closing point (the objects
 *    holding it may lack members that sit below);
 *  - an object or array whose closing bracket is not indented as the line that opens it (in
 *    pretty-printed JSON, a bracket missing inside it made it swallow what follows): from the
 *    line where the indentation comes back to its opening line's, to its end;
 *  - the innermost object or array around any other structural error (a stray character, a
 *    missing quote or colon), or the root's end for text after the root value.
 */
export function unsureSpans(doc: JsonDocument): readonly UnsureSpan[] {
  if (!doc.hasErrors) return NO_SPANS;
  const text = doc.text;
  if (onlyMissingCommas(doc)) return misclosedBrackets(text);
  const tree = doc.tree;
  const spans: UnsureSpan[] = [];
  if (tree) collectMisclosed(text, tree, spans);
  for (const d of doc.diagnostics) {
    if (d.severity !== 'error' || EXACT_REPAIRS.has(d.code)) continue;
    if (INSERTED_CLOSERS.has(d.code)) {
      spans.push({ start: Math.max(0, d.offset - 1), end: d.offset + 1 });
      continue;
    }
    const around = tree ? innermostContainer(tree, d.offset) : undefined;
    if (around) spans.push({ start: around.offset, end: around.offset + around.length });
    else if (tree) spans.push({ start: Math.max(0, tree.offset + tree.length - 1), end: text.length });
    else spans.push({ start: 0, end: text.length });
  }
  return spans.length ? spans : NO_SPANS;
}

/** Objects and arrays closed by an inserted bracket, or by one indented unlike their opening line. */
function collectMisclosed(text: string, node: JsonNode, spans: UnsureSpan[]): void {
  if (node.type !== 'object' && node.type !== 'array' && node.type !== 'property') return;
  if (node.type !== 'property') {
    const end = node.offset + node.length;
    const closer = node.type === 'object' ? '}' : ']';
    if (text.charAt(end - 1) !== closer) spans.push({ start: Math.max(node.offset, end - 1), end: end + 1 });
    else if (!sameIndent(text, node.offset, end - 1)) spans.push({ start: Math.min(dedentAfter(text, node.offset, end), end - 1), end });
  }
  for (const child of node.children ?? []) collectMisclosed(text, child, spans);
}

/**
 * True when the only problems are commas the recovery inserted (a CommaExpected it did not repair
 * has a length): its repaired copy is strict JSON with the text's own brackets, each where it is.
 */
function onlyMissingCommas(doc: JsonDocument): boolean {
  for (const d of doc.diagnostics) if (d.code !== 'CommaExpected' || d.length !== 0) return false;
  return true;
}

/**
 * collectMisclosed for a text whose brackets all pair up as written (see onlyMissingCommas): the
 * objects and arrays found by pairing them, strings skipped, without the syntax tree (which costs
 * several times this for a large definition). In the order collectMisclosed finds them. Its
 * strings hold no line break (the repaired copy is strict JSON): the skipper jumps from bracket to
 * bracket.
 */
function misclosedBrackets(text: string): readonly UnsureSpan[] {
  const found: { open: number; span: UnsureSpan }[] = [];
  const opens: number[] = [];
  const brackets = new ContainerSkipper(text);
  for (let p = brackets.nextBracket(0); p < text.length; p = brackets.nextBracket(p + 1)) {
    const c = text.charCodeAt(p);
    if (c === 123 || c === 91) opens.push(p);
    else if (opens.length) {
      const open = opens.pop()!;
      const end = p + 1;
      if (!sameIndent(text, open, p)) found.push({ open, span: { start: Math.min(dedentAfter(text, open, end), p), end } });
    }
  }
  if (!found.length) return NO_SPANS;
  found.sort((a, b) => a.open - b.open);
  const spans: UnsureSpan[] = [];
  for (const f of found) spans.push(f.span);
  return spans;
}

/**
 * True unless the closing bracket at `close` starts its line at another indentation than the line
 * holding the opening one (a closing bracket sharing its line with other text says nothing).
 */
function sameIndent(text: string, open: number, close: number): boolean {
  const closeLine = text.lastIndexOf('\n', close - 1) + 1;
  const closeIndent = indentLength(text, closeLine);
  if (closeLine + closeIndent !== close) return true;
  const openLine = text.lastIndexOf('\n', open - 1) + 1;
  if (openLine === closeLine) return true;
  if (indentLength(text, openLine) !== closeIndent) return false;
  // The same spaces and tabs, compared in place.
  for (let i = 0; i < closeIndent; i++) if (text.charCodeAt(openLine + i) !== text.charCodeAt(closeLine + i)) return false;
  return true;
}

/**
 * Where the lines after the one holding `open` first come back to its indentation (or less): where
 * the missing bracket belongs in pretty-printed JSON. What comes before is read as written.
 */
function dedentAfter(text: string, open: number, end: number): number {
  const openLine = text.lastIndexOf('\n', open - 1) + 1;
  const depth = indentLength(text, openLine);
  let line = text.indexOf('\n', open) + 1;
  while (line > 0 && line < end) {
    const indent = indentLength(text, line);
    const first = text.charCodeAt(line + indent);
    if (first !== 10 && first !== 13 && indent <= depth) return line;
    line = text.indexOf('\n', line) + 1;
  }
  return open;
}

/** The number of spaces and tabs the line starting at `lineStart` begins with. */
function indentLength(text: string, lineStart: number): number {
  let i = lineStart;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - lineStart;
}

function innermostContainer(node: JsonNode, offset: number): JsonNode | undefined {
  if (offset < node.offset || offset >= node.offset + node.length) return undefined;
  for (const child of node.children ?? []) {
    const inner = innermostContainer(child, offset);
    if (inner) return inner;
  }
  return node.type === 'object' || node.type === 'array' ? node : undefined;
}

/** The object or array whose opening bracket is at `offset`, found by descending the tree. */
export function containerAt(tree: JsonNode | undefined, offset: number): JsonNode | undefined {
  let node = tree;
  while (node) {
    if (node.offset === offset && (node.type === 'object' || node.type === 'array')) return node;
    node = node.children?.find((c) => c.offset <= offset && offset < c.offset + c.length);
  }
  return undefined;
}

/**
 * Whether a finding at `offset` depends on unsure text: a value inside an unsure span, or an
 * object or array (the finding may be about what it lacks) that overlaps one.
 */
export function dependsOnUnsureText(spans: readonly UnsureSpan[], start: number, end: number): boolean {
  for (const s of spans) if (start < s.end && s.start < end) return true;
  return false;
}
