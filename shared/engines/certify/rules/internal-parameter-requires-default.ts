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

/** "default", "properties", "$ref" and x-ms-notification-url: a value with any of them is not reported. */
const PRESENT_NONE = SchemaKey.Default | SchemaKey.Properties | SchemaKey.Ref | SchemaKey.NotificationUrl;

export const internalParameterRequiresDefault: CertifyRule = {
  id: 'InternalParameterRequiresDefault',
  microsoft: false,
  requirement: 'x-ms-visibility: an internal value that is required needs a default (connectors.md section 3)',
  category: 'parameter',
  severity: 'error',
  readsElsewhere: 'document',
  description: 'A required input hidden with x-ms-visibility "internal" has a default: users cannot enter it, so nothing else can fill it.',
  check(ctx, report) {
    // The keys that must be absent are told by their key bits, before any read by name (a slow
    // lookup on objects of thousands of shapes): most hidden values have a default.
    const missingDefault = (v: JsonObject, keys: number): boolean =>
      (keys & PRESENT_NONE) === 0 &&
      v['x-ms-visibility'] === 'internal' &&
      // Objects get their value from their own properties; notification URLs are filled in by the platform.
      v.type !== 'object';
    const message = (name: string) =>
      `"${name}" is required and internal (hidden), but has no default, so no value can ever be sent. Add a default or make it visible.`;
    return {
      parameterKeys: SchemaKey.Visibility,
      onParameter(p) {
        if (
          p.keys & SchemaKey.Visibility &&
          p.value &&
          p.view.in !== 'body' &&
          p.value.required === true &&
          missingDefault(p.value, p.keys)
        )
          report({ pointer: p.target, at: 'key', message: message(p.view.name) });
      },
      schemaKeys: SchemaKey.Visibility,
      onSchema(s) {
        if (!(s.keys & SchemaKey.Visibility)) return;
        if (s.edge !== 'property' || !s.required || s.name === undefined || !missingDefault(s.value, s.keys)) return;
        if (alwaysSent(s, () => inputDefinitions(ctx))) report({ pointer: s.pointer, at: 'key', message: message(s.name) });
      },
    };
  },
};
