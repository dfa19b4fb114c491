// The core's JSON diagnostics as Monaco markers (squiggles, the overview ruler, F8 navigation).
import type { Diagnostic } from '../../shared/text';
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
