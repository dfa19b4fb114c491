// Findings about the connector's files that are not JSON, located in those files: README.md and
// script.csx at a line (no JSON pointer, no ValuePath), icon.png as a whole (binary: no line). A
// file that is absent is named where it belongs, without a line (ReadmeMissing).
import { CONNECTOR_FILES, type LoadedConnector } from '../../core/connector';
import { LineIndex } from '../../core/text';
import type { CertifyDiagnostic, CertifyRule, Finding, RuleLevel } from './types';

const OTHER_FILES = ['readme', 'script', 'icon'] as const;

interface KeptFinding {
  rule: CertifyRule;
  level: Exclude<RuleLevel, 'off'>;
  finding: Finding;
}

/** The diagnostics of the findings about README.md, script.csx and icon.png, in that order, each file's by line. */
export function locateOtherFiles(kept: readonly KeptFinding[], connector: LoadedConnector): CertifyDiagnostic[] {
  const all: CertifyDiagnostic[] = [];
  for (const file of OTHER_FILES) {
    const mine = kept.filter((k) => k.finding.file === file);
    if (!mine.length) continue;
    const entry = file === 'icon' ? undefined : connector.files[file];
    let lines: LineIndex | undefined;
    const out = mine.map(({ rule, level, finding }): CertifyDiagnostic => {
      const line = entry ? Math.max(1, finding.line ?? 1) : 0;
      // Line 1 starts at 0: the file is indexed only for a finding further down.
      const offset = line > 1 ? (lines ??= new LineIndex(entry!.text)).offset(line, 1) : 0;
      return {
        file: entry?.fileName ?? CONNECTOR_FILES[file].name,
        line: entry ? (lines?.position(offset).line ?? 1) : 0,
        column: entry ? 1 : 0,
        code: rule.id,
        severity: level,
        message: finding.message,
        offset,
        length: 0,
        category: rule.category,
      };
    });
    out.sort(
      (a, b) =>
        a.line - b.line || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
    );
    all.push(...out);
  }
  return all;
}
