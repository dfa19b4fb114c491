// JUnit XML for CI test reports: one test suite per file, one test case per rule that applies in
// the profile; a rule with error findings fails, warnings and notes go to the case's output.
// Several connectors: the suites of each in one document.
import { levelFor } from '../profiles';
import { RULES } from '../rules';
import {
  asList,
  placeLabel,
  sharedProfile,
  TOOL_NAME,
  valuePathOf,
  type FormatInput,
  type FormatInputs,
  type ReportedDiagnostic,
} from './format-options';

function xml(s: string): string {
  return s
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

function line(d: ReportedDiagnostic, file: string): string {
  const vp = valuePathOf(d);
  return `${placeLabel(d, file)} ${d.severity} ${d.code} ${d.message}${vp ? ` (ValuePath: ${vp})` : ''}`;
}

export function formatJunit(inputs: FormatInputs): string {
  const list = asList(inputs);
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const input of list) {
    const suite = connectorSuites(input);
    suites.push(...suite.suites);
    totalTests += suite.tests;
    totalFailures += suite.failures;
  }
  // Several connectors under different profiles (auto): each suite has its own profile's rules.
  const profile = sharedProfile(list);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${TOOL_NAME} certify${profile ? ` (${profile})` : ''}" tests="${totalTests}" failures="${totalFailures}">\n${suites.join('\n')}\n</testsuites>`;
}

/** A suite per file of one connector, a case per rule its profile runs. */
function connectorSuites(input: FormatInput): { suites: string[]; tests: number; failures: number } {
  const label = input.fileLabel ?? ((f: string) => f);
  const rules = (input.rules ?? RULES).filter((r) => levelFor(r, input.profile) !== 'off');
  const files = [...new Set([...(input.files ?? []), ...input.diagnostics.map((d) => d.file)])];
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const file of files) {
    const mine = input.diagnostics.filter((d) => d.file === file);
    const codes = [...rules.map((r) => r.id), ...new Set(mine.map((d) => d.code).filter((c) => !rules.some((r) => r.id === c)))];
    const cases: string[] = [];
    let failures = 0;
    for (const code of codes) {
      const found = mine.filter((d) => d.code === code);
      const errors = found.filter((d) => d.severity === 'error');
      const others = found.filter((d) => d.severity !== 'error');
      let body = '';
      if (errors.length) {
        failures++;
        body += `<failure type="${xml(code)}" message="${xml(errors.length === 1 ? errors[0]!.message : `${errors.length} errors`)}">${xml(errors.map((d) => line(d, label(file))).join('\n'))}</failure>`;
      }
      if (others.length) body += `<system-out>${xml(others.map((d) => line(d, label(file))).join('\n'))}</system-out>`;
      cases.push(`    <testcase classname="${xml(label(file))}" name="${xml(code)}"${body ? `>${body}</testcase>` : ' />'}`);
    }
    totalTests += cases.length;
    totalFailures += failures;
    suites.push(
      `  <testsuite name="${xml(label(file))}" tests="${cases.length}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return { suites, tests: totalTests, failures: totalFailures };
}
