// A JSON array of findings, one object each: validate's fields, plus the category in Microsoft's
// words, the connector the location is in (`source`: old or new) and the operation.
import { labeller, type DiffFormatInput } from './format-options';

export function formatDiffJson(input: DiffFormatInput): string {
  const label = labeller(input);
  return JSON.stringify(
    input.findings.map((d) => ({
      file: label(d),
      line: d.line,
      column: d.column,
      offset: d.offset,
      length: d.length,
      severity: d.severity,
      ruleId: d.code,
      message: d.message,
      pointer: d.pointer,
      valuePath: d.valuePath,
      category: d.category,
      source: d.source,
      ...(d.operation !== undefined ? { operation: d.operation } : {}),
    })),
    null,
    2,
  );
}
