// A problem found in a text file, located by character offset; line and column come from a
// LineIndex when a message is shown.
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable id: a Microsoft rule name where one exists, otherwise a descriptive PascalCase id. */
  code: string;
  severity: Severity;
  /** One actionable English sentence. */
  message: string;
  offset: number;
  length: number;
  /** JSON pointer of the value concerned, when known. */
  pointer?: string;
}

export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}
