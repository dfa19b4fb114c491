// What every output format takes: the findings, the profile, and how to name files.
import type { LocatedDiagnostic } from '../../../core/connector';
import type { CertifyDiagnostic, CertifyProfile, CertifyRule } from '../types';

/** A certification finding, or a problem found while reading the files (no rule metadata). */
export type ReportedDiagnostic = LocatedDiagnostic & Partial<Pick<CertifyDiagnostic, 'valuePath' | 'category' | 'fix'>>;

export interface FormatInput {
  profile: CertifyProfile;
  /** Why this profile, when it was chosen from the connector (`--profile auto`). */
  profileReason?: string;
  diagnostics: readonly ReportedDiagnostic[];
  /** The rules that were run (for SARIF rule metadata and JUnit test cases); default: all. */
  rules?: readonly CertifyRule[];
  /** The files that were checked, as named in the diagnostics (JUnit lists clean files too). */
  files?: readonly string[];
  /** How to print a file name (e.g. prefixed with the connector folder); default: as is. */
  fileLabel?: (file: string) => string;
}

export const TOOL_NAME = 'connector-studio';

/** "certified" or "certified, chosen from folder certified-connectors". */
export function profileLabel(input: FormatInput): string {
  return input.profileReason ? `${input.profile}, chosen from ${input.profileReason}` : input.profile;
}

export function valuePathOf(d: ReportedDiagnostic): string | undefined {
  return d.valuePath ?? d.pointer;
}
