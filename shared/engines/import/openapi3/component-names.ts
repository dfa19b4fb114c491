// Components that Swagger 2.0 can hold at the root (schemas -> definitions, parameters, responses)
// keep their names, made safe for `$ref`s and for Power Platform, and every reference to them is
// rewritten. References into other components (request bodies, headers, examples) are inlined.
import { asObject, type JsonObject } from '../../../core/model';
import { appendPointer, formatPointer, parsePointer, refToPointer } from '../../../core/text';
import type { ImportNotes } from '../openapi2';

type Kind = 'schemas' | 'parameters' | 'responses';
const SECTION: Record<Kind, string> = { schemas: 'definitions', parameters: 'parameters', responses: 'responses' };

export class ComponentNames {
  private readonly maps: Record<Kind, Map<string, string>> = { schemas: new Map(), parameters: new Map(), responses: new Map() };
  private readonly reverse = new Map<string, string>();
  private readonly mapped = new Map<string, string | undefined>();

  constructor(root: JsonObject, notes: ImportNotes) {
    const components = asObject(root.components) ?? {};
    for (const kind of Object.keys(this.maps) as Kind[]) {
      const taken = new Set<string>();
      for (const name of Object.keys(asObject(components[kind]) ?? {})) {
        let safe = safeName(name);
        for (let n = 2; taken.has(safe.toLowerCase()); n++) safe = `${safeName(name)}_${n}`;
        taken.add(safe.toLowerCase());
        this.maps[kind].set(name, safe);
        this.reverse.set(`#/${SECTION[kind]}/${safe}`, appendPointer('/components', kind, name));
        if (safe !== name) {
          notes.add(
            'decision',
            'ComponentRenamed',
            `The ${kind === 'schemas' ? 'schema' : kind.slice(0, -1)} "${name}" is called "${safe}" in the connector: names keep to letters, digits, "_", "-" and ".".`,
            appendPointer('/components', kind, name),
          );
        }
      }
    }
  }

  name(kind: Kind, name: string): string | undefined {
    return this.maps[kind].get(name);
  }

  /** Forgets a component that could not be converted, so references to it are inlined (and reported) instead. */
  forget(kind: Kind, name: string): void {
    this.mapped.clear();
    const safe = this.maps[kind].get(name);
    if (safe !== undefined) this.reverse.delete(`#/${SECTION[kind]}/${safe}`);
    this.maps[kind].delete(name);
  }

  /**
   * The Swagger 2.0 reference for a source reference, or undefined when its target is not a kept
   * component (then the caller inlines it). Deeper pointers into a schema keep their tail.
   */
  mapRef(ref: string, kind: Kind): string | undefined {
    const key = `${kind}\u0000${ref}`;
    if (this.mapped.has(key)) return this.mapped.get(key);
    const out = this.computeRef(ref, kind);
    this.mapped.set(key, out);
    return out;
  }

  private computeRef(ref: string, kind: Kind): string | undefined {
    const pointer = refToPointer(ref);
    if (pointer === undefined) return undefined;
    let segs: string[];
    try {
      segs = parsePointer(pointer);
    } catch {
      return undefined;
    }
    if (segs.length < 3 || segs[0] !== 'components' || segs[1] !== kind) return undefined;
    const mapped = this.maps[kind].get(segs[2]!);
    if (mapped === undefined) return undefined;
    if (segs.length > 3 && kind !== 'schemas') return undefined;
    return `#${formatPointer([SECTION[kind], mapped, ...segs.slice(3)])}`;
  }

  /** Source pointer of a rewritten whole-component reference (`#/definitions/Pet` -> `/components/schemas/Pet`). */
  sourceOf(outputRef: string): string | undefined {
    return this.reverse.get(outputRef);
  }
}

function safeName(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^_+|_+$/g, '');
  return s === '' ? 'Schema' : s;
}
