// Does a JSON value fit a Swagger primitive type? (For defaults and enum values.)
export function fitsType(value: unknown, type: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      return true;
  }
}

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * A member of a JSON object, read for the rules in one place. A document's objects have maps made
 * by its parse that die with it at a full GC; a read written in a rule hook kept those few maps, lost
 * them at each full GC, and the hook's optimized code was thrown away and compiled again every run.
 * This one read sees many names and maps, stays generic, and holds none.
 */
export function member(obj: object, key: string): unknown {
  return (obj as Record<string, unknown>)[key];
}
