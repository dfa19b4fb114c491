// Collects an import's report. Most notes are one per place; notes about mechanical rewrites that
// can happen thousands of times in a large spec (a schema keyword, a parameter example) are tallied:
// one note per code (and subject), with the count and the first place, so the report stays readable.
import type { ImportNote, ImportNoteKind } from '../import-result';

interface Tally {
  kind: ImportNoteKind;
  code: string;
  count: number;
  first: string;
  message: (count: number) => string;
}

export class ImportNotes {
  private readonly notes: ImportNote[] = [];
  private readonly tallies = new Map<string, Tally>();

  add(kind: ImportNoteKind, code: string, message: string, sourcePointer?: string): void {
    this.notes.push({ kind, code, message, ...(sourcePointer !== undefined ? { sourcePointer } : {}) });
  }

  /**
   * Counts one more occurrence; `subject` separates tallies of one code (e.g. per keyword). The
   * pointer may be given as a function: only the first occurrence's is ever computed.
   */
  tally(
    kind: ImportNoteKind,
    code: string,
    sourcePointer: string | (() => string),
    message: (count: number) => string,
    subject = '',
  ): void {
    const key = subject === '' ? code : `${code}\u0000${subject}`;
    const t = this.tallies.get(key);
    if (t) t.count++;
    else
      this.tallies.set(key, { kind, code, count: 1, first: typeof sourcePointer === 'string' ? sourcePointer : sourcePointer(), message });
  }

  /** Every note: single notes in the order they were made, then the tallies. */
  list(): ImportNote[] {
    const tallied = [...this.tallies.values()].map((t) => ({
      kind: t.kind,
      code: t.code,
      message: t.message(t.count),
      sourcePointer: t.first,
    }));
    return [...this.notes, ...tallied];
  }
}

/** "1 parameter" / "3 parameters". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
