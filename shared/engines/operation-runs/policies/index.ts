// The policy templates that change requests, applied in the order apiProperties.json lists them,
// each only to the operations it names (none named: every operation).
import type { OperationView, PolicyInstanceView } from '../../../core/model';
import type { RequestDraft } from '../request-draft';
import { dynamicHostUrlPolicy } from './dynamic-host-url';
import { policyName, type RequestPolicy } from './request-policy';
import { routeRequestPolicy } from './route-request';
import { setHeaderPolicy } from './set-header';
import { setQueryParameterPolicy } from './set-query-parameter';

export const REQUEST_POLICIES: readonly RequestPolicy[] = [
  setHeaderPolicy,
  setQueryParameterPolicy,
  dynamicHostUrlPolicy,
  routeRequestPolicy,
];

/** Templates that only act on responses or triggers: nothing to do for a request. */
const NOT_FOR_REQUESTS: Record<string, string> = {
  updatenextlink: 'rewrites the next-page link of responses',
  setconnectionstatustounauthenticated: 'acts on responses',
  pollingtrigger: 'drives a polling trigger',
};

export function policyAppliesTo(policy: PolicyInstanceView, operation: OperationView): boolean {
  return policy.operations.length === 0 || (operation.operationId !== undefined && policy.operations.includes(operation.operationId));
}

export function applyRequestPolicies(d: RequestDraft, policies: readonly PolicyInstanceView[], operation: OperationView): void {
  for (const policy of policies) {
    if (!policyAppliesTo(policy, operation)) continue;
    const known = REQUEST_POLICIES.find((p) => p.templateId === policy.templateId);
    if (known) known.apply(policy, d, operation);
    else if (NOT_FOR_REQUESTS[policy.templateId]) {
      d.notes.push(`Policy ${policyName(policy)} ${NOT_FOR_REQUESTS[policy.templateId]}; it is not simulated by the test runner.`);
    } else {
      d.notes.push(`Policy ${policyName(policy)} is not simulated by the test runner; the request was sent without it.`);
    }
  }
}
