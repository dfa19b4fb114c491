// Renaming and deleting definitions, parameters and responses as minimal text edits: a rename
// changes the entry's key and every `$ref` that names it (or a part of it), and nothing else, so
// the editor applies it as one undo step and the saved diff is exactly those lines.
import { asObject } from '../../core/model';
import type { TextEdit, JsonDocument } from '../../core/text';
import { removeValueEdits, formatPointer } from '../../core/text';
import { collectRefs, refOf, refTarget } from './find-references';
import type { ReferenceSection } from './reference-types';

const SINGULAR: Record<ReferenceSection, string> = { definitions: 'definition', parameters: 'parameter', responses: 'response' };

// Characters that would need escaping or URI encoding inside a `$ref` fragment.
const UNSAFE_NAME = /[\s/~#%"\\{}<>^`|]/;

/** Why `name` cannot be the new name of an entry, or undefined when it can. */
export function referenceNameProblem(root: unknown, section: ReferenceSection, name: string, current?: string): string | undefined {
  if (name === '') return `A ${SINGULAR[section]} needs a name.`;
  if (UNSAFE_NAME.test(name)) return 'Use a name without spaces or any of / ~ # % " \\ { } < > ^ ` |.';
  const container = asObject(asObject(root)?.[section]);
  if (name !== current && container && Object.hasOwn(container, name)) return `There is already a ${SINGULAR[section]} named "${name}".`;
  return undefined;
}

export function renameReferenceEdits(doc: JsonDocument, section: ReferenceSection, from: string, to: string): TextEdit[] {
  if (from === to) return [];
  const entryPointer = formatPointer([section, from]);
  const key = doc.keyRangeOf(entryPointer);
  if (!key) throw new Error(`There is no ${SINGULAR[section]} named "${from}".`);
  const problem = referenceNameProblem(doc.value, section, to, from);
  if (problem) throw new Error(problem);
  const edits: TextEdit[] = [{ offset: key.offset, length: key.length, content: JSON.stringify(to) }];
  const oldPrefix = refOf(section, from);
  for (const { pointer, ref } of collectRefs(doc.value)) {
    const target = refTarget(ref);
    if (!target || target.section !== section || target.name !== from) continue;
    const node = doc.nodeAt(`${pointer}/$ref`);
    if (node?.type !== 'string') continue;
    // Keep the rest of the reference as written; rebuild it only when the prefix was encoded.
    const next = ref.startsWith(oldPrefix)
      ? refOf(section, to) + ref.slice(oldPrefix.length)
      : `#${formatPointer([section, to, ...target.rest])}`;
    edits.push({ offset: node.offset, length: node.length, content: JSON.stringify(next) });
  }
  return edits.sort((a, b) => a.offset - b.offset);
}

export function deleteReferenceEdits(doc: JsonDocument, section: ReferenceSection, name: string): TextEdit[] {
  const pointer = formatPointer([section, name]);
  if (!doc.nodeAt(pointer)) throw new Error(`There is no ${SINGULAR[section]} named "${name}".`);
  const uses = collectRefs(doc.value).filter(({ ref }) => {
    const t = refTarget(ref);
    return t?.section === section && t.name === name;
  }).length;
  if (uses > 0) throw new Error(`"${name}" is used ${uses === 1 ? 'once' : `${uses} times`}; remove those uses before deleting it.`);
  return removeValueEdits(doc, pointer);
}
