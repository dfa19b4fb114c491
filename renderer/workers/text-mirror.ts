// One file's text as the editor holds it, kept up to date from Monaco's change events (a keystroke
// sends a few bytes, not the file), and its parse. Both workers keep one per JSON file. After edits
// that only changed characters inside scalars (the usual keystroke in a summary or description),
// the next parse reuses what the last one knew about the keys: see JsonDocument.parseEdited.
import { isScalarEdit, JsonDocument } from '../../shared/text';
import type { TextChange } from './parse-protocol';

export class TextMirror {
  private parsed: JsonDocument | undefined;
  /** The last parse, while every change since it was a scalar edit. */
  private before: JsonDocument | undefined;

  constructor(
    private current: string,
    public version: number,
  ) {}

  get text(): string {
    return this.current;
  }

  /** Applies Monaco's changes (offsets into the text before them), or takes the whole new text. */
  change(version: number, changes: readonly TextChange[], text?: string): void {
    this.version = version;
    if (this.parsed) this.before = this.parsed;
    this.parsed = undefined;
    if (text !== undefined) {
      this.current = text;
      this.before = undefined;
      return;
    }
    // Applied from the end, so earlier offsets stay valid.
    const sorted = [...changes].sort((a, b) => b.offset - a.offset);
    let out = this.current;
    let scalar = this.before !== undefined;
    for (const c of sorted) {
      if (scalar) scalar = isScalarEdit(out.charAt(c.offset - 1), out.slice(c.offset, c.offset + c.length), c.text);
      out = out.slice(0, c.offset) + c.text + out.slice(c.offset + c.length);
    }
    if (!scalar) this.before = undefined;
    this.current = out;
  }

  /** The parse of the current text (computed once per version). */
  get doc(): JsonDocument {
    if (!this.parsed) {
      this.parsed = JsonDocument.parseEdited(this.before, this.current, this.before !== undefined);
      this.before = undefined;
    }
    return this.parsed;
  }

  /** Whether the current text has been parsed already. */
  get isParsed(): boolean {
    return this.parsed !== undefined;
  }
}
