// paconn's `ValuePath:` form of a location: `operation/<operationId>/responses/200/schema` inside
// an operation that has an id, the JSON pointer itself (`/info`) elsewhere.
import type { OperationNode } from './types';

export class ValuePaths {
  /**
   * One object kept for the life of the module, so that the map its field gives it outlives each
   * run's: held only by the objects that have it, it was dropped at each full GC, and the code of
   * certifyConnector (which makes one per run) was thrown away and compiled again.
   */
  static readonly keptShape: ValuePaths = new ValuePaths([]);

  private readonly byPointer = new Map<string, string>();

  constructor(operations: readonly OperationNode[]) {
    for (const op of operations) {
      const id = op.view.operationId;
      if (id) this.byPointer.set(op.pointer, id);
    }
  }

  of(pointer: string): string {
    if (pointer === '') return '/';
    if (!pointer.startsWith('/paths/')) return pointer;
    // "/paths/<path>/<method>" is the first three segments; find where the third one ends.
    let end = 0;
    for (let i = 0, n = 0; i < pointer.length; i++) {
      if (pointer.charCodeAt(i) === 47 && ++n === 4) {
        end = i;
        break;
      }
    }
    const opPointer = end ? pointer.slice(0, end) : pointer;
    const id = this.byPointer.get(opPointer);
    if (id === undefined) return pointer;
    if (!end) return `operation/${id}`;
    // The rest's segments unescaped, still joined by "/" ("~1" and "~0" never span a "/").
    const rest = pointer.slice(end);
    return `operation/${id}${rest.indexOf('~') < 0 ? rest : rest.replace(/~1/g, '/').replace(/~0/g, '~')}`;
  }
}
