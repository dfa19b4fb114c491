// Which definitions a request can carry: those reachable (through $ref, properties, items,
// additionalProperties, allOf) from a body parameter's schema. Computed on first use per document.
import { asArray, asObject, entries } from '../../core/model';
import { refToPointer } from '../../core/text';
import type { RuleContext } from './types';

const cache = new WeakMap<object, Set<string>>();

export function inputDefinitions(ctx: RuleContext): ReadonlySet<string> {
  const known = cache.get(ctx.root);
  if (known) return known;
  const found = new Set<string>();
  const visit = (raw: unknown, depth: number): void => {
    const s = asObject(raw);
    if (!s || depth > 64) return;
    if (typeof s.$ref === 'string') {
      const pointer = refToPointer(s.$ref);
      if (pointer === undefined || !pointer.startsWith('/definitions/') || found.has(pointer)) return;
      found.add(pointer);
      visit(ctx.resolve(s).value, depth + 1);
      return;
    }
    for (const [, p] of entries(s.properties)) visit(p, depth + 1);
    if (Array.isArray(s.items)) s.items.forEach((i) => visit(i, depth + 1));
    else visit(s.items, depth + 1);
    visit(s.additionalProperties, depth + 1);
    asArray(s.allOf).forEach((x) => visit(x, depth + 1));
  };
  for (const op of ctx.operations) for (const p of op.parameters) if (p.view.in === 'body') visit(p.value?.schema, 0);
  cache.set(ctx.root, found);
  return found;
}
