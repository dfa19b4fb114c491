// What a policy template that changes requests looks like to the test runner: one small function
// over the request being built. Adding a template is a new file and a line in index.ts.
import type { OperationView, PolicyInstanceView } from '../../../core/model';
import { evaluateTemplate, type Evaluated } from '../policy-expressions';
import type { RequestDraft } from '../request-draft';

export interface RequestPolicy {
  /** Lower-case templateId. */
  templateId: string;
  apply(policy: PolicyInstanceView, draft: RequestDraft, operation: OperationView): void;
}

/** A template parameter by its short name (`x-ms-apimTemplateParameter.<name>`). */
export function templateParameter(policy: PolicyInstanceView, name: string): unknown {
  return policy.parameters[`x-ms-apimTemplateParameter.${name}`];
}

export function templateText(policy: PolicyInstanceView, name: string): string | undefined {
  const v = templateParameter(policy, name);
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

export function policyName(policy: PolicyInstanceView): string {
  return policy.title ? `"${policy.title}" (${policy.templateId})` : `"${policy.templateId}"`;
}

/** Evaluates a template against the request as it stands; its notes go to the request's notes. */
export function evaluate(policy: PolicyInstanceView, d: RequestDraft, template: string): Evaluated {
  const result = evaluateTemplate(template, { connection: d.connection, headers: d.headers, query: d.query, isSecret: d.isSecret });
  for (const n of result.notes) d.notes.push(`Policy ${policyName(policy)}: ${n}`);
  return result;
}

export type ExistsAction = 'override' | 'skip' | 'append' | 'delete';

export function existsActionOf(policy: PolicyInstanceView, d: RequestDraft): ExistsAction {
  const raw = (templateText(policy, 'existsAction') ?? 'override').toLowerCase();
  if (raw === 'override' || raw === 'skip' || raw === 'append' || raw === 'delete') return raw;
  d.notes.push(`Policy ${policyName(policy)}: existsAction "${raw}" is not one of override, skip, append; override was used.`);
  return 'override';
}
