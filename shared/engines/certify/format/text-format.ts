// Compiler-style lines: `file:line:col severity RuleId message` (`file` alone for a file with no
// line to point at: icon.png, or README.md when it is missing), then `  ValuePath: <path>` (paconn's form),
// then the summary line (naming the connector when several are reported one after another).
import { placeLabel, profileLabel, valuePathOf, type FormatInput } from './format-options';

export function formatText(input: FormatInput): string {
  const label = input.fileLabel ?? ((f: string) => f);
  const lines: string[] = [];
  for (const d of input.diagnostics) {
    lines.push(`${placeLabel(d, label(d.file))} ${d.severity} ${d.code} ${d.message}`);
    const vp = valuePathOf(d);
    if (vp) lines.push(`  ValuePath: ${vp}`);
  }
  const count = (s: string) => input.diagnostics.filter((d) => d.severity === s).length;
  const e = count('error');
  const w = count('warning');
  const i = count('info');
  const connector = input.connector ? `${input.connector}: ` : '';
  lines.push(`${connector}${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info (profile ${profileLabel(input)}).`);
  return lines.join('\n');
}
