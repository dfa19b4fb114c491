// Finds where a set of JSON pointers sit in a JSON text, in one scan and without building a syntax
// tree: the scan descends only into the members a pointer names and skips everything else
// (shared/core/text/json-skip.ts). Certification reports a few dozen places in a
// document of thousands; this costs a fraction of a full parse tree. Strict JSON only: for files
// with comments, trailing commas or repairs, `treeLookup` walks the tolerant parser's tree instead.
import type { JsonNode } from '../../core/text';
import { ContainerSkipper, scalarEnd, skipWhitespace, stringEnd, unescapeSegment } from '../../core/text';
import { splitPointer } from './split-pointer';

export interface PointerLocation {
  offset: number;
  /** The length of a primitive value; 1 for an object or array (its opening bracket). */
  length: number;
  /** The property name (with quotes) when the value is an object member. */
  keyOffset?: number;
  keyLength?: number;
}

interface Trie {
  /** Absent on leaves (most nodes): one Map per branching point only. */
  children?: Map<string, Trie>;
  /** The pointer ending here, when one does. */
  pointer?: string;
  /** Where the value at this node is, once the scan has passed it. */
  loc?: PointerLocation;
}

export interface PointerLookup {
  /** The location of the value at `pointer`, or of its deepest ancestor in the text when it is missing. */
  find(pointer: string): { location: PointerLocation; exact: boolean } | undefined;
}

const QUOTE = 34;
const CONTROL = /[\u0000-\u001f]/g;
const escapeControl = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** Thrown to end the scan once every wanted pointer is found. */
const DONE = Symbol('done');

export function locatePointers(text: string, pointers: Iterable<string>): Map<string, PointerLocation> {
  const { found } = scan(text, pointers);
  return found;
}

/**
 * Like locatePointers, answering for missing values with their deepest existing ancestor. With
 * `lastWins` (a text with duplicate keys), a key met again replaces what its earlier value located,
 * as the parsed value and the syntax tree (`treeLookup`) have it.
 */
export function pointerLookup(text: string, pointers: Iterable<string>, lastWins = false): PointerLookup {
  const { root, byPointer } = scan(text, pointers, lastWins);
  return lookupIn(root, byPointer);
}

/** The pointers as a trie (shared by the text scan and the syntax-tree walk). */
function buildTrie(pointers: Iterable<string>): { root: Trie; byPointer: Map<string, Trie> } {
  const root: Trie = {};
  const byPointer = new Map<string, Trie>();
  for (const p of pointers) {
    // Findings repeat pointers; a pointer that is not one ("x", not starting with "/") is skipped.
    if (byPointer.has(p) || (p !== '' && p.charCodeAt(0) !== 47)) continue;
    let node = root;
    // The segments read in place (as splitPointer, without its array).
    for (let start = 1; start <= p.length; ) {
      let end = p.indexOf('/', start);
      if (end < 0) end = p.length;
      const s = unescapeSegment(p.slice(start, end));
      const children: Map<string, Trie> = (node.children ??= new Map());
      let next = children.get(s);
      if (!next) children.set(s, (next = {}));
      node = next;
      start = end + 1;
    }
    node.pointer = p;
    byPointer.set(p, node);
  }
  return { root, byPointer };
}

function lookupIn(root: Trie, byPointer: Map<string, Trie>): PointerLookup {
  return {
    find(pointer) {
      const node = byPointer.get(pointer);
      if (node?.loc) return { location: node.loc, exact: true };
      let segments: string[];
      try {
        segments = splitPointer(pointer);
      } catch {
        return root.loc ? { location: root.loc, exact: false } : undefined;
      }
      let cur: Trie | undefined = root;
      let best = root.loc;
      for (const s of segments) {
        cur = cur.children?.get(s);
        if (!cur) break;
        if (cur.loc) best = cur.loc;
      }
      return best ? { location: best, exact: false } : undefined;
    },
  };
}

/**
 * The same lookup over a jsonc-parser syntax tree (for files that are not strict JSON, whose tree
 * the document already has): one walk down the wanted paths, instead of one search from the root
 * per pointer and ancestor. With duplicate keys the last one wins, as in the parsed value.
 */
export function treeLookup(tree: JsonNode | undefined, pointers: Iterable<string>): PointerLookup {
  const { root, byPointer } = buildTrie(pointers);
  const visit = (node: JsonNode, t: Trie, key?: JsonNode): void => {
    const container = node.type === 'object' || node.type === 'array';
    t.loc = { offset: node.offset, length: container ? 1 : node.length, ...(key ? { keyOffset: key.offset, keyLength: key.length } : {}) };
    const children = t.children;
    if (!children) return;
    if (node.type === 'object') {
      const last = new Map<string, JsonNode>();
      for (const prop of node.children ?? []) {
        const k = prop.children?.[0];
        if (k && typeof k.value === 'string' && children.has(k.value)) last.set(k.value, prop);
      }
      for (const [k, prop] of last) {
        const value = prop.children?.[1];
        if (value) visit(value, children.get(k)!, prop.children![0]);
      }
    } else if (node.type === 'array') {
      for (const [k, child] of children) {
        if (!/^(0|[1-9]\d*)$/.test(k)) continue;
        const item = node.children?.[Number(k)];
        if (item) visit(item, child);
      }
    }
  };
  if (tree) visit(tree, root);
  return lookupIn(root, byPointer);
}

/** Forgets what a duplicate key's earlier value located below `node`. */
function forget(node: Trie, found: Map<string, PointerLocation>): void {
  node.loc = undefined;
  if (node.pointer !== undefined) found.delete(node.pointer);
  if (node.children) for (const child of node.children.values()) forget(child, found);
}

function scan(
  text: string,
  pointers: Iterable<string>,
  lastWins = false,
): { found: Map<string, PointerLocation>; root: Trie; byPointer: Map<string, Trie> } {
  const { root, byPointer } = buildTrie(pointers);
  const found = new Map<string, PointerLocation>();
  // With duplicate keys a later one may replace any location: the scan reads to the end.
  let remaining = lastWins ? Number.POSITIVE_INFINITY : byPointer.size;
  let pos = 0;

  const skipWs = () => {
    pos = skipWhitespace(text, pos);
  };

  /** pos at an opening quote -> pos after the closing quote. */
  const skipString = () => {
    pos = stringEnd(text, pos);
  };

  const readKey = (): string => {
    const start = pos;
    skipString();
    const raw = text.slice(start + 1, pos - 1);
    if (raw.indexOf('\\') < 0) return raw;
    try {
      return JSON.parse(text.slice(start, pos)) as string;
    } catch {
      // Raw control characters (a text the tolerant parser read): kept, as it keeps them.
      try {
        return JSON.parse(text.slice(start, pos).replace(CONTROL, escapeControl)) as string;
      } catch {
        return raw;
      }
    }
  };

  const containers = new ContainerSkipper(text);
  /** Skips any value; pos ends after it (at the end of the text when a container does not close). */
  const skipValue = () => {
    const c = text.charCodeAt(pos);
    if (c === QUOTE) return skipString();
    if (c === 123 /* { */ || c === 91 /* [ */) {
      const e = containers.containerEnd(pos);
      pos = e < 0 ? text.length : e;
      return;
    }
    pos = scalarEnd(text, pos);
  };

  const visit = (node: Trie, keyOffset?: number, keyLength?: number) => {
    skipWs();
    const start = pos;
    const c = text.charCodeAt(pos);
    const container = c === 123 || c === 91;
    // A container is located by its first character (and key): its end is not needed, so the
    // scan can stop as soon as the last wanted location is known.
    if (container) {
      node.loc = { offset: start, length: 1, ...(keyOffset !== undefined ? { keyOffset, keyLength: keyLength! } : {}) };
      if (node.pointer !== undefined) {
        found.set(node.pointer, node.loc);
        if (--remaining === 0) throw DONE;
      }
    }
    const children = node.children;
    if (!children) {
      skipValue();
    } else if (c === 123) {
      pos++;
      for (;;) {
        skipWs();
        if (text.charCodeAt(pos) !== QUOTE) break;
        const kStart = pos;
        const key = readKey();
        const kLen = pos - kStart;
        skipWs();
        if (text.charCodeAt(pos) === 58 /* : */) pos++;
        skipWs();
        const child = children.get(key);
        if (child) {
          if (lastWins && child.loc) forget(child, found);
          visit(child, kStart, kLen);
        } else skipValue();
        skipWs();
        if (text.charCodeAt(pos) === 44) pos++;
        else break;
      }
      skipWs();
      if (text.charCodeAt(pos) === 125) pos++;
    } else if (c === 91) {
      pos++;
      let index = 0;
      for (;;) {
        skipWs();
        const d = text.charCodeAt(pos);
        if (d === 93 || pos >= text.length) break;
        const child = children.get(String(index));
        if (child) visit(child);
        else skipValue();
        index++;
        skipWs();
        if (text.charCodeAt(pos) === 44) pos++;
        else break;
      }
      skipWs();
      if (text.charCodeAt(pos) === 93) pos++;
    } else {
      skipValue();
    }
    if (!container) {
      node.loc = { offset: start, length: pos - start, ...(keyOffset !== undefined ? { keyOffset, keyLength: keyLength! } : {}) };
      if (node.pointer !== undefined) {
        found.set(node.pointer, node.loc);
        if (--remaining === 0) throw DONE;
      }
    }
  };

  try {
    visit(root);
  } catch (e) {
    if (e !== DONE) throw e;
  }
  return { found, root, byPointer };
}
