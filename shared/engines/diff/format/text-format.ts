// Compiler-style lines, as `validate` prints them: `file:line:col severity RuleId message`, then
// `  ValuePath: <path>` in the form of Microsoft's breaking-change detector. Additive changes
// (info) are counted but listed only when asked for: a release adds many, and they break nothing.
import { labeller, type DiffFormatInput } from './format-options';

export function formatDiffText(input: DiffFormatInput & { verbose?: boolean }): string {
  const label = labeller(input);
  const lines: string[] = [];
  let e = 0;
  let w = 0;
  let i = 0;
  for (const d of input.findings) {
    if (d.severity === 'error') e++;
    else if (d.severity === 'warning') w++;
    else i++;
    if (d.severity === 'info' && !input.verbose) continue;
    lines.push(`${label(d)}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
    lines.push(`  ValuePath: ${d.valuePath}`);
  }
  const s = (n: number) => (n === 1 ? '' : 's');
  const hidden = !input.verbose && i > 0 ? `; --verbose lists the additive ones` : '';
  lines.push(`${e} breaking change${s(e)} (error${s(e)}), ${w} warning${s(w)}, ${i} info${hidden}.`);
  return lines.join('\n');
}
