// The conversion report of an import, for people: totals first, then the warnings, then the files
// read, the losses and the decisions. A code noted many times (an operation id renamed in each of
// 296 operations) is one group: its count and its first examples; --json lists every note.
import type { ImportNote } from '../../shared/engines/import/import-result';

/** A code noted more often than this is shown as a group. */
const GROUP_ABOVE = 3;
const EXAMPLES = 2;
const ORDER: readonly ImportNote['kind'][] = ['warning', 'loss', 'decision'];

export function formatImportNote(n: ImportNote): string {
  return `${n.kind.padEnd(8)} ${n.code}: ${n.message}${n.sourcePointer !== undefined ? `  (at ${n.sourcePointer || '/'})` : ''}`;
}

function totals(notes: readonly ImportNote[]): string {
  const count = (k: ImportNote['kind']) => notes.filter((n) => n.kind === k).length;
  return `${count('decision')} decisions, ${count('loss')} losses, ${count('warning')} warnings`;
}

export function summarizeImportNotes(notes: ImportNote[]): string {
  return `Conversion report: ${totals(notes)} (run with --report to list them).`;
}

/** The lines of `--report`: `filesRead` are the FileRead notes, listed after the warnings. */
export function formatImportReport(notes: readonly ImportNote[], filesRead: readonly ImportNote[]): string[] {
  const lines = [`Conversion report: ${totals(notes)}.`];
  const byCode = (kind: ImportNote['kind']) => {
    const groups = new Map<string, ImportNote[]>();
    for (const n of notes) if (n.kind === kind) groups.set(n.code, [...(groups.get(n.code) ?? []), n]);
    return [...groups.values()];
  };
  for (const kind of ORDER) {
    if (kind === 'loss') lines.push(...filesRead.map(formatImportNote));
    for (const group of byCode(kind)) {
      if (group.length <= GROUP_ABOVE) {
        lines.push(...group.map(formatImportNote));
        continue;
      }
      lines.push(`${kind.padEnd(8)} ${group[0]!.code}: ${group.length} times, e.g.`);
      for (const n of group.slice(0, EXAMPLES)) lines.push(`           ${formatImportNote(n).slice(9 + n.code.length + 2)}`);
      lines.push(`           and ${group.length - EXAMPLES} more (--json lists each).`);
    }
  }
  return lines;
}
