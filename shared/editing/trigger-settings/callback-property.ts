// The webhook callback property: the body schema property marked `x-ms-notification-url: true`.
// The platform needs it to be a string, internal, and required through every enclosing object
// (connectors.md section 3; the certification rules NotificationUrlNotString/NotInternal/
// NotRequired), so choosing one writes all of that, and un-marks the one chosen before.
import { asArray, asObject, asString, isTrue, resolveRef } from '../../core/model';
import { differingSpan } from '../security-settings';
import type { TextEdit } from '../../core/text';
import { JsonDocument, applyEdits, insertArrayItemEdits, removeValueEdits, setValueEdits, appendPointer, valueAt } from '../../core/text';
import type { CallbackCandidate } from './trigger-types';

interface Candidate extends CallbackCandidate {
  /** Each enclosing schema and the property name it must list as required, outermost first. */
  chain: { schema: string; name: string }[];
}

const MAX_DEPTH = 4;

/** Pointer of the schema of the operation's body parameter (followed through `$ref`s), if any. */
function bodySchema(root: unknown, opPointer: string): { raw: unknown; pointer: string } | undefined {
  const op = asObject(valueAt(root, opPointer));
  const itemPointer = opPointer.slice(0, opPointer.lastIndexOf('/'));
  const item = asObject(valueAt(root, itemPointer));
  const lists: [unknown, string][] = [
    [op?.parameters, appendPointer(opPointer, 'parameters')],
    [item?.parameters, appendPointer(itemPointer, 'parameters')],
  ];
  for (const [list, listPointer] of lists) {
    for (const [i, raw] of asArray(list).entries()) {
      const r = resolveRef(root, raw);
      if (r.target?.in !== 'body' || r.target.schema === undefined) continue;
      return { raw: r.target.schema, pointer: appendPointer(r.resolvedPointer ?? appendPointer(listPointer, i), 'schema') };
    }
  }
  return undefined;
}

function candidates(root: unknown, opPointer: string): Candidate[] | undefined {
  const body = bodySchema(root, opPointer);
  if (!body) return undefined;
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const walk = (raw: unknown, pointer: string, path: string, chain: Candidate['chain'], depth: number) => {
    const r = resolveRef(root, raw);
    const schema = r.target;
    const at = r.resolvedPointer ?? pointer;
    if (!schema || depth > MAX_DEPTH || seen.has(at)) return;
    seen.add(at);
    for (const [name, propRaw] of Object.entries(asObject(schema.properties) ?? {})) {
      const pr = resolveRef(root, propRaw);
      const written = appendPointer(at, 'properties', name);
      const propPointer = pr.resolvedPointer ?? written;
      const type = asString(pr.target?.type) ?? (asObject(pr.target?.properties) ? 'object' : '');
      const nextChain = [...chain, { schema: at, name }];
      const propPath = path ? `${path}.${name}` : name;
      if (type === 'object' || asObject(pr.target?.properties)) walk(propRaw, written, propPath, nextChain, depth + 1);
      else
        out.push({ pointer: propPointer, path: propPath, type, selected: isTrue(pr.target?.['x-ms-notification-url']), chain: nextChain });
    }
  };
  walk(body.raw, body.pointer, '', [], 0);
  return out;
}

export function callbackCandidates(root: unknown, opPointer: string): CallbackCandidate[] | undefined {
  return candidates(root, opPointer)?.map(({ chain: _chain, ...c }) => c);
}

type Step = (doc: JsonDocument) => TextEdit[];

/**
 * Marks the property at `propertyPointer` as the callback (string, internal, required through its
 * parents) and un-marks any other; `undefined` only un-marks. One span of text changes: one undo step.
 */
export function callbackPropertyEdits(doc: JsonDocument, opPointer: string, propertyPointer: string | undefined): TextEdit[] {
  const all = candidates(doc.value, opPointer);
  if (!all) throw new Error('This operation has no body parameter to take the callback URL.');
  const target = propertyPointer === undefined ? undefined : all.find((c) => c.pointer === propertyPointer);
  if (propertyPointer !== undefined && !target) throw new Error('That property is not in the body of this operation.');
  const steps: Step[] = [];
  for (const c of all)
    if (c.selected && c !== target) steps.push((d) => removeValueEdits(d, appendPointer(c.pointer, 'x-ms-notification-url')));
  if (target) {
    const value = (p: string) => asObject(valueAt(doc.value, target.pointer))?.[p];
    if (value('x-ms-notification-url') !== true)
      steps.push((d) => setValueEdits(d, appendPointer(target.pointer, 'x-ms-notification-url'), true));
    if (value('type') !== 'string') steps.push((d) => setValueEdits(d, appendPointer(target.pointer, 'type'), 'string'));
    if (value('x-ms-visibility') !== 'internal')
      steps.push((d) => setValueEdits(d, appendPointer(target.pointer, 'x-ms-visibility'), 'internal'));
    for (const { schema, name } of target.chain) {
      steps.push((d) => {
        const list = asObject(valueAt(d.value, schema))?.required;
        if (Array.isArray(list)) return list.includes(name) ? [] : insertArrayItemEdits(d, appendPointer(schema, 'required'), name);
        return setValueEdits(d, appendPointer(schema, 'required'), [name]);
      });
    }
  }
  let current = doc;
  for (const step of steps) {
    const edits = step(current);
    if (edits.length) current = JsonDocument.parse(applyEdits(current.text, edits));
  }
  return differingSpan(doc.text, current.text);
}
