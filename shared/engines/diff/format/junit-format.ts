// JUnit XML for CI test reports: one test suite per file compared, one test case per diff rule; a
// rule with breaking changes (errors) fails, warnings and additive changes go to its output.
import type { DiffFinding } from '../types';
import { ALL_DIFF_RULES } from '../rules';
import { labeller, TOOL_NAME, type DiffFormatInput } from './format-options';

function xml(s: string): string {
  return s
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

export function formatDiffJunit(input: DiffFormatInput): string {
  const label = labeller(input);
  const line = (d: DiffFinding) => `${label(d)}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message} (ValuePath: ${d.valuePath})`;
  const files = [...new Set([...(input.files ?? []), ...input.findings.map(label)])];
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const file of files) {
    const mine = input.findings.filter((d) => label(d) === file);
    const cases: string[] = [];
    let failures = 0;
    for (const rule of ALL_DIFF_RULES) {
      const found = mine.filter((d) => d.code === rule.id);
      const errors = found.filter((d) => d.severity === 'error');
      const others = found.filter((d) => d.severity !== 'error');
      let body = '';
      if (errors.length) {
        failures++;
        body += `<failure type="${xml(rule.id)}" message="${xml(errors.length === 1 ? errors[0]!.message : `${errors.length} breaking changes`)}">${xml(errors.map(line).join('\n'))}</failure>`;
      }
      if (others.length) body += `<system-out>${xml(others.map(line).join('\n'))}</system-out>`;
      cases.push(`    <testcase classname="${xml(file)}" name="${xml(rule.id)}"${body ? `>${body}</testcase>` : ' />'}`);
    }
    totalTests += cases.length;
    totalFailures += failures;
    suites.push(
      `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${TOOL_NAME} diff" tests="${totalTests}" failures="${totalFailures}">\n${suites.join('\n')}\n</testsuites>`;
}
