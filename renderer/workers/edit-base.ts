// Keeps a run of form edits cheap on large files. Resolving a pointer needs the text's syntax tree,
// and building it for Encodian's 1.1 MB definition costs more than a hundred milliseconds: too much
// for every keystroke typed in a Summary field. An EditBase keeps one parsed text (with its tree) and
// follows the edits made since, as long as they are the form's own replacements of single values:
// the next value of a field is then located by shifting the offsets the tree gave, and rendered by
// setValueEdits against the base text. Any other change (typing in the editor, undo) ends the base.
import { setValueEdits, type JsonDocument, type TextEdit } from '../../shared/core/text';
import type { EditOp, TextChange } from './parse-protocol';

interface Shift {
  offset: number;
  oldLength: number;
  newLength: number;
}

export class EditBase {
  private readonly shifts: Shift[] = [];
  /** Edits handed out and not yet seen coming back as changes, in order. */
  private readonly expected: TextEdit[] = [];

  constructor(readonly doc: JsonDocument) {}

  /** Records edits computed against the current text, which the editor is about to apply. */
  expect(edits: readonly TextEdit[]): void {
    // No edit, no change to come back.
    if (edits.length === 0) return;
    // Several edits in one operation come back as one event; only single edits are followed.
    if (edits.length === 1) this.expected.push(edits[0]!);
    else this.expected.push({ offset: -1, length: 0, content: '' });
  }

  /** Follows a change of the text. False when the change is not one this base can follow. */
  follow(changes: readonly TextChange[]): boolean {
    const next = this.expected.shift();
    if (!next || changes.length !== 1) return false;
    const c = changes[0]!;
    if (c.offset !== next.offset || c.length !== next.length || c.text !== next.content) return false;
    this.shifts.push({ offset: c.offset, oldLength: c.length, newLength: c.text.length });
    return true;
  }

  /** Where a range of the base text is now, or undefined when an edit since overlapped it. */
  private map(offset: number, length: number): { offset: number; length: number } | undefined {
    for (const s of this.shifts) {
      if (offset >= s.offset + s.oldLength && !(offset === s.offset && length === s.oldLength)) offset += s.newLength - s.oldLength;
      else if (offset + length <= s.offset) continue;
      else if (offset === s.offset && length === s.oldLength) length = s.newLength;
      else return undefined;
    }
    return { offset, length };
  }

  /**
   * Edits for `op` when it replaces one existing scalar value (a string, number, boolean or null);
   * undefined when it needs the current text parsed afresh.
   */
  tryEdits(op: EditOp): TextEdit[] | undefined {
    let pointer: string;
    let value: unknown;
    if (op.kind === 'set') {
      pointer = op.pointer;
      value = op.value;
    } else if (op.kind === 'metadata' && op.value !== undefined) {
      const list = (this.doc.value as Record<string, unknown> | undefined)?.['x-ms-connector-metadata'];
      const index = Array.isArray(list) ? list.findIndex((item) => (item as Record<string, unknown> | null)?.propertyName === op.name) : -1;
      if (index < 0) return undefined;
      pointer = `/x-ms-connector-metadata/${index}/propertyValue`;
      value = op.value;
    } else {
      return undefined;
    }
    if (value === undefined || (typeof value === 'object' && value !== null)) return undefined;
    const node = this.doc.nodeAt(pointer);
    if (!node || node.type === 'object' || node.type === 'array') return undefined;
    const edits = setValueEdits(this.doc, pointer, value);
    const edit = edits[0];
    if (edits.length !== 1 || !edit || edit.offset !== node.offset || edit.length !== node.length) return undefined;
    const now = this.map(node.offset, node.length);
    return now ? [{ offset: now.offset, length: now.length, content: edit.content }] : undefined;
  }
}
