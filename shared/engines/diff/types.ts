// The breaking-change report's vocabulary: the rules (one per kind of change, with Microsoft's
// category wording) and the located findings a diff of two connectors returns.
import type { LocatedDiagnostic } from '../../core/connector';
import type { Severity } from '../../core/text';

/** Which of the two connectors a finding is located in. */
export type DiffSource = 'old' | 'new';

/** The connector file a finding is in. */
export type DiffFile = 'definition' | 'properties';

/** What part of the connector a rule is about (for grouping in reports). */
export type DiffArea = 'operation' | 'input' | 'output' | 'connection' | 'endpoint';

export interface DiffRule {
  /** Descriptive PascalCase id. */
  id: string;
  /** The kind of change, in the words of Microsoft's breaking-change detector and guidance. */
  category: string;
  area: DiffArea;
  /** error: breaks existing flows or connections; warning: may break them; info: additive. */
  severity: Severity;
  /** One sentence: what the rule detects and why it matters. */
  description: string;
}

export interface DiffFinding extends LocatedDiagnostic {
  /** `code` is the rule id; `pointer` is in the file of `source`. */
  pointer: string;
  category: string;
  /** The connector whose file the location is in: the new one while the thing still exists there. */
  source: DiffSource;
  /** Microsoft's breaking-change ValuePath (`operation/<id>/responses/200/schema/<field>/type`). */
  valuePath: string;
  /** The operation concerned, when there is one (its id, or `METHOD /path` without one). */
  operation?: string;
}

export interface DiffResult {
  findings: DiffFinding[];
  errors: number;
  warnings: number;
  infos: number;
}
