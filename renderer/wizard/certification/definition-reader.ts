// What a finding's target reads of the definition: values at pointers, and the property trees the
// form shows (each schema's tree built once, as the form builds it, so a target names only rows
// the tree lists).
import { schemaTree } from '../../../shared/editing/definition-edits';
import { valueAt } from '../../../shared/core/text';
import type { TargetContext } from './target-types';

export function definitionReader(definition: () => unknown): Pick<TargetContext, 'value' | 'schemaRows'> {
  const trees = new Map<string, ReadonlySet<string>>();
  const value = (pointer: string): unknown => {
    try {
      return valueAt(definition(), pointer);
    } catch {
      return undefined;
    }
  };
  return {
    value,
    schemaRows(pointer) {
      let rows = trees.get(pointer);
      if (!rows) {
        rows = new Set(schemaTree(definition(), value(pointer), pointer).rows.map((r) => r.at));
        trees.set(pointer, rows);
      }
      return rows;
    },
  };
}
