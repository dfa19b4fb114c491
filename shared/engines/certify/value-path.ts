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
  /**
   * The operation pointer last looked up and its id (null: none): findings come grouped, and most
   * are about the operation of the one before, whose pointer is then neither copied out nor hashed.
   */
  private lastOperation = '';
  private lastId: string | null = null;

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
    // (The length read on every call: read only for an operation's own pointer, it had no type
    // feedback, and the optimized code was thrown away at the first.)
    const length = pointer.length;
    const pathEnd = pointer.indexOf('/', 7);
    const end = pathEnd < 0 ? 0 : Math.max(pointer.indexOf('/', pathEnd + 1), 0);
    const opLength = end || length;
    let id: string | null;
    const last = this.lastOperation;
    if (opLength === last.length && pointer.startsWith(last)) id = this.lastId;
    else {
      const opPointer = end ? pointer.slice(0, end) : pointer;
      id = this.byPointer.get(opPointer) ?? null;
      this.lastOperation = opPointer;
      this.lastId = id;
    }
    if (id === null) return pointer;
    if (!end) return `operation/${id}`;
    // The rest's segments unescaped, still joined by "/" ("~1" and "~0" never span a "/").
    const rest = pointer.slice(end);
    return `operation/${id}${rest.indexOf('~') < 0 ? rest : rest.replace(/~1/g, '/').replace(/~0/g, '~')}`;
  }
}
