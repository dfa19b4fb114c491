// The policy template instances of apiProperties.json (`properties.policyTemplateInstances`) as the
// Policies view shows them, each checked against its template: required parameters set, choices
// from the list, operations that exist. The messages say what to do in the form's own words.
import { asArray, asObject, asString } from '../../core/model';
import { appendPointer } from '../../core/text';
import { templateFor } from './template-catalogue';
import { OPERATIONS_KEY, SECTION_KEY, type PolicyInstanceRow, type PolicyTemplate } from './template-types';

export const INSTANCES_POINTER = '/properties/policyTemplateInstances';

export function readPolicyInstances(properties: unknown, operationIds: readonly string[]): PolicyInstanceRow[] {
  const list = asObject(asObject(properties)?.properties)?.policyTemplateInstances;
  const known = new Set(operationIds);
  return asArray(list).map((raw, index) => {
    const p = asObject(raw) ?? {};
    const parameters = { ...(asObject(p.parameters) ?? {}) };
    const ops = parameters[OPERATIONS_KEY];
    const operations = Array.isArray(ops)
      ? ops.filter((o): o is string => typeof o === 'string')
      : typeof ops === 'string'
        ? [ops]
        : undefined;
    const section = asString(parameters[SECTION_KEY]);
    const type = asString(p.type);
    const row: PolicyInstanceRow = {
      index,
      pointer: appendPointer(INSTANCES_POINTER, index),
      templateId: asString(p.templateId) ?? '',
      title: asString(p.title) ?? '',
      ...(type !== undefined ? { type } : {}),
      ...(operations !== undefined ? { operations } : {}),
      ...(section !== undefined ? { section } : {}),
      parameters,
      problems: {},
    };
    row.problems = policyProblems(row, known);
    return row;
  });
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** Problems of one instance, by parameter key ('' for the instance itself). */
export function policyProblems(
  row: Pick<PolicyInstanceRow, 'templateId' | 'parameters' | 'operations' | 'section'>,
  operationIds: ReadonlySet<string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const template: PolicyTemplate | undefined = templateFor(row.templateId);
  if (!row.templateId) out[''] = 'This policy has no template id.';
  else if (!template) out[''] = `"${row.templateId}" is not a known policy template.`;
  if (template) {
    for (const p of template.parameters) {
      const value = row.parameters[p.key];
      // The certification checker's wording for a missing parameter (PolicyTemplateParameterMissing).
      if (p.required && isEmpty(value)) out[p.key] = `Policy template "${row.templateId}" needs the parameter "${p.key}".`;
      else if (p.kind === 'choice' && typeof value === 'string' && value !== '' && p.options && !p.options.includes(value)) {
        out[p.key] = `"${value}" is not one of ${p.options.join(', ')}.`;
      } else if (p.kind === 'map' && value !== undefined && !asObject(value)) out[p.key] = `${p.label} must be a set of names and values.`;
    }
    if (row.section !== undefined && template.sections.length && !(template.sections as string[]).includes(row.section)) {
      out[SECTION_KEY] = `"${row.section}" is not one of ${template.sections.join(', ')}.`;
    }
  }
  const missing = (row.operations ?? []).filter((id) => !operationIds.has(id));
  if (missing.length) {
    out[OPERATIONS_KEY] =
      `${missing.map((id) => `"${id}"`).join(', ')} ${missing.length === 1 ? 'is not an operation' : 'are not operations'} of this connector; the policy never applies to ${missing.length === 1 ? 'it' : 'them'}.`;
  }
  return out;
}

/**
 * A new instance of a template: the operations it applies to (none listed: every operation), the
 * first section it may run in, and each required parameter prefilled with the reference's example
 * or default (empty when there is neither, so the form asks for it).
 */
export function newPolicyInstance(template: PolicyTemplate, operations: readonly string[], title?: string): Record<string, unknown> {
  const parameters: Record<string, unknown> = {};
  if (operations.length) parameters[OPERATIONS_KEY] = [...operations];
  if (template.sections.length) parameters[SECTION_KEY] = template.sections[0];
  for (const p of template.parameters) {
    if (!p.required) continue;
    parameters[p.key] = p.example ?? p.default ?? (p.kind === 'map' ? {} : '');
  }
  return {
    templateId: template.id,
    title: title ?? template.title,
    ...(template.type ? { type: template.type } : {}),
    parameters,
  };
}
