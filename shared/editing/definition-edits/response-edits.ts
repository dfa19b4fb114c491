// Adding a response to an operation (removing one, or changing its description, is a plain remove
// or set at its pointer).
import type { TextEdit, JsonDocument } from '../../core/text';
import { setValueEdits, appendPointer, valueAt } from '../../core/text';

/** Why `status` cannot be a new response of the operation, or undefined when it can. */
export function responseStatusProblem(definition: unknown, pointer: string, status: string): string | undefined {
  if (!/^([1-5]\d\d|default)$/.test(status)) return 'A response status is a code from 100 to 599, or "default".';
  if (valueAt(definition, appendPointer(pointer, 'responses', status)) !== undefined)
    return `The operation already has a ${status} response.`;
  return undefined;
}

export function addResponseEdits(doc: JsonDocument, pointer: string, status: string, description: string): TextEdit[] {
  const problem = responseStatusProblem(doc.value, pointer, status);
  if (problem) throw new Error(problem);
  return setValueEdits(doc, appendPointer(pointer, 'responses', status), { description: description.trim() || 'OK' });
}
