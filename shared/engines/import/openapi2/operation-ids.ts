// Operation ids a connector can keep: letters and digits only (Microsoft's validator flags anything
// else as OperationIdSanitized, and its guidance asks for PascalCase), unique regardless of case.
import { pascalCase } from './name-words';

const VALID_ID = /^[A-Za-z][A-Za-z0-9]*$/;

export function isValidOperationId(id: unknown): id is string {
  return typeof id === 'string' && VALID_ID.test(id);
}

/** An id from the words of the method and path: `get /users/{id}/repos` -> "GetUsersByIdRepos". */
export function operationIdFromPath(method: string, path: string): string {
  const parts = path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      const param = s.match(/^\{(.+)\}$/);
      return param ? `By ${param[1]}` : s;
    });
  return pascalCase(`${method} ${parts.join(' ')}`) || pascalCase(method);
}

/** Makes ids unique (case-insensitively) by numbering repeats: Get, Get2, Get3. */
export class OperationIdRegistry {
  private readonly taken = new Set<string>();

  has(id: string): boolean {
    return this.taken.has(id.toLowerCase());
  }

  claim(id: string): string {
    let candidate = /^[A-Za-z]/.test(id) ? id : `Op${id}`;
    for (let n = 2; this.has(candidate); n++) candidate = `${id}${n}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
