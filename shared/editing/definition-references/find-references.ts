// Lists #/definitions, #/parameters and #/responses with every `$ref` that uses each: one walk over
// the whole definition (references can sit anywhere: operations, path items, other definitions,
// notification content), so the counts are what a rename or a delete would touch.
import { asObject, HTTP_METHODS } from '../../core/model';
import { formatPointer, parsePointer, refToPointer } from '../../core/text';
import { REFERENCE_SECTIONS, type ReferenceEntry, type ReferenceSection, type ReferenceUse, type ReferencesView } from './reference-types';

const SINGULAR: Record<ReferenceSection, string> = { definitions: 'definition', parameters: 'parameter', responses: 'response' };

/** The `$ref` string that names an entry: `#/definitions/Pet` (pointer escaping, no URI encoding). */
export function refOf(section: ReferenceSection, name: string): string {
  return `#${formatPointer([section, name])}`;
}

/** The section and entry name a local `$ref` points into, or undefined (external, another part). */
export function refTarget(ref: string): { section: ReferenceSection; name: string; rest: string[] } | undefined {
  const pointer = refToPointer(ref);
  if (pointer === undefined) return undefined;
  let segs: string[];
  try {
    segs = parsePointer(pointer);
  } catch {
    return undefined;
  }
  const section = segs[0] as ReferenceSection;
  if (segs.length < 2 || !REFERENCE_SECTIONS.includes(section)) return undefined;
  return { section, name: segs[1]!, rest: segs.slice(2) };
}

/** Every `$ref` in the document: the pointer of the object holding it and its value. */
export function collectRefs(root: unknown): { pointer: string; ref: string }[] {
  const out: { pointer: string; ref: string }[] = [];
  // Segments on a stack, formatted only where a reference is found: the walk visits every value of
  // the largest definitions on each reparse, and building a pointer per value would dominate it.
  const path: (string | number)[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== 'object' || depth > 256) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        if (v === null || typeof v !== 'object') continue;
        path.push(i);
        visit(v, depth + 1);
        path.pop();
      }
      return;
    }
    const obj = value as Record<string, unknown>;
    for (const k in obj) {
      const v = obj[k];
      if (k === '$ref') {
        if (typeof v === 'string') out.push({ pointer: formatPointer(path), ref: v });
        continue;
      }
      if (v === null || typeof v !== 'object') continue;
      path.push(k);
      visit(v, depth + 1);
      path.pop();
    }
  };
  visit(root, 0);
  return out;
}

/** The operation (`/paths/~1pets/get`) a pointer is inside, if any. */
export function operationOf(pointer: string): string | undefined {
  const segs = parsePointer(pointer);
  if (segs[0] !== 'paths' || segs.length < 3 || !(HTTP_METHODS as readonly string[]).includes(segs[2]!)) return undefined;
  return formatPointer(segs.slice(0, 3));
}

/**
 * Where a use is, in words: "GET /pets (ListPets): responses › 200 › schema". `operationLabel`
 * names an operation by its pointer (the form has them); without one, method and path are used.
 */
export function describeUse(pointer: string, operationLabel?: (operationPointer: string) => string | undefined): string {
  const segs = parsePointer(pointer);
  if (segs[0] === 'paths' && segs.length >= 2) {
    const op = operationOf(pointer);
    const label = op ? (operationLabel?.(op) ?? `${segs[2]!.toUpperCase()} ${segs[1]}`) : segs[1]!;
    const rest = segs.slice(op ? 3 : 2).join(' › ');
    return `${label}${rest ? `: ${rest}` : ''}`;
  }
  const section = segs[0] as ReferenceSection;
  if (REFERENCE_SECTIONS.includes(section) && segs.length >= 2) {
    const rest = segs.slice(2).join(' › ');
    return `${SINGULAR[section]} ${segs[1]}${rest ? `: ${rest}` : ''}`;
  }
  return segs.join(' › ') || 'the document';
}

function referenceUseAt(pointer: string): ReferenceUse {
  const operation = operationOf(pointer);
  return operation ? { pointer, operation } : { pointer };
}

// A parse of the same text gives the same object (an edit of apiProperties.json rebuilds the form
// from the definition's unchanged value): list its references once.
const cache = new WeakMap<object, ReferencesView>();

export function listReferences(definition: unknown): ReferencesView {
  const known = definition !== null && typeof definition === 'object' ? cache.get(definition) : undefined;
  if (known) return known;
  const view = buildReferences(definition);
  if (definition !== null && typeof definition === 'object') cache.set(definition, view);
  return view;
}

function buildReferences(definition: unknown): ReferencesView {
  const root = asObject(definition);
  const bySection: Record<ReferenceSection, Map<string, ReferenceEntry>> = {
    definitions: new Map(),
    parameters: new Map(),
    responses: new Map(),
  };
  for (const section of REFERENCE_SECTIONS) {
    const container = asObject(root?.[section]);
    for (const name of Object.keys(container ?? {})) {
      bySection[section].set(name, { section, name, pointer: formatPointer([section, name]), ref: refOf(section, name), uses: [] });
    }
  }
  const dangling: ReferencesView['dangling'] = [];
  for (const { pointer, ref } of collectRefs(definition)) {
    const target = refTarget(ref);
    if (!target) continue;
    const entry = bySection[target.section].get(target.name);
    const use = referenceUseAt(pointer);
    if (entry) entry.uses.push(use);
    else dangling.push({ ref, use });
  }
  return {
    definitions: [...bySection.definitions.values()],
    parameters: [...bySection.parameters.values()],
    responses: [...bySection.responses.values()],
    dangling,
  };
}
