// "Route request" (routerequesttoendpoint): a new path under the host URL (the base path stays),
// with `{parameter}` taking the operation's parameter values, and optionally another HTTP method.
// A query string in the new path is added to the request's own.
import { parseQueryString } from '../url-encoding';
import { evaluate, policyName, templateText, type RequestPolicy } from './request-policy';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);

export const routeRequestPolicy: RequestPolicy = {
  templateId: 'routerequesttoendpoint',
  apply(policy, d) {
    const newPath = templateText(policy, 'newPath');
    if (newPath === undefined) {
      d.notes.push(`Policy ${policyName(policy)} has no newPath; the operation's path was used.`);
    } else {
      const filled = newPath.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
        const v = d.pathValues[name.trim()];
        if (v !== undefined) return v;
        d.notes.push(
          `Policy ${policyName(policy)}: the new path refers to ${whole}, which is no parameter of the operation with a value; it was left as written.`,
        );
        return whole;
      });
      const text = evaluate(policy, d, filled).text;
      const q = text.indexOf('?');
      const path = q < 0 ? text : text.slice(0, q);
      d.path = path.startsWith('/') ? path : `/${path}`;
      if (q >= 0) d.query.push(...parseQueryString(text.slice(q + 1)));
    }
    const method = templateText(policy, 'httpMethod');
    // "@Request.OriginalHTTPMethod" (the usual value in public connectors) keeps the operation's method.
    if (method && !/^@Request\.OriginalHTTPMethod$/i.test(method.trim())) {
      const upper = evaluate(policy, d, method).text.trim().toUpperCase();
      if (METHODS.has(upper)) d.method = upper;
      else
        d.notes.push(
          `Policy ${policyName(policy)}: httpMethod "${method}" is not one of ${[...METHODS].join(', ')}; the operation's method was kept.`,
        );
    }
  },
};
