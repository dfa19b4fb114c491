// One file's text as the editor holds it, kept up to date from Monaco's change events (a keystroke
// sends a few bytes, not the file), and its parse. Both workers keep one per JSON file.
// After typing inside string values (a summary, a description), the next parse is the last one with
// those strings replaced, without parsing the text: see JsonDocument.editStringValues. After other
// edits that only changed characters inside scalars, it reuses what the last parse knew about the
// keys: see JsonDocument.parseEdited.
// The text is kept as pieces (slices of the last parsed text, and what was typed) joined only when
// read: a string made by editing a large text that was never read whole would be copied whole by
// the next edit, and on the largest definitions that copy costs as much as a parse.
import { isScalarEdit, JsonDocument } from '../../shared/core/text';
import type { TextChange } from './parse-protocol';

/** Neighbouring pieces shorter than this are joined (a typed word is one piece, not one per letter). */
const SMALL = 256;
/** Past this many changes between two parses, the text is parsed afresh. */
const MAX_PENDING = 1000;

export class TextMirror {
  private pieces: string[];
  private joined: string | undefined;
  private parsed: JsonDocument | undefined;
  /** The last parse, and the changes since, in the order they apply (while there are few). */
  private last: JsonDocument | undefined;
  private pending: TextChange[] = [];
  /** The last parse, while every change since it was a scalar edit. */
  private before: JsonDocument | undefined;

  constructor(
    text: string,
    public version: number,
  ) {
    this.pieces = [text];
    this.joined = text;
  }

  get text(): string {
    if (this.joined === undefined) {
      let out = '';
      for (const p of this.pieces) out += p;
      this.joined = out;
    }
    return this.joined;
  }

  /** Applies Monaco's changes (offsets into the text before them), or takes the whole new text. */
  change(version: number, changes: readonly TextChange[], text?: string): void {
    this.version = version;
    if (this.parsed) {
      this.before = this.last = this.parsed;
      this.pending = [];
    }
    this.parsed = undefined;
    if (text !== undefined) {
      this.pieces = [text];
      this.joined = text;
      this.before = this.last = undefined;
      return;
    }
    // Applied from the end, so earlier offsets stay valid.
    const sorted = [...changes].sort((a, b) => b.offset - a.offset);
    if (this.last) {
      if (this.pending.length + sorted.length > MAX_PENDING) this.last = undefined;
      else for (const c of sorted) this.pending.push(c);
    }
    let scalar = this.before !== undefined;
    for (const c of sorted) {
      if (scalar) scalar = isScalarEdit(this.slice(c.offset - 1, c.offset), this.slice(c.offset, c.offset + c.length), c.text);
      this.splice(c.offset, c.length, c.text);
    }
    if (!scalar) this.before = undefined;
    this.joined = undefined;
  }

  /** The parse of the current text (computed once per version). */
  get doc(): JsonDocument {
    if (!this.parsed) {
      const edited = this.last && JsonDocument.editStringValues(this.last, this.pending, this.text);
      if (edited) {
        this.parsed = edited;
      } else {
        this.parsed = JsonDocument.parseEdited(this.before, this.text, this.before !== undefined);
        // The parse made the text flat: its slices cost no copy.
        this.pieces = [this.text];
      }
      this.before = this.last = undefined;
      this.pending = [];
    }
    return this.parsed;
  }

  /** Whether the current text has been parsed already. */
  get isParsed(): boolean {
    return this.parsed !== undefined;
  }

  /** Characters `from` to `to` of the current text (a short range). */
  private slice(from: number, to: number): string {
    let out = '';
    let at = 0;
    for (const p of this.pieces) {
      const end = at + p.length;
      if (end > from && at < to) out += p.slice(Math.max(from - at, 0), Math.min(to, end) - at);
      if (end >= to) break;
      at = end;
    }
    return out;
  }

  private splice(offset: number, length: number, text: string): void {
    const out: string[] = [];
    const put = (s: string) => {
      if (!s) return;
      const prev = out[out.length - 1];
      if (prev !== undefined && prev.length < SMALL && s.length < SMALL) out[out.length - 1] = prev + s;
      else out.push(s);
    };
    let at = 0;
    let inserted = false;
    for (const p of this.pieces) {
      const end = at + p.length;
      if (end <= offset) {
        put(p);
      } else {
        if (at < offset) put(p.slice(0, offset - at));
        if (!inserted) {
          put(text);
          inserted = true;
        }
        if (end > offset + length) put(at >= offset + length ? p : p.slice(offset + length - at));
      }
      at = end;
    }
    if (!inserted) put(text);
    this.pieces = out;
  }
}
