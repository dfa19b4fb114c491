// What a maker would stumble on in the designer, each tied to the field that fixes it and to the
// checker rules that report the same thing (the panel links their findings).
import type { DesignerPreview, PreviewInput, PreviewProblem } from './types';

/** More important inputs than this fill the card before the maker sees anything else. */
export const MAX_IMPORTANT_INPUTS = 5;
/** Tokens without a label are listed one by one up to this many, then counted. */
const MAX_TOKEN_PROBLEMS = 20;

export function previewProblems(
  p: Omit<DesignerPreview, 'problems'>,
  allInputs: readonly PreviewInput[],
  unfillable: readonly { name: string; pointer: string; parameterPointer: string }[],
): PreviewProblem[] {
  const out: PreviewProblem[] = [];
  const op = p.operationPointer;
  if (p.titleFrom !== 'summary' && p.visibility !== 'internal') {
    out.push({
      key: `${op}#summary`,
      message: `The card has no title of its own: the designer shows "${p.title}". Add a summary.`,
      severity: 'warning',
      pointer: op,
      fixKey: 'summary',
      field: { scope: 'operation', label: 'Summary' },
      rules: ['OperationSummaryRequired'],
    });
  }
  if (p.kind !== 'action' && p.titleFrom === 'summary' && !/^when\b/i.test(p.title)) {
    out.push({
      key: `${op}#trigger-title`,
      message: `Triggers read "When …" in the designer's list; "${p.title}" does not.`,
      severity: 'info',
      pointer: op,
      fixKey: 'summary',
      field: { scope: 'operation', label: 'Summary' },
      rules: [],
    });
  }
  for (const input of allInputs) {
    if (input.labelFrom === 'name') {
      out.push({
        key: `${input.key}#label`,
        message: `"${input.name}" has no x-ms-summary: the designer labels it with its name.`,
        severity: 'warning',
        pointer: input.pointer,
        fixKey: 'x-ms-summary',
        field: input.property
          ? { scope: 'property', label: 'Title', parameterPointer: input.parameterPointer }
          : { scope: 'parameter', label: 'Summary', parameterPointer: input.parameterPointer },
        rules: [],
      });
    }
    const c = input.control;
    if ((c.kind === 'dynamic' && !c.source.found) || (c.kind === 'array' && c.item.kind === 'dynamic' && !c.item.source.found)) {
      const source = c.kind === 'dynamic' ? c.source : c.kind === 'array' && c.item.kind === 'dynamic' ? c.item.source : undefined;
      out.push({
        key: `${input.key}#dynamic`,
        message: `"${input.label}" is loaded from ${source?.operationId ? `"${source.operationId}"` : 'an operation'}, which this connector does not have: its dropdown stays empty.`,
        severity: 'warning',
        pointer: input.pointer,
        fixKey: source?.extension,
        field: input.property
          ? { scope: 'property', label: 'Title', parameterPointer: input.parameterPointer }
          : { scope: 'parameter', label: 'Dropdown type', parameterPointer: input.parameterPointer },
        rules: ['OperationIdNotFound'],
      });
    }
  }
  for (const u of unfillable) {
    out.push({
      key: `${u.pointer}#unfillable`,
      message: `"${u.name}" is required but internal and has no default: the card cannot show it, so no value is ever sent.`,
      severity: 'warning',
      pointer: u.pointer,
      fixKey: 'default',
      field: { scope: 'parameter', label: 'Default value', parameterPointer: u.parameterPointer },
      rules: ['InternalParameterRequiresDefault'],
    });
  }
  for (const d of p.dynamicInputs) {
    if (!d.found) {
      out.push({
        key: `${op}#dynamic-schema-${d.operationId}`,
        message: `The body's fields are loaded from "${d.operationId}", which this connector does not have: the card shows none of them.`,
        severity: 'warning',
        pointer: op,
        fixKey: d.extension,
        rules: ['OperationIdNotFound'],
      });
    }
  }
  const important = p.inputs.important;
  if (important.length > MAX_IMPORTANT_INPUTS) {
    const first = important[0]!;
    out.push({
      key: `${op}#important`,
      message: `${important.length} inputs are important: the card opens with all of them. Keep the few a maker fills in most often important and make the rest advanced.`,
      severity: 'warning',
      pointer: first.pointer,
      fixKey: 'x-ms-visibility',
      field: first.property
        ? { scope: 'property', label: 'Visibility', parameterPointer: first.parameterPointer }
        : { scope: 'parameter', label: 'Visibility', parameterPointer: first.parameterPointer },
      rules: [],
    });
  }
  const outputs = p.outputs;
  if (outputs) {
    const unlabelled = outputs.tokens.filter((t) => t.path !== '' && t.labelFrom === 'name');
    for (const t of unlabelled.slice(0, MAX_TOKEN_PROBLEMS)) {
      out.push({
        key: `${t.key}#token`,
        message: `The token "${t.label}" has no x-ms-summary or title: the designer names it after the property "${t.path}".`,
        severity: 'info',
        pointer: t.pointer,
        fixKey: 'x-ms-summary',
        field: { scope: 'output', label: 'Title' },
        rules: [],
      });
    }
    if (unlabelled.length > MAX_TOKEN_PROBLEMS) {
      out.push({
        key: `${op}#tokens-more`,
        message: `${unlabelled.length - MAX_TOKEN_PROBLEMS} more tokens are named after their properties.`,
        severity: 'info',
        pointer: outputs.tokens[0]?.pointer ?? op,
        rules: [],
      });
    }
  } else if (p.kind === 'action' && p.visibility !== 'internal') {
    out.push({
      key: `${op}#no-outputs`,
      message: 'No successful response declares a schema: the steps after this one get no tokens from it.',
      severity: 'warning',
      pointer: op,
      fixKey: 'responses',
      rules: ['ResponseSchemaEmpty', 'OperationShouldHaveSuccessfulResponse', 'OperationMustHaveResponse'],
    });
  }
  return out;
}
