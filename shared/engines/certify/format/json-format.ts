// The profile checked (and why, when chosen from the connector) and the diagnostics, one object
// each, with the fix when there is one. Several connectors: `{ connectors: [...] }`, one such object
// each, named.
import { hasLine } from '../../../core/connector';
import { asList, valuePathOf, type FormatInput, type FormatInputs } from './format-options';

export function formatJson(inputs: FormatInputs): string {
  if (!Array.isArray(inputs)) return JSON.stringify(connectorJson(inputs as FormatInput), null, 2);
  return JSON.stringify({ connectors: asList(inputs).map((i) => ({ connector: i.connector, ...connectorJson(i) })) }, null, 2);
}

function connectorJson(input: FormatInput) {
  const label = input.fileLabel ?? ((f: string) => f);
  const out = input.diagnostics.map((d) => {
    const vp = valuePathOf(d);
    const fix = d.fix;
    return {
      file: label(d.file),
      // A file with no line to point at (icon.png, a missing README.md) is named alone.
      ...(hasLine(d) ? { line: d.line, column: d.column, offset: d.offset, length: d.length } : {}),
      severity: d.severity,
      ruleId: d.code,
      message: d.message,
      ...(d.pointer !== undefined ? { pointer: d.pointer } : {}),
      ...(vp !== undefined ? { valuePath: vp } : {}),
      ...(d.category ? { category: d.category } : {}),
      ...(fix ? { fix: { title: fix.title, edits: fix.edits } } : {}),
    };
  });
  return { profile: input.profile, ...(input.profileReason ? { profileReason: input.profileReason } : {}), diagnostics: out };
}
