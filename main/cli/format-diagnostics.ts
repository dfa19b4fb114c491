// Diagnostics as compilers print them (`file:line:col severity Code message`), with the JSON
// pointer in paconn's `ValuePath:` form when there is one.
import path from 'node:path';
import type { LocatedDiagnostic } from '../../shared/core/connector';

export function formatDiagnostic(d: LocatedDiagnostic, dir?: string): string {
  const file = dir ? path.join(dir, d.file) : d.file;
  const head = `${file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
  return d.pointer ? `${head}\n  ValuePath: ${d.pointer}` : head;
}

export function diagnosticJson(d: LocatedDiagnostic) {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.pointer ? { pointer: d.pointer } : {}),
  };
}
