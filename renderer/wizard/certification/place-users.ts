// Which operations show a parameter or response written once for several of them: a path item's
// shared parameter (unless the operation declares its own of the same name and location), or a
// `#/parameters` or `#/responses` entry an operation names with `$ref`. Read from the parsed
// definition the way the operation's form reads it (operationParameters), so the form found lists it.
import { asObject, entries, operationParameters, resolveRef } from '../../../shared/core/model';
import { valueAt } from '../../../shared/core/text';
import type { PlaceUser } from './target-types';

/** The users of the place at `pointer` among `operations` (pointers, in the form's order). */
export function placeUsers(definition: unknown, operations: readonly string[], pointer: string): PlaceUser[] {
  const users: PlaceUser[] = [];
  const response = pointer.startsWith('/responses/');
  // A path item's parameter is used by that path item's operations only.
  const within = pointer.startsWith('/paths/') ? pointer.slice(0, pointer.indexOf('/parameters/') + 1) : '/';
  for (const opPointer of operations) {
    if (!opPointer.startsWith(within)) continue;
    const op = asObject(valueAt(definition, opPointer));
    const itemPointer = opPointer.slice(0, opPointer.lastIndexOf('/'));
    const pathItem = asObject(valueAt(definition, itemPointer));
    if (!op || !pathItem) continue;
    if (response) {
      const status = entries(op.responses).find(([, raw]) => resolveRef(definition, raw).resolvedPointer === pointer)?.[0];
      if (status !== undefined) users.push({ operation: opPointer, name: status });
      continue;
    }
    const parameter = operationParameters(definition, pathItem, itemPointer, op, opPointer).find(
      (p) => p.pointer === pointer || p.resolvedPointer === pointer,
    );
    if (parameter) users.push({ operation: opPointer, name: parameter.name || '(no name)' });
  }
  return users;
}
