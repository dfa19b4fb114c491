import type { JsonObject } from '../../../core/model';
import { inputDefinitions } from '../schema-usage';
import { SchemaKey, type CertifyRule, type SchemaNode } from '../types';

/** Whether a property is always part of a request: required, in required objects, up to a request body. */
function alwaysSent(s: SchemaNode, inputs: () => ReadonlySet<string>): boolean {
  let n: SchemaNode | undefined = s;
  while (n && n.edge === 'property') {
    if (!n.required) return false;
    n = n.parent;
  }
  if (!n) return false;
  if (n.edge === 'parameter') return true;
  return n.edge === 'definition' && inputs().has(n.pointer);
}

export const internalParameterRequiresDefault: CertifyRule = {
  id: 'InternalParameterRequiresDefault',
  microsoft: false,
  requirement: 'x-ms-visibility: an internal value that is required needs a default (connectors.md section 3)',
  category: 'parameter',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'A required input hidden with x-ms-visibility "internal" has a default: users cannot enter it, so nothing else can fill it.',
  check(ctx, report) {
    const missingDefault = (v: JsonObject): boolean =>
      v['x-ms-visibility'] === 'internal' &&
      v.default === undefined &&
      // Objects get their value from their own properties; notification URLs are filled in by the platform.
      v.type !== 'object' &&
      v.properties === undefined &&
      v.$ref === undefined &&
      v['x-ms-notification-url'] === undefined;
    const message = (name: string) =>
      `"${name}" is required and internal (hidden), but has no default, so no value can ever be sent. Add a default or make it visible.`;
    return {
      parameterKeys: SchemaKey.Visibility,
      onParameter(p) {
        if (p.keys & SchemaKey.Visibility && p.value && p.view.in !== 'body' && p.value.required === true && missingDefault(p.value))
          report({ pointer: p.target, at: 'key', message: message(p.view.name) });
      },
      schemaKeys: SchemaKey.Visibility,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Visibility)) return;
        if (s.edge !== 'property' || !s.required || s.name === undefined || !missingDefault(s.value)) return;
        if (alwaysSent(s, () => inputDefinitions(ctx))) report({ pointer: s.pointer, at: 'key', message: message(s.name) });
      },
    };
  },
};
