// Classifies a `$ref`: local and resolving into the expected section, or what is wrong with it.
import { asObject } from '../../core/model';
import { parsePointer, refToPointer, valueAt } from '../../core/text';

export type RefProblem = 'external' | 'wrong-section' | 'not-found' | 'loop';

// The same reference recurs hundreds of times in a definition: classify each once per document
// and section (one map per section, so a lookup builds no key string).
type Section = 'definitions' | 'parameters' | 'responses';
type Sections = Record<Section, Map<string, RefProblem | 'ok'>>;

// The rules of a run ask for the same document one after another: the last document's maps are
// kept, rather than a WeakMap entry per document (an insertion into it cost more than the rest).
let lastRoot: object | undefined;
let lastSections: Sections | undefined;

/**
 * The check of references into one section of a document, for one rule's run: the document's
 * cache is looked up once here rather than for each of the thousands of references.
 */
export function refChecker(root: unknown, section: Section): (ref: string) => RefProblem | undefined {
  if (root === null || typeof root !== 'object') return (ref) => classify(root, ref, section);
  if (root !== lastRoot || !lastSections) {
    lastRoot = root;
    lastSections = { definitions: new Map(), parameters: new Map(), responses: new Map() };
  }
  const byRef = lastSections[section];
  return (ref) => {
    let known = byRef.get(ref);
    if (known === undefined) byRef.set(ref, (known = classify(root, ref, section) ?? 'ok'));
    return known === 'ok' ? undefined : known;
  };
}

const PREFIX: Record<Section, string> = { definitions: '#/definitions/', parameters: '#/parameters/', responses: '#/responses/' };
const PLAIN_NAME = /^[^/~%]*$/;
const hasOwn = Object.prototype.hasOwnProperty;

function classify(root: unknown, ref: string, section: Section): RefProblem | undefined {
  // The usual case, "#/definitions/Name" naming an existing object that is not itself a reference:
  // one lookup instead of parsing the pointer.
  const prefix = PREFIX[section];
  if (root !== null && typeof root === 'object' && ref.startsWith(prefix)) {
    const name = ref.slice(prefix.length);
    const container = hasOwn.call(root, section) ? (root as Record<string, unknown>)[section] : undefined;
    if (PLAIN_NAME.test(name) && container !== null && typeof container === 'object' && hasOwn.call(container, name)) {
      if (typeof asObject((container as Record<string, unknown>)[name])?.$ref !== 'string') return undefined;
    }
  }
  const seen = new Set<string>();
  let current = ref;
  for (let hop = 0; hop < 16; hop++) {
    const pointer = refToPointer(current);
    if (pointer === undefined) return 'external';
    let segments: string[];
    try {
      segments = parsePointer(pointer);
    } catch {
      return 'not-found';
    }
    if (hop === 0 && (segments[0] !== section || segments.length !== 2)) {
      return valueAt(root, pointer) === undefined ? 'not-found' : 'wrong-section';
    }
    if (seen.has(pointer)) return 'loop';
    seen.add(pointer);
    const target = valueAt(root, pointer);
    if (target === undefined) return 'not-found';
    const next = asObject(target)?.$ref;
    if (typeof next !== 'string') return undefined;
    current = next;
  }
  return 'loop';
}

export function describeRefProblem(ref: string, problem: RefProblem, section: string): string {
  switch (problem) {
    case 'external':
      return `"${ref}" points outside the document; connectors must be self-contained (#/${section}/…).`;
    case 'wrong-section':
      return `"${ref}" must point directly into #/${section}/.`;
    case 'not-found':
      return `"${ref}" points to nothing: no such ${section === 'definitions' ? 'definition' : section === 'parameters' ? 'parameter' : 'response'}.`;
    case 'loop':
      return `"${ref}" leads back to itself through other references.`;
  }
}
