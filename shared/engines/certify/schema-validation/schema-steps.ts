// The keyword groups of one schema (object, array, string, number) as steps over a value whose
// type bits are computed once.
import type { Node } from './schema-node';
import { record, type Cell, type Step } from './schema-runtime';
import { firstDuplicate, typeBits, ucs2length } from './schema-values';

/**
 * How a name listed in an object schema's `properties` is checked (`additionalProperties` never
 * applies to it): worked out once per name and schema.
 */
export interface KeyPlan {
  /** The `properties` entry; with `typeBits` > 0 it is only a type, checked inline. */
  prop: Cell | undefined;
  propNode: Node;
  typeBits: number;
  /** The matching `patternProperties` that check something. */
  patterns: Cell[];
}

export function objectStep(node: Node, cell: (node: Node) => Cell): Step | undefined {
  const { required, props, patternProps: patterns, additional, minProperties, maxProperties } = node;
  const keyed = props !== undefined || patterns !== undefined || additional !== undefined;
  if (!required && !keyed && minProperties === undefined && maxProperties === undefined) return undefined;
  const additionalCell = additional ? cell(additional) : undefined;
  const additionalTrivial = additional !== undefined && additional !== false && additional.trivial;
  // Plans for the names `properties` lists (bounded by it); other names are user-chosen (paths,
  // status codes) and go through the patterns each time.
  const plans = new Map<string, KeyPlan>();
  const plan = (key: string, sub: Node): KeyPlan => {
    const p: KeyPlan = { prop: undefined, propNode: sub, typeBits: 0, patterns: [] };
    if (!sub.trivial) {
      if (sub.typeOnly) p.typeBits = sub.types!;
      else p.prop = cell(sub);
    }
    if (patterns) {
      for (let i = 0; i < patterns.length; i++) {
        const pp = patterns[i]!;
        if (key.startsWith(pp.prefix) && pp.re.test(key) && !pp.node.trivial) p.patterns.push(cell(pp.node));
      }
    }
    plans.set(key, p);
    return p;
  };
  const patternCells = patterns?.map((pp) => (pp.node.trivial ? undefined : cell(pp.node)));
  const objectCheck: Step = (data, bits, path, errors) => {
    if (bits !== 4) return true;
    const obj = data as Record<string, unknown>;
    let ok = true;
    if (required) {
      for (let i = 0; i < required.length; i++) {
        const name = required[i]!;
        if (obj[name] !== undefined) continue;
        if (errors === null) return false;
        ok = false;
        record(errors, node, path, 'required', { missingProperty: name });
      }
    }
    if (!keyed && minProperties === undefined && maxProperties === undefined) return ok;
    let count = 0;
    for (const key in obj) {
      count++;
      // Read once for every key: V8 serves `obj[key]` of the loop's own key from the enum cache
      // without recording type feedback, so a read that runs only for a few keys (a listed property
      // that patterns match too) never gets any; the optimized code deoptimized there on every call
      // and was recompiled over and over (about 110 times a corpus round).
      const value = obj[key];
      let p = props === undefined ? undefined : plans.get(key);
      if (p === undefined) {
        const sub = props?.get(key);
        if (sub !== undefined) {
          p = plan(key, sub);
        } else {
          // A name the schema does not list: its patterns, else additionalProperties.
          let matched = false;
          if (patterns) {
            for (let i = 0; i < patterns.length; i++) {
              const pp = patterns[i]!;
              if (!key.startsWith(pp.prefix) || !pp.re.test(key)) continue;
              matched = true;
              const c = patternCells![i];
              if (c === undefined) continue;
              path.push(key);
              const good = c.fn(value, path, errors);
              path.pop();
              if (!good) {
                if (errors === null) return false;
                ok = false;
              }
            }
          }
          if (matched || additional === undefined || additionalTrivial) continue;
          if (additional === false) {
            if (errors === null) return false;
            ok = false;
            record(errors, node, path, 'additionalProperties', { additionalProperty: key });
          } else {
            path.push(key);
            const good = additionalCell!.fn(value, path, errors);
            path.pop();
            if (!good) {
              if (errors === null) return false;
              ok = false;
            }
          }
          continue;
        }
      }
      if (p.typeBits !== 0) {
        if ((p.typeBits & typeBits(value)) === 0) {
          if (errors === null) return false;
          ok = false;
          path.push(key);
          record(errors, p.propNode, path, 'type', { type: p.propNode.typeParam });
          path.pop();
        }
      } else if (p.prop !== undefined) {
        path.push(key);
        const good = p.prop.fn(value, path, errors);
        path.pop();
        if (!good) {
          if (errors === null) return false;
          ok = false;
        }
      }
      const pats = p.patterns;
      for (let i = 0; i < pats.length; i++) {
        path.push(key);
        const good = pats[i]!.fn(value, path, errors);
        path.pop();
        if (!good) {
          if (errors === null) return false;
          ok = false;
        }
      }
    }
    if (minProperties !== undefined && count < minProperties) {
      if (errors === null) return false;
      ok = false;
      record(errors, node, path, 'minProperties', { limit: minProperties });
    }
    if (maxProperties !== undefined && count > maxProperties) {
      if (errors === null) return false;
      ok = false;
      record(errors, node, path, 'maxProperties', { limit: maxProperties });
    }
    return ok;
  };
  return objectCheck;
}

export function arrayStep(node: Node, cell: (node: Node) => Cell): Step | undefined {
  const { minItems, maxItems, items, tupleItems, uniqueItems } = node;
  if (minItems === undefined && maxItems === undefined && !items && !tupleItems && !uniqueItems) return undefined;
  const itemsCell = items && !items.trivial ? cell(items) : undefined;
  const tupleCells = !items && tupleItems ? tupleItems.map(cell) : undefined;
  return (data, bits, path, errors) => {
    if (bits !== 8) return true;
    const arr = data as unknown[];
    let ok = true;
    if (minItems !== undefined && arr.length < minItems) {
      if (errors === null) return false;
      ok = false;
      record(errors, node, path, 'minItems', { limit: minItems });
    }
    if (maxItems !== undefined && arr.length > maxItems) {
      if (errors === null) return false;
      ok = false;
      record(errors, node, path, 'maxItems', { limit: maxItems });
    }
    const count = itemsCell ? arr.length : tupleCells ? Math.min(arr.length, tupleCells.length) : 0;
    for (let i = 0; i < count; i++) {
      path.push(i);
      const good = (itemsCell ?? tupleCells![i]!).fn(arr[i], path, errors);
      path.pop();
      if (!good) {
        if (errors === null) return false;
        ok = false;
      }
    }
    if (uniqueItems && arr.length > 1) {
      const dup = firstDuplicate(arr);
      if (dup) {
        if (errors !== null) record(errors, node, path, 'uniqueItems', { i: dup[0], j: dup[1] });
        return false;
      }
    }
    return ok;
  };
}

export function stringStep(node: Node): Step | undefined {
  const { minLength, maxLength, pattern, patternSource } = node;
  if (minLength === undefined && maxLength === undefined && !pattern) return undefined;
  return (data, bits, path, errors) => {
    if (bits !== 32) return true;
    const str = data as string;
    let ok = true;
    let bad: [string, Record<string, unknown>] | undefined;
    if (minLength !== undefined && ucs2length(str) < minLength) bad = ['minLength', { limit: minLength }];
    else if (maxLength !== undefined && ucs2length(str) > maxLength) bad = ['maxLength', { limit: maxLength }];
    if (bad) {
      if (errors === null) return false;
      ok = false;
      record(errors, node, path, bad[0], bad[1]);
    }
    if (pattern && !pattern.test(str)) {
      if (errors === null) return false;
      ok = false;
      record(errors, node, path, 'pattern', { pattern: patternSource });
    }
    return ok;
  };
}

export function numberStep(node: Node): Step | undefined {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = node;
  if (minimum === undefined && maximum === undefined && exclusiveMinimum === undefined && exclusiveMaximum === undefined) return undefined;
  return (data, bits, path, errors) => {
    if ((bits & 16) === 0) return true;
    const n = data as number;
    let bad: [string, Record<string, unknown>] | undefined;
    if (minimum !== undefined && n < minimum) bad = ['minimum', { comparison: '>=', limit: minimum }];
    else if (maximum !== undefined && n > maximum) bad = ['maximum', { comparison: '<=', limit: maximum }];
    else if (exclusiveMinimum !== undefined && n <= exclusiveMinimum)
      bad = ['exclusiveMinimum', { comparison: '>', limit: exclusiveMinimum }];
    else if (exclusiveMaximum !== undefined && n >= exclusiveMaximum)
      bad = ['exclusiveMaximum', { comparison: '<', limit: exclusiveMaximum }];
    if (!bad) return true;
    if (errors !== null) record(errors, node, path, bad[0], bad[1]);
    return false;
  };
}
