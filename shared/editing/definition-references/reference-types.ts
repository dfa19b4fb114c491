// What the References view lists: the reusable parts of a definition (#/definitions, #/parameters,
// #/responses) and every `$ref` that uses each one.

export type ReferenceSection = 'definitions' | 'parameters' | 'responses';
export const REFERENCE_SECTIONS: readonly ReferenceSection[] = ['definitions', 'parameters', 'responses'];

export interface ReferenceUse {
  /** Pointer of the object that holds the `$ref`. */
  pointer: string;
  /** Pointer of the operation the use belongs to, when it is inside one. */
  operation?: string;
}

export interface ReferenceEntry {
  section: ReferenceSection;
  name: string;
  /** Pointer of the entry (`/definitions/Pet`). */
  pointer: string;
  /** The `$ref` that names it: `#/definitions/Pet`. */
  ref: string;
  uses: ReferenceUse[];
}

export interface ReferencesView {
  definitions: ReferenceEntry[];
  parameters: ReferenceEntry[];
  responses: ReferenceEntry[];
  /** Local `$ref`s into these sections that name no entry. */
  dangling: { ref: string; use: ReferenceUse }[];
}
