// How much an import converts, checked before converting: a description with 100,000 operations
// took half a minute and a gigabyte to turn into a definition the studio then refuses to open.
// Real connectors have a few hundred operations at most (the corpus's largest: under 700).
import type { ApiFormat } from './api-description-text';
import { ImportError } from './import-result';

/** Operations (Postman: requests) an import converts at most. */
export const MAX_IMPORTED_OPERATIONS = 5_000;

/**
 * JSON values (objects, arrays, strings, numbers...) a description may hold to be converted. The
 * largest real ones hold under 100,000 (OpenAI's: about 61,000); converting takes time and memory
 * in proportion, so past this a description is refused before conversion.
 */
export const MAX_DESCRIPTION_VALUES = 500_000;

/** How many JSON values `value` holds, itself included; counting stops past `stopAt`. No recursion. */
export function countJsonValues(value: unknown, stopAt = MAX_DESCRIPTION_VALUES + 1): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length && n < stopAt) {
    const v = stack.pop();
    n++;
    if (v !== null && typeof v === 'object') for (const k in v as Record<string, unknown>) stack.push((v as Record<string, unknown>)[k]);
  }
  return n;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Operations of an OpenAPI description, or requests of a Postman collection; counting stops past `stopAt`. */
export function countDescribedOperations(value: unknown, format: ApiFormat, stopAt = MAX_IMPORTED_OPERATIONS + 1): number {
  const root = value as Record<string, unknown> | null;
  if (root === null || typeof root !== 'object') return 0;
  let count = 0;
  if (format === 'postman') {
    const collection = (root.collection !== null && typeof root.collection === 'object' ? root.collection : root) as Record<
      string,
      unknown
    >;
    // Folders hold items; requests are the items with a request. No recursion: folders nest freely.
    const stack: unknown[] = [collection.item];
    while (stack.length && count < stopAt) {
      const items = stack.pop();
      if (!Array.isArray(items)) continue;
      for (const item of items) {
        if (item === null || typeof item !== 'object') continue;
        if ('request' in item) count++;
        if (Array.isArray((item as { item?: unknown }).item)) stack.push((item as { item: unknown }).item);
      }
    }
    return count;
  }
  for (const group of [root.paths, root.webhooks, root['x-ms-paths']]) {
    if (group === null || typeof group !== 'object') continue;
    for (const item of Object.values(group)) {
      if (item === null || typeof item !== 'object') continue;
      for (const key of Object.keys(item)) if (METHODS.has(key.toLowerCase())) count++;
      if (count >= stopAt) return count;
    }
  }
  return count;
}

/** Throws an ImportError when the description has more operations or values than an import converts. */
export function checkImportSize(value: unknown, format: ApiFormat, name: string): void {
  const count = countDescribedOperations(value, format);
  const what = format === 'postman' ? 'requests' : 'operations';
  if (count > MAX_IMPORTED_OPERATIONS) {
    throw new ImportError(
      'TooManyOperations',
      `${name} has more than ${MAX_IMPORTED_OPERATIONS.toLocaleString('en-US')} ${what}, more than the studio imports into one connector (real connectors have a few hundred), so split it first.`,
    );
  }
  if (countJsonValues(value) > MAX_DESCRIPTION_VALUES) {
    throw new ImportError(
      'TooManyValues',
      `${name} holds more than ${MAX_DESCRIPTION_VALUES.toLocaleString('en-US')} values, more than the studio converts into one connector (the largest real descriptions hold under 100,000), so split it first.`,
    );
  }
}
