// Minimal text edits for JSON: change one value and nothing else. Indentation, line endings, key
// order, inline versus multi-line layout and every key the studio does not know stay as the author
// wrote them. (jsonc-parser's `modify` reformats the whole line around an insertion or removal,
// which can rewrap a neighbour's inline array; these edits touch only the bytes that change.)
import { applyEdits as applyJsoncEdits, type Node as JsonNode } from 'jsonc-parser';
import type { TextEdit } from './diagnostic';
import type { JsonDocument } from './json-document';
import { formatPointer, parsePointer } from './json-pointer';

export interface Formatting {
  /** One level of indentation: spaces or a tab. */
  unit: string;
  eol: '\n' | '\r\n';
}

/** The indentation and line ending a file already uses, so inserted text matches it. */
export function detectFormatting(text: string): Formatting {
  const head = text.slice(0, 65536);
  const eol = head.includes('\r\n') ? '\r\n' : '\n';
  // The first indented line is one level deep in any JSON a tool formatted.
  const ws = /\n([ \t]+)\S/.exec(head)?.[1] ?? '  ';
  return { unit: ws.startsWith('\t') ? '\t' : ' '.repeat(Math.min(ws.length, 8)), eol };
}

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset + 1))![0];
}

function isInline(text: string, node: JsonNode): boolean {
  return !text.slice(node.offset, node.offset + node.length).includes('\n');
}

/** JSON for `value`, laid out to sit at `indent` in a file with formatting `f`. */
function render(value: unknown, indent: string, f: Formatting, inline: boolean): string {
  // JSON.stringify puts line breaks only between tokens, never inside strings: joining at the
  // breaks (and nowhere else) cannot touch a string's own brackets or spaces.
  if (inline) {
    return JSON.stringify(value, null, 1)
      .replace(/([[{])\n\s*/g, '$1')
      .replace(/\n\s*([\]}])/g, '$1')
      .replace(/\n\s*/g, ' ');
  }
  return JSON.stringify(value, null, f.unit)
    .split('\n')
    .join(f.eol + indent);
}

function separatorAfterColon(text: string, obj: JsonNode): string {
  const prop = obj.children?.[0];
  if (!prop || prop.colonOffset === undefined) return ' ';
  const value = prop.children?.[1];
  return value ? text.slice(prop.colonOffset + 1, value.offset) || '' : ' ';
}

/** Edits that set the value at `pointer`, creating missing parent objects. */
export function setValueEdits(doc: JsonDocument, pointer: string, value: unknown): TextEdit[] {
  const text = doc.text;
  const f = detectFormatting(text);
  const segments = parsePointer(pointer);
  const existing = doc.nodeAt(pointer);
  if (existing) {
    // A value keeps the layout of where it sits: inline inside an inline object, multi-line otherwise.
    let container: JsonNode | undefined = existing;
    while (container && container.type !== 'object' && container.type !== 'array') container = container.parent;
    const inline = container ? isInline(text, container) : true;
    return [{ offset: existing.offset, length: existing.length, content: render(value, lineIndent(text, existing.offset), f, inline) }];
  }
  if (segments.length === 0) return [{ offset: 0, length: text.length, content: render(value, '', f, false) }];
  // Find the deepest existing ancestor; what is missing below it is inserted as one nested value.
  let depth = segments.length - 1;
  while (depth > 0 && !doc.nodeAt(formatPointer(segments.slice(0, depth)))) depth--;
  const parent = doc.nodeAt(formatPointer(segments.slice(0, depth)));
  if (!parent) throw new Error('The document has no JSON value to edit.');
  let nested: unknown = value;
  for (let i = segments.length - 1; i > depth; i--) nested = { [segments[i]!]: nested };
  const key = segments[depth]!;
  if (parent.type === 'object') return insertProperty(text, f, parent, key, nested);
  if (parent.type === 'array' && /^(0|[1-9]\d*)$/.test(key) && Number(key) === (parent.children?.length ?? 0)) {
    return insertItem(text, f, parent, nested, Number(key));
  }
  throw new Error(`Cannot set ${pointer}: ${formatPointer(segments.slice(0, depth))} is not an object.`);
}

function insertProperty(text: string, f: Formatting, obj: JsonNode, key: string, value: unknown): TextEdit[] {
  const props = obj.children ?? [];
  const last = props[props.length - 1];
  const inline = isInline(text, obj);
  if (last) {
    const indent = inline ? '' : lineIndent(text, last.offset);
    const lead = inline ? ' ' : f.eol + indent;
    const content = `,${lead}${JSON.stringify(key)}:${separatorAfterColon(text, obj)}${render(value, indent, f, inline)}`;
    return [{ offset: last.offset + last.length, length: 0, content }];
  }
  // Empty object: open it up on new lines under the object's own indentation.
  const outer = lineIndent(text, obj.offset);
  const inner = outer + f.unit;
  const content = `{${f.eol}${inner}${JSON.stringify(key)}: ${render(value, inner, f, false)}${f.eol}${outer}}`;
  return [{ offset: obj.offset, length: obj.length, content }];
}

function insertItem(text: string, f: Formatting, arr: JsonNode, value: unknown, index: number): TextEdit[] {
  const items = arr.children ?? [];
  const inline = isInline(text, arr);
  if (items.length === 0) {
    if (inline) return [{ offset: arr.offset, length: arr.length, content: `[${render(value, '', f, true)}]` }];
    const outer = lineIndent(text, arr.offset);
    const inner = outer + f.unit;
    return [{ offset: arr.offset, length: arr.length, content: `[${f.eol}${inner}${render(value, inner, f, false)}${f.eol}${outer}]` }];
  }
  const ref = items[Math.min(index, items.length - 1)]!;
  const indent = inline ? '' : lineIndent(text, ref.offset);
  const sep = inline ? ', ' : `,${f.eol}${indent}`;
  const rendered = render(value, indent, f, inline);
  if (index >= items.length) return [{ offset: ref.offset + ref.length, length: 0, content: sep + rendered }];
  return [{ offset: ref.offset, length: 0, content: rendered + sep }];
}

/** Edits that insert `value` into the array at `pointer` at `index` (default: the end). */
export function insertArrayItemEdits(doc: JsonDocument, pointer: string, value: unknown, index?: number): TextEdit[] {
  const arr = doc.nodeAt(pointer);
  if (arr?.type !== 'array') throw new Error(`${pointer} is not an array.`);
  return insertItem(doc.text, detectFormatting(doc.text), arr, value, index ?? arr.children?.length ?? 0);
}

/** Edits that remove the property or array item at `pointer`, with its separating comma. */
export function removeValueEdits(doc: JsonDocument, pointer: string): TextEdit[] {
  const node = doc.nodeAt(pointer);
  if (!node?.parent) return [];
  return removeMemberEdits(node.parent.type === 'property' ? node.parent : node);
}

/** Edits that remove one member (a property node, or an array item) from its container. */
export function removeMemberEdits(member: JsonNode): TextEdit[] {
  const container = member.parent;
  if (!container) return [];
  const siblings = container.children ?? [];
  const i = siblings.indexOf(member);
  const prev = siblings[i - 1];
  const next = siblings[i + 1];
  const end = member.offset + member.length;
  if (prev) return [{ offset: prev.offset + prev.length, length: end - (prev.offset + prev.length), content: '' }];
  if (next) return [{ offset: member.offset, length: next.offset - member.offset, content: '' }];
  // The only member: leave the container empty, as `{}` or `[]`.
  return [{ offset: container.offset + 1, length: container.length - 2, content: '' }];
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return applyJsoncEdits(text, edits);
}
