// What every output format of the diff takes. The shapes follow `validate`'s formats (compiler-style
// lines with ValuePath, a JSON array, SARIF 2.1.0, JUnit XML); the certification formatters
// themselves are keyed to a certification profile and its rules, which a diff has neither of.
import type { DiffFinding, DiffSource } from '../types';

export interface DiffFormatInput {
  findings: readonly DiffFinding[];
  /** How to print a finding's file name (e.g. prefixed with its connector's folder); default: as is. */
  fileLabel?: (file: string, source: DiffSource) => string;
  /** The files compared, as labelled (JUnit lists clean files too). */
  files?: readonly string[];
}

export const TOOL_NAME = 'connector-studio';

export function labeller(input: DiffFormatInput): (d: DiffFinding) => string {
  const label = input.fileLabel;
  return label ? (d) => label(d.file, d.source) : (d) => d.file;
}
