// "Set HTTP header" (setheader): sets, appends or keeps a request header. Its Response and Failure
// sections change what comes back and are not simulated.
import { deleteHeader, getHeader, setHeader } from '../header-map';
import { markSecretHeader } from '../request-draft';
import { evaluate, existsActionOf, policyName, templateText, type RequestPolicy } from './request-policy';

export const setHeaderPolicy: RequestPolicy = {
  templateId: 'setheader',
  apply(policy, d) {
    const section = policy.section ?? 'Request';
    if (section.toLowerCase() !== 'request') {
      d.notes.push(
        `Policy ${policyName(policy)} changes the ${section.toLowerCase()}, not the request; the test runner shows the response as the API sent it.`,
      );
      return;
    }
    const name = templateText(policy, 'name');
    if (!name) {
      d.notes.push(`Policy ${policyName(policy)} names no header; it was skipped.`);
      return;
    }
    const action = existsActionOf(policy, d);
    const existing = getHeader(d.headers, name);
    if (action === 'delete') {
      deleteHeader(d.headers, name);
      return;
    }
    if (action === 'skip' && existing !== undefined) return;
    const value = evaluate(policy, d, templateText(policy, 'value') ?? '');
    setHeader(d.headers, name, action === 'append' && existing !== undefined ? `${existing}, ${value.text}` : value.text);
    if (value.usedSecret) markSecretHeader(d, name);
  },
};
