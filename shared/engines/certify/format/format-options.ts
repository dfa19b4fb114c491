// What every output format takes: the findings, the profile, and how to name files.
import { hasLine, type LocatedDiagnostic } from '../../../core/connector';
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
  /** The connector as the output names it, when several are reported in one document. */
  connector?: string;
}

/** One connector's input, or several reported in one document (each with its own profile and file labels). */
export type FormatInputs = FormatInput | readonly FormatInput[];

export function asList(inputs: FormatInputs): readonly FormatInput[] {
  return Array.isArray(inputs) ? inputs : [inputs as FormatInput];
}

/** The profile all the inputs share, if they share one. */
export function sharedProfile(inputs: readonly FormatInput[]): CertifyProfile | undefined {
  const profiles = new Set(inputs.map((i) => i.profile));
  return profiles.size === 1 ? inputs[0]!.profile : undefined;
}

export const TOOL_NAME = 'connector-studio';

/** "certified" or "certified, chosen from folder certified-connectors". */
export function profileLabel(input: FormatInput): string {
  return input.profileReason ? `${input.profile}, chosen from ${input.profileReason}` : input.profile;
}

/** `file:line:col`, or the file alone for a diagnostic with no line in it (icon.png, an absent file). */
export function placeLabel(d: ReportedDiagnostic, file: string): string {
  return hasLine(d) ? `${file}:${d.line}:${d.column}` : file;
}

export function valuePathOf(d: ReportedDiagnostic): string | undefined {
  return d.valuePath ?? d.pointer;
}
