// The rules' hooks grouped per hook, for the walk: a hook nobody uses then costs nothing. Rules
// return new visitors for each connector, but a rule's visitor has the same keys each time: where
// each hook goes is learnt once per rule list and profile (a HookPlan), and each run only checks
// that every visitor still has those keys and writes its functions into the plan's arrays. Grouping
// by name for every connector (a look-up and a push per hook) was 4 MB and 13 ms per corpus.
import type { RuleVisitor } from './types';

type HookName = Exclude<keyof RuleVisitor, 'onSchemaError' | 'schemaKeys' | 'parameterKeys'>;
type HookFn = (...args: never[]) => unknown;

/** Each hook's functions in registry order, the masks of onSchema and onParameter, and the owners of schema errors. */
export interface Hooks {
  onDocument: NonNullable<RuleVisitor['onDocument']>[];
  onPathItem: NonNullable<RuleVisitor['onPathItem']>[];
  onOperation: NonNullable<RuleVisitor['onOperation']>[];
  onParameter: NonNullable<RuleVisitor['onParameter']>[];
  onResponse: NonNullable<RuleVisitor['onResponse']>[];
  onSchema: NonNullable<RuleVisitor['onSchema']>[];
  onApiProperties: NonNullable<RuleVisitor['onApiProperties']>[];
  onConnectionParameter: NonNullable<RuleVisitor['onConnectionParameter']>[];
  onPolicy: NonNullable<RuleVisitor['onPolicy']>[];
  onEnd: NonNullable<RuleVisitor['onEnd']>[];
  /** The SchemaKey mask of each onSchema hook, in their order (-1: every schema). */
  schemaKeys: number[];
  /** The same for onParameter. */
  parameterKeys: number[];
  /**
   * Every rule's visitor with an onSchemaError, including rules off in the profile: ownership of
   * schema errors must not depend on it.
   */
  owners: RuleVisitor[];
}

function emptyHooks(): Hooks {
  return {
    onDocument: [],
    onPathItem: [],
    onOperation: [],
    onParameter: [],
    onResponse: [],
    onSchema: [],
    onApiProperties: [],
    onConnectionParameter: [],
    onPolicy: [],
    onEnd: [],
    schemaKeys: [],
    parameterKeys: [],
    owners: [],
  };
}

const HOOK_NAMES = new Set<string>([
  'onDocument',
  'onPathItem',
  'onOperation',
  'onParameter',
  'onResponse',
  'onSchema',
  'onApiProperties',
  'onConnectionParameter',
  'onPolicy',
  'onEnd',
]);

/** Each hook's functions, collected in one look at each visitor's own keys (`on[r]`: rule r is on). */
export function collectHooks(visitors: readonly RuleVisitor[], on: readonly boolean[]): Hooks {
  const out = emptyHooks();
  for (let r = 0; r < visitors.length; r++) {
    const v = visitors[r]!;
    if (v.onSchemaError) out.owners.push(v);
    if (!on[r]) continue;
    for (const key in v) {
      const list = HOOK_NAMES.has(key) ? (out[key as HookName] as HookFn[]) : undefined;
      const fn = v[key as HookName];
      // Called as plain functions (see RuleVisitor): no bound wrappers on the hot path.
      if (list && typeof fn === 'function') list.push(fn as HookFn);
    }
    // -1 (every key) for a hook that wants every schema: the masks stay numbers.
    if (typeof v.onSchema === 'function') out.schemaKeys.push(v.schemaKeys ?? -1);
    if (typeof v.onParameter === 'function') out.parameterKeys.push(v.parameterKeys ?? -1);
  }
  return out;
}

// What a planned key of a visitor is: only checked (a key that is no hook, or a hook of a rule that
// is off), a hook written to `lists[k][pos[k]]`, the mask of a hook the visitor has (`?? -1`), or
// onSchemaError (the visitor itself goes to `owners`).
const OTHER = 0;
const HOOK = 1;
const MASK = 2;
const OWNER = 3;
type Kind = typeof OTHER | typeof HOOK | typeof MASK | typeof OWNER;

/**
 * Where each visitor's hooks go, for one rule list and profile. Visitor r's keys are
 * `names[start[r]]` to `names[start[r + 1] - 1]`, in the order a for-in gives them.
 */
export class HookPlan {
  /** Set once the first run showed the visitors' keys; false when they cannot be planned. */
  private state: 'new' | 'ready' | 'unplanned' = 'new';
  /** A run in progress holds the arrays: a nested one collects its own. */
  private busy = false;
  private hooks: Hooks = emptyHooks();
  private start: number[] = [];
  private names: string[] = [];
  private kinds: Kind[] = [];
  private lists: unknown[][] = [];
  private pos: number[] = [];

  /** The hooks of this run's visitors; `release` them after the walk. */
  take(visitors: readonly RuleVisitor[], on: readonly boolean[]): Hooks {
    if (this.busy || this.state === 'unplanned') return collectHooks(visitors, on);
    if (this.state === 'new') this.learn(visitors, on);
    if (this.state === 'ready' && this.fill(visitors)) {
      this.busy = true;
      return this.hooks;
    }
    return collectHooks(visitors, on);
  }

  release(hooks: Hooks): void {
    if (hooks === this.hooks) this.busy = false;
  }

  /** Plans from this run's visitors (which collectHooks would group the same way). */
  private learn(visitors: readonly RuleVisitor[], on: readonly boolean[]): void {
    const hooks = emptyHooks();
    const start: number[] = [];
    const names: string[] = [];
    const kinds: Kind[] = [];
    const lists: unknown[][] = [];
    const pos: number[] = [];
    let ok = true;
    const add = (name: string, kind: Kind, list: unknown[], at: number): void => {
      names.push(name);
      kinds.push(kind);
      lists.push(list);
      pos.push(at);
    };
    for (let r = 0; r < visitors.length; r++) {
      const v = visitors[r]!;
      start.push(names.length);
      const schemaAt = on[r] && typeof v.onSchema === 'function' ? hooks.schemaKeys.push(-1) - 1 : -1;
      const parameterAt = on[r] && typeof v.onParameter === 'function' ? hooks.parameterKeys.push(-1) - 1 : -1;
      for (const key in v) {
        const value: unknown = v[key as keyof RuleVisitor];
        if (key === 'onSchemaError') {
          // A falsy one is no owner, but might become one: left to collectHooks.
          if (!value) ok = false;
          add(key, OWNER, hooks.owners, hooks.owners.push(v) - 1);
        } else if (!on[r]) add(key, OTHER, [], 0);
        else if (HOOK_NAMES.has(key)) {
          if (typeof value !== 'function') ok = false;
          const list = hooks[key as HookName] as unknown[];
          add(key, HOOK, list, list.push(value) - 1);
        } else if (key === 'schemaKeys' && schemaAt >= 0) add(key, MASK, hooks.schemaKeys, schemaAt);
        else if (key === 'parameterKeys' && parameterAt >= 0) add(key, MASK, hooks.parameterKeys, parameterAt);
        else add(key, OTHER, [], 0);
      }
      // A hook typeof finds but for-in does not (inherited, not enumerable): left to collectHooks.
      const own = names.slice(start[r]);
      if ((schemaAt >= 0 && !own.includes('onSchema')) || (parameterAt >= 0 && !own.includes('onParameter'))) ok = false;
    }
    start.push(names.length);
    if (!ok) {
      this.state = 'unplanned';
      return;
    }
    this.hooks = hooks;
    this.start = start;
    this.names = names;
    this.kinds = kinds;
    this.lists = lists;
    this.pos = pos;
    this.state = 'ready';
  }

  /** Writes this run's functions into the plan's arrays; false when a visitor's keys differ from the plan's. */
  private fill(visitors: readonly RuleVisitor[]): boolean {
    const { start, names, kinds, lists, pos } = this;
    if (visitors.length !== start.length - 1) return false;
    for (let r = 0; r < visitors.length; r++) {
      const v = visitors[r]! as Record<string, unknown>;
      let k = start[r]!;
      const end = start[r + 1]!;
      for (const key in v) {
        if (k === end || key !== names[k]) return false;
        const kind = kinds[k]!;
        if (kind !== OTHER) {
          const value = v[key];
          if (kind === HOOK) {
            if (typeof value !== 'function') return false;
            lists[k]![pos[k]!] = value;
          } else if (kind === MASK) lists[k]![pos[k]!] = value ?? -1;
          else {
            if (!value) return false;
            lists[k]![pos[k]!] = v;
          }
        }
        k++;
      }
      if (k !== end) return false;
    }
    return true;
  }
}
