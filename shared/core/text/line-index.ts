// Offset <-> line/column (both 1-based for people, like editors and compilers print them).
export class LineIndex {
  /**
   * One index kept for the life of the module. The map its field gives an index is held only by
   * the indexes that have it: when the last were collected, a full GC dropped it, and the
   * constructor's optimized code (which checks for it) was thrown away and compiled again.
   */
  static readonly keptShape: LineIndex = new LineIndex('');

  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  offset(line: number, column: number): number {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
    return start + Math.max(column, 1) - 1;
  }
}
