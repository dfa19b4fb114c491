// The string values edited in a strict JSON text since its last full parse (the source). An edit
// that stays inside one string value and leaves it a valid JSON string changes nothing else: every
// key, every other value and every structural character stays as it was, only shifted by the change
// in length. So the new text parses to the old value with that one string replaced, and what was
// found in the source text (where a pointer's value is written, where each line starts) holds for
// the new text once offsets are shifted. Keystrokes in descriptions and summaries, the usual edit,
// then cost neither a parse nor a copy of a large text.
import { valueStringAt, type ValuePath } from './value-string-at';

/** A replacement of `length` characters at `offset` by `text`. */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

export interface ReplacedString {
  /** Where the string is written in the source text (quotes included), and its length there. */
  readonly at: number;
  readonly length: number;
  readonly path: ValuePath;
  /** The string as written now, quotes included. */
  readonly raw: string;
}

/** Past this many edited strings, a full parse costs less than following them. */
const MAX_REPLACED = 64;

export class StringValueEdits {
  constructor(
    /** The source's text: flat once parsed, so its slices cost no copy. */
    readonly sourceText: string,
    /** In text order, none overlapping. */
    readonly replaced: readonly ReplacedString[],
  ) {}

  /** Where an offset of the source text that is outside the edited strings (or starts one) is now. */
  fromSource(offset: number): number {
    let out = offset;
    for (const r of this.replaced) {
      if (r.at >= offset) break;
      out += r.raw.length - r.length;
    }
    return out;
  }

  /** Where an offset of the current text is in the source text (inside an edited string: where it starts). */
  toSource(offset: number): number {
    let delta = 0;
    for (const r of this.replaced) {
      const start = r.at + delta;
      if (offset <= start) break;
      if (offset < start + r.raw.length) return r.at;
      delta += r.raw.length - r.length;
    }
    return offset - delta;
  }

  /** The length now of what the source text holds at `offset`, `length` characters long. */
  lengthFromSource(offset: number, length: number): number {
    for (const r of this.replaced) {
      if (r.at === offset) return r.raw.length;
      if (r.at > offset) break;
    }
    return length;
  }

  /** The current text, as a concatenation of slices (no copy of the source text). */
  text(): string {
    let out = '';
    let from = 0;
    for (const r of this.replaced) {
      out += this.sourceText.slice(from, r.at) + r.raw;
      from = r.at + r.length;
    }
    return out + this.sourceText.slice(from);
  }

  /**
   * The edits after `changes` (applied in order, each to the text the previous ones left), with the
   * new value of each string they changed; undefined when a change reaches outside a string value
   * or leaves one that is not a valid JSON string.
   */
  apply(changes: readonly TextChange[]): { edits: StringValueEdits; changed: { path: ValuePath; value: string }[] } | undefined {
    const list = [...this.replaced];
    const touched = new Set<number>();
    for (const c of changes) {
      let delta = 0;
      let i = 0;
      let done = false;
      for (; i < list.length; i++) {
        const r = list[i]!;
        const start = r.at + delta;
        const end = start + r.raw.length;
        if (c.offset < start) break;
        if (c.offset < end) {
          if (c.offset + c.length > end) return undefined;
          const k = c.offset - start;
          list[i] = { ...r, raw: r.raw.slice(0, k) + c.text + r.raw.slice(k + c.length) };
          touched.add(r.at);
          done = true;
          break;
        }
        delta += r.raw.length - r.length;
      }
      if (done) continue;
      // In text not edited yet: which source string holds it?
      const at = c.offset - delta;
      const span = valueStringAt(this.sourceText, at);
      if (!span || at + c.length > span.end || list.length >= MAX_REPLACED) return undefined;
      const raw = this.sourceText.slice(span.start, span.end);
      const k = at - span.start;
      list.splice(i, 0, {
        at: span.start,
        length: span.end - span.start,
        path: span.path,
        raw: raw.slice(0, k) + c.text + raw.slice(k + c.length),
      });
      touched.add(span.start);
    }
    const changed: { path: ValuePath; value: string }[] = [];
    for (const r of list) {
      if (!touched.has(r.at)) continue;
      const value = parseString(r.raw);
      if (value === undefined) return undefined;
      changed.push({ path: r.path, value });
    }
    return { edits: new StringValueEdits(this.sourceText, list), changed };
  }
}

/** The value of a JSON string literal written alone (quote to quote); undefined when it is not one. */
function parseString(raw: string): string | undefined {
  // JSON.parse also takes surrounding whitespace: a literal must start and end with its quotes.
  if (raw.length < 2 || raw.charCodeAt(0) !== 34 || raw.charCodeAt(raw.length - 1) !== 34) return undefined;
  try {
    return JSON.parse(raw) as string;
  } catch {
    return undefined;
  }
}

/**
 * `node` with the value at `path` replaced, copying only the objects and arrays on the path (the
 * rest is shared). Keys keep their order, as a parse of the edited text would give them.
 */
export function replaceAt(node: unknown, path: ValuePath, leaf: unknown, depth = 0): unknown {
  if (depth === path.length) return leaf;
  const segment = path[depth]!;
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[segment as number] = replaceAt(node[segment as number], path, leaf, depth + 1);
    return copy;
  }
  const obj = node as Record<string, unknown>;
  // A computed key defines an own property, even "__proto__" (as JSON.parse does).
  return { ...obj, [segment]: replaceAt(obj[segment as string], path, leaf, depth + 1) };
}
