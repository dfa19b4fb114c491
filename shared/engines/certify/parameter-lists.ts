// A `parameters` array as written, each entry resolved: for the per-list rules (duplicates, bodies).
import { asArray, type JsonObject } from '../../core/model';
import type { RuleContext } from './types';
import { member } from './value-checks';

export interface ListedParameter {
  pointer: string;
  value: JsonObject | undefined;
  name: string;
  in: string;
}

export function listedParameters(ctx: RuleContext, list: unknown, pointer: string): ListedParameter[] {
  // A loop, and reads through member(): a parameter's maps die with its document, and a read of
  // their own made the path item hooks compile again.
  const items = asArray(list);
  const out: ListedParameter[] = [];
  for (let i = 0; i < items.length; i++) {
    const value = ctx.resolve(items[i]).value;
    const name = value && member(value, 'name');
    const where = value && member(value, 'in');
    out.push({ pointer: `${pointer}/${i}`, value, name: typeof name === 'string' ? name : '', in: typeof where === 'string' ? where : '' });
  }
  return out;
}
