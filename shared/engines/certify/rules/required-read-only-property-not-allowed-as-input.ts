import { inputDefinitions } from '../schema-usage';
import { SchemaKey, type CertifyRule, type SchemaNode } from '../types';
import { member } from '../value-checks';

function inRequest(s: SchemaNode, inputs: () => ReadonlySet<string>): boolean {
  let n = s;
  while (n.parent) n = n.parent;
  return n.edge === 'parameter' || (n.edge === 'definition' && inputs().has(n.pointer));
}

export const requiredReadOnlyPropertyNotAllowedAsInput: CertifyRule = {
  id: 'RequiredReadOnlyPropertyNotAllowedAsInput',
  microsoft: true,
  category: 'schema',
  // Shared request/response definitions mark server-set fields readOnly and required: a warning.
  severity: 'warning',
  readsElsewhere: 'document',
  description: 'A request body property is not both required and readOnly (users could never supply it).',
  check(ctx, report) {
    return {
      schemaKeys: SchemaKey.ReadOnly,
      onSchema(s) {
        if (!(s.keys & SchemaKey.ReadOnly)) return;
        if (s.edge !== 'property' || !s.required || member(s.value, 'readOnly') !== true) return;
        if (inRequest(s, () => inputDefinitions(ctx)))
          report({
            pointer: `${s.pointer}/readOnly`,
            at: 'key',
            message: `"${s.name}" is required and readOnly in a request body; a client cannot send a read-only value.`,
          });
      },
    };
  },
};
