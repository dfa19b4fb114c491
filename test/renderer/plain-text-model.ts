// A text model over a plain string for the session's unit tests: the part of Monaco's ITextModel the
// edit queue and linked undo use (renderer/session/text-model.ts), with the same rules where they
// matter: one version id per change, undo steps that stay open until pushStackElement, alternative
// version ids that return to the step's start on undo, and decorations that follow the text.
import type { TextEditOperation, TextModel, TextModelChangeEvent, TextPosition, TextRange } from '../../renderer/session/text-model';

interface Replacement {
  offset: number;
  removed: string;
  inserted: string;
}

interface UndoStep {
  /** The alternative version ids before the step's first edit and after its last. */
  before: number;
  after: number;
  /** In the order applied. */
  edits: Replacement[][];
}

export class PlainTextModel implements TextModel {
  private versionId = 1;
  private altVersionId = 1;
  private readonly undoSteps: UndoStep[] = [];
  private redoSteps: UndoStep[] = [];
  /** The last undo step still takes edits (no pushStackElement since). */
  private open = false;
  private readonly decorations = new Map<string, { start: number; end: number }>();
  private decorationSeq = 0;
  private readonly listeners = new Set<(e: TextModelChangeEvent) => void>();

  constructor(private text: string) {}

  getValue(): string {
    return this.text;
  }

  getVersionId(): number {
    return this.versionId;
  }

  getAlternativeVersionId(): number {
    return this.altVersionId;
  }

  getOffsetAt(position: TextPosition): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < position.lineNumber - 1 && i < lines.length; i++) offset += lines[i]!.length + 1;
    return Math.min(this.text.length, offset + position.column - 1);
  }

  getPositionAt(offset: number): TextPosition {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length)));
    const lineStart = before.lastIndexOf('\n') + 1;
    return { lineNumber: before.split('\n').length, column: before.length - lineStart + 1 };
  }

  getValueInRange(range: TextRange): string {
    return this.text.slice(...this.offsetsOf(range));
  }

  pushStackElement(): void {
    this.open = false;
  }

  pushEditOperations(_selections: unknown[] | null, operations: TextEditOperation[], _cursorStateComputer?: () => null): null {
    const replacements = operations.map((op) => {
      const [start, end] = this.offsetsOf(op.range);
      return { offset: start, removed: this.text.slice(start, end), inserted: op.text };
    });
    if (!this.open) {
      this.undoSteps.push({ before: this.altVersionId, after: this.altVersionId, edits: [] });
      this.open = true;
    }
    this.redoSteps = [];
    const applied = this.apply(replacements, false, false, undefined);
    const step = this.undoSteps[this.undoSteps.length - 1]!;
    step.edits.push(applied);
    step.after = this.altVersionId;
    return null;
  }

  undo(): void {
    this.open = false;
    const step = this.undoSteps.pop();
    if (!step) return;
    const reversed = [...step.edits].reverse();
    reversed.forEach((edits, i) => {
      const inverse = edits.map((e) => ({ offset: e.offset, removed: e.inserted, inserted: e.removed }));
      this.apply(inverse, true, false, i === reversed.length - 1 ? step.before : undefined);
    });
    this.redoSteps.push(step);
  }

  redo(): void {
    this.open = false;
    const step = this.redoSteps.pop();
    if (!step) return;
    step.edits.forEach((edits, i) => this.apply(edits, false, true, i === step.edits.length - 1 ? step.after : undefined));
    this.undoSteps.push(step);
  }

  deltaDecorations(old: string[], added: { range: TextRange }[]): string[] {
    for (const id of old) this.decorations.delete(id);
    return added.map(({ range }) => {
      const id = `d${++this.decorationSeq}`;
      const [start, end] = this.offsetsOf(range);
      this.decorations.set(id, { start, end });
      return id;
    });
  }

  getDecorationRange(id: string): TextRange | null {
    const d = this.decorations.get(id);
    if (!d) return null;
    const start = this.getPositionAt(d.start);
    const end = this.getPositionAt(d.end);
    return { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
  }

  onDidChangeContent(listener: (e: TextModelChangeEvent) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private offsetsOf(range: TextRange): [number, number] {
    const start = this.getOffsetAt({ lineNumber: range.startLineNumber, column: range.startColumn });
    const end = this.getOffsetAt({ lineNumber: range.endLineNumber, column: range.endColumn });
    return [start, end];
  }

  /**
   * Applies replacements given against the current text (non-overlapping), as one change; returns
   * them as applied. An undo or redo sets the alternative version id before its listeners hear of it.
   */
  private apply(replacements: Replacement[], isUndoing: boolean, isRedoing: boolean, altVersionId: number | undefined): Replacement[] {
    // From the end, so each offset still holds when it is applied (Monaco lists changes the same way).
    const ordered = [...replacements].sort((a, b) => b.offset - a.offset);
    for (const r of ordered) {
      this.text = this.text.slice(0, r.offset) + r.inserted + this.text.slice(r.offset + r.removed.length);
      for (const d of this.decorations.values()) moveDecoration(d, r);
    }
    this.versionId++;
    this.altVersionId = altVersionId ?? this.versionId;
    const event: TextModelChangeEvent = {
      changes: ordered.map((r) => ({ rangeOffset: r.offset, rangeLength: r.removed.length, text: r.inserted })),
      versionId: this.versionId,
      isUndoing,
      isRedoing,
      isFlush: false,
      isEolChange: false,
    };
    for (const listener of [...this.listeners]) listener(event);
    return ordered;
  }
}

/**
 * A decoration through one replacement, as a deletion then an insertion: a point inside the deleted
 * text goes to where it was; text inserted at a range's edge stays outside it (Monaco's
 * NeverGrowsWhenTypingAtEdges: the start moves with the insertion, the end does not).
 */
function moveDecoration(d: { start: number; end: number }, r: Replacement): void {
  const from = r.offset;
  const to = r.offset + r.removed.length;
  const inserted = r.inserted.length;
  const map = (at: number, isStart: boolean): number => {
    const p = at <= from ? at : at >= to ? at - (to - from) : from;
    if (p < from) return p;
    if (p > from) return p + inserted;
    return isStart ? from + inserted : from;
  };
  const start = map(d.start, true);
  d.end = Math.max(start, map(d.end, false));
  d.start = start;
}
