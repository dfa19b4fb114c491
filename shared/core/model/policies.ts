// Policy template instances from apiProperties.json (`policyTemplateInstances`).
import { appendPointer } from '../text';
import { asArray, asObject, asString } from './json-access';
import type { PolicyInstanceView } from './types';

export function listPolicies(properties: unknown): PolicyInstanceView[] {
  const list = asObject(asObject(properties)?.properties)?.policyTemplateInstances;
  return asArray(list).map((raw, i) => {
    const p = asObject(raw) ?? {};
    const params = asObject(p.parameters) ?? {};
    const ops = params['x-ms-apimTemplate-operationName'];
    const section = asString(params['x-ms-apimTemplate-policySection']);
    // Every key listed, undefined when absent: one shape for every view, which the code reading
    // them keeps (shapes made by conditional spreads died at each full GC, and that code with them).
    return {
      pointer: appendPointer('/properties/policyTemplateInstances', i),
      templateId: (asString(p.templateId) ?? '').toLowerCase(),
      title: asString(p.title),
      operations: Array.isArray(ops) ? ops.filter((o): o is string => typeof o === 'string') : typeof ops === 'string' ? [ops] : [],
      section,
      parameters: { ...params },
    };
  });
}
