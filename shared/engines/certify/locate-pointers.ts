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

/** Every field set in the constructor, so that all nodes share one map (see Scanner.keptShapes). */
class Trie {
  /** The segment naming the node in its parent ('' for the root). */
  readonly name: string;
  /**
   * The children, in the order they were added, as a list: most nodes have none or one, and a Map
   * each cost more to make than the searches it spared. Nodes with many (paths, definitions) also
   * have them by name.
   */
  first: Trie | null = null;
  last: Trie | null = null;
  next: Trie | null = null;
  size = 0;
  byName: Map<string, Trie> | null = null;
  /** The pointer ending here, when one does. */
  pointer: string | null = null;
  /** Where the value at this node is, once the scan has passed it. */
  loc: PointerLocation | null = null;
  /** For the text scan, made when it first reads the node's object (0 until then): see nameLengths. */
  lengths = 0;
  /** For the text scan, made when it first reads the node's array: see itemsOf. */
  items: Trie[] | null = null;
  /** The 1-based line and column of the value and of its key, when the scan was asked for them (0 otherwise). */
  line = 0;
  column = 0;
  keyLine = 0;
  keyColumn = 0;

  constructor(name: string) {
    this.name = name;
  }
}

/** Up to this many children, a node's are searched in its list. */
const FEW = 8;

function childOf(node: Trie, name: string): Trie | undefined {
  const byName = node.byName;
  if (byName !== null) return byName.get(name);
  for (let c = node.first; c !== null; c = c.next) if (c.name === name) return c;
  return undefined;
}

function addChild(node: Trie, name: string): Trie {
  const child = new Trie(name);
  if (node.last === null) node.first = child;
  else node.last.next = child;
  node.last = child;
  if (++node.size > FEW) {
    if (node.byName === null) {
      const byName = new Map<string, Trie>();
      for (let c = node.first; c !== null; c = c.next) byName.set(c.name, c);
      node.byName = byName;
    } else node.byName.set(name, child);
  }
  return child;
}

/** A located node of a scan (see PointerLookup.node). */
export interface LocatedNode {
  readonly loc: PointerLocation | null;
  readonly line: number;
  readonly column: number;
  readonly keyLine: number;
  readonly keyColumn: number;
}

export interface PointerLookup {
  /** The location of the value at `pointer`, or of its deepest ancestor in the text when it is missing. */
  find(pointer: string): { location: PointerLocation; exact: boolean } | undefined;
  /** As find, with the node it answers from (lines set when the scan was asked for them). */
  node(pointer: string): { at: LocatedNode; exact: boolean } | undefined;
}

const QUOTE = 34;
const CONTROL = /[\u0000-\u001f]/g;
const escapeControl = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** Thrown to end the scan once every wanted pointer is found. */
const DONE = Symbol('done');

export function locatePointers(text: string, pointers: Iterable<string>): Map<string, PointerLocation> {
  const found = new Map<string, PointerLocation>();
  scan(text, pointers, {}, found);
  return found;
}

/** How to read a text that is not strict JSON as the tolerant parser reads it. */
export interface ScanOptions {
  /** The text has duplicate keys: a key met again replaces what its earlier value located. */
  lastWins?: boolean;
  /** Where commas are missing (the offsets of the values they belong before): read as if there. */
  missingCommas?: readonly number[];
  /**
   * Also the line and column of each place found (see LocatedNode), from the line breaks the scan
   * passes anyway: a sweep of them afterwards would search the text for them again.
   */
  lines?: boolean;
}

/**
 * Like locatePointers, answering for missing values with their deepest existing ancestor, for a
 * text read as `options` says, as the parsed value and the syntax tree (`treeLookup`) have it.
 */
export function pointerLookup(text: string, pointers: Iterable<string>, options: ScanOptions = {}): PointerLookup {
  const { root, byPointer } = scan(text, pointers, options);
  return lookupIn(root, byPointer);
}

/**
 * The pointers as a trie (shared by the text scan and the syntax-tree walk). Findings come in walk
 * order, so a pointer mostly shares its first segments with the one before: the walk down starts
 * below them, without reading those segments again.
 */
function buildTrie(pointers: Iterable<string>): { root: Trie; byPointer: Map<string, Trie> } {
  const root = new Trie('');
  const byPointer = new Map<string, Trie>();
  /** The previous pointer's nodes, root first, and where each one's segment ends in it. */
  const path: Trie[] = [root];
  const ends: number[] = [0];
  let previous = '';
  for (const p of pointers) {
    // Findings repeat pointers; a pointer that is not one ("x", not starting with "/") is skipped.
    if (byPointer.has(p) || (p !== '' && p.charCodeAt(0) !== 47)) continue;
    // The segments this pointer shares with the previous one: those ending within their common
    // prefix, where this pointer's segment ends too.
    const max = Math.min(p.length, previous.length);
    let common = 0;
    while (common < max && p.charCodeAt(common) === previous.charCodeAt(common)) common++;
    let depth = 0;
    while (depth + 1 < ends.length) {
      const e = ends[depth + 1]!;
      if (e > common || (e < p.length && p.charCodeAt(e) !== 47)) break;
      depth++;
    }
    path.length = ends.length = depth + 1;
    let node = path[depth]!;
    // The remaining segments read in place (as splitPointer, without its array).
    for (let start = ends[depth]! + 1; start <= p.length; ) {
      let end = p.indexOf('/', start);
      if (end < 0) end = p.length;
      const s = unescapeSegment(p.slice(start, end));
      node = childOf(node, s) ?? addChild(node, s);
      path.push(node);
      ends.push(end);
      start = end + 1;
    }
    node.pointer = p;
    byPointer.set(p, node);
    previous = p;
  }
  return { root, byPointer };
}

function lookupIn(root: Trie, byPointer: Map<string, Trie>): PointerLookup {
  /** The deepest located ancestor of the node at `pointer`. */
  const ancestor = (pointer: string): Trie | undefined => {
    let segments: string[];
    try {
      segments = splitPointer(pointer);
    } catch {
      return root.loc ? root : undefined;
    }
    let cur: Trie | undefined = root;
    let best: Trie | undefined = root.loc ? root : undefined;
    for (const s of segments) {
      cur = childOf(cur, s);
      if (!cur) break;
      if (cur.loc) best = cur;
    }
    return best;
  };
  return {
    find(pointer) {
      const node = byPointer.get(pointer);
      if (node?.loc) return { location: node.loc, exact: true };
      const best = ancestor(pointer);
      return best ? { location: best.loc!, exact: false } : undefined;
    },
    node(pointer) {
      const node = byPointer.get(pointer);
      if (node?.loc) return { at: node, exact: true };
      const best = ancestor(pointer);
      return best ? { at: best, exact: false } : undefined;
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
    t.loc = pointerLocation(node.offset, container ? 1 : node.length, key ? key.offset : -1, key ? key.length : 0);
    if (t.first === null) return;
    if (node.type === 'object') {
      const last = new Map<string, JsonNode>();
      for (const prop of node.children ?? []) {
        const k = prop.children?.[0];
        if (k && typeof k.value === 'string' && childOf(t, k.value)) last.set(k.value, prop);
      }
      for (const [k, prop] of last) {
        const value = prop.children?.[1];
        if (value) visit(value, childOf(t, k)!, prop.children![0]);
      }
    } else if (node.type === 'array') {
      for (let child: Trie | null = t.first; child !== null; child = child.next) {
        if (!/^(0|[1-9]\d*)$/.test(child.name)) continue;
        const item = node.children?.[Number(child.name)];
        if (item) visit(item, child);
      }
    }
  };
  if (tree) visit(tree, root);
  return lookupIn(root, byPointer);
}

/** Forgets what a duplicate key's earlier value located below `node`. */
function forget(node: Trie, found: Map<string, PointerLocation> | undefined): void {
  node.loc = null;
  if (node.pointer !== null) found?.delete(node.pointer);
  for (let c = node.first; c !== null; c = c.next) forget(c, found);
}

/**
 * Bit `min(length, 29)` set for each of the node's child names: most names in the text are not
 * wanted, and are told apart by length without being copied out. (Up to bit 29 only, so that the
 * bits are a small integer, as the field's first value 0 is: a field turning into a heap number
 * would give every node a new map.)
 */
function nameLengths(node: Trie): number {
  let bits = 0;
  for (let c = node.first; c !== null; c = c.next) bits |= 1 << Math.min(c.name.length, 29);
  return bits;
}

function hasBackslash(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 92) return true;
  return false;
}

/** The children named by array indices ("0", "12", not "01"), by index. */
function itemsOf(node: Trie): Trie[] {
  const items: Trie[] = [];
  for (let c = node.first; c !== null; c = c.next) {
    const name = c.name;
    if (/^(0|[1-9]\d*)$/.test(name) && name.length < 10) items[Number(name)] = c;
  }
  return items;
}

/**
 * A location (keyOffset -1 for a value without key). Every location is made here, in one of two
 * shapes made by object literals, which keep them for the life of the module: a location given
 * its key afterwards, or copied with a spread, has a shape that only such locations hold, dropped
 * at each full GC, and the code that reads locations was thrown away for it each run.
 */
export const pointerLocation = (offset: number, length: number, keyOffset: number, keyLength: number): PointerLocation =>
  keyOffset >= 0 ? { offset, length, keyOffset, keyLength } : { offset, length };

function scan(
  text: string,
  pointers: Iterable<string>,
  options: ScanOptions,
  found?: Map<string, PointerLocation>,
): { root: Trie; byPointer: Map<string, Trie> } {
  const { root, byPointer } = buildTrie(pointers);
  const scanner = new Scanner(text, options, byPointer.size, found);
  try {
    scanner.visit(root, -1, 0);
  } catch (e) {
    if (e !== DONE) throw e;
  }
  return { root, byPointer };
}

/**
 * One scan of a text. A class rather than closures made per scan: its methods are made once, so
 * their optimized code lives as long as the module (code that only closures of finished scans held
 * is dropped at the next full GC, and was compiled again for each batch of documents).
 */
class Scanner {
  /**
   * One object of each of the scan's classes, kept for the life of the module. An object's map (its
   * shape, made as the constructor adds its fields) is held only by the objects that have it; once
   * the tries and scanners of the last scans are collected, a full GC drops the maps, clears the
   * feedback that recorded them, and throws away the optimized code that checks for them: the next
   * scans compile it again, from feedback that lost what rare paths had recorded, and deoptimize
   * there. (A static field: a module-level constant that no function reads would not be kept.)
   */
  static readonly keptShapes: readonly object[] = [
    new Trie(''),
    new Scanner('', {}, 0, undefined),
    new ContainerSkipper(''),
    // The two shapes of locations, their fields already of any kind. Objects that JSON.parse makes
    // from members named alike share these shapes: the first with a string or fraction there
    // changed the fields from small integers, and threw away the code that reads locations (the
    // scan's, locateFile's), in the first run over the corpus and once more at its end.
    { offset: '', length: '' },
    { offset: '', length: '', keyOffset: '', keyLength: '' },
  ];

  private pos = 0;
  /** Pointers still to locate: the scan ends when none is left. */
  private remaining: number;
  private readonly lastWins: boolean;
  /** Where commas are missing (the offsets of the values they belong before): read as if there. */
  private readonly missingCommas: readonly number[];
  private readonly containers: ContainerSkipper;
  private readonly lines: boolean;

  constructor(
    private readonly text: string,
    options: ScanOptions,
    wanted: number,
    private readonly found: Map<string, PointerLocation> | undefined,
  ) {
    this.lastWins = options.lastWins === true;
    this.missingCommas = options.missingCommas ?? [];
    // With duplicate keys a later one may replace any location: the scan reads to the end (-1
    // counts down and never reaches 0; a small integer as the other counts, see nameLengths).
    this.remaining = this.lastWins ? -1 : wanted;
    this.containers = new ContainerSkipper(text);
    this.lines = options.lines === true;
  }

  /** After a member or element: a comma there, or one missing there, and the list goes on. */
  private comma(): boolean {
    if (this.text.charCodeAt(this.pos) === 44) {
      this.pos++;
      return true;
    }
    return this.missingCommas.length > 0 && this.missingCommas.includes(this.pos);
  }

  private located(node: Trie, loc: PointerLocation): void {
    if (this.lines) {
      // Places are found in text order, and the cursor moves forward only (the skipper's too).
      const c = this.containers;
      if (loc.keyOffset !== undefined) {
        c.seekLine(loc.keyOffset);
        node.keyLine = c.line;
        node.keyColumn = loc.keyOffset - c.lineStart + 1;
      }
      c.seekLine(loc.offset);
      node.line = c.line;
      node.column = loc.offset - c.lineStart + 1;
    }
    node.loc = loc;
    if (node.pointer !== null) {
      this.found?.set(node.pointer, loc);
      if (--this.remaining === 0) throw DONE;
    }
  }

  /** The child named by the key at pos..end (quotes included). */
  private childNamed(node: Trie, end: number): Trie | undefined {
    const text = this.text;
    const start = this.pos;
    // Most keys are told apart by their length as written; one with an escape reads shorter, but
    // not shorter than any name wanted when it is no longer than the shortest (see nameLengths).
    // The key itself is searched for a backslash: a search of the text ahead ran on through long
    // strings, or to the end of a text without one, past where the scan ends.
    const length = end - start - 2;
    if (node.lengths === 0) node.lengths = nameLengths(node);
    const bits = node.lengths;
    if ((bits & (1 << Math.min(length, 29))) === 0) {
      if (length <= 31 - Math.clz32(bits & -bits) || !hasBackslash(text, start + 1, end - 1)) return undefined;
    } else if (!hasBackslash(text, start + 1, end - 1)) {
      if (node.byName !== null) return node.byName.get(text.slice(start + 1, end - 1));
      // Compared in place: no copy of the name.
      for (let c = node.first; c !== null; c = c.next) if (c.name.length === length && text.startsWith(c.name, start + 1)) return c;
      return undefined;
    }
    const quoted = text.slice(start, end);
    let name: string;
    try {
      name = JSON.parse(quoted) as string;
    } catch {
      // Raw control characters (a text the tolerant parser read): kept, as it keeps them.
      try {
        name = JSON.parse(quoted.replace(CONTROL, escapeControl)) as string;
      } catch {
        name = quoted.slice(1, -1);
      }
    }
    return childOf(node, name);
  }

  /** Skips any value; pos ends after it (at the end of the text when a container does not close). */
  private skipValue(): void {
    const text = this.text;
    const pos = this.pos;
    const c = text.charCodeAt(pos);
    if (c === QUOTE) this.pos = stringEnd(text, pos);
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      const e = this.containers.containerEnd(pos);
      this.pos = e < 0 ? text.length : e;
    } else this.pos = scalarEnd(text, pos);
  }

  /** The value at pos, with its key's place (keyOffset -1 when it has none). */
  visit(node: Trie, keyOffset: number, keyLength: number): void {
    const text = this.text;
    const start = (this.pos = skipWhitespace(text, this.pos));
    const c = text.charCodeAt(start);
    const container = c === 123 || c === 91;
    // A container is located by its first character (and key): its end is not needed, so the
    // scan can stop as soon as the last wanted location is known.
    if (container) this.located(node, pointerLocation(start, 1, keyOffset, keyLength));
    if (node.first === null) {
      this.skipValue();
    } else if (c === 123) {
      this.members(node);
    } else if (c === 91) {
      this.elements(node);
    } else {
      this.skipValue();
    }
    if (!container) this.located(node, pointerLocation(start, this.pos - start, keyOffset, keyLength));
  }

  /** The members of the object opening at pos. */
  private members(node: Trie): void {
    const text = this.text;
    this.pos++;
    // Children not read yet: once none is left, the rest of the object is skipped whole (with
    // duplicate keys a later one may replace any: the count never reaches 0).
    let unread = this.lastWins ? -1 : node.size;
    for (;;) {
      this.pos = skipWhitespace(text, this.pos);
      if (text.charCodeAt(this.pos) !== QUOTE) break;
      const kStart = this.pos;
      const kEnd = stringEnd(text, kStart);
      const child = this.childNamed(node, kEnd);
      let pos = skipWhitespace(text, kEnd);
      if (text.charCodeAt(pos) === 58 /* : */) pos = skipWhitespace(text, pos + 1);
      this.pos = pos;
      if (child) {
        // The location read first: read only with duplicate keys, it had no type feedback, and
        // the optimized code of the scan was thrown away at the first text with them.
        if (child.loc !== null && this.lastWins) forget(child, this.found);
        this.visit(child, kStart, kEnd - kStart);
        if (--unread === 0) {
          const e = this.containers.closingEnd(this.pos);
          this.pos = e < 0 ? text.length : e;
          return;
        }
      } else this.skipValue();
      this.pos = skipWhitespace(text, this.pos);
      if (!this.comma()) break;
    }
    this.pos = skipWhitespace(text, this.pos);
    if (text.charCodeAt(this.pos) === 125) this.pos++;
  }

  /** The elements of the array opening at pos. */
  private elements(node: Trie): void {
    const text = this.text;
    this.pos++;
    if (node.items === null) node.items = itemsOf(node);
    const items = node.items;
    for (let index = 0; ; index++) {
      this.pos = skipWhitespace(text, this.pos);
      if (text.charCodeAt(this.pos) === 93 || this.pos >= text.length) break;
      const child = items[index];
      if (child) this.visit(child, -1, 0);
      else this.skipValue();
      this.pos = skipWhitespace(text, this.pos);
      if (!this.comma()) break;
    }
    this.pos = skipWhitespace(text, this.pos);
    if (text.charCodeAt(this.pos) === 93) this.pos++;
  }
}
