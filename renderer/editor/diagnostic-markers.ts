// The core's JSON diagnostics and the certification findings as Monaco markers (squiggles, the overview ruler, F8 navigation).
import type { Diagnostic } from '../../shared/core/text';
import { monaco } from './monaco';

const SEVERITY: Record<Diagnostic['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

export function markersOf(model: monaco.editor.ITextModel, diagnostics: readonly Diagnostic[]): monaco.editor.IMarkerData[] {
  return diagnostics.map((d) => {
    const start = model.getPositionAt(d.offset);
    // A zero-length problem (a missing comma) still gets one character to underline.
    const end = model.getPositionAt(d.offset + Math.max(d.length, 1));
    return {
      severity: SEVERITY[d.severity],
      message: d.message,
      code: d.code,
      source: 'Connector Studio',
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
}

/** Certification findings as markers; `code` is the rule id, so Monaco's hover names the rule. */
export function certifyMarkersOf(
  model: monaco.editor.ITextModel,
  findings: readonly { severity: Diagnostic['severity']; message: string; rule: string; offset: number; length: number }[],
): monaco.editor.IMarkerData[] {
  return findings.map((f) => {
    const start = model.getPositionAt(f.offset);
    const end = model.getPositionAt(f.offset + Math.max(f.length, 1));
    return {
      severity: SEVERITY[f.severity],
      message: f.message,
      code: f.rule,
      source: 'Certification',
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
}
