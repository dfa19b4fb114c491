// Adding a policy template instance as a minimal text edit of apiProperties.json: appended to
// `policyTemplateInstances` in the file's own layout, or the list created when there is none.
// Other changes (a parameter, the operations, removing an instance) are plain pointer edits.
import type { TextEdit, JsonDocument } from '../../core/text';
import { insertArrayItemEdits, setValueEdits } from '../../core/text';
import { INSTANCES_POINTER } from './policy-instances';

export function addPolicyEdits(doc: JsonDocument, instance: Record<string, unknown>): TextEdit[] {
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value))
    throw new Error('apiProperties.json holds no JSON object to add a policy to.');
  const list = doc.nodeAt(INSTANCES_POINTER);
  if (list?.type === 'array') return insertArrayItemEdits(doc, INSTANCES_POINTER, instance);
  if (list) throw new Error('"policyTemplateInstances" in apiProperties.json is not a list; fix it in the editor first.');
  return setValueEdits(doc, INSTANCES_POINTER, [instance]);
}
