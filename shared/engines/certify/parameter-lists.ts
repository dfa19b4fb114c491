// A `parameters` array as written, each entry resolved: for the per-list rules (duplicates, bodies).
import { asArray, type JsonObject } from '../../core/model';
import type { RuleContext } from './types';

export interface ListedParameter {
  pointer: string;
  value: JsonObject | undefined;
  name: string;
  in: string;
}

export function listedParameters(ctx: RuleContext, list: unknown, pointer: string): ListedParameter[] {
  return asArray(list).map((raw, i) => {
    const value = ctx.resolve(raw).value;
    return {
      pointer: `${pointer}/${i}`,
      value,
      name: typeof value?.name === 'string' ? value.name : '',
      in: typeof value?.in === 'string' ? value.in : '',
    };
  });
}
