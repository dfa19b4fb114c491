// The report an import builds: single notes, and tallies for a decision repeated on many requests
// (one note with the first place it happened and how often), so a 600-request collection gives a
// report a person can read.
import type { ImportNote } from '../import-result';

interface Tally {
  note: ImportNote;
  count: number;
  message: (count: number) => string;
}

export class ImportReport {
  private readonly entries: (ImportNote | Tally)[] = [];
  private readonly tallies = new Map<string, Tally>();

  add(kind: ImportNote['kind'], code: string, message: string, sourcePointer: string): void {
    this.entries.push({ kind, code, message, sourcePointer });
  }

  addAll(notes: readonly ImportNote[]): void {
    this.entries.push(...notes);
  }

  /** Counts one more occurrence of a repeated decision; `key` separates tallies of one code. */
  tally(kind: ImportNote['kind'], code: string, sourcePointer: string, message: (count: number) => string, key = code): void {
    const existing = this.tallies.get(key);
    if (existing) {
      existing.count++;
      return;
    }
    const tally: Tally = { note: { kind, code, message: '', sourcePointer }, count: 1, message };
    this.tallies.set(key, tally);
    this.entries.push(tally);
  }

  notes(): ImportNote[] {
    return this.entries.map((e) => ('count' in e ? { ...e.note, message: e.message(e.count) } : e));
  }
}

/** "1 request" / "3 requests". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
