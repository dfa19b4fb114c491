// A finding before it is located: the rule, the file and pointer it is about, the ValuePath and
// the message. `locate-findings.ts` turns these into located DiffFindings.
import type { Severity } from '../../core/text';
import type { DiffFile, DiffRule, DiffSource } from './types';

export interface RawFinding {
  rule: DiffRule;
  /** When it differs from the rule's. */
  severity?: Severity;
  source: DiffSource;
  file: DiffFile;
  pointer: string;
  /** Locate the property name rather than the value. */
  at?: 'key';
  valuePath: string;
  message: string;
  operation?: string;
}
