// "Set query string parameter" (setqueryparameter): sets, appends or keeps a query parameter.
import { markSecretQuery } from '../request-draft';
import { evaluate, existsActionOf, policyName, templateText, type RequestPolicy } from './request-policy';

export const setQueryParameterPolicy: RequestPolicy = {
  templateId: 'setqueryparameter',
  apply(policy, d) {
    const name = templateText(policy, 'name');
    if (!name) {
      d.notes.push(`Policy ${policyName(policy)} names no query parameter; it was skipped.`);
      return;
    }
    const action = existsActionOf(policy, d);
    const exists = d.query.some(([k]) => k === name);
    if (action === 'delete') {
      d.query = d.query.filter(([k]) => k !== name);
      return;
    }
    if (action === 'skip' && exists) return;
    const value = evaluate(policy, d, templateText(policy, 'value') ?? '');
    if (action !== 'append') d.query = d.query.filter(([k]) => k !== name);
    d.query.push([name, value.text]);
    if (value.usedSecret) markSecretQuery(d, name);
  },
};
