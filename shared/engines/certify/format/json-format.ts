// The profile checked (and why, when chosen from the connector) and the diagnostics, one object
// each, with the fix when there is one.
import { valuePathOf, type FormatInput } from './format-options';

export function formatJson(input: FormatInput): string {
  const label = input.fileLabel ?? ((f: string) => f);
  const out = input.diagnostics.map((d) => {
    const vp = valuePathOf(d);
    const fix = d.fix;
    return {
      file: label(d.file),
      line: d.line,
      column: d.column,
      offset: d.offset,
      length: d.length,
      severity: d.severity,
      ruleId: d.code,
      message: d.message,
      ...(d.pointer !== undefined ? { pointer: d.pointer } : {}),
      ...(vp !== undefined ? { valuePath: vp } : {}),
      ...(d.category ? { category: d.category } : {}),
      ...(fix ? { fix: { title: fix.title, edits: fix.edits } } : {}),
    };
  });
  return JSON.stringify(
    { profile: input.profile, ...(input.profileReason ? { profileReason: input.profileReason } : {}), diagnostics: out },
    null,
    2,
  );
}
