// The conversion report of an import, for people: one line per note, or a count by kind.
import type { ImportNote } from '../../shared/engines/import/import-result';

export function formatImportNote(n: ImportNote): string {
  return `${n.kind.padEnd(8)} ${n.code}: ${n.message}${n.sourcePointer !== undefined ? `  (at ${n.sourcePointer || '/'})` : ''}`;
}

export function summarizeImportNotes(notes: ImportNote[]): string {
  const count = (k: ImportNote['kind']) => notes.filter((n) => n.kind === k).length;
  return `Conversion report: ${count('decision')} decisions, ${count('loss')} losses, ${count('warning')} warnings (run with --report to list them).`;
}
