// The hooks grouped per hook: a HookPlan learnt from one run groups later runs as collectHooks does,
// and falls back to it when a visitor's keys differ from the plan's.
import { describe, expect, it } from 'vitest';
import { collectHooks, HookPlan, type Hooks } from '../../../shared/engines/certify/walk-hooks';
import { SchemaKey, type RuleVisitor } from '../../../shared/engines/certify/types';

/** Names the functions so that two groupings can be compared. */
function named(visitors: RuleVisitor[]): RuleVisitor[] {
  return visitors.map((v, r) => {
    const out: Record<string, unknown> = {};
    for (const [k, value] of Object.entries(v)) {
      if (typeof value === 'function') Object.defineProperty(value, 'name', { value: `${k}${r}` });
      out[k] = value;
    }
    return out as RuleVisitor;
  });
}

function shape(h: Hooks): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [k, list] of Object.entries(h))
    out[k] = (list as unknown[]).map((x) => (typeof x === 'function' ? x.name : typeof x === 'object' ? Object.keys(x as object) : x));
  return out;
}

function visitors(): RuleVisitor[] {
  return named([
    { onSchema() {}, schemaKeys: SchemaKey.Ref, onEnd() {} },
    { onOperation() {}, onSchemaError: () => true },
    { onSchema() {}, onParameter() {}, parameterKeys: SchemaKey.Enum },
    {},
    { onDocument() {}, onSchemaError: () => false, onSchema() {} },
  ]);
}

const on = [true, true, true, true, false];

describe('HookPlan', () => {
  it('groups each run as collectHooks does, rules that are off owning their schema errors', () => {
    const plan = new HookPlan();
    for (let run = 0; run < 3; run++) {
      const vs = visitors();
      const expected = shape(collectHooks(vs, on));
      expect(expected.onSchema).toEqual(['onSchema0', 'onSchema2']);
      expect(expected.schemaKeys).toEqual([SchemaKey.Ref, -1]);
      expect(expected.parameterKeys).toEqual([SchemaKey.Enum]);
      expect(expected.owners).toHaveLength(2);
      const hooks = plan.take(vs, on);
      expect(shape(hooks)).toEqual(expected);
      expect(hooks.owners[1]).toBe(vs[4]);
      plan.release(hooks);
    }
  });

  it('falls back to collectHooks when a visitor has other keys than the plan learnt', () => {
    const plan = new HookPlan();
    plan.release(plan.take(visitors(), on));
    const changed = visitors();
    changed[3] = named([{ onResponse() {} }])[0]!;
    changed[0] = named([{ onSchema() {}, onEnd() {} }])[0]!;
    const hooks = plan.take(changed, on);
    expect(shape(hooks)).toEqual(shape(collectHooks(changed, on)));
    expect(hooks.onResponse).toHaveLength(1);
    expect(hooks.schemaKeys).toEqual([-1, -1]);
    plan.release(hooks);
    // The plan still serves runs whose visitors match it.
    const again = visitors();
    expect(shape(plan.take(again, on))).toEqual(shape(collectHooks(again, on)));
  });

  it('gives a nested run its own arrays', () => {
    const plan = new HookPlan();
    const outer = plan.take(visitors(), on);
    const inner = plan.take(visitors(), on);
    expect(inner).not.toBe(outer);
    expect(inner.onSchema).not.toBe(outer.onSchema);
    plan.release(inner);
    plan.release(outer);
    expect(plan.take(visitors(), on)).toBe(outer);
  });

  it('is not used for visitors whose hook is not a function', () => {
    const plan = new HookPlan();
    const odd = visitors();
    (odd[1] as Record<string, unknown>).onOperation = undefined;
    const hooks = plan.take(odd, on);
    expect(hooks.onOperation).toEqual([]);
    plan.release(hooks);
    const next = visitors();
    expect(shape(plan.take(next, on))).toEqual(shape(collectHooks(next, on)));
  });
});
